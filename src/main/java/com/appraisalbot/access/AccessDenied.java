package com.appraisalbot.access;

/** Someone asked to see or do something their roles do not allow. The message is for them. */
public class AccessDenied extends RuntimeException {

    public AccessDenied(String message) {
        super(message);
    }
}
