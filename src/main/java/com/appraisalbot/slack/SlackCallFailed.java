package com.appraisalbot.slack;

/** A Web API call that Slack refused or that could not reach Slack, after any retries. */
public class SlackCallFailed extends RuntimeException {

    private final String method;
    private final String error;

    public SlackCallFailed(String method, String error, Throwable cause) {
        super("Slack " + method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    public String method() {
        return method;
    }

    /** Slack's error code (such as {@code channel_not_found}), or a description of the transport failure. */
    public String error() {
        return error;
    }

    /** Whether trying again later may succeed (rate limits, server errors, timeouts). */
    public boolean isTransient() {
        return error.startsWith("http_") || error.equals("ratelimited") || error.startsWith("io:");
    }
}
