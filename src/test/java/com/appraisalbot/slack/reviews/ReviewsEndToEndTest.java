package com.appraisalbot.slack.reviews;

import static com.appraisalbot.slack.reviews.ReviewDriver.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.approvals.Approvals;
import com.appraisalbot.audit.AuditEntry;
import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.objectives.CpdActivity;
import com.appraisalbot.objectives.Objective;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.Objectives;
import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.PeopleAdmin;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Profile;
import com.appraisalbot.people.Role;
import com.appraisalbot.reviews.PayProgression;
import com.appraisalbot.reviews.ReviewField;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewPart;
import com.appraisalbot.reviews.ReviewRecord;
import com.appraisalbot.reviews.ReviewSignOffs;
import com.appraisalbot.reviews.ReviewState;
import com.appraisalbot.reviews.ReviewStatus;
import com.appraisalbot.reviews.Reviews;
import com.appraisalbot.reviews.proforma.ProformaPdfText;
import com.appraisalbot.signing.RecordVerifier;
import com.appraisalbot.signing.VerificationFailure;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import com.appraisalbot.testing.ViewPayloads;
import com.google.gson.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mid-point and final reviews end to end: signed view submissions and clicks, the stand-in Web API
 * for every message, approval, signature and upload, and the stored records read back.
 */
class ReviewsEndToEndTest {

    private static final String ADMIN = "U0ADMIN";
    private static final String APPRAISER = "U0AMIR";
    private static final String OTHER_APPRAISER = "U0OTTO";
    private static final String SLT = "U0SAM";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    private static FakeSlackApi slackApi;
    private static TestApp app;
    private static ReviewDriver driver;
    private static PeopleAdmin peopleAdmin;
    private static Reviews reviews;
    private static Person admin;
    private static CycleYear year;

    @BeforeAll
    static void start() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi, Map.of("ADMIN_USER_IDS", ADMIN), Map.of());
        driver = new ReviewDriver(app, slackApi);
        peopleAdmin = app.bean(PeopleAdmin.class);
        reviews = app.bean(Reviews.class);
        slackApi.addUser(ADMIN, "Alice Admin", "Europe/London");
        admin = peopleAdmin.registerBootstrapAdmin(TEAM, ADMIN, profile("Alice Admin"));
        year = app.bean(Calendars.class).current(TEAM).year();
        person(APPRAISER, "Amir Appraiser", Role.APPRAISER);
        person(OTHER_APPRAISER, "Otto Other", Role.APPRAISER);
        person(SLT, "Sam Senior", Role.SLT_MEMBER);
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
        return peopleAdmin.setRoles(admin, userId, profile(name), Set.of(roles), "Case manager, North team");
    }

    /**
     * A new case manager, who also holds the appraiser and SLT roles, appraised by {@code appraiser} with agreed
     * objectives.
     */
    private static Person caseManager(String name, String appraiser) {
        String userId = "U1CM" + PEOPLE.incrementAndGet();
        Person caseManager = person(userId, name, Role.CASE_MANAGER, Role.APPRAISER, Role.SLT_MEMBER);
        peopleAdmin.assignAppraiser(admin, year, userId, appraiser);
        agreeObjectives(caseManager, appraiser);
        return caseManager;
    }

    private static void agreeObjectives(Person caseManager, String appraiserId) {
        Objectives objectives = app.bean(Objectives.class);
        Map<ObjectiveArea, Objective> all = new EnumMap<>(ObjectiveArea.class);
        for (ObjectiveArea area : ObjectiveArea.values()) {
            all.put(
                    area,
                    new Objective(
                            "Agreed objective " + area.number(),
                            "Criteria " + area.number(),
                            "PTS link " + area.number(),
                            "SIP link " + area.number()));
        }
        ObjectivesPlan plan = new ObjectivesPlan(
                all,
                Set.of(CpdActivity.SHADOWING),
                "",
                "Fortnightly supervision",
                "Two days of cover",
                year.firstDay().plusDays(23));
        objectives.change(caseManager, year, draft -> plan);
        long versionId = objectives.submit(caseManager, year).version().id();
        Person appraiser = app.bean(com.appraisalbot.people.Directory.class)
                .find(TEAM, appraiserId)
                .orElseThrow();
        app.bean(Approvals.class).approve(versionId, appraiser);
    }

    private static ReviewStatus status(Person caseManager, ReviewKind kind) {
        return reviews.state(caseManager.id(), year, kind)
                .map(ReviewState::status)
                .orElse(ReviewStatus.DRAFT);
    }

    private static ReviewRecord record(Person caseManager, ReviewKind kind) {
        return reviews.record(TEAM, caseManager.id(), year, kind).orElseThrow();
    }

    /** The case manager submits every page; returns the DM asking the appraiser for comments. */
    private static FakeSlackApi.Call submit(Person caseManager, ReviewKind kind, String tag) {
        return submit(caseManager, kind, tag, APPRAISER);
    }

    private static FakeSlackApi.Call submit(Person caseManager, ReviewKind kind, String tag, String appraiser) {
        int before = driver.count("chat.postMessage");
        driver.sendPart(
                caseManager.slackUserId(),
                kind,
                ReviewPart.CASE_MANAGER,
                caseManager.id(),
                ReviewDriver.answers(kind, tag));
        return driver.awaitDm(before, appraiser, ReviewDms.openAction(kind));
    }

    /** The appraiser writes their part; returns the shared approval DM with Approve and Return. */
    private static FakeSlackApi.Call comment(Person caseManager, ReviewKind kind, String tag) {
        int before = driver.count("chat.postMessage");
        driver.sendPart(APPRAISER, kind, ReviewPart.APPRAISER, caseManager.id(), ReviewDriver.answers(kind, tag));
        return driver.awaitDm(before, APPRAISER, "approval_approve");
    }

    /** The appraiser approves from the DM; returns the DM asking the case manager to sign. */
    private static FakeSlackApi.Call approve(Person caseManager, FakeSlackApi.Call approvalDm) {
        int before = driver.count("chat.postMessage");
        driver.click("approval_approve", ReviewDriver.buttonValue(approvalDm, "approval_approve"), APPRAISER);
        return driver.awaitDm(before, caseManager.slackUserId(), ReviewDms.SIGN);
    }

    private static FakeSlackApi.Call sign(Person caseManager, FakeSlackApi.Call signDm, String expectNext) {
        int before = driver.count("chat.postMessage");
        driver.click(ReviewDms.SIGN, ReviewDriver.buttonValue(signDm, ReviewDms.SIGN), caseManager.slackUserId());
        return expectNext == null ? null : driver.awaitDm(before, SLT, expectNext);
    }

    private static SlackRequests.Response sltSignOff(String userId, Person caseManager, String comment) {
        JsonObject state = ViewPayloads.state("comment", ReviewForms.VALUE, SlackRequests.plainTextInputState(comment));
        String metadata = ReviewRef.of(
                ReviewKind.FINAL,
                caseManager.id(),
                record(caseManager, ReviewKind.FINAL).number());
        return app.slack().viewSubmission(ReviewForms.SLT, metadata, state, userId, TEAM);
    }

    /** Drives a final review from submission to the case manager's signature; returns the SLT's DM. */
    private static FakeSlackApi.Call finalReviewUpToSlt(Person caseManager) {
        submit(caseManager, ReviewKind.FINAL, "Final");
        FakeSlackApi.Call approval = comment(caseManager, ReviewKind.FINAL, "Final");
        FakeSlackApi.Call signDm = approve(caseManager, approval);
        return sign(caseManager, signDm, ReviewDms.SLT_OPEN);
    }

    @Test
    void midpointReviewReturnedThenApprovedEndsSignedByCaseManagerAndAppraiser() {
        Person cara = caseManager("Cara Case", APPRAISER);
        submit(cara, ReviewKind.MIDPOINT, "Mid");
        FakeSlackApi.Call approval = comment(cara, ReviewKind.MIDPOINT, "Mid");
        int before = driver.count("chat.postMessage");
        JsonObject comment = ViewPayloads.state("comment", "comment", SlackRequests.plainTextInputState("Add numbers"));
        String versionId = ReviewDriver.buttonValue(approval, "approval_return");

        app.slack().viewSubmission("approval_return_comment", versionId, comment, APPRAISER, TEAM);
        FakeSlackApi.Call returned = driver.awaitDm(before, cara.slackUserId(), ReviewDms.OPEN_MIDPOINT);
        submit(cara, ReviewKind.MIDPOINT, "Mid again");
        FakeSlackApi.Call signDm = approve(cara, comment(cara, ReviewKind.MIDPOINT, "Mid again"));
        sign(cara, signDm, null);
        driver.awaitCall(
                "chat.update",
                0,
                c -> ReviewDriver.strings(c, "blocks").contains("Signed by <@" + cara.slackUserId() + ">"));

        assertThat(ReviewDriver.strings(returned, "blocks")).contains("Add numbers");
        ReviewRecord record = record(cara, ReviewKind.MIDPOINT);
        assertThat(record.signedAs(Role.CASE_MANAGER, Role.APPRAISER)).isTrue();
        assertThat(record.fullySigned()).isTrue();
        assertThat(record.review().self(ObjectiveArea.DEPARTMENTAL)).isEqualTo("Mid again self.2");
        assertThat(status(cara, ReviewKind.MIDPOINT)).isEqualTo(ReviewStatus.COMPLETE);
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void finalReviewSignedOffBySltCarriesThreeDatedSignatures() {
        Person dev = caseManager("Dev Case", APPRAISER);
        FakeSlackApi.Call sltDm = finalReviewUpToSlt(dev);

        SlackRequests.Response signed = sltSignOff(SLT, dev, "Strong year; agreed.");

        assertThat(signed.status()).isEqualTo(200);
        ReviewRecord record = record(dev, ReviewKind.FINAL);
        assertThat(record.signedAs(Role.CASE_MANAGER, Role.APPRAISER, Role.SLT_MEMBER))
                .isTrue();
        assertThat(record.signatureAs(Role.SLT_MEMBER).orElseThrow().signer().userId())
                .isEqualTo(SLT);
        assertThat(record.signatures()).allSatisfy(s -> assertThat(s.signedAt()).isNotNull());
        assertThat(status(dev, ReviewKind.FINAL)).isEqualTo(ReviewStatus.COMPLETE);
        assertThat(ReviewDriver.strings(sltDm, "blocks")).contains("sustained");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void approvalForgedByAnotherAppraiserOrTheCaseManagerChangesNothing() {
        Person eve = caseManager("Eve Case", APPRAISER);
        submit(eve, ReviewKind.MIDPOINT, "Mid");
        FakeSlackApi.Call approval = comment(eve, ReviewKind.MIDPOINT, "Mid");
        String versionId = ReviewDriver.buttonValue(approval, "approval_approve");
        int ephemerals = driver.count("chat.postEphemeral");

        driver.click("approval_approve", versionId, OTHER_APPRAISER);
        driver.click("approval_approve", versionId, eve.slackUserId());

        driver.awaitCall("chat.postEphemeral", ephemerals + 1, c -> true);
        assertThat(record(eve, ReviewKind.MIDPOINT).signatures()).isEmpty();
        assertThat(status(eve, ReviewKind.MIDPOINT)).isEqualTo(ReviewStatus.WITH_APPRAISER);
    }

    @Test
    void approvingAnOlderVersionSignsNothingAndDoubleClicksSignOnce() {
        Person nia = caseManager("Nia Case", APPRAISER);
        submit(nia, ReviewKind.MIDPOINT, "Mid");
        FakeSlackApi.Call older = comment(nia, ReviewKind.MIDPOINT, "Mid");
        FakeSlackApi.Call newer = comment(nia, ReviewKind.MIDPOINT, "Mid changed");
        int ephemerals = driver.count("chat.postEphemeral");

        driver.click("approval_approve", ReviewDriver.buttonValue(older, "approval_approve"), APPRAISER);
        driver.awaitCall(
                "chat.postEphemeral",
                ephemerals,
                c -> c.param("text").orElse("").contains("replaced"));
        String approve = ReviewDriver.buttonValue(newer, "approval_approve");
        int before = driver.count("chat.postMessage");
        driver.click("approval_approve", approve, APPRAISER);
        driver.click("approval_approve", approve, APPRAISER);
        FakeSlackApi.Call signDm = driver.awaitDm(before, nia.slackUserId(), ReviewDms.SIGN);
        String sign = ReviewDriver.buttonValue(signDm, ReviewDms.SIGN);
        driver.click(ReviewDms.SIGN, sign, nia.slackUserId());
        driver.click(ReviewDms.SIGN, sign, nia.slackUserId());
        driver.awaitCall(
                "chat.update",
                0,
                c -> ReviewDriver.strings(c, "blocks").contains("Signed by <@" + nia.slackUserId() + ">"));

        ReviewRecord record = record(nia, ReviewKind.MIDPOINT);
        assertThat(record.number()).isEqualTo(3);
        assertThat(record.review().appraiserComment(ObjectiveArea.WHOLE_PROVISION))
                .isEqualTo("Mid changed comment.3");
        assertThat(record.signatures())
                .extracting(s -> s.signer().role())
                .containsExactlyInAnyOrder("APPRAISER", "CASE_MANAGER");
    }

    @Test
    void aSignButtonForgedToNameAnotherCaseManagerIsRefusedLoggedAndChangesNothing() {
        Person una = caseManager("Una Case", APPRAISER);
        Person uma = caseManager("Uma Case", APPRAISER);
        submit(una, ReviewKind.MIDPOINT, "Mid");
        approve(una, comment(una, ReviewKind.MIDPOINT, "Mid"));
        String forged = ReviewRef.of(
                ReviewKind.MIDPOINT, uma.id(), record(una, ReviewKind.MIDPOINT).number());
        int ephemerals = driver.count("chat.postEphemeral");
        int updates = driver.count("chat.update");
        int messages = driver.count("chat.postMessage");

        driver.click(ReviewDms.SIGN, forged, una.slackUserId());

        FakeSlackApi.Call refusal = driver.awaitCall(
                "chat.postEphemeral",
                ephemerals,
                c -> c.param("user").orElse("").equals(una.slackUserId()));
        assertThat(refusal.param("text").orElseThrow()).contains("Only Uma Case can");
        assertThat(record(una, ReviewKind.MIDPOINT).signatureAs(Role.CASE_MANAGER))
                .isEmpty();
        assertThat(status(una, ReviewKind.MIDPOINT)).isEqualTo(ReviewStatus.AWAITING_CASE_MANAGER_SIGNATURE);
        assertThat(slackApi.calls("chat.update").subList(updates, driver.count("chat.update")))
                .noneSatisfy(c -> assertThat(ReviewDriver.strings(c, "blocks")).contains("Signed by"));
        assertThat(slackApi.calls("chat.postMessage").subList(messages, driver.count("chat.postMessage")))
                .noneSatisfy(c -> assertThat(c.param("text").orElse("")).contains("signed their"));
        assertThat(app.bean(AuditLog.class).entries(TEAM, "access-denied"))
                .anySatisfy(e -> assertThat(e.actorUserId() + " " + e.detail())
                        .isEqualTo(una.slackUserId() + " act as case manager on the record of person " + uma.id()));
    }

    @Test
    void aReviewFormOpenedOrSavedWithAValueNamingSomeoneTheyDoNotAppraiseIsRefusedAndLogged() {
        Person vic = caseManager("Vic Case", APPRAISER);
        submit(vic, ReviewKind.MIDPOINT, "Mid");
        String metadata = ReviewKind.MIDPOINT.name() + ":" + ReviewPart.APPRAISER.name() + ":" + vic.id() + ":0";
        int opens = driver.count("views.open");
        int updates = driver.count("views.update");

        driver.click(ReviewDms.OPEN_MIDPOINT, ReviewRef.of(ReviewKind.MIDPOINT, vic.id(), 0), OTHER_APPRAISER);
        app.slack().interaction(ViewPayloads.homeButton(ReviewForms.SAVE, metadata, metadata, OTHER_APPRAISER, TEAM));

        FakeSlackApi.Call opened = driver.awaitCall("views.open", opens, c -> true);
        FakeSlackApi.Call saved = driver.awaitCall("views.update", updates, c -> true);
        assertThat(ReviewDriver.strings(opened, "view")).contains("Not available", "You can only see your own");
        assertThat(ReviewDriver.strings(saved, "view")).contains("Not saved", "assigned appraiser");
        assertThat(app.bean(AuditLog.class).entries(TEAM, "access-denied"))
                .filteredOn(e -> e.actorUserId().equals(OTHER_APPRAISER))
                .extracting(AuditEntry::detail)
                .contains("see the records of person " + vic.id(), "act as appraiser of person " + vic.id());
        assertThat(reviews.state(vic.id(), year, ReviewKind.MIDPOINT)
                        .orElseThrow()
                        .draft())
                .isEqualTo(record(vic, ReviewKind.MIDPOINT).review());
    }

    @Test
    void sendingTheAppraisersPartTwiceWritesOneVersionSendsOneApprovalAndSaysNothingNewWasSent() {
        Person wyn = caseManager("Wyn Case", APPRAISER);
        submit(wyn, ReviewKind.MIDPOINT, "Mid");
        comment(wyn, ReviewKind.MIDPOINT, "Mid");
        ReviewRecord first = record(wyn, ReviewKind.MIDPOINT);
        int messages = driver.count("chat.postMessage");

        SlackRequests.Response again = driver.sendPart(
                APPRAISER,
                ReviewKind.MIDPOINT,
                ReviewPart.APPRAISER,
                wyn.id(),
                ReviewDriver.answers(ReviewKind.MIDPOINT, "Mid"));
        SlackRequests.Response retried = app.slack()
                .asRetry(1, "http_timeout")
                .viewSubmission(
                        ReviewForms.FORM,
                        lastPageMetadata(ReviewKind.MIDPOINT, ReviewPart.APPRAISER, wyn.id()),
                        lastPageState(ReviewKind.MIDPOINT, ReviewPart.APPRAISER, "Mid"),
                        APPRAISER,
                        TEAM);

        assertThat(again.body()).contains("Nothing new to send", "version " + first.number());
        assertThat(retried.body()).contains("Nothing new to send");
        assertThat(record(wyn, ReviewKind.MIDPOINT).number()).isEqualTo(first.number());
        assertThat(app.bean(AuditLog.class).entries(TEAM, "review-appraiser-part"))
                .filteredOn(e -> e.detail().endsWith("person " + wyn.id()))
                .hasSize(1);
        assertThat(driver.count("chat.postMessage")).isEqualTo(messages);
    }

    @Test
    void sendingTheCaseManagersPartTwiceWritesOneVersionAndSaysNothingNewWasSent() {
        Person xia = caseManager("Xia Case", APPRAISER);
        submit(xia, ReviewKind.FINAL, "Final");

        SlackRequests.Response again = driver.sendPart(
                xia.slackUserId(),
                ReviewKind.FINAL,
                ReviewPart.CASE_MANAGER,
                xia.id(),
                ReviewDriver.answers(ReviewKind.FINAL, "Final"));

        assertThat(again.body()).contains("Nothing new to send", "is with the appraiser");
        assertThat(record(xia, ReviewKind.FINAL).number()).isEqualTo(1);
    }

    private static String lastPageMetadata(ReviewKind kind, ReviewPart part, long caseManagerId) {
        int last = FormPage.of(kind, part).size() - 1;
        return kind.name() + ":" + part.name() + ":" + caseManagerId + ":" + last;
    }

    private static JsonObject lastPageState(ReviewKind kind, ReviewPart part, String tag) {
        java.util.List<FormPage> pages = FormPage.of(kind, part);
        return ReviewDriver.state(pages.get(pages.size() - 1).fields(), ReviewDriver.answers(kind, tag));
    }

    @Test
    void writingTheAppraisersPartOfOnesOwnReviewIsRefusedAndSavesNothing() {
        Person fay = caseManager("Fay Case", APPRAISER);
        submit(fay, ReviewKind.FINAL, "Final");

        SlackRequests.Response ownAsAppraiser = driver.sendPart(
                fay.slackUserId(),
                ReviewKind.FINAL,
                ReviewPart.APPRAISER,
                fay.id(),
                ReviewDriver.answers(ReviewKind.FINAL, "Self"));

        assertThat(ownAsAppraiser.body()).contains("Not saved");
        assertThat(reviews.state(fay.id(), year, ReviewKind.FINAL)
                        .orElseThrow()
                        .draft()
                        .appraiserComment(ObjectiveArea.DEPARTMENTAL))
                .isEmpty();
    }

    /** A whole final review for another cycle year, through the domain services, with the given recommendation. */
    private static void finalReviewThroughServices(Person caseManager, CycleYear cycle, String recommendation) {
        Directory directory = app.bean(Directory.class);
        Person appraiser = directory.find(TEAM, APPRAISER).orElseThrow();
        Person slt = directory.find(TEAM, SLT).orElseThrow();
        peopleAdmin.assignAppraiser(admin, cycle, caseManager.slackUserId(), APPRAISER);
        Map<String, String> answers = new HashMap<>(ReviewDriver.answers(ReviewKind.FINAL, "Earlier"));
        answers.put("recommendation", recommendation);
        reviews.saveDraft(
                caseManager,
                caseManager,
                cycle,
                ReviewKind.FINAL,
                ReviewPart.CASE_MANAGER,
                answers,
                ReviewField.of(ReviewKind.FINAL, ReviewPart.CASE_MANAGER));
        reviews.submit(caseManager, caseManager, cycle, ReviewKind.FINAL);
        reviews.saveDraft(
                appraiser,
                caseManager,
                cycle,
                ReviewKind.FINAL,
                ReviewPart.APPRAISER,
                answers,
                ReviewField.of(ReviewKind.FINAL, ReviewPart.APPRAISER));
        ReviewRecord record = reviews.completeAppraiserPart(appraiser, caseManager, cycle, ReviewKind.FINAL)
                .record();
        Approvals approvals = app.bean(Approvals.class);
        approvals.request(record.version(), caseManager, appraiser, Role.APPRAISER, cycle);
        approvals.approve(record.version().id(), appraiser);
        reviews.followDecision(record.version().id());
        reviews.signAsCaseManager(caseManager, caseManager, cycle, ReviewKind.FINAL, record.number());
        reviews.sltSignOff(slt, caseManager, cycle, record.number(), "Earlier year signed off");
    }

    @Test
    void sendingTheSltSignOffAgainSaysWhoSignedItAndWhenAndSignsNothingMore() {
        Person yan = caseManager("Yan Case", APPRAISER);
        finalReviewUpToSlt(yan);
        int messages = driver.count("chat.postMessage");
        sltSignOff(SLT, yan, "Agreed.");
        FakeSlackApi.Call told = driver.awaitCall(
                "chat.postMessage", messages, c -> c.param("channel").orElse("").equals(yan.slackUserId()));

        SlackRequests.Response again = sltSignOff(SLT, yan, "Agreed, again.");

        assertThat(told.param("text").orElseThrow())
                .isEqualTo("Yan Case's final review: signed off for the SLT by <@" + SLT + ">.");
        assertThat(again.json().get("response_action").getAsString()).isEqualTo("update");
        assertThat(ReviewDriver.strings(again.json().get("view")))
                .contains(
                        "Already signed",
                        "You already signed version "
                                + record(yan, ReviewKind.FINAL).number())
                .contains("for the SLT <!date^");
        assertThat(record(yan, ReviewKind.FINAL).signatures())
                .filteredOn(s -> s.signer().role().equals("SLT_MEMBER"))
                .hasSize(1);
        assertThat(app.bean(ReviewSignOffs.class)
                        .latest(TEAM, yan.id(), year)
                        .orElseThrow()
                        .comment())
                .isEqualTo("Agreed.");
    }

    @Test
    void sltSigningTheirOwnReviewIsRefusedAndSignsNothing() {
        Person gus = caseManager("Gus Case", APPRAISER);
        finalReviewUpToSlt(gus);

        SlackRequests.Response bySelf = sltSignOff(gus.slackUserId(), gus, "Signing my own");

        assertThat(bySelf.body()).contains("Not done");
        assertThat(record(gus, ReviewKind.FINAL).signatureAs(Role.SLT_MEMBER)).isEmpty();
        assertThat(status(gus, ReviewKind.FINAL)).isEqualTo(ReviewStatus.WITH_SLT);
    }

    @Test
    void progressionIsSustainedOnlyWhenThisYearAndThePreviousYearAreBothSuccessful() {
        PayProgression pay = app.bean(PayProgression.class);
        Person lee = caseManager("Lee Case", APPRAISER);
        Person max = caseManager("Max Case", APPRAISER);
        finalReviewThroughServices(lee, year.previous(), "RECOMMEND");
        finalReviewThroughServices(max, year.previous(), "DO_NOT_RECOMMEND");
        finalReviewUpToSlt(lee);
        String appraiserPages = driver.lastPartAnswers();
        boolean beforeSignOff = pay.sustained(TEAM, lee.id(), year);
        FakeSlackApi.Call maxSltDm = finalReviewUpToSlt(max);

        sltSignOff(SLT, lee, "Agreed");
        sltSignOff(SLT, max, "Agreed");

        assertThat(beforeSignOff).isFalse();
        assertThat(pay.successful(TEAM, lee.id(), year.previous())).isTrue();
        assertThat(pay.sustained(TEAM, lee.id(), year)).isTrue();
        assertThat(pay.successful(TEAM, max.id(), year)).isTrue();
        assertThat(pay.sustained(TEAM, max.id(), year)).isFalse();
        assertThat(ReviewDriver.strings(maxSltDm, "blocks")).contains("would not yet be *sustained*");
        assertThat(appraiserPages).contains("would make pay progression *sustained*");
    }

    @Test
    void proformaIsUploadedThroughTheThreeStepFlowAndItsTextHoldsTheRecord() throws Exception {
        Person hal = caseManager("Hal Zoë Case", APPRAISER);
        submit(hal, ReviewKind.MIDPOINT, "Mid");
        sign(hal, approve(hal, comment(hal, ReviewKind.MIDPOINT, "Mid")), null);
        finalReviewUpToSlt(hal);
        sltSignOff(SLT, hal, "SLT comment – “quoted” 😀");
        int uploads = driver.count("files.completeUploadExternal");

        SlackRequests.Response ack =
                app.slack().command("/appraisal", "proforma <@" + hal.slackUserId() + ">", APPRAISER, TEAM);
        FakeSlackApi.Call complete = driver.awaitCall("files.completeUploadExternal", uploads, c -> true);

        assertThat(ack.body()).contains("Preparing your proforma");
        assertThat(driver.count("files.getUploadURLExternal")).isGreaterThan(0);
        String fileId = complete.json("files")
                .orElseThrow()
                .getAsJsonArray()
                .get(0)
                .getAsJsonObject()
                .get("id")
                .getAsString();
        String text = ProformaPdfText.of(slackApi.uploadedFile(fileId).orElseThrow());
        ReviewRecord finalReview = record(hal, ReviewKind.FINAL);
        assertThat(text)
                .contains("Hal Zoë Case", "Amir Appraiser", "Agreed objective 3", "Criteria 4", "PTS link 1")
                .contains("Fortnightly supervision", "Two days of cover", "Mid self.1", "Mid comment.4")
                .contains("Final self.2", "Final comment.3", "Judgement: Met", "Final reasons")
                .contains("SLT comment – “quoted” [U+1F600]", "Sam Senior as SLT member", "Highly competent: Yes")
                .contains(
                        finalReview.contentSha256(),
                        record(hal, ReviewKind.MIDPOINT).contentSha256(),
                        "Ledger head");
    }

    @Test
    void theHomeShowsTheReviewsAndItsButtonSendsTheirOwnProforma() throws Exception {
        Person ola = caseManager("Ola Case", APPRAISER);
        int publishes = driver.count("views.publish");
        int uploads = driver.count("files.completeUploadExternal");
        String opened = "{\"type\":\"app_home_opened\",\"user\":\"" + ola.slackUserId() + "\",\"channel\":\"D0"
                + ola.slackUserId() + "\",\"tab\":\"home\",\"event_ts\":\"1700000000.000100\"}";

        app.slack().event(opened);
        FakeSlackApi.Call home = driver.awaitCall(
                "views.publish", publishes, c -> c.param("user_id").orElse("").equals(ola.slackUserId()));
        app.slack().interaction(ViewPayloads.homeButton(ProformaCommand.MINE, "mine", "", ola.slackUserId(), TEAM));
        FakeSlackApi.Call complete = driver.awaitCall("files.completeUploadExternal", uploads, c -> true);

        assertThat(ReviewDriver.strings(home, "view"))
                .contains("Reviews, " + year.label(), "Mid-point review has not been submitted yet.")
                .contains("Get my proforma (PDF)", ProformaCommand.FOR_PERSON);
        String fileId = complete.json("files")
                .orElseThrow()
                .getAsJsonArray()
                .get(0)
                .getAsJsonObject()
                .get("id")
                .getAsString();
        assertThat(ProformaPdfText.of(slackApi.uploadedFile(fileId).orElseThrow()))
                .contains("Ola Case", "Agreed objective 2", "Not yet recorded");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void aProformaOfSomeoneTheyDoNotAppraiseIsRefused() {
        Person ida = caseManager("Ida Case", APPRAISER);
        int before = driver.count("chat.postMessage");

        app.slack().command("/appraisal", "proforma <@" + ida.slackUserId() + ">", OTHER_APPRAISER, TEAM);

        FakeSlackApi.Call refusal = driver.awaitCall(
                "chat.postMessage",
                before,
                c -> ReviewDriver.strings(c, "blocks").contains("You can only see your own appraisal records"));
        assertThat(refusal.param("channel")).isPresent();
    }

    @Test
    void editingASignedReviewInTheDatabaseIsCaughtByTheVerifier() throws SQLException {
        Person jo = caseManager("Jo Case", APPRAISER);
        submit(jo, ReviewKind.MIDPOINT, "Mid");
        sign(jo, approve(jo, comment(jo, ReviewKind.MIDPOINT, "Mid")), null);
        long versionId = record(jo, ReviewKind.MIDPOINT).version().id();

        try (Connection connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("update record_version set content = replace(content, 'Mid self.1', 'Better')"
                    + " where id = " + versionId);
        }

        assertThat(app.bean(RecordVerifier.class).verifyAll().failures()).anySatisfy(failure -> {
            assertThat(failure.problem()).isEqualTo(VerificationFailure.Problem.CONTENT_CHANGED);
            assertThat(failure.record().orElseThrow().recordType()).isEqualTo("midpoint-review");
        });
    }

    @Test
    void aReminderButtonOpensTheCaseManagersOwnForm() {
        Person kim = caseManager("Kim Case", APPRAISER);
        int before = driver.count("views.open");

        driver.click("reminder_open_final_review", "FINAL_REVIEW:" + kim.id(), kim.slackUserId());

        FakeSlackApi.Call opened = driver.awaitCall("views.open", before, c -> true);
        assertThat(ReviewDriver.strings(opened, "view")).contains(ReviewForms.FORM, "Agreed objective 1");
        slackApi.assertNoBlockKitViolations();
    }
}
