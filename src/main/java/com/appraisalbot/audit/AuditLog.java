package com.appraisalbot.audit;

import com.appraisalbot.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.hibernate.Session;

/** Keeps the audit trail: each decision, change and refusal, with who and when. */
@ApplicationScoped
public class AuditLog {

    private final Transactions transactions;
    private final Clock clock;

    @Inject
    public AuditLog(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Records an entry in a transaction of its own. */
    public void record(String teamId, String actorUserId, String action, String detail) {
        transactions.run(session -> record(session, teamId, actorUserId, action, detail));
    }

    /** Records an entry inside the caller's transaction, so it commits or rolls back with the change. */
    public void record(Session session, String teamId, String actorUserId, String action, String detail) {
        session.persist(new AuditEntry(teamId, actorUserId, action, detail, clock.instant()));
    }

    /** A team's entries for one action, oldest first. */
    public List<AuditEntry> entries(String teamId, String action) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from AuditEntry where teamId = :team and action = :action order by id", AuditEntry.class)
                .setParameter("team", teamId)
                .setParameter("action", action)
                .getResultList());
    }
}
