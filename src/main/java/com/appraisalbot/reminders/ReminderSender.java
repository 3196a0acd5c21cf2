package com.appraisalbot.reminders;

import com.appraisalbot.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due reminders from the outbox, at most {@code REMINDER_SEND_RATE} a second, each once.
 *
 * <p>For each claimed row, in order: re-check that it is still due and render it from the state as
 * it is now (otherwise CANCELLED); hold it back to the next opening if the recipient is outside
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
        // About ten seconds of sending per claim: the re-check is at most that old when a row goes.
        this.batchSize = (int) Math.max(5, Math.min(200, settings.reminder().sendRate() * 10));
    }

    /**
     * Sends due reminders until none is left or {@code budget} of real time has passed; what is
     * left waits for the next run.
     *
     * @return how many were sent
     */
    public int drain(Duration budget) throws InterruptedException {
        long stopAt = System.nanoTime() + budget.toNanos();
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

    /** Delivers claimed rows; rows not reached before {@code stopAt} are put back at once. */
    int deliver(List<OutboxRow> batch, long stopAt) throws InterruptedException {
        Map<OutboxRow.CycleKey, Optional<DueCheck>> checks = new HashMap<>();
        int sent = 0;
        int next = 0;
        try {
            for (; next < batch.size() && System.nanoTime() < stopAt; next++) {
                OutboxRow row = batch.get(next);
                Optional<DueCheck> check = checks.computeIfAbsent(row.cycleKey(), this::check);
                sent += send(row, check) ? 1 : 0;
            }
        } finally {
            for (int i = next; i < batch.size(); i++) {
                Instant now = clock.instant();
                outbox.retryAt(batch.get(i), now, now, null);
            }
        }
        return sent;
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
