package com.appraisalbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.Main;
import com.appraisalbot.persistence.EmbeddedMariaDb;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.FakeSlackApi.Failure;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import com.appraisalbot.testing.ViewPayloads;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The app as its users start it: {@link Main} in a process of its own with only environment
 * variables, the embedded MariaDB in a data folder, stopped with SIGTERM.
 */
class StandaloneProcessTest {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration IN_FLIGHT = Duration.ofSeconds(3);
    private static final String ADMIN = "U0ADMIN";
    private static final String NEWCOMER = "U0CAROL";
    private static FakeSlackApi slackApi;

    @BeforeAll
    static void startSlack() {
        slackApi = FakeSlackApi.start();
    }

    @AfterAll
    static void stopSlack() {
        slackApi.close();
    }

    @Test
    void secondStartFindsTheFirstStartsDataAndSigtermStopsCleanly() throws Exception {
        Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString());
        int port = freePort();

        Started first = start(dataDir, port, Map.of());
        SlackRequests.Response help = new SlackRequests("http://127.0.0.1:" + port, TestApp.SIGNING_SECRET)
                .command("/appraisal", "help", "U1CASE", "T123");
        int firstExit = first.stop();

        Started second = start(dataDir, port, Map.of());
        int secondExit = second.stop();

        assertThat(help.status()).isEqualTo(200);
        assertThat(help.body()).contains("/appraisal help");
        assertThat(first.log()).contains("Using the embedded MariaDB").contains("migrations applied now");
        assertThat(first.log()).doesNotContain("(0 migrations applied now)");
        assertThat(second.log()).contains("(0 migrations applied now)");
        assertThat(first.log()).contains("Generated a new records key in");
        assertThat(second.log()).doesNotContain("Generated a new records key in");
        assertThat(List.of(firstExit, secondExit)).allMatch(code -> code == 0 || code == 143);
        assertThat(second.log()).contains("Appraisal Bot stopped");
        assertThat(errorLines(first)).isEmpty();
        assertThat(errorLines(second)).isEmpty();
    }

    @Test
    void requestInFlightWhenSigtermArrivesFinishesWith200AndItsChangeIsStored() throws Exception {
        Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString());
        int port = freePort();
        slackApi.addUser(ADMIN, "Alice Admin", "Europe/London");
        slackApi.addUser(NEWCOMER, "Carol Newcomer", "Europe/London");
        // The newcomer's profile is read while the submission is handled, so the request is still in flight.
        slackApi.failNextMatching(
                "users.info", call -> call.param("user").equals(Optional.of(NEWCOMER)), Failure.delay(IN_FLIGHT));
        Started app = start(dataDir, port, Map.of("ADMIN_USER_IDS", ADMIN));
        SlackRequests slack = new SlackRequests("http://127.0.0.1:" + port, TestApp.SIGNING_SECRET);

        CompletableFuture<SlackRequests.Response> submission = CompletableFuture.supplyAsync(() -> slack.viewSubmission(
                "admin_person",
                "",
                ViewPayloads.state(
                        "person",
                        "user",
                        ViewPayloads.userPicked(NEWCOMER),
                        "roles",
                        "roles",
                        ViewPayloads.ticked(List.of("CASE_MANAGER"))),
                ADMIN,
                FakeSlackApi.TEAM_ID));
        awaitProfileRead(NEWCOMER);
        int exit = app.stop();
        SlackRequests.Response response = submission.get(30, TimeUnit.SECONDS);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("now holds Case manager");
        assertThat(exit).isIn(0, 143);
        assertThat(app.log()).contains("Appraisal Bot stopped").doesNotContain("Connection refused");
        assertThat(errorLines(app)).isEmpty();
        assertThat(storedRoles(dataDir, NEWCOMER)).containsExactly("CASE_MANAGER");
    }

    @Test
    void healthTurnsUnavailableWhenTheDatabaseDies() throws Exception {
        Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString());
        int port = freePort();
        Started app = start(dataDir, port, Map.of());

        int before = health(port);
        app.process()
                .descendants()
                .filter(child -> child.info().command().orElse("").contains("mariadbd"))
                .forEach(ProcessHandle::destroyForcibly);
        int after = awaitHealth(port, 503);
        app.stop();

        assertThat(before).isEqualTo(200);
        assertThat(after).isEqualTo(503);
    }

    @Test
    void malformedSettingStopsStartUpWithOneLineNamingIt() throws Exception {
        Path log = Files.createTempFile("appraisal-bot", ".log");
        Process process = processBuilder(Path.of("target", "never-used"), 0, Map.of("PORT", "three thousand"))
                .redirectOutput(log.toFile())
                .start();

        boolean exited = process.waitFor(60, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(log);

        assertThat(exited).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("ERROR").contains("PORT");
    }

    private static void awaitProfileRead(String userId) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (slackApi.calls("users.info").stream()
                .noneMatch(call -> call.param("user").equals(Optional.of(userId)))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The app never asked Slack for " + userId + "'s profile");
            }
            Thread.sleep(20);
        }
    }

    /** Reads the stopped app's data folder with a server of its own, as the next start would. */
    private static List<String> storedRoles(Path dataDir, String slackUserId) throws Exception {
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir);
                Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                PreparedStatement query = connection.prepareStatement("select r.role from person_role r join person p"
                        + " on p.id = r.person_id where p.slack_user_id = ?")) {
            query.setString(1, slackUserId);
            List<String> roles = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    roles.add(rows.getString(1));
                }
            }
            return roles;
        }
    }

    private static List<String> errorLines(Started app) throws IOException {
        return app.log().lines().filter(line -> line.contains(" ERROR ")).toList();
    }

    @Test
    void unreachableSlackStopsStartUpWithOneLineSayingSoAndNoStackTrace() throws Exception {
        Path log = Files.createTempFile("appraisal-bot", ".log");
        String nowhere = "http://127.0.0.1:" + freePort() + "/api/";
        Path dataDir = Path.of("target", "test-data", UUID.randomUUID().toString());
        Process process = processBuilder(dataDir, 0, Map.of("SLACK_API_URL", nowhere))
                .redirectOutput(log.toFile())
                .start();

        boolean exited = process.waitFor(120, TimeUnit.SECONDS);
        List<String> errors = Files.readAllLines(log).stream()
                .filter(line -> line.contains(" ERROR "))
                .toList();

        assertThat(exited).isTrue();
        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0))
                .contains("Could not reach Slack's Web API at " + nowhere)
                .doesNotContain("token");
        assertThat(Files.readString(log)).doesNotContain("\tat ");
    }

    private record Started(Process process, Path logFile) {

        int stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("The app did not stop within 60 s of SIGTERM");
            }
            return process.exitValue();
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }
    }

    private static Started start(Path dataDir, int port, Map<String, String> extra) throws Exception {
        Path log = Files.createTempFile("appraisal-bot", ".log");
        Process process = processBuilder(dataDir, port, extra)
                .redirectOutput(log.toFile())
                .start();
        Started started = new Started(process, log);
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            if (health(port) == 200) {
                return started;
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("The app did not become healthy:\n" + started.log());
    }

    private static ProcessBuilder processBuilder(Path dataDir, int port, Map<String, String> extra) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                        java,
                        "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName())
                .redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SLACK_") || name.startsWith("DATABASE_"));
        environment.put("PORT", Integer.toString(port));
        environment.put("SLACK_SIGNING_SECRET", TestApp.SIGNING_SECRET);
        environment.put("SLACK_BOT_TOKEN", TestApp.BOT_TOKEN);
        environment.put("SLACK_API_URL", slackApi.baseUrl());
        environment.put("DATA_DIR", dataDir.toAbsolutePath().toString());
        environment.putAll(extra);
        return builder;
    }

    private static int awaitHealth(int port, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        int status = health(port);
        while (status != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            status = health(port);
        }
        return status;
    }

    private static int health(int port) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
