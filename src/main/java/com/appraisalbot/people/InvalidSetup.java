package com.appraisalbot.people;

import java.util.Optional;

/**
 * A change to people, roles or assignments that breaks a rule. The message says which and how to
 * fix it; {@link #field()} names what it is about, so a form can show it beside that field.
 */
public class InvalidSetup extends RuntimeException {

    /** What a problem is about. */
    public enum Field {
        PERSON,
        ROLES,
        CASE_MANAGER,
        APPRAISER
    }

    private final Field field;

    public InvalidSetup(String message) {
        this(null, message);
    }

    public InvalidSetup(Field field, String message) {
        super(message);
        this.field = field;
    }

    /** The field the problem is about, when it is about one. */
    public Optional<Field> field() {
        return Optional.ofNullable(field);
    }
}
