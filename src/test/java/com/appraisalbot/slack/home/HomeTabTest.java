package com.appraisalbot.slack.home;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.PeopleAdmin;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Profile;
import com.appraisalbot.people.Role;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.TestApp;
import com.appraisalbot.testing.ViewPayloads;
import com.google.gson.JsonObject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The App Home of each role, driven by signed events and clicks, published to the stand-in Web API. */
class HomeTabTest {

    private static final Logger LOG = LoggerFactory.getLogger(HomeTabTest.class);
    private static final String TEAM = "T123";
    private static final String ADMIN = "U0ADMIN";
    private static final String BUSY_APPRAISER = "U0BUSY";
    private static final int MANY = 205;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static FakeSlackApi slackApi;
    private static TestApp app;
    private static PeopleAdmin peopleAdmin;
    private static Person admin;
    private static CycleYear year;

    @BeforeAll
    static void start() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi, Map.of("ADMIN_USER_IDS", ADMIN), Map.of());
        peopleAdmin = app.bean(PeopleAdmin.class);
        slackApi.addUser(ADMIN, "Alice Admin", "Europe/London");
        admin = peopleAdmin.registerBootstrapAdmin(TEAM, ADMIN, profile("Alice Admin"));
        year = app.bean(Calendars.class).current(TEAM).year();
        person(BUSY_APPRAISER, Role.APPRAISER);
        for (int i = 0; i < MANY; i++) {
            String userId = String.format("U1CM%03d", i);
            person(userId, Role.CASE_MANAGER);
            peopleAdmin.assignAppraiser(admin, year, userId, BUSY_APPRAISER);
        }
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
    }

    private static Profile profile(String name) {
        return new Profile(name, ZoneId.of("Europe/London"));
    }

    private static Person person(String userId, Role... roles) {
        slackApi.addUser(userId, "Person " + userId, "Europe/London");
        return peopleAdmin.setRoles(admin, userId, profile("Person " + userId), Set.of(roles), null);
    }

    private static String homeOpened(String userId, String viewJson) {
        return "{\"type\":\"app_home_opened\",\"user\":\"" + userId + "\",\"channel\":\"D0" + userId
                + "\",\"tab\":\"home\",\"event_ts\":\"1700000000.000100\"" + viewJson + "}";
    }

    /** Sends something, then waits for the next Home published to {@code userId} and returns its view. */
    private static JsonObject nextHome(String userId, Runnable send) {
        int before = slackApi.calls("views.publish").size();
        send.run();
        List<FakeSlackApi.Call> calls = slackApi.awaitCalls("views.publish", before + 1, WAIT);
        FakeSlackApi.Call call = calls.get(before);
        assertThat(call.param("user_id")).contains(userId);
        return call.json("view").orElseThrow().getAsJsonObject();
    }

    private static JsonObject openHome(String userId) {
        return nextHome(userId, () -> app.slack().event(homeOpened(userId, "")));
    }

    private static FakeSlackApi.Call nextModal(Runnable send) {
        int before = slackApi.calls("views.open").size();
        send.run();
        return slackApi.awaitCalls("views.open", before + 1, WAIT).get(before);
    }

    @Test
    void bootstrapAdminOpeningTheHomeForTheFirstTimeIsWelcomedAndSeesTheSetupButtons() {
        JsonObject home = openHome(ADMIN);

        assertThat(home.toString())
                .contains("home_welcome", "Your next step", "admin_open_person", "admin_open_assignment")
                .contains("admin_open_calendar", "<!date^", "Updated ");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void homeOpenedWithAViewAlreadyShownKeepsItsPagesAndSkipsTheWelcome() {
        String shown = ",\"view\":{\"id\":\"VHOME\",\"type\":\"home\",\"private_metadata\":\"appraisees=2\","
                + "\"blocks\":[],\"hash\":\"1.a\"}";

        JsonObject home = nextHome(BUSY_APPRAISER, () -> app.slack().event(homeOpened(BUSY_APPRAISER, shown)));

        assertThat(home.toString()).contains("21–30 of 205").doesNotContain("home_welcome");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void someoneNotSetUpSeesWhoCanAddThemInsteadOfAnError() {
        slackApi.addUser("U0STRANGER", "Stranger", "Europe/London");

        JsonObject home = openHome("U0STRANGER");

        assertThat(home.toString()).contains("not set up in Appraisal Bot yet", "<@" + ADMIN + ">");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void caseManagerSeesTheirStageNextDeadlineAppraiserAndWhatToDoNow() {
        JsonObject home = openHome("U1CM007");

        assertThat(home.toString())
                .contains("Your appraisal, " + year.label())
                .contains("Planning meeting and agreed objectives: waiting for the case manager")
                .contains("Write and submit your objectives")
                .contains("Next deadline", "<@" + BUSY_APPRAISER + ">", "What to do now", "home_show_calendar");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void appraiserOfTwoHundredSeesAPagedListWithinSlacksHundredBlocks() {
        JsonObject home = openHome(BUSY_APPRAISER);

        assertThat(home.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(home.toString())
                .contains("People you appraise", "205 case managers", "1–10 of 205", "home_page_next")
                .doesNotContain("home_page_previous");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void appraiserHomeOfTwoHundredAppraiseesTakesAFewStatements() {
        HomePublisher publisher = app.bean(HomePublisher.class);
        Person appraiser = app.bean(com.appraisalbot.people.Directory.class)
                .find(TEAM, BUSY_APPRAISER)
                .orElseThrow();
        publisher.build(appraiser, HomePages.first(), false);
        Statistics statistics = app.bean(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();

        var view = publisher.build(appraiser, HomePages.first(), false);

        long statements = statistics.getPrepareStatementCount();
        statistics.setStatisticsEnabled(false);
        assertThat(view.getBlocks()).hasSizeLessThanOrEqualTo(100);
        assertThat(statements).isLessThanOrEqualTo(5);
    }

    @Test
    void nextPageUpdatesTheHomeInPlace() {
        JsonObject click = ViewPayloads.homeButton("home_page_next", "appraisees:1", "", BUSY_APPRAISER, TEAM);

        JsonObject home = nextHome(BUSY_APPRAISER, () -> app.slack().interaction(click));

        assertThat(home.toString()).contains("11–20 of 205", "home_page_previous", "home_page_next");
        assertThat(home.get("private_metadata").getAsString()).isEqualTo("appraisees=1");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void aForgedPageBeyondTheListShowsItsLastPage() {
        JsonObject click = ViewPayloads.homeButton("home_page_next", "appraisees:9999", "", BUSY_APPRAISER, TEAM);

        JsonObject home = nextHome(BUSY_APPRAISER, () -> app.slack().interaction(click));

        assertThat(home.toString()).contains("201–205 of 205").doesNotContain("home_page_next");
    }

    @Test
    void headOfServicesSeesTheWholeProvisionAtAGlance() {
        person("U0HEAD", Role.HEAD_OF_SERVICES);
        person("U1LONELY", Role.CASE_MANAGER);

        JsonObject home = openHome("U0HEAD");

        assertThat(home.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(home.toString())
                .contains("The provision, " + year.label(), "at this stage", "No appraiser yet")
                .containsPattern("1–10 of 2\\d\\d case managers")
                .doesNotContain("admin_open_person");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void someoneHoldingEveryRoleGetsEveryPartWithinSlacksHundredBlocks() {
        person("U0EVERY", Role.values());
        person("U0EVERYS", Role.APPRAISER);
        peopleAdmin.assignAppraiser(admin, year, "U0EVERY", "U0EVERYS");
        for (int i = 0; i < 15; i++) {
            person("U2CM" + i, Role.CASE_MANAGER);
            peopleAdmin.assignAppraiser(admin, year, "U2CM" + i, "U0EVERY");
        }

        JsonObject home = openHome("U0EVERY");

        assertThat(home.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(100);
        assertThat(home.toString())
                .contains("Your appraisal", "People you appraise", "The provision", "Setting up the provision");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void personWithNoRoleIsToldSoRatherThanShownAnEmptyHome() {
        person("U0NOROLE");

        JsonObject home = openHome("U0NOROLE");

        assertThat(home.toString()).contains("hold no role in the cycle yet");
    }

    @Test
    void aHashConflictFromSlackIsToleratedByPublishingAFreshHome() {
        // Only this person's publish fails: a Home refresh left over from another test must not take the failure.
        slackApi.failNextMatching(
                "views.publish",
                call -> call.param("user_id").orElse("").equals("U1CM001"),
                FakeSlackApi.Failure.error("hash_conflict"));
        int before = slackApi.calls("views.publish").size();

        app.slack().event(homeOpened("U1CM001", ""));

        List<FakeSlackApi.Call> theirs = publishesFor("U1CM001", before, 2);
        assertThat(theirs.get(1).param("hash")).isEmpty();
    }

    @Test
    void twentyRefreshesOfOneHomeAtOnceCoalesceIntoFewerPublishes() throws Exception {
        Person person = person("U1BURST", Role.CASE_MANAGER);
        HomePublisher publisher = app.bean(HomePublisher.class);
        int before = slackApi.calls("views.publish").size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(20);

        List<Future<?>> refreshes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            refreshes.add(threads.submit(() -> {
                start.await();
                publisher.refresh(person);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> refresh : refreshes) {
            refresh.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();

        List<FakeSlackApi.Call> theirs = slackApi.calls("views.publish").stream()
                .skip(before)
                .filter(call -> call.param("user_id").orElse("").equals("U1BURST"))
                .toList();
        assertThat(theirs).hasSizeBetween(1, 19);
    }

    /** The first {@code count} Home publishes for one user after the first {@code after} of all. */
    private static List<FakeSlackApi.Call> publishesFor(String userId, int after, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            List<FakeSlackApi.Call> all = slackApi.calls("views.publish");
            List<FakeSlackApi.Call> theirs = all.subList(after, all.size()).stream()
                    .filter(c -> c.param("user_id").orElse("").equals(userId))
                    .toList();
            if (theirs.size() >= count) {
                return theirs.subList(0, count);
            }
            assertThat(System.nanoTime())
                    .as("%d Home publishes for %s", count, userId)
                    .isLessThan(deadline);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    @Test
    void appraiserOpensTheProgressOfSomeoneTheyAppraise() {
        Person appraisee = person("U1CM010", Role.CASE_MANAGER);
        JsonObject click =
                ViewPayloads.homeButton("home_open_person", appraisee.id().toString(), "", BUSY_APPRAISER, TEAM);

        FakeSlackApi.Call opened = nextModal(() -> app.slack().interaction(click));

        assertThat(opened.params().toString()).contains("Person U1CM010", "Planning meeting and agreed objectives");
        slackApi.assertNoBlockKitViolations();
    }

    @Test
    void aForgedButtonNamingSomeoneElsesRecordIsRefusedAndAudited() {
        Person other = person("U1CM020", Role.CASE_MANAGER);
        JsonObject forged =
                ViewPayloads.homeButton("home_open_person", other.id().toString(), "", "U1CM021", TEAM);

        FakeSlackApi.Call opened = nextModal(() -> app.slack().interaction(forged));

        assertThat(opened.params().toString())
                .contains("Not available", "only see your own")
                .doesNotContain("U1CM020");
        assertThat(app.bean(AuditLog.class).entries(TEAM, "access-denied")).anySatisfy(entry -> {
            assertThat(entry.actorUserId()).isEqualTo("U1CM021");
            assertThat(entry.detail()).contains("person " + other.id());
        });
    }
}
