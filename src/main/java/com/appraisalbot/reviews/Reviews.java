package com.appraisalbot.reviews;

import com.appraisalbot.access.Access;
import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Approvals;
import com.appraisalbot.approvals.Decision;
import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.persistence.Transactions;
import com.appraisalbot.signing.CanonicalJson;
import com.appraisalbot.signing.RecordKey;
import com.appraisalbot.signing.SignOutcome;
import com.appraisalbot.signing.SignedRecords;
import com.appraisalbot.signing.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Session;
import org.hibernate.exception.ConstraintViolationException;

/**
 * The mid-point and final reviews: saving what is typed, submitting, the appraiser's part and
 * approval or return, the case manager's signature and, for the final review, the SLT sign-off.
 * Each step asks {@link Access} first; every submitted part is a new signed version, and a change
 * after signing voids the signatures, as for every signed record.
 */
@ApplicationScoped
public class Reviews {

    /** How often sending a part re-reads the record when another request wrote a version meanwhile. */
    private static final int MOST_APPEND_ATTEMPTS = 5;

    private final Transactions transactions;
    private final SignedRecords signedRecords;
    private final Access access;
    private final AuditLog auditLog;
    private final Clock clock;
    private final ReviewSignOffs signOffs;
    private final Approvals approvals;

    @Inject
    public Reviews(
            Transactions transactions,
            SignedRecords signedRecords,
            Access access,
            AuditLog auditLog,
            Clock clock,
            ReviewSignOffs signOffs,
            Approvals approvals) {
        this.transactions = transactions;
        this.signedRecords = signedRecords;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
        this.signOffs = signOffs;
        this.approvals = approvals;
    }

    /** What a step did: whether it had already been done (a double click), and the record after it. */
    public record Step(boolean alreadyDone, ReviewRecord record) {}

    /** The review's state; empty when nobody has typed anything yet. */
    public Optional<ReviewState> state(long caseManagerId, CycleYear year, ReviewKind kind) {
        return transactions.inTransaction(session -> Optional.ofNullable(find(session, caseManagerId, year, kind)));
    }

    /** The team's reviews of a year at one status, oldest change first, at most {@code limit}. */
    public List<ReviewState> withStatus(String teamId, CycleYear year, ReviewStatus status, int limit) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from ReviewState where teamId = :team and cycleStartYear = :year and status = :status"
                                + " order by updatedAt, id",
                        ReviewState.class)
                .setParameter("team", teamId)
                .setParameter("year", year.startYear())
                .setParameter("status", status)
                .setMaxResults(limit)
                .getResultList());
    }

    /** The newest signed version; empty before the first submission. */
    public Optional<ReviewRecord> record(String teamId, long caseManagerId, CycleYear year, ReviewKind kind) {
        return ReviewRecord.latestOf(signedRecords.history(ReviewKeys.review(teamId, kind, caseManagerId, year)));
    }

    /**
     * Saves answers to some fields of one part, refusing only what could never be sent on (too long,
     * not an option), so that nothing typed is lost.
     *
     * @throws InvalidReview naming each field that cannot be saved
     */
    public Review saveDraft(
            Person actor,
            Person caseManager,
            CycleYear year,
            ReviewKind kind,
            ReviewPart part,
            Map<String, String> values,
            Collection<ReviewField> fields) {
        requirePart(actor, caseManager, year, part);
        ensure(caseManager, year, kind);
        return transactions.inTransaction(session -> {
            ReviewState state = lock(session, caseManager, year, kind);
            Review review = state.draft().withPart(part, values);
            requireEditable(state, part, review);
            Map<String, String> problems = ReviewRules.draftProblems(review, fields);
            if (!problems.isEmpty()) {
                throw new InvalidReview(problems);
            }
            state.saveDraft(review, clock.instant());
            return review;
        });
    }

    /** The case manager sends their part to their appraiser; a new version is written. */
    public ReviewRecord submit(Person actor, Person caseManager, CycleYear year, ReviewKind kind) {
        access.requireOwnCaseManagerRecord(actor, caseManager);
        Review draft =
                transition(caseManager, year, kind, EnumSet.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED), state -> {
                    requireComplete(state.draft(), ReviewPart.CASE_MANAGER);
                    state.clearReturn();
                    state.moveTo(ReviewStatus.WITH_APPRAISER, clock.instant());
                });
        return append(caseManager, caseManager, year, draft, Role.CASE_MANAGER, "review-submitted");
    }

    /**
     * The appraiser's part is complete: a new version holding both parts is written, ready to approve.
     * Sending again what is already waiting for approval, unchanged (a second click, a Slack retry,
     * or two at once), writes nothing and answers {@link Step#alreadyDone()} with that version.
     */
    public Step completeAppraiserPart(Person appraiser, Person caseManager, CycleYear year, ReviewKind kind) {
        access.requireAppraiserOf(appraiser, caseManager, year);
        Review draft = transition(caseManager, year, kind, EnumSet.of(ReviewStatus.WITH_APPRAISER), state -> {
            requireComplete(state.draft(), ReviewPart.APPRAISER);
            requireComplete(state.draft(), ReviewPart.CASE_MANAGER);
        });
        RecordKey key = ReviewKeys.review(caseManager.teamId(), kind, caseManager.id(), year);
        String content = CanonicalJson.of(draft.toJson());
        Signer signer = new Signer(appraiser.teamId(), appraiser.slackUserId(), Role.APPRAISER.name());
        for (int attempt = 0; attempt < MOST_APPEND_ATTEMPTS; attempt++) {
            Optional<ReviewRecord> latest = record(caseManager.teamId(), caseManager.id(), year, kind);
            if (latest.isPresent() && awaitsApproval(latest.get(), content)) {
                return new Step(true, latest.get());
            }
            int expected = latest.map(ReviewRecord::number).orElse(0);
            if (signedRecords.appendAfter(key, content, signer, expected).isPresent()) {
                auditLog.record(
                        appraiser.teamId(),
                        appraiser.slackUserId(),
                        "review-appraiser-part",
                        describe(kind, caseManager));
                return new Step(
                        false,
                        record(caseManager.teamId(), caseManager.id(), year, kind)
                                .orElseThrow());
            }
        }
        throw new IllegalStateException("The " + kind.recordType() + " of person " + caseManager.id()
                + " kept changing while the appraiser's part was being sent");
    }

    /**
     * Whether a version is the appraiser's part with exactly this content, not yet decided: once
     * approved or returned, the review has moved on, and after an SLT return it carries signatures.
     */
    private static boolean awaitsApproval(ReviewRecord latest, String content) {
        return latest.version().content().equals(content)
                && latest.version().createdBy().role().equals(Role.APPRAISER.name())
                && latest.signatures().isEmpty();
    }

    /**
     * Moves the review on after the appraiser's decision on a version sent for approval: approved
     * (and signed, by {@link Approvals}) goes to the case manager to sign; returned goes back to them
     * with the comment. Only a decision {@link Approvals} recorded moves it, so calling this twice,
     * or for a version replaced since, changes nothing.
     *
     * @return the review after the decision; empty when the decision was not about the review's newest version
     */
    public Optional<ReviewRecord> followDecision(long versionId) {
        Optional<ApprovalRequest> request = approvals.request(versionId);
        Optional<Decision> decision = approvals.decision(versionId);
        if (request.isEmpty() || decision.isEmpty()) {
            return Optional.empty();
        }
        Person caseManager = request.get().subject();
        CycleYear year = request.get().year();
        ReviewKind kind = kindOf(request.get().recordType());
        Optional<ReviewRecord> record = record(caseManager.teamId(), caseManager.id(), year, kind)
                .filter(r -> r.version().id() == versionId);
        record.ifPresent(r -> transactions.run(session -> {
            ReviewState state = lockedOrNull(session, caseManager.id(), year, kind);
            if (state == null || state.status() != ReviewStatus.WITH_APPRAISER) {
                return;
            }
            if (decision.get().outcome() == Decision.Outcome.APPROVED) {
                state.clearReturn();
                state.moveTo(ReviewStatus.AWAITING_CASE_MANAGER_SIGNATURE, clock.instant());
            } else {
                state.returned(
                        decision.get().comment(),
                        decision.get().decidedBy().slackUserId(),
                        ReviewStatus.RETURNED,
                        clock.instant());
            }
        }));
        return record;
    }

    private static ReviewKind kindOf(String recordType) {
        for (ReviewKind kind : ReviewKind.values()) {
            if (kind.recordType().equals(recordType)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Records of type " + recordType + " are not reviews");
    }

    /**
     * The case manager signs the version their appraiser approved. {@code actor} is whoever the
     * request came from and {@code caseManager} whose review the button names: anyone but the case
     * manager themselves is refused, and the refusal is logged.
     */
    public Step signAsCaseManager(
            Person actor, Person caseManager, CycleYear year, ReviewKind kind, int versionNumber) {
        access.requireOwnCaseManagerRecord(actor, caseManager);
        ReviewRecord record = current(caseManager, year, kind, versionNumber);
        if (record.signatureAs(Role.CASE_MANAGER).isPresent()) {
            return new Step(true, record);
        }
        ReviewStatus next = kind.needsSlt() ? ReviewStatus.WITH_SLT : ReviewStatus.COMPLETE;
        transition(
                caseManager,
                year,
                kind,
                EnumSet.of(ReviewStatus.AWAITING_CASE_MANAGER_SIGNATURE),
                state -> state.moveTo(next, clock.instant()));
        return sign(
                caseManager,
                caseManager,
                year,
                kind,
                record,
                Role.CASE_MANAGER,
                ReviewStatus.AWAITING_CASE_MANAGER_SIGNATURE);
    }

    /**
     * An SLT member signs off a final review signed by the case manager and the appraiser, with a
     * comment kept as its own signed record bound to the version's hash.
     */
    public Step sltSignOff(Person slt, Person caseManager, CycleYear year, int versionNumber, String comment) {
        access.requireSltReviewer(slt, caseManager, year);
        ReviewRecord record = current(caseManager, year, ReviewKind.FINAL, versionNumber);
        if (record.signatureAs(Role.SLT_MEMBER).isPresent()) {
            return new Step(true, record);
        }
        String text = signOffs.requireComment(comment);
        transition(caseManager, year, ReviewKind.FINAL, EnumSet.of(ReviewStatus.WITH_SLT), state -> {
            state.clearReturn();
            state.moveTo(ReviewStatus.COMPLETE, clock.instant());
        });
        signOffs.record(slt, caseManager, year, record, text);
        return sign(slt, caseManager, year, ReviewKind.FINAL, record, Role.SLT_MEMBER, ReviewStatus.WITH_SLT);
    }

    /** An SLT member returns a final review to the appraiser with a reason; nothing is signed. */
    public void sltReturn(Person slt, Person caseManager, CycleYear year, int versionNumber, String reason) {
        access.requireSltReviewer(slt, caseManager, year);
        current(caseManager, year, ReviewKind.FINAL, versionNumber);
        String why = requireReason(reason);
        transition(
                caseManager,
                year,
                ReviewKind.FINAL,
                EnumSet.of(ReviewStatus.WITH_SLT),
                state -> state.returned(why, slt.slackUserId(), ReviewStatus.WITH_APPRAISER, clock.instant()));
        auditLog.record(
                slt.teamId(), slt.slackUserId(), "review-returned-by-slt", describe(ReviewKind.FINAL, caseManager));
    }

    /** Remembers the Slack messages about a review, to update them in place later. */
    public void rememberMessages(long caseManagerId, CycleYear year, ReviewKind kind, Consumer<ReviewMessages> change) {
        transactions.run(session -> {
            ReviewState state = lockedOrNull(session, caseManagerId, year, kind);
            if (state != null) {
                change.accept(new ReviewMessages(state));
            }
        });
    }

    private ReviewRecord current(Person caseManager, CycleYear year, ReviewKind kind, int versionNumber) {
        ReviewRecord record = record(caseManager.teamId(), caseManager.id(), year, kind)
                .orElseThrow(() -> new ReviewRefused(
                        "There is no submitted " + kind.label().toLowerCase() + " for " + caseManager.displayName()
                                + " in " + year.label() + " yet."));
        if (record.number() != versionNumber) {
            throw new ReviewRefused("This message is about version " + versionNumber + ", but the review has changed"
                    + " since: the current version is " + record.number() + ". Use the newest message about it.");
        }
        return record;
    }

    private Step sign(
            Person actor,
            Person caseManager,
            CycleYear year,
            ReviewKind kind,
            ReviewRecord record,
            Role role,
            ReviewStatus revertTo) {
        SignOutcome outcome =
                signedRecords.sign(record.version().id(), new Signer(actor.teamId(), actor.slackUserId(), role.name()));
        if (outcome.status() == SignOutcome.Status.NOT_LATEST_VERSION) {
            transition(
                    caseManager,
                    year,
                    kind,
                    EnumSet.allOf(ReviewStatus.class),
                    s -> s.moveTo(revertTo, clock.instant()));
            throw new ReviewRefused("The review changed while you were signing it, so nothing was signed."
                    + " Open the newest version and sign that.");
        }
        auditLog.record(
                actor.teamId(),
                actor.slackUserId(),
                "review-signed-" + role.name().toLowerCase(),
                describe(kind, caseManager) + " version " + record.number());
        ReviewRecord signed =
                record(caseManager.teamId(), caseManager.id(), year, kind).orElseThrow();
        return new Step(outcome.status() == SignOutcome.Status.ALREADY_SIGNED, signed);
    }

    private ReviewRecord append(
            Person author, Person caseManager, CycleYear year, Review review, Role role, String action) {
        RecordKey key = ReviewKeys.review(caseManager.teamId(), review.kind(), caseManager.id(), year);
        signedRecords.append(key, review.toJson(), new Signer(author.teamId(), author.slackUserId(), role.name()));
        auditLog.record(author.teamId(), author.slackUserId(), action, describe(review.kind(), caseManager));
        return record(caseManager.teamId(), caseManager.id(), year, review.kind())
                .orElseThrow();
    }

    private Review transition(
            Person caseManager, CycleYear year, ReviewKind kind, Set<ReviewStatus> from, Consumer<ReviewState> change) {
        ensure(caseManager, year, kind);
        return transactions.inTransaction(session -> {
            ReviewState state = lock(session, caseManager, year, kind);
            if (!from.contains(state.status())) {
                throw new ReviewRefused(notNow(state.status(), kind));
            }
            change.accept(state);
            return state.draft();
        });
    }

    private void requirePart(Person actor, Person caseManager, CycleYear year, ReviewPart part) {
        if (part == ReviewPart.CASE_MANAGER) {
            access.requireOwnCaseManagerRecord(actor, caseManager);
        } else {
            access.requireAppraiserOf(actor, caseManager, year);
        }
    }

    /**
     * Refuses a change to a part that has moved on; the same answers sent again (a second click, a
     * Slack retry) are refused as {@link AlreadySent}, saying so.
     */
    private static void requireEditable(ReviewState state, ReviewPart part, Review changed) {
        Set<ReviewStatus> editable = part == ReviewPart.CASE_MANAGER
                ? EnumSet.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED)
                : EnumSet.of(ReviewStatus.WITH_APPRAISER);
        if (editable.contains(state.status())) {
            return;
        }
        if (changed.equals(state.draft())) {
            throw new AlreadySent("Nothing new to send: this part of the "
                    + state.kind().label().toLowerCase() + " was already sent, and these answers are the same. "
                    + notNow(state.status(), state.kind()));
        }
        throw new ReviewRefused(notNow(state.status(), state.kind()));
    }

    private static void requireComplete(Review review, ReviewPart part) {
        Map<String, String> problems = ReviewRules.problems(review, part);
        if (!problems.isEmpty()) {
            throw new InvalidReview(problems);
        }
    }

    private static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > ReviewSignOffs.COMMENT_MAX) {
            throw new InvalidReview(
                    Map.of("reason", "Say in up to " + ReviewSignOffs.COMMENT_MAX + " characters what should change."));
        }
        return why;
    }

    /** Where a review stands, in a sentence for the person who asked. */
    public static String describeStatus(ReviewStatus status, ReviewKind kind) {
        return notNow(status, kind);
    }

    static String notNow(ReviewStatus status, ReviewKind kind) {
        String what = kind.label();
        return switch (status) {
            case DRAFT -> what + " has not been submitted yet.";
            case WITH_APPRAISER -> what + " is with the appraiser.";
            case RETURNED -> what + " was returned to the case manager to change.";
            case AWAITING_CASE_MANAGER_SIGNATURE -> what + " was approved and waits for the case manager to sign.";
            case WITH_SLT -> what + " is with the SLT for sign-off.";
            case COMPLETE -> what + " is complete and signed; nothing more can change.";
        };
    }

    private static String describe(ReviewKind kind, Person caseManager) {
        return kind.recordType() + " of person " + caseManager.id();
    }

    /** The review's row, locked for this transaction; {@link #ensure} must have created it first. */
    private static ReviewState lock(Session session, Person caseManager, CycleYear year, ReviewKind kind) {
        ReviewState state = lockedOrNull(session, caseManager.id(), year, kind);
        if (state == null) {
            throw new IllegalStateException("The " + kind.recordType() + " row of person " + caseManager.id() + " for "
                    + year.label() + " is missing although it was just created");
        }
        return state;
    }

    private static ReviewState lockedOrNull(Session session, long caseManagerId, CycleYear year, ReviewKind kind) {
        // A locking read sees the newest committed row, whatever this transaction read before.
        return session.createSelectionQuery(
                        "from ReviewState where caseManagerId = :cm and cycleStartYear = :year and kind = :kind",
                        ReviewState.class)
                .setParameter("cm", caseManagerId)
                .setParameter("year", year.startYear())
                .setParameter("kind", kind)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .uniqueResult();
    }

    /** Creates the review's row in a transaction of its own; when two first saves race, one insert wins. */
    private void ensure(Person caseManager, CycleYear year, ReviewKind kind) {
        try {
            transactions.run(session -> {
                if (find(session, caseManager.id(), year, kind) == null) {
                    session.persist(new ReviewState(
                            caseManager.teamId(), caseManager.id(), year.startYear(), kind, clock.instant()));
                }
            });
        } catch (ConstraintViolationException e) {
            // The other request created it; the caller reads and locks that row.
            auditLog.record(
                    caseManager.teamId(),
                    caseManager.slackUserId(),
                    "review-created-concurrently",
                    describe(kind, caseManager));
        }
    }

    static ReviewState find(Session session, long caseManagerId, CycleYear year, ReviewKind kind) {
        return session.createSelectionQuery(
                        "from ReviewState where caseManagerId = :cm and cycleStartYear = :year and kind = :kind",
                        ReviewState.class)
                .setParameter("cm", caseManagerId)
                .setParameter("year", year.startYear())
                .setParameter("kind", kind)
                .uniqueResult();
    }
}
