package com.appraisalbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.PeopleAdmin;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Profile;
import com.appraisalbot.people.Role;
import com.appraisalbot.slack.reminders.ReminderButtons;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import com.google.gson.JsonElement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;

/**
 * Reminders end to end: the real app, its outbox in MariaDB, the stand-in Slack Web API, a clock
 * the test moves and outstanding work the test sets. The planning deadline is Wednesday 30
 * September 2026; working hours in London open at 08:00Z.
 */
class RemindersEndToEndTest {

    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static FakeSlackApi slackApi;
    private static TestApp app;
    private static PeopleAdmin peopleAdmin;
    private static Person admin;
    private static Person head;

    @BeforeAll
    static void start() throws SchedulerException {
        MutableClock.INSTANCE.set(Instant.parse("2026-09-01T08:00:00Z"));
        slackApi = FakeSlackApi.start();
        app = TestApp.start(
                slackApi,
                Map.of("ADMIN_USER_IDS", "U0ADMIN", "REMINDER_SEND_RATE", "50"),
                Map.of(),
                TestClockProducer.class,
                TestStageWork.class,
                TestStageWork.Only.class);
        stopRecurringTriggers(app);
        peopleAdmin = app.bean(PeopleAdmin.class);
        admin = peopleAdmin.registerBootstrapAdmin(TEAM, "U0ADMIN", new Profile("Ada Admin", LONDON));
        head = person("U0HEAD", "Hana Head", Role.HEAD_OF_SERVICES);
        app.bean(Calendars.class).current(TEAM);
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
        TestStageWork.clear();
    }

    @BeforeEach
    void reset() {
        TestStageWork.clear();
        slackApi.reset();
    }

    /** The tests drive the jobs themselves, so Quartz's own schedule must not run them meanwhile. */
    static void stopRecurringTriggers(TestApp app) throws SchedulerException {
        Scheduler scheduler = app.bean(Scheduler.class);
        scheduler.unscheduleJob(TriggerKey.triggerKey(ReminderJobs.PLANNING.getName(), ReminderJobs.GROUP));
        scheduler.unscheduleJob(TriggerKey.triggerKey(ReminderJobs.SENDING.getName(), ReminderJobs.GROUP));
    }

    private static Person person(String userId, String name, Role role) {
        return person(userId, name, role, LONDON);
    }

    private static Person person(String userId, String name, Role role, ZoneId zone) {
        return peopleAdmin.setRoles(admin, userId, new Profile(name, zone), Set.of(role), null);
    }

    /** A case manager with their own appraiser, their planning outstanding. */
    private static Person[] appraisedCaseManager(String name, ZoneId zone) {
        int n = NEXT.incrementAndGet();
        Person appraiser = person("U0APPR" + n, "Appraiser " + n, Role.APPRAISER);
        Person caseManager = person("U0CASE" + n, name, Role.CASE_MANAGER, zone);
        peopleAdmin.assignAppraiser(admin, new CycleYear(2026), caseManager.slackUserId(), appraiser.slackUserId());
        TestStageWork.outstanding(Stage.PLANNING, caseManager.id(), "Submit your four objectives for approval.");
        return new Person[] {caseManager, appraiser};
    }

    private static void at(String instant) {
        MutableClock.INSTANCE.set(Instant.parse(instant));
    }

    /** One planner run and one sender run, as the jobs do them. */
    private static void run() throws InterruptedException {
        app.bean(ReminderPlanner.class).planDue();
        app.bean(ReminderSender.class).drain(Duration.ofSeconds(30));
    }

    private static List<FakeSlackApi.Call> dmsTo(Person person) {
        return slackApi.calls("chat.postMessage").stream()
                .filter(call -> call.param("channel").orElse("").equals(person.slackUserId()))
                .toList();
    }

    @Test
    void theWholeLadderAndEscalationArriveOnceEachAsTheClockMoves() throws InterruptedException {
        Person[] pair = appraisedCaseManager("Casey <Case> & *Co*", LONDON);
        Person caseManager = pair[0];
        Person appraiser = pair[1];
        String[] steps = {
            "2026-09-15T12:00:00Z", "2026-09-16T08:00:00Z", "2026-09-16T14:00:00Z", "2026-09-23T08:00:00Z",
            "2026-09-29T08:00:00Z", "2026-10-01T08:00:00Z", "2026-10-02T08:00:00Z", "2026-10-05T08:00:00Z",
            "2026-10-09T08:00:00Z", "2026-10-09T12:00:00Z"
        };

        for (String step : steps) {
            at(step);
            run();
            run();
        }

        assertThat(dmsTo(caseManager))
                .extracting(call -> call.param("text").orElse(""))
                .satisfiesExactly(
                        first -> assertThat(first).startsWith("Reminder: Submit your four objectives"),
                        second -> assertThat(second).startsWith("Reminder: "),
                        third -> assertThat(third).startsWith("Reminder: "),
                        overdue -> assertThat(overdue).startsWith("Overdue: Submit your four objectives"));
        assertThat(dmsTo(appraiser))
                .extracting(call -> call.param("text").orElse(""))
                .satisfiesExactly(
                        escalated -> assertThat(escalated).contains("Casey &lt;Case&gt; &amp; *\u200DCo*\u200D's"),
                        digest -> assertThat(digest).contains("1 thing waits on you"));
        assertThat(dmsTo(head))
                .singleElement()
                .satisfies(call -> assertThat(blockText(call))
                        .contains("Casey &lt;Case&gt;")
                        .contains("<!date^"));
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void aReminderCarriesTheDeadlineAsADateTokenAndAButtonToTheRightModal() throws InterruptedException {
        Person caseManager = appraisedCaseManager("Dana", LONDON)[0];
        at("2026-09-16T08:00:00Z");

        run();

        String blocks = blockText(dmsTo(caseManager).get(0));
        long deadlineNoon = Instant.parse("2026-09-30T11:00:00Z").getEpochSecond();
        assertThat(blocks)
                .contains("<!date^" + deadlineNoon + "^{date_long_pretty}|Wednesday 30 September 2026>")
                .contains(ReminderButtons.OPEN_OBJECTIVES)
                .contains("PLANNING:" + caseManager.id());
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void nothingIsSentToSomeoneWhoFinishedBetweenPlanningAndSending() throws InterruptedException {
        Person caseManager = appraisedCaseManager("Eli", LONDON)[0];
        at("2026-09-16T08:00:00Z");
        app.bean(ReminderPlanner.class).planDue();

        TestStageWork.done(Stage.PLANNING, caseManager.id());
        app.bean(ReminderSender.class).drain(Duration.ofSeconds(10));

        assertThat(dmsTo(caseManager)).isEmpty();
        assertThat(history()).anySatisfy(record -> {
            assertThat(record.recipientUserId()).isEqualTo(caseManager.slackUserId());
            assertThat(record.state()).isEqualTo(Reminders.State.CANCELLED);
        });
    }

    @Test
    void remindersArriveAtNineInTheRecipientsOwnTimeZone() throws InterruptedException {
        Person inNewYork = appraisedCaseManager("Fay", ZoneId.of("America/New_York"))[0];

        at("2026-09-16T12:59:00Z");
        run();
        int beforeNine = dmsTo(inNewYork).size();
        at("2026-09-16T13:00:00Z");
        run();

        assertThat(beforeNine).isZero();
        assertThat(dmsTo(inNewYork)).hasSize(1);
    }

    @Test
    void aReminderThatMissesTheEndOfTheDayWaitsForTheNextWorkingMorning() throws InterruptedException {
        Person caseManager = appraisedCaseManager("Gus", LONDON)[0];
        at("2026-09-18T15:59:00Z");
        app.bean(ReminderPlanner.class).planDue();

        at("2026-09-18T16:05:00Z");
        app.bean(ReminderSender.class).drain(Duration.ofSeconds(10));
        int friday = dmsTo(caseManager).size();
        at("2026-09-21T08:00:00Z");
        app.bean(ReminderSender.class).drain(Duration.ofSeconds(10));

        assertThat(friday).isZero();
        assertThat(dmsTo(caseManager))
                .singleElement()
                .satisfies(call -> assertThat(call.at()).isNotNull());
    }

    @Test
    void rateLimitsAndServerErrorsAreRetriedUntilDeliveredOnce() throws InterruptedException {
        Person caseManager = appraisedCaseManager("Hal", LONDON)[0];
        at("2026-09-16T08:00:00Z");
        slackApi.failNext("chat.postMessage", 3, FakeSlackApi.Failure.rateLimited(1));
        slackApi.failNext("chat.postMessage", 1, FakeSlackApi.Failure.serverError());

        run();
        int afterFirstRun = dmsTo(caseManager).size();
        at("2026-09-16T08:01:00Z");
        run();
        run();

        assertThat(afterFirstRun).isEqualTo(3);
        assertThat(dmsTo(caseManager)).hasSize(5);
        assertThat(history())
                .filteredOn(record -> record.recipientUserId().equals(caseManager.slackUserId()))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.state()).isEqualTo(Reminders.State.SENT);
                    assertThat(record.attempts()).isEqualTo(2);
                });
    }

    @Test
    void someoneSlackCannotReachIsRecordedAsFailedOnceAndShownToTheHeadOfServices() throws InterruptedException {
        Person caseManager = appraisedCaseManager("Ivy", LONDON)[0];
        at("2026-09-16T08:00:00Z");
        slackApi.failNext("chat.postMessage", FakeSlackApi.Failure.error("channel_not_found"));

        run();
        at("2026-09-17T10:00:00Z");
        run();
        SlackRequests.Response shown = app.slack()
                .withClock(MutableClock.INSTANCE)
                .command("/appraisal", "reminders", head.slackUserId(), TEAM);
        SlackRequests.Response refused = app.slack()
                .withClock(MutableClock.INSTANCE)
                .command("/appraisal", "reminders", caseManager.slackUserId(), TEAM);

        assertThat(dmsTo(caseManager)).hasSize(1);
        assertThat(history())
                .filteredOn(record -> record.recipientUserId().equals(caseManager.slackUserId()))
                .singleElement()
                .satisfies(record -> {
                    assertThat(record.state()).isEqualTo(Reminders.State.FAILED);
                    assertThat(record.lastError()).isEqualTo("channel_not_found");
                });
        assertThat(shown.json().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(shown.body())
                .contains("Could not be delivered")
                .contains("Ivy")
                .contains("channel_not_found");
        assertThat(refused.body()).doesNotContain("Could not be delivered").contains("Head of Services");
    }

    @Test
    void theQuartzJobsPlanAndSendWhenTheyFire() throws SchedulerException {
        Person caseManager = appraisedCaseManager("Jo", LONDON)[0];
        at("2026-09-16T08:00:00Z");
        Scheduler scheduler = app.bean(Scheduler.class);

        scheduler.triggerJob(ReminderJobs.PLANNING);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (dmsTo(caseManager).isEmpty() && System.nanoTime() < deadline) {
            scheduler.triggerJob(ReminderJobs.SENDING);
            sleep(Duration.ofMillis(500));
        }

        assertThat(dmsTo(caseManager)).hasSize(1);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Every text in a message's blocks, as Slack will read it. */
    static String blockText(FakeSlackApi.Call call) {
        StringBuilder text = new StringBuilder();
        call.json("blocks").ifPresent(blocks -> collectText(blocks, text));
        return text.toString();
    }

    private static void collectText(JsonElement element, StringBuilder text) {
        if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(child -> collectText(child, text));
        } else if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(entry -> {
                JsonElement value = entry.getValue();
                if (value.isJsonPrimitive()) {
                    text.append(value.getAsString()).append('\n');
                } else {
                    collectText(value, text);
                }
            });
        }
    }

    private static List<Reminders.ReminderRecord> history() {
        return app.bean(Reminders.class).history(TEAM, new CycleYear(2026), 0, 500);
    }
}
