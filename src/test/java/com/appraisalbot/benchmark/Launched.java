package com.appraisalbot.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Java process the benchmark started, with its output in a log file of its own. */
final class Launched implements AutoCloseable {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Process process;
    private final Path log;
    private final long startedNanos;

    private Launched(String name, Process process, Path log, long startedNanos) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.startedNanos = startedNanos;
    }

    /** Starts {@code java <arguments>} with extra environment variables; output goes to {@code log}. */
    static Launched java(String name, List<String> arguments, Map<String, String> environment, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The same temp folder as the benchmark's own (the build's), wherever the checkout is.
        command.add("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
        command.addAll(arguments);
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(log.getParent());
            long started = System.nanoTime();
            return new Launched(name, builder.start(), log, started);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until {@code GET url} answers 200 and returns the time since launch. */
    Duration awaitHealthy(String url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(1))
                .GET()
                .build();
        while (System.nanoTime() < deadline) {
            assertAlive();
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - startedNanos);
                }
            } catch (IOException e) {
                // Not listening yet: the next poll follows in a moment.
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " was not healthy within " + timeout + "; see " + log);
    }

    /** Waits for the first line of output matching {@code pattern} and returns its first group. */
    String awaitOutput(Pattern pattern, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertAlive();
            Optional<String> found = firstMatch(pattern);
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(name + " printed no line matching " + pattern + "; see " + log);
    }

    /** The first group of the first line of output matching {@code pattern}, if any yet. */
    Optional<String> firstMatch(Pattern pattern) {
        try {
            for (String line : Files.readAllLines(log)) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return Optional.of(matcher.group(1));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + log, e);
        }
    }

    private void assertAlive() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
        }
    }

    /** Resident memory of the process itself, in megabytes (Linux). */
    double residentMegabytes() {
        return residentMegabytes(process.pid());
    }

    /** Resident memory of this process's children (such as an embedded MariaDB), in megabytes. */
    double childrenResidentMegabytes() {
        return process.descendants()
                .mapToDouble(child -> residentMegabytes(child.pid()))
                .sum();
    }

    private static double residentMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Sends SIGTERM and waits for a clean exit; returns how long that took. */
    Duration stop(Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(name + " did not stop within " + timeout + "; see " + log);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
