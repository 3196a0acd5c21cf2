package com.appraisalbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.Main;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
                        java, "-cp", System.getProperty("java.class.path"), Main.class.getName())
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
