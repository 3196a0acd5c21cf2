package com.appraisalbot.reviews;

import java.util.List;

/**
 * The Slack messages about one review that are updated in place when it is decided, as the Slack
 * edge records them. Only the IDs are kept: channel and message timestamp.
 */
public final class ReviewMessages {

    private final ReviewState state;

    ReviewMessages(ReviewState state) {
        this.state = state;
    }

    /** The approval request sent to the appraiser. */
    public void appraiser(String channel, String ts) {
        state.appraiserMessage(channel, ts);
    }

    /** The sign-off requests sent to SLT members, each as {@code channel:ts}. */
    public void slt(List<String> messages) {
        state.sltMessages(messages);
    }
}
