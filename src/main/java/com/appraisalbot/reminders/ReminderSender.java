package com.appraisalbot.reminders;

import com.appraisalbot.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due reminders from the outbox, at most {@code REMINDER_SEND_RATE} a second, each once.
 *
 * <p>For each claimed row (a few at once, sharing the rate; see {@link #deliver}): re-check that
 * it is still due and render it from the state as it is now (otherwise CANCELLED); hold it back
 * to the next opening if the recipient is outside
 * working hours; wait for the rate; mark it SENDING, presenting the claim's token (a claim taken
 * over by another instance stops here); call Slack; mark it SENT with Slack's channel and
 * timestamp. A failure Slack may recover from is retried with growing backoff, up to {@link
 * #MOST_ATTEMPTS}; one it cannot (the person cannot be reached) is FAILED at once. Both are
 * recorded with the error, so nothing is dropped silently.
 *
 * <p>Only a crash, or a freeze longer than {@link #SENDING_LEASE}, between marking SENDING and
 * marking SENT can send a reminder twice: Slack's {@code chat.postMessage} has no idempotency key,
 * so a sender that took over cannot tell whether the first call arrived. That window is one Web
 * API call long; the lease is longer than {@code SlackApi}'s slowest call with all its retries, so
 * a slow call alone never causes a duplicate.
 */
@ApplicationScoped
public class ReminderSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSender.class);

    /** How long a row may stay SENDING before another instance sends it again. */
    static final Duration SENDING_LEASE = Duration.ofMinutes(5);
    /** Attempts before a failure Slack might recover from is recorded as permanent. */
    static final int MOST_ATTEMPTS = 8;

    /** How long one Web API call may take, at the most, for the rate still to be reached. */
    private static final Duration CALL_TIME = Duration.ofMillis(250);

    private static final int MOST_WORKERS = 16;
    private static final Duration WORKERS_STOPPING = Duration.ofMinutes(1);
    private static final ThreadFactory SENDER_THREADS = new ThreadFactory() {
        private final AtomicInteger next = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(work, "reminder-sender-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    };

    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(2);

    private final ReminderOutbox outbox;
    private final CycleStates states;
    private final ReminderPlan plan;
    private final WorkingHours hours;
    private final ReminderDelivery delivery;
    private final Clock clock;
    private final Pacer pacer;
    private final int batchSize;
    private final int workers;

    @Inject
    public ReminderSender(
            ReminderOutbox outbox,
            CycleStates states,
            ReminderPlan plan,
            WorkingHours hours,
            ReminderDelivery delivery,
            Clock clock,
            Settings settings) {
        this.outbox = outbox;
        this.states = states;
        this.plan = plan;
        this.hours = hours;
        this.delivery = delivery;
        this.clock = clock;
        this.pacer = new Pacer(settings.reminder().sendRate());
        this.workers = workersFor(settings.reminder().sendRate());
        // About ten seconds of sending per claim: the re-check is at most that old when a row goes.
        this.batchSize = (int) Math.max(5, Math.min(500, settings.reminder().sendRate() * 10));
    }

    /** Enough calls in flight to keep the rate while each takes up to {@link #CALL_TIME}. */
    static int workersFor(double perSecond) {
        return (int) Math.max(1, Math.min(MOST_WORKERS, Math.ceil(perSecond * CALL_TIME.toMillis() / 1000.0)));
    }

    /**
     * Sends due reminders until none is left or {@code budget} of real time has passed; what is
     * left waits for the next run.
     *
     * @return how many were sent
     */
    public int drain(Duration budget) throws InterruptedException {
        long stopAt = System.nanoTime() + budget.toNanos();
        pacer.restart();
        int released = outbox.releaseExpired(clock.instant());
        if (released > 0) {
            LOG.warn("Took over {} reminders whose sender stopped before finishing them", released);
        }
        int sent = 0;
        while (System.nanoTime() < stopAt) {
            List<OutboxRow> batch = claim();
            if (batch.isEmpty()) {
                break;
            }
            sent += deliver(batch, stopAt);
        }
        return sent;
    }

    /** Claims the next batch of due rows for this instance. */
    List<OutboxRow> claim() {
        Instant now = clock.instant();
        return outbox.claim(batchSize, now, now.plus(claimLease()));
    }

    /** Long enough to pace a whole batch, with room for the re-check. */
    private Duration claimLease() {
        return pacer.timeFor(batchSize).plus(SENDING_LEASE);
    }

    /**
     * Delivers claimed rows; rows not reached before {@code stopAt} are put back at once.
     *
     * <p>A Web API call takes a good part of a second, so one call at a time could never reach the
     * rate: {@link #workers} calls are in flight at once, each waiting for its slot from the one
     * {@link Pacer}, so the rate holds however many there are.
     */
    int deliver(List<OutboxRow> batch, long stopAt) throws InterruptedException {
        Map<OutboxRow.CycleKey, Optional<DueCheck>> checks = new HashMap<>();
        batch.forEach(row -> checks.computeIfAbsent(row.cycleKey(), this::check));
        Queue<OutboxRow> waiting = new ConcurrentLinkedQueue<>(batch);
        AtomicInteger sent = new AtomicInteger();
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int i = 0; i < Math.min(workers, batch.size()); i++) {
            tasks.add(() -> {
                sendWhileTime(waiting, checks, stopAt, sent);
                return null;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size(), SENDER_THREADS);
        try {
            for (Future<Void> done : pool.invokeAll(tasks)) {
                rethrowUnchecked(done);
            }
        } finally {
            pool.shutdownNow();
            awaitWorkers(pool);
            putBack(waiting);
        }
        return sent.get();
    }

    /** Waits for workers told to stop: each stops before its next call, and a call in flight ends. */
    private static void awaitWorkers(ExecutorService pool) {
        boolean interrupted = Thread.interrupted();
        try {
            if (!pool.awaitTermination(WORKERS_STOPPING.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warn(
                        "Reminder senders still busy after {}; their rows go back when their claims expire",
                        WORKERS_STOPPING);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void sendWhileTime(
            Queue<OutboxRow> waiting,
            Map<OutboxRow.CycleKey, Optional<DueCheck>> checks,
            long stopAt,
            AtomicInteger sent) {
        OutboxRow row;
        while (System.nanoTime() < stopAt && (row = waiting.poll()) != null) {
            try {
                if (send(row, checks.get(row.cycleKey()))) {
                    sent.incrementAndGet();
                }
            } catch (InterruptedException e) {
                // Stopping: this row had not been marked SENDING yet, so it simply waits for the next run.
                waiting.add(row);
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void putBack(Queue<OutboxRow> rows) {
        for (OutboxRow row = rows.poll(); row != null; row = rows.poll()) {
            Instant now = clock.instant();
            outbox.retryAt(row, now, now, null);
        }
    }

    private static void rethrowUnchecked(Future<Void> done) throws InterruptedException {
        try {
            done.get();
        } catch (CancellationException e) {
            // Cancelled by an interrupt of this thread; invokeAll has rethrown that already.
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "A reminder sender failed: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Optional<DueCheck> check(OutboxRow.CycleKey key) {
        Instant now = clock.instant();
        return states.load(key.teamId(), key.year()).map(state -> new DueCheck(state, plan, now));
    }

    private boolean send(OutboxRow row, Optional<DueCheck> check) throws InterruptedException {
        Optional<ReminderMessage> message = check.flatMap(c -> c.message(row));
        if (message.isEmpty()) {
            outbox.markCancelled(
                    row,
                    clock.instant(),
                    "No longer due when it came to be sent: done, reassigned or rescheduled since.");
            return false;
        }
        ZoneId zone =
                check.get().roster().member(row.recipientId()).orElseThrow().timeZone();
        Instant now = clock.instant();
        if (!hours.isOpen(now, zone)) {
            outbox.retryAt(row, now, hours.nextOpening(now, zone), null);
            return false;
        }
        pacer.await();
        now = clock.instant();
        if (!outbox.startSending(row, now, now.plus(SENDING_LEASE))) {
            LOG.info("Reminder {} was taken over by another instance; not sending it here", row.id());
            return false;
        }
        return call(row, message.get(), zone);
    }

    private boolean call(OutboxRow row, ReminderMessage message, ZoneId zone) {
        try {
            ReminderDelivery.Delivered delivered = delivery.deliver(message);
            if (!outbox.markSent(row, clock.instant(), delivered.channel(), delivered.ts())) {
                LOG.warn("Reminder {} was sent, but its claim had expired and passed on", row.id());
            }
            return true;
        } catch (ReminderDelivery.DeliveryFailed e) {
            failed(row, e.getMessage(), e.permanent(), zone);
        } catch (RuntimeException e) {
            LOG.error("Reminder {} could not be sent", row.id(), e);
            failed(row, "internal error: " + e.getMessage(), false, zone);
        }
        return false;
    }

    private void failed(OutboxRow row, String error, boolean permanent, ZoneId zone) {
        int attempts = row.attempts() + 1;
        Instant now = clock.instant();
        if (permanent || attempts >= MOST_ATTEMPTS) {
            String reason = permanent ? error : "Gave up after " + attempts + " attempts: " + error;
            LOG.warn("Reminder {} failed for good (recipient person_id: {}): {}", row.id(), row.recipientId(), reason);
            outbox.markFailed(row, now, reason);
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        Instant next = hours.nextOpening(now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait), zone);
        LOG.info("Reminder {} not sent ({}); attempt {} of {} at {}", row.id(), error, attempts, MOST_ATTEMPTS, next);
        outbox.retryAt(row, now, next, error);
    }
}
