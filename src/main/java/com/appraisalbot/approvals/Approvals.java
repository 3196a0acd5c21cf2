package com.appraisalbot.approvals;

import com.appraisalbot.access.Access;
import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.persistence.Transactions;
import com.appraisalbot.persistence.UniqueKeys;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.SignOutcome;
import com.appraisalbot.signing.SignedRecords;
import com.appraisalbot.signing.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * Approvals of signed record versions, for any record type: a version is sent to its approver, who
 * approves it (signing it in their role) or returns it with a comment. Each version gets one
 * decision, however many clicks or Slack retries arrive, and one audit entry.
 *
 * <pre>{@code
 * ApprovalRequest asked = approvals.request(version, caseManager, appraiser, Role.APPRAISER, year);
 * DecisionResult result = approvals.approve(asked.versionId(), clicker); // access-checked here
 * }</pre>
 *
 * <p>Nothing here holds a lock while another transaction runs, so that a burst of clicks cannot use
 * up the connection pool: signing is idempotent in {@link SignedRecords}, and the unique key on the
 * decision's version lets exactly one decision in.
 */
@ApplicationScoped
public class Approvals {

    /** The longest comment an approver may give when returning a version. */
    public static final int COMMENT_MAX = 1000;

    private static final String ONE_DECISION = "uq_approval_decision_version";
    private static final String ONE_REQUEST = "uq_approval_request_version";

    private final Transactions transactions;
    private final SignedRecords signedRecords;
    private final Access access;
    private final AuditLog auditLog;
    private final Clock clock;

    @Inject
    public Approvals(
            Transactions transactions, SignedRecords signedRecords, Access access, AuditLog auditLog, Clock clock) {
        this.transactions = transactions;
        this.signedRecords = signedRecords;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Records that {@code approver} is asked to approve the version, signing in {@code role}. */
    public ApprovalRequest request(RecordVersion version, Person subject, Person approver, Role role, CycleYear year) {
        return transactions.inTransaction(session -> request(session, version, subject, approver, role, year));
    }

    /** As {@link #request(RecordVersion, Person, Person, Role, CycleYear)}, inside the caller's transaction. */
    public ApprovalRequest request(
            Session session, RecordVersion version, Person subject, Person approver, Role role, CycleYear year) {
        ApprovalRequest request = new ApprovalRequest(version, subject, approver, role.name(), year, clock.instant());
        session.persist(request);
        return request;
    }

    /**
     * Asks for a decision on the version unless it was already asked for: empty when another
     * request got there first, however many arrive at once, so exactly one caller sends the message.
     */
    public Optional<ApprovalRequest> requestOnce(
            RecordVersion version, Person subject, Person approver, Role role, CycleYear year) {
        try {
            return Optional.of(request(version, subject, approver, role, year));
        } catch (RuntimeException e) {
            if (!UniqueKeys.violated(e, ONE_REQUEST)) {
                throw e;
            }
            return Optional.empty();
        }
    }

    /**
     * Requests whose message was never sent, because the app stopped or Slack or the database
     * failed between recording the request and posting it: asked before {@code cutoff}, still
     * undecided and not replaced by a newer version, oldest first.
     */
    public List<ApprovalRequest> unsent(Instant cutoff, int limit) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from ApprovalRequest r where r.channelId is null and r.requestedAt < :cutoff"
                                + " and not exists (from Decision d where d.versionId = r.versionId)"
                                + " and not exists (from ApprovalRequest n where n.teamId = r.teamId"
                                + " and n.recordType = r.recordType and n.subjectKey = r.subjectKey"
                                + " and n.versionNumber > r.versionNumber)"
                                + " order by r.requestedAt",
                        ApprovalRequest.class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(limit)
                .getResultList());
    }

    /** Remembers where the message asking for the decision is, so the decision can update it in place. */
    public void messageSent(long versionId, ApprovalRequest.MessageRef message) {
        transactions.run(session -> find(session, versionId).ifPresent(r -> r.messageSent(message)));
    }

    public Optional<ApprovalRequest> request(long versionId) {
        return transactions.inTransaction(session -> find(session, versionId));
    }

    /** The request for the version before this one of the same record, while it awaits a decision. */
    public Optional<ApprovalRequest> undecidedBefore(ApprovalRequest request) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from ApprovalRequest r where r.teamId = :team and r.recordType = :type"
                                + " and r.subjectKey = :subject and r.versionNumber < :number"
                                + " and not exists (from Decision d where d.versionId = r.versionId)"
                                + " order by r.versionNumber desc",
                        ApprovalRequest.class)
                .setParameter("team", request.recordKey().teamId())
                .setParameter("type", request.recordType())
                .setParameter("subject", request.recordKey().subjectKey())
                .setParameter("number", request.versionNumber())
                .setMaxResults(1)
                .uniqueResultOptional());
    }

    public Optional<Decision> decision(long versionId) {
        return transactions.inTransaction(session -> decision(session, versionId));
    }

    /**
     * Approves the version and signs it in the approver's role. Refused with {@code AccessDenied}
     * (logged and audited) unless the clicker may decide: the assigned appraiser, never the subject.
     *
     * @throws IllegalArgumentException when no version with this ID was sent for approval
     */
    public DecisionResult approve(long versionId, Person clicker) {
        ApprovalRequest request = requireMayDecide(versionId, clicker);
        Optional<DecisionResult> settled = settled(request);
        if (settled.isPresent()) {
            return settled.get();
        }
        Signer signer = new Signer(clicker.teamId(), clicker.slackUserId(), request.approverRole());
        try {
            // The signature commits with the decision or not at all: a Return that wins leaves no signature.
            return record(request, clicker, Decision.Outcome.APPROVED, "", session -> {
                if (signedRecords.signWithin(session, versionId, signer).status()
                        == SignOutcome.Status.NOT_LATEST_VERSION) {
                    throw new Superseded();
                }
            });
        } catch (Superseded e) {
            return DecisionResult.superseded(request, latestNumber(request));
        }
    }

    /** Rolls an approval back when its version turned out to be replaced. */
    private static final class Superseded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Superseded() {
            super("The version was replaced before it could be approved", null, false, false);
        }
    }

    /**
     * Returns the version to its author with the approver's comment; nothing is signed.
     *
     * @throws IllegalArgumentException when the comment is missing or too long ({@link #commentProblem})
     */
    public DecisionResult returnWithComment(long versionId, Person clicker, String comment) {
        commentProblem(comment).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        ApprovalRequest request = requireMayDecide(versionId, clicker);
        return settled(request)
                .orElseGet(() -> record(request, clicker, Decision.Outcome.RETURNED, comment.strip(), session -> {}));
    }

    /** What is wrong with a comment for returning a version, said so a person can fix it. */
    public static Optional<String> commentProblem(String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty()) {
            return Optional.of("Say what should change, so they know what to revise.");
        }
        if (text.length() > COMMENT_MAX) {
            return Optional.of("Keep this to " + COMMENT_MAX + " characters; it has " + text.length()
                    + ". Shorten it, or talk the detail through with them.");
        }
        return Optional.empty();
    }

    /**
     * The newest request and its decision for each given subject who has one, by subject ID, in one
     * query however many subjects there are.
     */
    public Map<Long, LatestRequest> latest(String recordType, CycleYear year, Collection<Long> subjectIds) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = transactions.inTransaction(session -> session.createSelectionQuery(
                        "select r.subject.id, r.versionId, r.versionNumber, d.outcome from ApprovalRequest r"
                                + " left join Decision d on d.versionId = r.versionId"
                                + " where r.recordType = :type and r.cycleStartYear = :year and r.subject.id in :ids"
                                + " and r.versionNumber = (select max(r2.versionNumber) from ApprovalRequest r2"
                                + " where r2.recordType = r.recordType and r2.cycleStartYear = r.cycleStartYear"
                                + " and r2.subject.id = r.subject.id)",
                        Object[].class)
                .setParameter("type", recordType)
                .setParameter("year", year.startYear())
                .setParameterList("ids", subjectIds)
                .getResultList());
        Map<Long, LatestRequest> latest = new HashMap<>();
        for (Object[] row : rows) {
            long subject = (Long) row[0];
            latest.put(
                    subject,
                    new LatestRequest(
                            subject, (Long) row[1], (Integer) row[2], Optional.ofNullable((Decision.Outcome) row[3])));
        }
        return latest;
    }

    /**
     * The version's request, once the clicker is found to be its approver: the subject's assigned
     * appraiser, or an SLT member other than the subject, as the request's role says.
     *
     * @throws com.appraisalbot.access.AccessDenied (logged and audited) for anyone else
     * @throws IllegalArgumentException when no version with this ID was sent for approval
     */
    public ApprovalRequest requireMayDecide(long versionId, Person clicker) {
        ApprovalRequest request = request(versionId)
                .orElseThrow(() -> new IllegalArgumentException("No version " + versionId + " was sent for approval"));
        Role role = Role.valueOf(request.approverRole());
        if (role == Role.SLT_MEMBER) {
            access.requireSltSignatory(clicker, request.subject());
        } else if (role == Role.APPRAISER) {
            access.requireAppraiserOf(clicker, request.subject(), request.year());
        } else {
            access.requireRole(clicker, role, "decide on version " + versionId + " of " + request.recordKey());
        }
        return request;
    }

    /** The answer when the version is no longer open for a decision: replaced, or already decided. */
    public Optional<DecisionResult> settled(ApprovalRequest request) {
        int latest = latestNumber(request);
        if (latest != request.versionNumber()) {
            return Optional.of(DecisionResult.superseded(request, latest));
        }
        return decision(request.versionId()).map(existing -> DecisionResult.alreadyDecided(request, existing));
    }

    private int latestNumber(ApprovalRequest request) {
        return signedRecords
                .latest(request.recordKey())
                .map(RecordVersion::number)
                .orElse(0);
    }

    /**
     * Records the one decision on a version, with {@code alongside} in the same transaction; a racing
     * decision that committed first wins on the unique key and is answered instead.
     */
    private DecisionResult record(
            ApprovalRequest request,
            Person clicker,
            Decision.Outcome outcome,
            String comment,
            Consumer<Session> alongside) {
        try {
            Decision decision = transactions.inTransaction(session -> {
                Decision made = new Decision(request.versionId(), outcome, comment, clicker, clock.instant());
                session.persist(made);
                session.flush();
                alongside.accept(session);
                auditLog.record(
                        session,
                        clicker.teamId(),
                        clicker.slackUserId(),
                        request.recordType() + "-" + outcome.name().toLowerCase(Locale.ROOT),
                        "version " + request.versionNumber() + " of " + request.recordKey());
                return made;
            });
            return DecisionResult.decided(request, decision);
        } catch (RuntimeException e) {
            if (!UniqueKeys.violated(e, ONE_DECISION)) {
                throw e;
            }
            // Another click decided between our check and our insert; the unique key kept it to one.
            Decision first = decision(request.versionId()).orElseThrow(() -> e);
            return DecisionResult.alreadyDecided(request, first);
        }
    }

    private static Optional<ApprovalRequest> find(Session session, long versionId) {
        return session.createSelectionQuery("from ApprovalRequest where versionId = :version", ApprovalRequest.class)
                .setParameter("version", versionId)
                .uniqueResultOptional();
    }

    private static Optional<Decision> decision(Session session, long versionId) {
        return session.createSelectionQuery("from Decision where versionId = :version", Decision.class)
                .setParameter("version", versionId)
                .uniqueResultOptional();
    }
}
