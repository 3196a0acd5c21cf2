package com.appraisalbot.reviews;

/**
 * A part sent again exactly as it was already sent, by a second click or a Slack retry: nothing
 * new was written. The message says what was sent when, for the person who sent it again.
 */
public class AlreadySent extends ReviewRefused {

    public AlreadySent(String message) {
        super(message);
    }
}
