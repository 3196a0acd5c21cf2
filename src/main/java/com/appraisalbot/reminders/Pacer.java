package com.appraisalbot.reminders;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Spaces sends evenly at a rate, in real time (not the app's clock, which tests move by days).
 * One sender runs at a time in the whole cluster (its job disallows concurrent execution), so
 * pacing here keeps the cluster as a whole within the rate.
 */
final class Pacer {

    private final long intervalNanos;
    private long nextSlot = System.nanoTime();

    /** @param perSecond messages a second, above 0 */
    Pacer(double perSecond) {
        this.intervalNanos = (long) (TimeUnit.SECONDS.toNanos(1) / perSecond);
    }

    /** Waits for the next slot. An interrupt is passed on: the caller puts its work back. */
    synchronized void await() throws InterruptedException {
        long now = System.nanoTime();
        long slot = Math.max(now, nextSlot);
        nextSlot = slot + intervalNanos;
        if (slot > now) {
            TimeUnit.NANOSECONDS.sleep(slot - now);
        }
    }

    Duration timeFor(int messages) {
        return Duration.ofNanos(intervalNanos * messages);
    }
}
