package com.appraisalbot.benchmark;

import com.appraisalbot.testing.SlackSigner;
import com.google.gson.Gson;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Recorder;

/**
 * The benchmark's load generator, run as a process of its own so that its work is not counted as the server's: a
 * closed loop of {@code concurrency} workers, each sending one signed request, waiting for the answer, and sending
 * the next.
 *
 * <p>Its one argument is a {@link Job} as JSON; it prints one {@link Result} as JSON on its last line of output. In
 * {@code once} mode every body in the file is sent exactly once; otherwise the bodies are sent round and round for
 * {@code warmupSeconds} (not measured) and then {@code seconds} (measured).
 */
public final class LoadGenerator {

    /** What to send where. Bodies are one per line, as they go on the wire (form-encoded or compact JSON). */
    record Job(
            String url,
            String signingSecret,
            String contentType,
            String bodiesFile,
            int concurrency,
            boolean once,
            int warmupSeconds,
            int seconds) {}

    /** What happened: counts, answers by HTTP status, and latencies in milliseconds. */
    record Result(
            long requests,
            long failed,
            Map<Integer, Long> statuses,
            double seconds,
            double throughput,
            double p50,
            double p90,
            double p99,
            double max) {}

    private static final Gson GSON = new Gson();

    private final Job job;
    private final List<String> bodies;
    private final SlackSigner signer;
    private final HttpClient http;
    private final Recorder latencies = new Recorder(3);
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder failed = new LongAdder();
    private final AtomicInteger nextBody = new AtomicInteger();

    private LoadGenerator(Job job, List<String> bodies) {
        this.job = job;
        this.bodies = bodies;
        this.signer = new SlackSigner(job.signingSecret());
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    public static void main(String[] args) throws Exception {
        Job job = GSON.fromJson(args[0], Job.class);
        List<String> bodies = Files.readAllLines(Path.of(job.bodiesFile()), StandardCharsets.UTF_8);
        Result result = new LoadGenerator(job, bodies).run();
        System.out.println(GSON.toJson(result));
    }

    private Result run() throws InterruptedException {
        if (job.once()) {
            return measure(() -> {
                int index = nextBody.getAndIncrement();
                return index < bodies.size() ? bodies.get(index) : null;
            });
        }
        long warmupEnd =
                System.nanoTime() + Duration.ofSeconds(job.warmupSeconds()).toNanos();
        runWorkers(roundAndRoundUntil(warmupEnd));
        latencies.reset();
        statuses.clear();
        failed.reset();
        long end = System.nanoTime() + Duration.ofSeconds(job.seconds()).toNanos();
        return measure(roundAndRoundUntil(end));
    }

    /** The next body to send, or null when there is no more to send. */
    @FunctionalInterface
    private interface Bodies {
        String next();
    }

    private Bodies roundAndRoundUntil(long endNanos) {
        return () -> System.nanoTime() < endNanos
                ? bodies.get(Math.floorMod(nextBody.getAndIncrement(), bodies.size()))
                : null;
    }

    private Result measure(Bodies source) throws InterruptedException {
        long started = System.nanoTime();
        long requests = runWorkers(source);
        double seconds = (System.nanoTime() - started) / 1e9;
        var histogram = latencies.getIntervalHistogram();
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
        return new Result(
                requests,
                failed.sum(),
                byStatus,
                seconds,
                requests / seconds,
                histogram.getValueAtPercentile(50) / 1e3,
                histogram.getValueAtPercentile(90) / 1e3,
                histogram.getValueAtPercentile(99) / 1e3,
                histogram.getMaxValue() / 1e3);
    }

    private long runWorkers(Bodies source) throws InterruptedException {
        LongAdder sent = new LongAdder();
        CountDownLatch done = new CountDownLatch(job.concurrency());
        for (int w = 0; w < job.concurrency(); w++) {
            Thread worker = new Thread(
                    () -> {
                        try {
                            for (String body = source.next(); body != null; body = source.next()) {
                                send(body);
                                sent.increment();
                            }
                        } finally {
                            done.countDown();
                        }
                    },
                    "load-" + w);
            worker.start();
        }
        done.await();
        return sent.sum();
    }

    private void send(String body) {
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(job.url()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", job.contentType())
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", signer.sign(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            latencies.recordValue((System.nanoTime() - started) / 1_000);
            statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
            if (status != 200) {
                failed.increment();
            }
        } catch (IOException e) {
            failed.increment();
            statuses.computeIfAbsent(0, s -> new LongAdder()).increment();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending", e);
        }
    }
}
