package com.appraisalbot.reminders;

/**
 * Sends a reminder to its recipient. The Slack edge implements it, so that reminders decide what to
 * send and when without knowing Slack's classes.
 */
public interface ReminderDelivery {

    /**
     * Sends the message once.
     *
     * @return where it was delivered
     * @throws DeliveryFailed when it was not delivered, saying whether trying later may succeed
     */
    Delivered deliver(ReminderMessage message);

    /**
     * Where a message landed, for the record and for any later update.
     *
     * @param channel the DM channel's ID
     * @param ts the message's timestamp, Slack's ID for it
     */
    record Delivered(String channel, String ts) {}

    /** A reminder was not delivered. */
    class DeliveryFailed extends RuntimeException {

        private final boolean permanent;

        /**
         * @param error what went wrong, such as Slack's error code
         * @param permanent true when retrying cannot help (the recipient cannot be reached)
         */
        public DeliveryFailed(String error, boolean permanent, Throwable cause) {
            super(error, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}
