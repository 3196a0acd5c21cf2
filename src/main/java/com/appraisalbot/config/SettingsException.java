package com.appraisalbot.config;

/** A setting is missing or malformed. The message names the environment variable and the fix. */
public class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }

    public SettingsException(String message, Throwable cause) {
        super(message, cause);
    }
}
