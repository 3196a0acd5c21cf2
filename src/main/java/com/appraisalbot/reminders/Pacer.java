package com.appraisalbot.reminders;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Spaces sends evenly at a rate, in real time (not the app's clock, which tests move by days).
 * One sender runs at a time in the whole cluster (its job disallows concurrent execution), so
 * pacing here keeps the cluster as a whole within the rate.
 */
final class Pacer {

    /**
     * How far behind the sender may fall and still catch up: slots missed while it claimed its next
     * batch are used later, as a short burst, so pauses between batches do not lower the rate.
     */
    private static final long CATCH_UP_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    /** @param perSecond messages a second, above 0 */
    Pacer(double perSecond) {
        this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    /** Starts counting slots from now, with nothing to catch up: at the start of each run. */
    synchronized void restart() {
        nextSlot = System.nanoTime();
    }

    /**
     * Waits for the next slot. Slots follow one another at the interval from the last {@link
     * #restart}, so however the sends bunch up, no more go than the rate allows since then. An
     * interrupt is passed on: the caller puts its work back.
     */
    synchronized void await() throws InterruptedException {
        long now = System.nanoTime();
        long slot = Math.max(now - CATCH_UP_NANOS, nextSlot);
        nextSlot = slot + intervalNanos;
        if (slot > now) {
            TimeUnit.NANOSECONDS.sleep(slot - now);
        }
    }

    Duration timeFor(int messages) {
        return Duration.ofNanos(intervalNanos * messages);
    }
}
