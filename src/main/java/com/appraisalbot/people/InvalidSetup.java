package com.appraisalbot.people;

/** A change to people, roles or assignments that breaks a rule. The message says which and how to fix it. */
public class InvalidSetup extends RuntimeException {

    public InvalidSetup(String message) {
        super(message);
    }
}
