package com.appraisalbot.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * The one transaction boundary of the app: every read and write runs through here, in a session
 * that commits when the work returns and rolls back when it throws.
 */
@ApplicationScoped
public class Transactions {

    private final SessionFactory sessionFactory;

    @Inject
    public Transactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /** Runs {@code work} in a transaction and returns its result. */
    public <T> T inTransaction(Function<Session, T> work) {
        return sessionFactory.fromTransaction(work);
    }

    /** Runs {@code work} in a transaction. */
    public void run(Consumer<Session> work) {
        sessionFactory.inTransaction(work);
    }
}
