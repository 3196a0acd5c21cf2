package com.appraisalbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.Role;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.PeopleRows;
import com.appraisalbot.testing.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A provision of 2,000 case managers all reminded on one morning, within the configured rate. */
class ReminderFanOutTest {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderFanOutTest.class);
    private static final int CASE_MANAGERS = 2_000;
    private static final double RATE = 50;
    private static FakeSlackApi slackApi;
    private static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        MutableClock.INSTANCE.set(Instant.parse("2026-09-01T08:00:00Z"));
        TestStageWork.clear();
        slackApi = FakeSlackApi.start();
        app = TestApp.start(
                slackApi,
                Map.of("REMINDER_SEND_RATE", String.valueOf(RATE)),
                Map.of(),
                TestClockProducer.class,
                TestStageWork.class,
                TestStageWork.Only.class);
        RemindersEndToEndTest.stopRecurringTriggers(app);
        List<Long> caseManagers =
                PeopleRows.people(app.jdbcUrl(), "T123", "CM", CASE_MANAGERS, Role.CASE_MANAGER, "Europe/London");
        long appraiser = PeopleRows.people(app.jdbcUrl(), "T123", "AP", 1, Role.APPRAISER, "Europe/London")
                .get(0);
        PeopleRows.assign(app.jdbcUrl(), 2026, caseManagers, appraiser);
        app.bean(Calendars.class).current("T123");
        caseManagers.forEach(id -> TestStageWork.outstanding(Stage.PLANNING, id, "Submit your objectives"));
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
        TestStageWork.clear();
    }

    @Test
    void twoThousandPeopleAreRemindedOnceEachWithinTheRateThroughRateLimits() throws InterruptedException {
        MutableClock.INSTANCE.set(Instant.parse("2026-09-16T08:00:00Z"));
        slackApi.failNext("chat.postMessage", 2, FakeSlackApi.Failure.rateLimited(1));

        long planningStarted = System.nanoTime();
        int planned = app.bean(ReminderPlanner.class).planDue();
        long planningMillis = (System.nanoTime() - planningStarted) / 1_000_000;
        long replanStarted = System.nanoTime();
        int replanned = app.bean(ReminderPlanner.class).planDue();
        long replanMillis = (System.nanoTime() - replanStarted) / 1_000_000;
        long sendingStarted = System.nanoTime();
        int sent = app.bean(ReminderSender.class).drain(Duration.ofMinutes(3));
        double seconds = (System.nanoTime() - sendingStarted) / 1e9;

        LOG.info(
                "Fan-out of {}: planned in {} ms, re-planned in {} ms, sent {} in {} s ({} a second, limit {})",
                CASE_MANAGERS,
                planningMillis,
                replanMillis,
                sent,
                String.format("%.1f", seconds),
                String.format("%.1f", sent / seconds),
                RATE);
        assertThat(planned).isEqualTo(CASE_MANAGERS);
        assertThat(replanned).isZero();
        assertThat(sent).isEqualTo(CASE_MANAGERS);
        assertThat(sent / seconds).isLessThanOrEqualTo(RATE * 1.02);
        Map<String, Long> perRecipient = slackApi.calls("chat.postMessage").stream()
                .filter(call -> call.param("text").orElse("").startsWith("Reminder:"))
                .collect(Collectors.groupingBy(call -> call.param("channel").orElse(""), Collectors.counting()));
        assertThat(perRecipient).hasSize(CASE_MANAGERS);
        assertThat(PeopleRows.reminderStates(app.jdbcUrl())).containsExactlyEntriesOf(Map.of("SENT", CASE_MANAGERS));
    }
}
