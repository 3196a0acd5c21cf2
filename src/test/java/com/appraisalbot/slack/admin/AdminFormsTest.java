package com.appraisalbot.slack.admin;

import static com.appraisalbot.testing.ViewPayloads.datePicked;
import static com.appraisalbot.testing.ViewPayloads.numberTyped;
import static com.appraisalbot.testing.ViewPayloads.state;
import static com.appraisalbot.testing.ViewPayloads.ticked;
import static com.appraisalbot.testing.ViewPayloads.userPicked;
import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.PolicyDefaults;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import com.appraisalbot.testing.ViewPayloads;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Setting a provision up from Slack, as its first admin does: people and roles, appraisers, the
 * calendar, through signed submissions of the admin modals.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminFormsTest {

    private static final String TEAM = "T123";
    private static final String ADMIN = "U0ADMIN";
    private static final String LISTED_ADMIN = "U0BOOT";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static FakeSlackApi slackApi;
    private static TestApp app;

    @BeforeAll
    static void start() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi, Map.of("ADMIN_USER_IDS", ADMIN + "," + LISTED_ADMIN), Map.of());
        for (String[] user : new String[][] {
            {ADMIN, "Alice Admin"},
            {LISTED_ADMIN, "Bea Boot"},
            {"U0CAROL", "Carol <!channel>"},
            {"U0ERIN", "Erin"},
            {"U0GUS", "Gus"}
        }) {
            slackApi.addUser(user[0], user[1], "Europe/London");
        }
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
    }

    private static SlackRequests.Response submitPerson(String submitter, String userId, List<String> roles) {
        JsonObject values = state(
                PersonForm.PERSON,
                "user",
                userPicked(userId),
                PersonForm.ROLES,
                "roles",
                ticked(roles),
                PersonForm.DESIGNATION,
                "text",
                SlackRequests.plainTextInputState("Case Manager <b>"));
        return app.slack().viewSubmission(PersonForm.CALLBACK_ID, "", values, submitter, TEAM);
    }

    private static SlackRequests.Response submitAssignment(String caseManager, String appraiser) {
        JsonObject values = state(
                AssignmentForm.CASE_MANAGER,
                "user",
                userPicked(caseManager),
                AssignmentForm.APPRAISER,
                "user",
                userPicked(appraiser));
        return app.slack().viewSubmission(AssignmentForm.CALLBACK_ID, yearMetadata(), values, ADMIN, TEAM);
    }

    private static SlackRequests.Response submitCalendar(Map<Stage, LocalDate> dates, String reminders) {
        JsonObject values = state(
                CalendarForm.REMINDERS,
                "days",
                SlackRequests.plainTextInputState(reminders),
                CalendarForm.ESCALATION,
                "days",
                numberTyped("5"));
        dates.forEach((stage, date) -> values.add(
                CalendarForm.deadlineBlock(stage),
                state(CalendarForm.deadlineBlock(stage), "date", datePicked(date.toString()))
                        .getAsJsonObject(CalendarForm.deadlineBlock(stage))));
        return app.slack().viewSubmission(CalendarForm.CALLBACK_ID, yearMetadata(), values, ADMIN, TEAM);
    }

    private static String yearMetadata() {
        return Integer.toString(cycle().year().startYear());
    }

    private static Cycle cycle() {
        return app.bean(Calendars.class).current(TEAM);
    }

    private static Person stored(String userId) {
        return app.bean(Directory.class).find(TEAM, userId).orElseThrow();
    }

    private static JsonObject errors(SlackRequests.Response response) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("response_action").getAsString()).isEqualTo("errors");
        return response.json().getAsJsonObject("errors");
    }

    private static String noticeText(SlackRequests.Response response) {
        return response.json()
                .getAsJsonObject("view")
                .getAsJsonArray("blocks")
                .get(0)
                .getAsJsonObject()
                .getAsJsonObject("text")
                .get("text")
                .getAsString();
    }

    private static FakeSlackApi.Call nextCall(String method, Runnable send) {
        int before = slackApi.calls(method).size();
        send.run();
        return slackApi.awaitCalls(method, before + 1, WAIT).get(before);
    }

    @Test
    @Order(1)
    void bootstrapAdminGrantsRolesThroughTheModalWithTheNameFromSlack() {
        SlackRequests.Response response = submitPerson(ADMIN, "U0CAROL", List.of("CASE_MANAGER"));

        assertThat(response.json().get("response_action").getAsString()).isEqualTo("update");
        assertThat(noticeText(response)).contains("Carol &lt;!channel&gt;", "now holds Case manager");
        assertThat(noticeText(response)).doesNotContain("<!channel>");
        Person carol = stored("U0CAROL");
        assertThat(carol.roles()).containsExactly(Role.CASE_MANAGER);
        assertThat(carol.displayName()).isEqualTo("Carol <!channel>");
        assertThat(carol.designation()).isEqualTo("Case Manager <b>");
        FakeSlackApi.Call home = slackApi.awaitCall("views.publish", WAIT);
        assertThat(home.param("view").orElseThrow()).doesNotContain("<!channel>");
        slackApi.awaitCalls("views.publish", 2, WAIT);
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    @Order(2)
    void aNonAdminSubmittingTheAdminFormIsRefusedAuditedAndNothingChanges() {
        SlackRequests.Response response = submitPerson("U0CAROL", "U0CAROL", List.of("ADMIN", "CASE_MANAGER"));

        assertThat(errors(response).get(PersonForm.PERSON).getAsString()).contains("Only an admin");
        assertThat(stored("U0CAROL").roles()).containsExactly(Role.CASE_MANAGER);
        assertThat(app.bean(AuditLog.class).entries(TEAM, "access-denied"))
                .anySatisfy(entry -> assertThat(entry.actorUserId()).isEqualTo("U0CAROL"));
    }

    @Test
    @Order(3)
    void someoneSlackDoesNotKnowIsRefusedOnThePersonField() {
        SlackRequests.Response response = submitPerson(ADMIN, "U0NOBODY", List.of("APPRAISER"));

        assertThat(errors(response).get(PersonForm.PERSON).getAsString()).contains("no such person");
    }

    @Test
    @Order(4)
    void assigningSomeoneWithoutTheAppraiserRoleIsRefusedOnTheAppraiserField() {
        submitPerson(ADMIN, "U0GUS", List.of("CASE_MANAGER"));

        SlackRequests.Response response = submitAssignment("U0CAROL", "U0GUS");

        assertThat(errors(response).get(AssignmentForm.APPRAISER).getAsString()).contains("Appraiser role first");
    }

    @Test
    @Order(5)
    void nobodyIsAssignedAsTheirOwnAppraiser() {
        submitPerson(ADMIN, "U0ERIN", List.of("CASE_MANAGER", "APPRAISER"));

        SlackRequests.Response response = submitAssignment("U0ERIN", "U0ERIN");

        assertThat(errors(response).get(AssignmentForm.APPRAISER).getAsString()).contains("own appraiser");
    }

    @Test
    @Order(6)
    void adminAssignsAnAppraiserForTheCycleYear() {
        SlackRequests.Response response = submitAssignment("U0CAROL", "U0ERIN");

        assertThat(response.json().get("response_action").getAsString()).isEqualTo("update");
        assertThat(noticeText(response)).contains("<@U0CAROL> is appraised by <@U0ERIN>");
        assertThat(app.bean(Directory.class).appraiserOf(stored("U0CAROL"), cycle().year()))
                .map(Person::slackUserId)
                .contains("U0ERIN");
    }

    @Test
    @Order(7)
    void calendarModalShowsThePolicyDatesWithTheirExplanations() {
        JsonObject click = ViewPayloads.homeButton(AdminActions.OPEN_CALENDAR, "", "", ADMIN, TEAM);

        FakeSlackApi.Call opened = nextCall("views.open", () -> app.slack().interaction(click));

        String view = opened.param("view").orElseThrow();
        PolicyDefaults.deadlines(cycle().year())
                .values()
                .forEach(date -> assertThat(view).contains(date.toString()));
        assertThat(view).contains("before the February half term", "14, 7, 1", "admin_calendar_next", "confirm");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    @Order(8)
    void datesThatCannotWorkAreRefusedBesideEachField() {
        Map<Stage, LocalDate> dates = PolicyDefaults.deadlines(cycle().year());
        dates.put(Stage.MIDPOINT_REVIEW, dates.get(Stage.PLANNING).minusDays(1));

        SlackRequests.Response response = submitCalendar(dates, "14, soon");

        JsonObject errors = errors(response);
        assertThat(errors.get("deadline_midpoint_review").getAsString()).contains("after the deadline before it");
        assertThat(errors.get(CalendarForm.REMINDERS).getAsString()).contains("such as 14, 7, 1");
        assertThat(cycle().deadline(Stage.MIDPOINT_REVIEW))
                .isEqualTo(PolicyDefaults.deadlines(cycle().year()).get(Stage.MIDPOINT_REVIEW));
    }

    @Test
    @Order(9)
    void adminSavesTheProvisionsOwnDates() {
        Map<Stage, LocalDate> dates = PolicyDefaults.deadlines(cycle().year());
        LocalDate midpoint = dates.get(Stage.MIDPOINT_REVIEW).minusDays(7);
        dates.put(Stage.MIDPOINT_REVIEW, midpoint);

        SlackRequests.Response response = submitCalendar(dates, "21, 7");

        assertThat(response.json().get("response_action").getAsString()).isEqualTo("update");
        assertThat(cycle().deadline(Stage.MIDPOINT_REVIEW)).isEqualTo(midpoint);
        assertThat(cycle().reminderDays()).containsExactly(21, 7);
        assertThat(cycle().escalationDays()).isEqualTo(5);
    }

    @Test
    @Order(10)
    void startingTheNextCycleYearCarriesAssignmentsOverAndLeavesTheOldYearAlone() {
        CycleYear before = cycle().year();
        JsonObject click = ViewPayloads.modalButton(
                CalendarForm.NEXT_CYCLE, Integer.toString(before.startYear()), "V0CAL", ADMIN, TEAM);

        FakeSlackApi.Call updated = nextCall("views.update", () -> app.slack().interaction(click));

        assertThat(cycle().year()).isEqualTo(before.next());
        assertThat(updated.param("view").orElseThrow()).contains(before.next().label());
        Directory directory = app.bean(Directory.class);
        assertThat(directory.appraiserOf(stored("U0CAROL"), before.next()))
                .map(Person::slackUserId)
                .contains("U0ERIN");
        assertThat(app.bean(Calendars.class).cycle(TEAM, before).reminderDays()).containsExactly(21, 7);
    }

    @Test
    @Order(11)
    void aSecondClickOnTheSameStartButtonOpensNoFurtherYear() {
        CycleYear now = cycle().year();
        JsonObject stale = ViewPayloads.modalButton(
                CalendarForm.NEXT_CYCLE, Integer.toString(now.previous().startYear()), "V0CAL", ADMIN, TEAM);

        nextCall("views.update", () -> app.slack().interaction(stale));

        assertThat(cycle().year()).isEqualTo(now);
    }

    @Test
    @Order(12)
    void adminCommandOpensTheSetupMenuForAnAdmin() {
        FakeSlackApi.Call opened =
                nextCall("views.open", () -> app.slack().command("/appraisal", "admin", ADMIN, TEAM));

        assertThat(opened.param("view").orElseThrow()).contains("admin_open_person", "Set up the provision");
    }

    @Test
    @Order(13)
    void adminCommandRefusesSomeoneWhoIsNotAnAdmin() {
        SlackRequests.Response response = app.slack().command("/appraisal", "admin", "U0CAROL", TEAM);

        assertThat(response.json().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(response.json().get("text").getAsString()).contains("Only an admin");
    }

    @Test
    @Order(14)
    void adminCommandTellsSomeoneNotSetUpWhoCanAddThem() {
        SlackRequests.Response response = app.slack().command("/appraisal", "admin", "U0STRANGER", TEAM);

        assertThat(response.json().get("text").getAsString()).contains("not set up", "<@" + ADMIN + ">");
    }

    @Test
    @Order(15)
    void setupButtonInsideTheMenuPushesTheFormOnTop() {
        JsonObject click = ViewPayloads.modalButton(AdminActions.OPEN_PERSON, "", "V0MENU", ADMIN, TEAM);

        FakeSlackApi.Call pushed = nextCall("views.push", () -> app.slack().interaction(click));

        assertThat(pushed.param("view").orElseThrow()).contains("users_select", PersonForm.CALLBACK_ID);
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    @Order(16)
    void removingAdminFromSomeoneListedInAdminUserIdsIsRefusedSayingHowInsteadOfSilentlyUndone() {
        submitPerson(ADMIN, LISTED_ADMIN, List.of("ADMIN", "CASE_MANAGER"));

        SlackRequests.Response response = submitPerson(ADMIN, LISTED_ADMIN, List.of("CASE_MANAGER"));

        assertThat(errors(response).get(PersonForm.ROLES).getAsString())
                .contains("ADMIN_USER_IDS", "remove them from ADMIN_USER_IDS and restart");
        assertThat(stored(LISTED_ADMIN).roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.CASE_MANAGER);
    }
}
