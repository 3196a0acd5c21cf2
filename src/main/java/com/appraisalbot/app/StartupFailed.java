package com.appraisalbot.app;

/**
 * Start-up stopped for a reason its message says in full, such as Slack being out of reach, so
 * the message is logged as one line and the stack trace only at DEBUG.
 */
public final class StartupFailed extends RuntimeException {

    public StartupFailed(String message, Throwable cause) {
        super(message, cause);
    }

    public StartupFailed(String message) {
        super(message);
    }
}
