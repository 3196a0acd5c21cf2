package com.appraisalbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.Role;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.PeopleRows;
import com.appraisalbot.testing.TestApp;
import com.appraisalbot.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.quartz.Scheduler;
import org.quartz.SimpleTrigger;
import org.quartz.TriggerKey;

/**
 * Two app instances on one database, as behind a load balancer, with 300 case managers whose
 * planning is outstanding. The steps follow the ladder of one deadline, so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderClusterTest {

    private static final int CASE_MANAGERS = 300;
    private static final Duration PAST_EVERY_LEASE = Duration.ofMinutes(10);
    private static FakeSlackApi slackApi;
    private static String databaseUrl;
    private static TestApp first;
    private static TestApp second;
    private static List<Long> caseManagers;

    @BeforeAll
    static void start() throws Exception {
        MutableClock.INSTANCE.set(Instant.parse("2026-09-01T08:00:00Z"));
        TestStageWork.clear();
        slackApi = FakeSlackApi.start();
        databaseUrl = TestDatabase.newDatabase();
        first = instance();
        second = instance();
        RemindersEndToEndTest.stopRecurringTriggers(first);
        caseManagers = PeopleRows.people(databaseUrl, "T123", "CM", CASE_MANAGERS, Role.CASE_MANAGER, "Europe/London");
        long appraiser = PeopleRows.people(databaseUrl, "T123", "AP", 1, Role.APPRAISER, "Europe/London")
                .get(0);
        PeopleRows.assign(databaseUrl, 2026, caseManagers, appraiser);
        first.bean(Calendars.class).current("T123");
        caseManagers.forEach(id -> TestStageWork.outstanding(Stage.PLANNING, id, "Submit your objectives"));
    }

    @AfterAll
    static void stop() {
        first.close();
        second.close();
        slackApi.close();
        TestStageWork.clear();
    }

    private static TestApp instance() {
        return TestApp.start(
                slackApi,
                Map.of("DATABASE_URL", databaseUrl, "REMINDER_SEND_RATE", "50"),
                Map.of(),
                TestClockProducer.class,
                TestStageWork.class,
                TestStageWork.Only.class);
    }

    private static void at(String instant) {
        MutableClock.INSTANCE.set(Instant.parse(instant));
    }

    /** How many DMs each case manager has had whose text starts with {@code prefix}. */
    private static Map<String, Long> dmsPerCaseManager(String prefix) {
        return slackApi.calls("chat.postMessage").stream()
                .filter(call -> call.param("text").orElse("").startsWith(prefix))
                .collect(Collectors.groupingBy(call -> call.param("channel").orElse(""), Collectors.counting()));
    }

    private static Callable<Integer> drain(TestApp app) {
        return () -> app.bean(ReminderSender.class).drain(Duration.ofSeconds(60));
    }

    private static Callable<Integer> plan(TestApp app) {
        return () -> app.bean(ReminderPlanner.class).planDue();
    }

    @Test
    @Order(1)
    void theInstancesHaveDistinctSchedulerIds() throws SQLException {
        assertThat(count("select count(distinct INSTANCE_NAME) from QRTZ_SCHEDULER_STATE"))
                .isEqualTo(2);
    }

    @Test
    @Order(2)
    void twoInstancesPlanningAndSendingAtOnceSendEachReminderOnce() throws Exception {
        at("2026-09-16T08:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<Integer>> work = new ArrayList<>();
        for (TestApp app : List.of(first, second, first, second)) {
            work.add(plan(app));
            work.add(drain(app));
        }

        try {
            for (Future<Integer> done : pool.invokeAll(work)) {
                done.get();
            }
            for (Future<Integer> done : pool.invokeAll(List.of(drain(first), drain(second)))) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Map<String, Long> reminded = dmsPerCaseManager("Reminder:");
        assertThat(reminded).hasSize(CASE_MANAGERS);
        assertThat(reminded.values()).containsOnly(1L);
        assertThat(PeopleRows.reminderStates(databaseUrl)).containsExactlyEntriesOf(Map.of("SENT", CASE_MANAGERS));
    }

    @Test
    @Order(3)
    void whenAnInstanceDiesHoldingWorkTheOtherFinishesItOnceItsLeaseRunsOut() throws Exception {
        at("2026-09-23T08:00:00Z");
        slackApi.reset();
        TestApp dying = instance();
        dying.bean(ReminderPlanner.class).planDue();
        List<OutboxRow> heldByTheDead = dying.bean(ReminderSender.class).claim();
        dying.close();

        int whileLeased = second.bean(ReminderSender.class).drain(Duration.ofSeconds(60));
        MutableClock.INSTANCE.advance(PAST_EVERY_LEASE);
        int afterLease = second.bean(ReminderSender.class).drain(Duration.ofSeconds(60));

        assertThat(heldByTheDead).isNotEmpty();
        assertThat(whileLeased).isEqualTo(CASE_MANAGERS - heldByTheDead.size());
        assertThat(afterLease).isEqualTo(heldByTheDead.size());
        Map<String, Long> reminded = dmsPerCaseManager("Reminder:");
        assertThat(reminded).hasSize(CASE_MANAGERS);
        assertThat(reminded.values()).containsOnly(1L);
    }

    @Test
    @Order(4)
    void anInstanceThatFrozeAndResumedAfterItsWorkPassedOnSendsNothingTwice() throws Exception {
        at("2026-09-29T08:00:00Z");
        slackApi.reset();
        first.bean(ReminderPlanner.class).planDue();
        List<OutboxRow> heldByTheFrozen = first.bean(ReminderSender.class).claim();

        MutableClock.INSTANCE.advance(PAST_EVERY_LEASE);
        second.bean(ReminderSender.class).drain(Duration.ofSeconds(60));
        int sentOnWaking = first.bean(ReminderSender.class)
                .deliver(
                        heldByTheFrozen,
                        System.nanoTime() + Duration.ofSeconds(60).toNanos());

        assertThat(sentOnWaking).isZero();
        Map<String, Long> reminded = dmsPerCaseManager("Reminder:");
        assertThat(reminded).hasSize(CASE_MANAGERS);
        assertThat(reminded.values()).containsOnly(1L);
    }

    @Test
    @Order(5)
    void afterDowntimeOverTheDeadlineTheMissedReminderIsSentOnceLate() throws Exception {
        first.close();
        second.close();
        slackApi.reset();
        at("2026-10-01T14:00:00Z");

        first = instance();
        Scheduler scheduler = first.bean(Scheduler.class);
        SimpleTrigger planning = (SimpleTrigger)
                scheduler.getTrigger(TriggerKey.triggerKey(ReminderJobs.PLANNING.getName(), ReminderJobs.GROUP));
        RemindersEndToEndTest.stopRecurringTriggers(first);
        second = instance();
        scheduler.triggerJob(ReminderJobs.PLANNING);
        awaitPlanned(CASE_MANAGERS * 4);
        first.bean(ReminderSender.class).drain(Duration.ofSeconds(60));
        first.bean(ReminderPlanner.class).planDue();
        second.bean(ReminderSender.class).drain(Duration.ofSeconds(60));

        assertThat(planning.getMisfireInstruction())
                .isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NOW_WITH_EXISTING_REPEAT_COUNT);
        Map<String, Long> overdue = dmsPerCaseManager("Overdue:");
        assertThat(overdue).hasSize(CASE_MANAGERS);
        assertThat(overdue.values()).containsOnly(1L);
        assertThat(dmsPerCaseManager("Reminder:")).isEmpty();
    }

    private static void awaitPlanned(int rows) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count("select count(*) from reminder") < rows && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    private static int count(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(databaseUrl, "root", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
