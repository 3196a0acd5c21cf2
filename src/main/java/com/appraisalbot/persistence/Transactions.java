package com.appraisalbot.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one transaction boundary of the app: every read and write runs through here, in a session
 * that commits when the work returns and rolls back when it throws.
 *
 * <p>A transaction that InnoDB picks as a deadlock victim is run again from the start, a few times,
 * after a short random pause. Deadlocks are normal under load, not faults: two people saving their
 * first drafts at once take gap locks on the same index range, and InnoDB breaks the tie by rolling
 * one back. So the work given here must be safe to run again: it may read and write the database,
 * but must not call Slack or change anything outside its session.
 */
@ApplicationScoped
public class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    static final int DEADLOCK_ATTEMPTS = 5;
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final int ER_LOCK_DEADLOCK = 1213;

    private final SessionFactory sessionFactory;

    @Inject
    public Transactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Runs {@code work} in a transaction and returns its result. */
    public <T> T inTransaction(Function<Session, T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return sessionFactory.fromTransaction(work);
            } catch (RuntimeException e) {
                if (attempt >= DEADLOCK_ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                LOG.info(
                        "A transaction lost a deadlock (attempt {} of {}); running it again",
                        attempt,
                        DEADLOCK_ATTEMPTS);
                pause(attempt);
            }
        }
    }

    /** Runs {@code work} in a transaction. */
    public void run(Consumer<Session> work) {
        inTransaction(session -> {
            work.accept(session);
            return null;
        });
    }

    /** Whether InnoDB rolled the transaction back to break a deadlock, whatever Hibernate wrapped it in. */
    static boolean isDeadlock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && (SERIALIZATION_FAILURE.equals(sql.getSQLState()) || sql.getErrorCode() == ER_LOCK_DEADLOCK)) {
                return true;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted before running a transaction again", e);
        }
    }
}
