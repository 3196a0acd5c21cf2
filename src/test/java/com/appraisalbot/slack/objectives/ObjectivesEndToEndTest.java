package com.appraisalbot.slack.objectives;

import static com.appraisalbot.slack.objectives.ObjectivesFixtures.TEAM;
import static com.appraisalbot.slack.objectives.ObjectivesFixtures.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.approvals.Approvals;
import com.appraisalbot.approvals.Decision;
import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.Objectives;
import com.appraisalbot.objectives.ProgressLog;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.PeopleAdmin;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Profile;
import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Duty;
import com.appraisalbot.progress.Progress;
import com.appraisalbot.signing.RecordHistory;
import com.appraisalbot.signing.RecordVerifier;
import com.appraisalbot.signing.Signature;
import com.appraisalbot.signing.VerificationReport;
import com.appraisalbot.slack.approvals.UnsentApprovals;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import com.appraisalbot.testing.ViewPayloads;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreeing objectives end to end, through signed requests and the stand-in Web API: drafts,
 * validation, submitting, returning, resubmitting, approving once however often it is clicked,
 * forged clicks, progress entries, escaping and tamper evidence.
 */
class ObjectivesEndToEndTest {

    private static final String ADMIN = "U0ADMIN";
    private static final String APPRAISER = "U0APPR";
    private static final String OTHER_APPRAISER = "U0OTHER";
    private static final String RETURN_CALLBACK = "approval_return_comment";
    private static final String MALICIOUS = "Cut waits <!channel> see <https://evil.example|x> *now*";

    private static FakeSlackApi slackApi;
    private static TestApp app;
    private static PeopleAdmin peopleAdmin;
    private static Person admin;
    private static CycleYear year;
    private static ObjectivesFixtures slack;

    @BeforeAll
    static void start() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi, Map.of("ADMIN_USER_IDS", ADMIN), Map.of());
        peopleAdmin = app.bean(PeopleAdmin.class);
        slackApi.addUser(ADMIN, "Alice Admin", "Europe/London");
        admin = peopleAdmin.registerBootstrapAdmin(TEAM, ADMIN, profile("Alice Admin"));
        year = app.bean(Calendars.class).current(TEAM).year();
        person(APPRAISER, "Ann Appraiser", Role.APPRAISER);
        person(OTHER_APPRAISER, "Olly Other", Role.APPRAISER);
        slack = new ObjectivesFixtures(app, slackApi, year);
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
    }

    private static Profile profile(String name) {
        return new Profile(name, ZoneId.of("Europe/London"));
    }

    private static Person person(String userId, String name, Role... roles) {
        slackApi.addUser(userId, name, "Europe/London");
        return peopleAdmin.setRoles(admin, userId, profile(name), Set.of(roles), null);
    }

    /** A case manager of their own, appraised by {@value #APPRAISER}, so tests sharing a database do not meet. */
    private static Person caseManager(String userId) {
        Person caseManager = person(userId, "Carol " + userId, Role.CASE_MANAGER);
        peopleAdmin.assignAppraiser(admin, year, userId, APPRAISER);
        return caseManager;
    }

    private static RecordHistory history(Person caseManager) {
        return app.bean(Objectives.class).history(caseManager, year);
    }

    private static FakeSlackApi.Call nextCall(String method, Runnable send) {
        int before = slackApi.calls(method).size();
        send.run();
        return slackApi.awaitCalls(method, before + 1, WAIT).get(before);
    }

    private static AppraiserAssignment assignment(Person caseManager) {
        return app.bean(Directory.class).assignmentOf(caseManager, year).orElseThrow();
    }

    private static Duty duty(Person caseManager) {
        return app.bean(Progress.class)
                .outstanding(Stage.PLANNING, List.of(assignment(caseManager)), year)
                .get(caseManager.id());
    }

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A case manager whose complete plan has been submitted; returns the version's ID from the DM. */
    private static String submitted(Person caseManager) {
        slack.writePlan(caseManager.slackUserId(), "Raise attendance");
        return ObjectivesFixtures.buttonValue(
                slack.submitAndAwaitDm(caseManager.slackUserId(), APPRAISER), "approval_approve");
    }

    private static long approvals(Person caseManager) {
        String record = Objectives.recordKey(caseManager, year).toString();
        return app.bean(AuditLog.class).entries(TEAM, "objectives-approved").stream()
                .filter(e -> e.detail().endsWith(record))
                .count();
    }

    private static List<Signature> signatures(Person caseManager) {
        return history(caseManager).latest().orElseThrow().signatures();
    }

    private static String viewText(FakeSlackApi.Call call) {
        return ObjectivesFixtures.strings(call, "view");
    }

    @Test
    void savedAnswersSurviveClosingAndShowOnReopen() {
        Person carol = caseManager("U1DRAFT");

        slack.saveObjective(carol.slackUserId(), ObjectiveArea.DEPARTMENTAL, "Halve the referral backlog", "");
        FakeSlackApi.Call overview = nextCall(
                "views.open", () -> app.slack().command("/appraisal", "objectives", carol.slackUserId(), TEAM));

        assertThat(viewText(overview)).contains("Halve the referral backlog", "Edit objective 2");
        JsonObject edit = ViewPayloads.modalButton("objectives_edit", "2", "VOVERVIEW", carol.slackUserId(), TEAM);
        edit.getAsJsonObject("view").addProperty("private_metadata", Integer.toString(year.startYear()));
        FakeSlackApi.Call form = nextCall("views.push", () -> app.slack().interaction(edit));
        assertThat(viewText(form)).contains("Halve the referral backlog", "Save draft");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void theRemindersOpenObjectivesButtonOpensTheCaseManagersOwnOverview() {
        Person carol = caseManager("U1REMIND");
        String value = "PLANNING:" + carol.id();

        FakeSlackApi.Call overview = nextCall(
                "views.open",
                () -> app.slack().blockAction("reminder_open_objectives", "b", value, carol.slackUserId(), TEAM));

        assertThat(viewText(overview)).contains("Submit to appraiser", "Edit objective 1", "Edit objective 4");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void saveDraftButtonSavesTheWholeFormFromItsBlockActionsState() {
        Person carol = caseManager("U1SAVE");
        JsonObject click = ViewPayloads.modalButton("objectives_save_draft", "objective", "VFORM1", "U1SAVE", TEAM);
        JsonObject view = click.getAsJsonObject("view");
        view.addProperty("callback_id", ObjectivesModals.OBJECTIVE_FORM);
        view.addProperty("private_metadata", slack.formMetadata(1));
        JsonObject state = new JsonObject();
        state.add("values", slack.objectiveState(ObjectiveArea.YOUNG_PERSON_PROGRESS, "Raise attendance", "90%"));
        view.add("state", state);

        FakeSlackApi.Call update = nextCall("views.update", () -> app.slack().interaction(click));

        assertThat(update.param("view_id")).contains("VFORM1");
        assertThat(viewText(update)).contains("Draft saved", "Raise attendance");
        assertThat(app.bean(Objectives.class).draft(carol, year).objective(ObjectiveArea.YOUNG_PERSON_PROGRESS))
                .satisfies(o -> assertThat(o.successCriteria()).isEqualTo("90%"));
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void tooLongAnswersGetFieldErrorsStatingTheLimitAndAreStillSaved() {
        Person carol = caseManager("U1LONG");

        SlackRequests.Response response =
                slack.saveObjective(carol.slackUserId(), ObjectiveArea.WHOLE_PROVISION, "x".repeat(1001), "ok");

        JsonObject errors = response.json().getAsJsonObject("errors");
        assertThat(response.json().get("response_action").getAsString()).isEqualTo("errors");
        assertThat(errors.get("objective.3").getAsString()).contains("Keep this to 1000 characters; it has 1001");
        assertThat(errors.has("success.3")).isFalse();
        assertThat(app.bean(Objectives.class)
                        .draft(carol, year)
                        .objective(ObjectiveArea.WHOLE_PROVISION)
                        .objective())
                .hasSize(1001);
    }

    @Test
    void aForgedAnswerLongerThanSlackAllowsIsKeptWholeAndItsErrorGivesItsRealLength() {
        Person carol = caseManager("U1FORGED");
        String typed = "y".repeat(3500);

        SlackRequests.Response response =
                slack.saveObjective(carol.slackUserId(), ObjectiveArea.WHOLE_PROVISION, typed, "ok");
        JsonObject edit = ViewPayloads.modalButton("objectives_edit", "3", "VOVERVIEW", carol.slackUserId(), TEAM);
        edit.getAsJsonObject("view").addProperty("private_metadata", Integer.toString(year.startYear()));
        FakeSlackApi.Call reopened = nextCall("views.push", () -> app.slack().interaction(edit));

        assertThat(response.json().getAsJsonObject("errors").get("objective.3").getAsString())
                .contains("Keep this to 1000 characters; it has 3500");
        assertThat(app.bean(Objectives.class)
                        .draft(carol, year)
                        .objective(ObjectiveArea.WHOLE_PROVISION)
                        .objective())
                .isEqualTo(typed);
        assertThat(viewText(reopened)).contains("This answer has 3500; shorten it.");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void submittingAnIncompletePlanUpdatesTheOverviewNamingWhatIsMissing() {
        Person carol = caseManager("U1GAPS");
        slack.saveObjective(carol.slackUserId(), ObjectiveArea.YOUNG_PERSON_PROGRESS, "Raise attendance", "");

        SlackRequests.Response response = slack.submit(carol.slackUserId());

        assertThat(response.json().get("response_action").getAsString()).isEqualTo("update");
        assertThat(response.json().getAsJsonObject("view").toString())
                .contains(
                        "Before you can submit", "Write the success criteria and the evidence required for objective 1")
                .contains("Write objective 2.", "Choose the date of your planning meeting", "Edit objective 4");
        assertThat(history(carol).versions()).isEmpty();
    }

    @Test
    void submitReturnResubmitAndApproveKeepEveryVersionWithItsSignatures() throws Exception {
        Person carol = caseManager("U1FLOW");
        slack.writePlan(carol.slackUserId(), MALICIOUS);

        FakeSlackApi.Call dm = slack.submitAndAwaitDm(carol.slackUserId(), APPRAISER);

        assertThat(dm.param("text").orElseThrow()).endsWith("to approve.");
        assertThat(ObjectivesFixtures.strings(dm, "blocks"))
                .contains("&lt;!channel&gt;", "&lt;https://evil.example|x&gt;", "Approve objectives")
                .contains("Return with comment")
                .doesNotContain("<!channel>", "<https://evil");
        String version1 = ObjectivesFixtures.buttonValue(dm, "approval_return");
        assertThat(duty(carol).actorRole()).isEqualTo(Role.APPRAISER);

        FakeSlackApi.Call commentModal =
                nextCall("views.open", () -> slack.click("approval_return", version1, APPRAISER));
        assertThat(viewText(commentModal)).contains("What should change?");
        int updatesBefore = slackApi.calls("chat.update").size();
        int messagesBefore = slackApi.calls("chat.postMessage").size();
        SlackRequests.Response returned = app.slack()
                .viewSubmission(
                        RETURN_CALLBACK,
                        version1,
                        ViewPayloads.state(
                                "comment", "comment", ObjectivesFixtures.text("Make objective 1 measurable <!here>")),
                        APPRAISER,
                        TEAM);

        assertThat(returned.json().get("response_action").getAsString()).isEqualTo("update");
        FakeSlackApi.Call returnedUpdate = slack.awaitCall("chat.update", updatesBefore, c -> true);
        assertThat(returnedUpdate.param("channel")).contains("D0APPR");
        assertThat(ObjectivesFixtures.strings(returnedUpdate, "blocks"))
                .contains("Returned", "Ann Appraiser", "Make objective 1 measurable &lt;!here&gt;", "<!date^")
                .doesNotContain("approval_approve");
        FakeSlackApi.Call told = slack.awaitCall(
                "chat.postMessage",
                messagesBefore,
                c -> c.param("channel").orElse("").equals(carol.slackUserId()));
        assertThat(ObjectivesFixtures.strings(told, "blocks")).contains("measurable &lt;!here&gt;", "open_objectives");
        assertThat(duty(carol).action()).isEqualTo("Revise and resubmit your objectives");

        slack.saveObjective(carol.slackUserId(), ObjectiveArea.YOUNG_PERSON_PROGRESS, "Attendance up 10%", "Register");
        FakeSlackApi.Call dm2 = slack.submitAndAwaitDm(carol.slackUserId(), APPRAISER);
        String version2 = ObjectivesFixtures.buttonValue(dm2, "approval_approve");
        updatesBefore = slackApi.calls("chat.update").size();
        slack.click("approval_approve", version2, APPRAISER);
        FakeSlackApi.Call approvedUpdate = slack.awaitCall("chat.update", updatesBefore, c -> true);

        assertThat(ObjectivesFixtures.strings(approvedUpdate, "blocks"))
                .contains("Approved", "Ann Appraiser", "<!date^");
        RecordHistory history = history(carol);
        assertThat(history.versions()).hasSize(2);
        assertThat(history.versions().get(0).signatures())
                .extracting(s -> s.signer().role())
                .containsExactly("CASE_MANAGER");
        RecordHistory.Entry agreed = history.latest().orElseThrow();
        assertThat(agreed.signatures()).extracting(s -> s.signer().role()).containsExactly("CASE_MANAGER", "APPRAISER");
        String hash = sha256(agreed.version().content());
        assertThat(agreed.signatures()).extracting(Signature::contentSha256).containsOnly(hash);
        assertThat(app.bean(Progress.class).outstanding(Stage.PLANNING, List.of(assignment(carol)), year))
                .doesNotContainKey(carol.id());
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void aReturnDecidedBeforeTheMessagesPlaceIsKnownStillShowsOnThatMessage() {
        Person carol = caseManager("U1QUICK");
        slack.writePlan(carol.slackUserId(), "Raise attendance");
        // Slack answers the approval DM's post slowly: the appraiser decides before its place is stored.
        slackApi.failNext("chat.postMessage", FakeSlackApi.Failure.delay(Duration.ofSeconds(2)));
        FakeSlackApi.Call dm = slack.submitAndAwaitDm(carol.slackUserId(), APPRAISER);
        String version = ObjectivesFixtures.buttonValue(dm, "approval_return");
        int updatesBefore = slackApi.calls("chat.update").size();

        app.slack()
                .viewSubmission(
                        RETURN_CALLBACK,
                        version,
                        ViewPayloads.state("comment", "comment", ObjectivesFixtures.text("Decided quickly")),
                        APPRAISER,
                        TEAM);
        FakeSlackApi.Call update = slack.awaitCall(
                "chat.update",
                updatesBefore,
                c -> ObjectivesFixtures.strings(c, "blocks").contains("Decided quickly"));

        SlackRequests.MessageRef posted =
                slackApi.withButton("approval_return", version).orElseThrow();
        assertThat(update.param("channel")).contains(posted.channel());
        assertThat(update.param("ts")).contains(posted.ts());
    }

    @Test
    void anApprovalMessageThatSlackRefusedIsSentLaterByTheUnsentApprovalsJob() throws Exception {
        Person carol = caseManager("U1UNSENT");
        slack.writePlan(carol.slackUserId(), "Raise attendance");
        slackApi.failNextMatching(
                "chat.postMessage",
                call -> call.param("channel").orElse("").equals(APPRAISER)
                        && call.param("text").orElse("").contains("Carol U1UNSENT"),
                FakeSlackApi.Failure.error("fatal_error"));
        int before = slackApi.calls("chat.postMessage").size();

        slack.submit(carol.slackUserId());
        slack.awaitCall(
                "chat.postMessage",
                before,
                call -> call.param("text").orElse("").contains("Carol U1UNSENT"));
        // Five minutes pass: the job leaves younger requests alone, as their message may still be on its way.
        try (Connection connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("update approval_request set requested_at = requested_at - interval 10 minute"
                    + " where subject_person_id = " + carol.id());
        }
        int failedAt = slackApi.calls("chat.postMessage").size();
        UnsentApprovals unsent = app.bean(UnsentApprovals.class);
        unsent.sendUnsent();
        unsent.sendUnsent();

        List<FakeSlackApi.Call> resent = slackApi.calls("chat.postMessage").stream()
                .skip(failedAt)
                .filter(call -> call.param("text").orElse("").contains("Carol U1UNSENT"))
                .toList();
        assertThat(resent).hasSize(1);
        assertThat(ObjectivesFixtures.strings(resent.get(0), "blocks")).contains("Approve objectives");
        assertThat(app.bean(Approvals.class).unsent(Instant.now(), 100))
                .noneMatch(request -> request.subject().id().equals(carol.id()));
    }

    @Test
    void approvingTwiceOrOnARetryRecordsOneApprovalAndSaysWhoApprovedWhen() {
        Person carol = caseManager("U1TWICE");
        String version = submitted(carol);
        int updatesBefore = slackApi.calls("chat.update").size();
        slack.click("approval_approve", version, APPRAISER);
        slack.awaitCall("chat.update", updatesBefore, c -> true);

        FakeSlackApi.Call second =
                nextCall("chat.postEphemeral", () -> slack.click("approval_approve", version, APPRAISER));
        FakeSlackApi.Call retry = nextCall(
                "chat.postEphemeral",
                () -> app.slack()
                        .asRetry(1, "http_timeout")
                        .blockAction("approval_approve", "approval_buttons", version, APPRAISER, TEAM));

        assertThat(second.param("text").orElseThrow()).contains("already approved by Ann Appraiser", "<!date^");
        assertThat(retry.param("text").orElseThrow()).contains("already approved");
        assertThat(approvals(carol)).isEqualTo(1);
        assertThat(signatures(carol)).hasSize(2);
    }

    @Test
    void twentySubmissionsAtOnceWriteOneVersionAndSendOneMessage() throws Exception {
        Person carol = caseManager("U1RACE");
        slack.writePlan(carol.slackUserId(), "Raise attendance");
        int messagesBefore = slackApi.calls("chat.postMessage").size();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<CompletableFuture<SlackRequests.Response>> submissions = new ArrayList<>();

        for (int i = 0; i < 20; i++) {
            submissions.add(CompletableFuture.supplyAsync(() -> slack.submit(carol.slackUserId()), pool));
        }
        submissions.forEach(s -> assertThat(s.join().status()).isEqualTo(200));
        pool.shutdown();
        slack.awaitCall(
                "chat.postMessage",
                messagesBefore,
                c -> c.param("channel").orElse("").equals(APPRAISER));
        // Any second message would follow within the same moment; give it ample time to show.
        Thread.sleep(1_000);

        assertThat(history(carol).versions()).hasSize(1);
        assertThat(slackApi.calls("chat.postMessage")
                        .subList(
                                messagesBefore,
                                slackApi.calls("chat.postMessage").size()))
                .filteredOn(c -> c.param("channel").orElse("").equals(APPRAISER))
                .hasSize(1);
        assertThat(app.bean(AuditLog.class).entries(TEAM, "objectives-submitted").stream()
                        .filter(e -> e.detail()
                                .endsWith(Objectives.recordKey(carol, year).toString())))
                .hasSize(1);
    }

    @Test
    void anApproveRacingAReturnLeavesTheAppraisersSignatureOnlyWithAnApproval() {
        for (int round = 0; round < 4; round++) {
            Person carol = caseManager("U1DUEL" + round);
            String version = submitted(carol);
            int ephemeralsBefore = slackApi.calls("chat.postEphemeral").size();
            JsonObject comment = ViewPayloads.state("comment", "comment", ObjectivesFixtures.text("Not yet"));

            CompletableFuture<SlackRequests.Response> approve =
                    CompletableFuture.supplyAsync(() -> slack.click("approval_approve", version, APPRAISER));
            SlackRequests.Response returned =
                    app.slack().viewSubmission(RETURN_CALLBACK, version, comment, APPRAISER, TEAM);
            assertThat(approve.join().status()).isEqualTo(200);
            Decision decision = awaitDecision(Long.parseLong(version));

            if (decision.outcome() == Decision.Outcome.RETURNED) {
                // The approval lost: once it has said so, it must have left nothing signed.
                slackApi.awaitCalls("chat.postEphemeral", ephemeralsBefore + 1, WAIT);
                assertThat(signatures(carol)).extracting(s -> s.signer().role()).containsExactly("CASE_MANAGER");
            } else {
                assertThat(returned.body()).contains("Nothing changed");
                assertThat(signatures(carol))
                        .extracting(s -> s.signer().role())
                        .containsExactly("CASE_MANAGER", "APPRAISER");
            }
        }
    }

    private static Decision awaitDecision(long versionId) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Optional<Decision> decision = app.bean(Approvals.class).decision(versionId);
        while (decision.isEmpty() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            decision = app.bean(Approvals.class).decision(versionId);
        }
        return decision.orElseThrow(() -> new AssertionError("No decision on version " + versionId));
    }

    @Test
    void fiftyApproveClicksAtOnceRecordOneApprovalOneSignatureAndOneAuditEntry() throws Exception {
        Person carol = caseManager("U1FIFTY");
        String version = submitted(carol);
        int ephemeralBefore = slackApi.calls("chat.postEphemeral").size();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<CompletableFuture<SlackRequests.Response>> clicks = new ArrayList<>();

        for (int i = 0; i < 50; i++) {
            clicks.add(CompletableFuture.supplyAsync(() -> slack.click("approval_approve", version, APPRAISER), pool));
        }
        clicks.forEach(click -> assertThat(click.join().status()).isEqualTo(200));
        pool.shutdown();

        slackApi.awaitCalls("chat.postEphemeral", ephemeralBefore + 49, WAIT);
        assertThat(approvals(carol)).isEqualTo(1);
        assertThat(signatures(carol)).extracting(s -> s.signer().role()).containsExactly("CASE_MANAGER", "APPRAISER");
        assertThat(app.bean(Approvals.class).decision(Long.parseLong(version))).isPresent();
    }

    @Test
    void approvingAVersionThatANewerOneReplacedIsRefusedAndItsMessageSaysSo() {
        Person carol = caseManager("U1OLD");
        String version1 = submitted(carol);
        slack.saveObjective(carol.slackUserId(), ObjectiveArea.DEPARTMENTAL, "A new departmental aim", "Minutes");
        int updatesBefore = slackApi.calls("chat.update").size();
        slack.submitAndAwaitDm(carol.slackUserId(), APPRAISER);
        FakeSlackApi.Call replaced = slack.awaitCall("chat.update", updatesBefore, c -> true);

        FakeSlackApi.Call refusal =
                nextCall("chat.postEphemeral", () -> slack.click("approval_approve", version1, APPRAISER));

        assertThat(ObjectivesFixtures.strings(replaced, "blocks")).contains("replaced by version 2");
        assertThat(refusal.param("text").orElseThrow()).contains("version 1", "version 2 has replaced");
        assertThat(history(carol).versions()).hasSize(2);
        assertThat(signatures(carol)).extracting(s -> s.signer().role()).containsExactly("CASE_MANAGER");
        assertThat(app.bean(Approvals.class).decision(Long.parseLong(version1))).isEmpty();
    }

    @Test
    void forgedApprovalsByAnotherAppraiserOrTheCaseManagerThemselvesChangeNothing() {
        Person carol = caseManager("U1FORGE");
        String version = submitted(carol);

        FakeSlackApi.Call byOther =
                nextCall("chat.postEphemeral", () -> slack.click("approval_approve", version, OTHER_APPRAISER));
        FakeSlackApi.Call bySelf =
                nextCall("chat.postEphemeral", () -> slack.click("approval_approve", version, carol.slackUserId()));
        SlackRequests.Response forgedReturn = app.slack()
                .viewSubmission(
                        RETURN_CALLBACK,
                        version,
                        ViewPayloads.state("comment", "comment", ObjectivesFixtures.text("No")),
                        OTHER_APPRAISER,
                        TEAM);

        assertThat(byOther.param("text").orElseThrow()).contains("assigned appraiser", "Nothing was changed");
        assertThat(bySelf.param("text").orElseThrow()).contains("assigned appraiser");
        assertThat(forgedReturn.json().getAsJsonObject("errors").get("comment").getAsString())
                .contains("assigned appraiser");
        assertThat(signatures(carol)).extracting(s -> s.signer().role()).containsExactly("CASE_MANAGER");
        assertThat(app.bean(Approvals.class).decision(Long.parseLong(version))).isEmpty();
        assertThat(app.bean(AuditLog.class).entries(TEAM, "access-denied"))
                .anySatisfy(e -> assertThat(e.actorUserId()).isEqualTo(OTHER_APPRAISER));
    }

    @Test
    void progressEntriesAreCheckedSavedAndShownToTheCaseManagerAndTheirAppraiser() {
        Person carol = caseManager("U1PROG");
        String today = app.bean(Calendars.class).today().toString();
        JsonObject bad = progressState(
                "what",
                "not a link",
                today.replace(today.substring(0, 4), Integer.toString(Integer.parseInt(today.substring(0, 4)) + 1)));
        JsonObject good =
                progressState("Peer review of <@U0ADMIN> case notes", "https://crm.example.org/r/42", today.toString());

        SlackRequests.Response refused = app.slack()
                .viewSubmission("progress_entry", Integer.toString(year.startYear()), bad, carol.slackUserId(), TEAM);
        SlackRequests.Response saved = app.slack()
                .viewSubmission("progress_entry", Integer.toString(year.startYear()), good, carol.slackUserId(), TEAM);
        FakeSlackApi.Call home = slack.awaitCall(
                "views.publish", 0, c -> c.param("user_id").orElse("").equals(carol.slackUserId()));
        FakeSlackApi.Call appraiserView = nextCall(
                "views.open",
                () -> app.slack().blockAction("open_objectives", "b", Long.toString(carol.id()), APPRAISER, TEAM));
        FakeSlackApi.Call outsiderView = nextCall(
                "views.open",
                () -> app.slack()
                        .blockAction("open_objectives", "b", Long.toString(carol.id()), OTHER_APPRAISER, TEAM));

        JsonObject errors = refused.json().getAsJsonObject("errors");
        assertThat(errors.get("link").getAsString()).contains("https://");
        assertThat(errors.get("date").getAsString()).contains("no later than today");
        assertThat(saved.json().get("response_action").getAsString()).isEqualTo("update");
        ProgressLog.Timeline timeline = app.bean(ProgressLog.class).timeline(carol, year, 5);
        assertThat(timeline.total()).isEqualTo(1);
        assertThat(timeline.newest().get(0).link()).contains("https://crm.example.org/r/42");
        assertThat(viewText(home)).contains("1 entry", "Peer review of &lt;@U0ADMIN&gt;", "Log progress");
        assertThat(viewText(appraiserView)).contains("Peer review of &lt;@U0ADMIN&gt;", "Peer review");
        assertThat(viewText(outsiderView)).contains("Not available").doesNotContain("Peer review of");
        slackApi.assertNoBlockKitViolations();
    }

    private static JsonObject progressState(String what, String link, String date) {
        return ViewPayloads.state(
                "objective",
                "value",
                ObjectivesFixtures.selected("DEPARTMENTAL"),
                "what",
                "value",
                ObjectivesFixtures.text(what),
                "source",
                "value",
                ObjectivesFixtures.selected("PEER_REVIEW"),
                "link",
                "value",
                ObjectivesFixtures.text(link),
                "date",
                "value",
                ViewPayloads.datePicked(date));
    }

    @Test
    void anEditOfAgreedObjectivesBehindTheAppsBackIsNamedByTheVerifier() throws SQLException {
        Person carol = caseManager("U1TAMPER");
        String version = submitted(carol);
        int updatesBefore = slackApi.calls("chat.update").size();
        slack.click("approval_approve", version, APPRAISER);
        slack.awaitCall("chat.update", updatesBefore, c -> true);

        try (var connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
                var statement = connection.prepareStatement(
                        "update record_version set content = replace(content, 'Raise attendance', 'Lower attendance')"
                                + " where id = ?")) {
            statement.setLong(1, Long.parseLong(version));
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
        VerificationReport report = app.bean(RecordVerifier.class).verifyAll();

        assertThat(report.verified()).isFalse();
        assertThat(report.lines())
                .anySatisfy(line -> assertThat(line)
                        .contains(Objectives.recordKey(carol, year).toString(), "version 1", "content changed"));
    }
}
