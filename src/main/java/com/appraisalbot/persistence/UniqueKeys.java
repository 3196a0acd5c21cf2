package com.appraisalbot.persistence;

import java.sql.SQLIntegrityConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a write refused by a named unique key: the database's answer when two requests race to
 * write the one row a key allows, so the loser can read the winner's row instead of failing.
 */
public final class UniqueKeys {

    private UniqueKeys() {}

    /** Whether {@code thrown}, or any of its causes, is a violation of the unique key {@code name}. */
    public static boolean violated(Throwable thrown, String name) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && name.equalsIgnoreCase(violation.getConstraintName())) {
                return true;
            }
            if (cause instanceof SQLIntegrityConstraintViolationException sql
                    && sql.getMessage() != null
                    && sql.getMessage().contains(name)) {
                return true;
            }
        }
        return false;
    }
}
