package com.appraisalbot.benchmark;

import com.appraisalbot.reminders.ReminderRun;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;

/** What one benchmark run measured, and the table that compares it with the targets. */
final class Results {

    /** One launch of the jar with the embedded MariaDB. */
    record StartUp(Duration healthy, Duration stopped, double javaMegabytes, double databaseMegabytes, int exit) {}

    final List<StartUp> startUps = new ArrayList<>();
    LoadGenerator.Result bareAck;
    LoadGenerator.Result appAck;
    LoadGenerator.Result submission;
    int approvalRequests;
    List<StatementLog.Entry> submissionStatements;
    Histogram home;
    List<StatementLog.Entry> homeStatements;
    double residentMegabytes;
    ReminderRun.Result reminders;

    private final List<String[]> rows = new ArrayList<>();

    String table(Benchmark.Options options) {
        rows.clear();
        acks(options);
        submissions(options);
        home();
        reminders(options);
        startUp();
        StringBuilder out = new StringBuilder();
        out.append("Appraisal Bot benchmark, ").append(machine()).append('\n');
        out.append("Load: ")
                .append(options.concurrency())
                .append(" concurrent connections from a separate load generator process; ")
                .append(options.seconds())
                .append(" s measured after ")
                .append(options.warmupSeconds())
                .append(" s of warm-up per server; for the acknowledgements, the better of two alternating rounds"
                        + " per server.\n\n");
        out.append("| measure | figure | target | met |\n|---|---|---|---|\n");
        rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
        return out.toString();
    }

    private void acks(Benchmark.Options options) {
        row("ack, bare Bolt: throughput", perSecond(bareAck.throughput()), "", "");
        row("ack, bare Bolt: p50 / p99", millis(bareAck.p50()) + " / " + millis(bareAck.p99()), "", "");
        row("ack, Appraisal Bot: throughput", perSecond(appAck.throughput()), "", "");
        row("ack, Appraisal Bot: p50 / p99", millis(appAck.p50()) + " / " + millis(appAck.p99()), "", "");
        double throughputRatio = appAck.throughput() / bareAck.throughput();
        double p99Ratio = appAck.p99() / bareAck.p99();
        row("ack: throughput ratio (app / bare)", ratio(throughputRatio), ">= 0.80", met(throughputRatio >= 0.8));
        row("ack: p99 ratio (app / bare)", ratio(p99Ratio), "<= 1.20", met(p99Ratio <= 1.2));
        row(
                "ack: failed requests (app, bare)",
                appAck.failed() + ", " + bareAck.failed(),
                "0, 0",
                met(appAck.failed() + bareAck.failed() == 0));
    }

    private void submissions(Benchmark.Options options) {
        double ratio = submission.p99() / bareAck.p99();
        row(
                "objectives submission: count, throughput",
                submission.requests() + ", " + perSecond(submission.throughput()),
                "",
                "");
        row("objectives submission: p50 / p99", millis(submission.p50()) + " / " + millis(submission.p99()), "", "");
        row("objectives submission: p99 / bare ack p99", ratio(ratio), "<= 1.50", met(ratio <= 1.5));
        row(
                "objectives submission: SQL queries until the answer, then every statement by kind",
                count(submissionStatements),
                "",
                "");
        row(
                "objectives submission: failed, approval DMs sent",
                submission.failed() + ", " + approvalRequests,
                "0, " + submission.requests(),
                met(submission.failed() == 0 && approvalRequests == submission.requests()));
    }

    private void home() {
        double p99 = home.getValueAtPercentile(99) / 1e3;
        double ratio = p99 / bareAck.p99();
        long queries =
                homeStatements.stream().filter(StatementLog.Entry::isQuery).count();
        row(
                "Home of an appraiser with 200 appraisees: p50 / p99 (one at a time)",
                millis(home.getValueAtPercentile(50) / 1e3) + " / " + millis(p99),
                "",
                "");
        row("Home: p99 / bare ack p99", ratio(ratio), "<= 2.00", met(ratio <= 2.0));
        row("Home: SQL queries, then every statement by kind", count(homeStatements), "<= 5", met(queries <= 5));
    }

    private void reminders(Benchmark.Options options) {
        ReminderRun.Result r = reminders;
        row(
                "reminders: " + r.caseManagers() + " case managers of " + options.staff() + " staff, planned in",
                r.planMillis() + " ms (" + r.planned() + " reminders)",
                "< 2000 ms",
                met(r.planMillis() < 2000));
        row(
                "reminders: delivered, rate (ceiling " + options.ceiling() + "/s)",
                r.sent() + " in " + String.format(Locale.ROOT, "%.0f s", r.sendSeconds()) + ", "
                        + perSecond(r.perSecond()),
                ">= 0.95 x ceiling",
                met(r.perSecond() >= 0.95 * options.ceiling()));
        row("reminders: refused by the rate limit (retried)", Long.toString(r.rateLimited()), "", "");
        row(
                "reminders: lost / duplicated",
                r.lost() + " / " + r.duplicated(),
                "0 / 0",
                met(r.lost() == 0 && r.duplicated() == 0));
        row("reminders: outbox", r.outbox().toString(), "", "");
    }

    private void startUp() {
        for (int i = 0; i < startUps.size(); i++) {
            StartUp s = startUps.get(i);
            String which = i == 0 ? "first start (empty DATA_DIR)" : "restart (data kept)";
            row(
                    "start-up to healthy /health, embedded MariaDB, " + which,
                    seconds(s.healthy()),
                    "< 10 s",
                    met(s.healthy().compareTo(Duration.ofSeconds(10)) < 0));
            row("  then SIGTERM to exit (exit code)", seconds(s.stopped()) + " (" + s.exit() + ")", "", "");
            row(
                    "  resident memory: Java, MariaDB",
                    megabytes(s.javaMegabytes()) + ", " + megabytes(s.databaseMegabytes()),
                    "",
                    "");
        }
        row(
                "resident memory of the app after the load above",
                megabytes(residentMegabytes),
                "< 512 MB",
                met(residentMegabytes < 512));
    }

    /** How many queries, then every statement by kind: {@code 4 {commit=1, select=4}}. */
    private static String count(List<StatementLog.Entry> statements) {
        long queries = statements.stream().filter(StatementLog.Entry::isQuery).count();
        return queries + " "
                + statements.stream()
                        .collect(Collectors.groupingBy(StatementLog.Entry::kind, TreeMap::new, Collectors.counting()));
    }

    private void row(String measure, String figure, String target, String met) {
        rows.add(new String[] {measure, figure, target, met});
    }

    private static String machine() {
        int cores = Runtime.getRuntime().availableProcessors();
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(
                Locale.ROOT,
                "%d cores, %.0f GiB, Java %s, %s",
                cores,
                memory / 1024.0 / 1024 / 1024,
                System.getProperty("java.version"),
                System.getProperty("os.name"));
    }

    private static String met(boolean met) {
        return met ? "yes" : "NO";
    }

    private static String perSecond(double value) {
        return String.format(Locale.ROOT, "%.0f/s", value);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String megabytes(double value) {
        return String.format(Locale.ROOT, "%.0f MB", value);
    }
}
