package com.appraisalbot.objectives;

import com.appraisalbot.access.Access;
import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Approvals;
import com.appraisalbot.approvals.Decision;
import com.appraisalbot.approvals.LatestRequest;
import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.persistence.Transactions;
import com.appraisalbot.signing.CanonicalJson;
import com.appraisalbot.signing.RecordHistory;
import com.appraisalbot.signing.RecordKey;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.SignedRecords;
import com.appraisalbot.signing.Signer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hibernate.Session;

/**
 * A case manager's agreed objectives for a cycle year: the draft they type, saved on every step;
 * submitting it, which writes a new signed version (signed by the case manager) and asks their
 * appraiser to approve it; and where it stands.
 */
@ApplicationScoped
public class Objectives {

    /** The signed record type of agreed objectives. */
    public static final String RECORD_TYPE = "objectives";
    /** Each attempt loses only to another submission that appended first; three is ample. */
    private static final int MOST_APPEND_ATTEMPTS = 3;

    private static final String SUBMITTED = "objectives-submitted";

    private final Transactions transactions;
    private final SignedRecords signedRecords;
    private final Approvals approvals;
    private final Directory directory;
    private final Access access;
    private final AuditLog auditLog;
    private final Clock clock;

    @Inject
    public Objectives(
            Transactions transactions,
            SignedRecords signedRecords,
            Approvals approvals,
            Directory directory,
            Access access,
            AuditLog auditLog,
            Clock clock) {
        this.transactions = transactions;
        this.signedRecords = signedRecords;
        this.approvals = approvals;
        this.directory = directory;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * What was submitted, or found already submitted.
     *
     * @param replaced the previous version's request, when it still awaited a decision: its message is
     *     now out of date
     * @param alreadySubmitted true when this very plan was already with the appraiser or agreed, so
     *     nothing new was written
     */
    public record Submission(
            RecordVersion version,
            ApprovalRequest request,
            Optional<ApprovalRequest> replaced,
            boolean alreadySubmitted) {}

    /** The signed record of a case manager's objectives in a cycle year. */
    public static RecordKey recordKey(Person caseManager, CycleYear year) {
        return new RecordKey(
                caseManager.teamId(), RECORD_TYPE, "person:" + caseManager.id() + "/cycle:" + year.startYear());
    }

    /** What the case manager is working on: their draft, else their newest submitted plan, else an empty plan. */
    public ObjectivesPlan draft(Person caseManager, CycleYear year) {
        Optional<ObjectivesDraft> draft = readDraft(caseManager, year);
        if (draft.isPresent()) {
            return draft.get().plan();
        }
        return signedRecords
                .latest(recordKey(caseManager, year))
                .map(Objectives::plan)
                .orElse(ObjectivesPlan.EMPTY);
    }

    /** Saves a change to the case manager's own draft and returns the draft as now saved. */
    public ObjectivesPlan change(Person caseManager, CycleYear year, UnaryOperator<ObjectivesPlan> change) {
        access.requireRole(caseManager, Role.CASE_MANAGER, "write objectives");
        ObjectivesPlan start = draft(caseManager, year);
        try {
            return saveDraft(caseManager, year, start, change);
        } catch (PersistenceException e) {
            // Two first saves raced to create the draft; the other one won, so change what it saved.
            return saveDraft(caseManager, year, start, change);
        }
    }

    private ObjectivesPlan saveDraft(
            Person caseManager, CycleYear year, ObjectivesPlan start, UnaryOperator<ObjectivesPlan> change) {
        return transactions.inTransaction(session -> {
            Optional<ObjectivesDraft> draft = findDraft(session, caseManager, year, LockModeType.PESSIMISTIC_WRITE);
            ObjectivesPlan changed =
                    change.apply(draft.map(ObjectivesDraft::plan).orElse(start));
            if (draft.isPresent()) {
                draft.get().update(changed, clock.instant());
            } else {
                session.persist(new ObjectivesDraft(caseManager.id(), year.startYear(), changed, clock.instant()));
                session.flush();
            }
            return changed;
        });
    }

    /**
     * Sends the draft to the case manager's appraiser: a new signed version, signed by the case
     * manager. Submitting again what is already with the appraiser, or agreed, writes nothing.
     *
     * @throws InvalidPlan naming every problem, when the plan is incomplete or there is no appraiser
     */
    public Submission submit(Person caseManager, CycleYear year) {
        access.requireRole(caseManager, Role.CASE_MANAGER, "submit objectives");
        ObjectivesPlan plan = draft(caseManager, year);
        Map<String, String> problems = ObjectivesRules.problems(plan);
        if (!problems.isEmpty()) {
            throw new InvalidPlan(problems);
        }
        Person appraiser = directory
                .appraiserOf(caseManager, year)
                .orElseThrow(() -> new InvalidPlan(Map.of(
                        "appraiser",
                        "You have no appraiser for " + year.label() + " yet. An admin assigns one; then submit"
                                + " again. Your objectives are saved.")));
        RecordKey key = recordKey(caseManager, year);
        String content = CanonicalJson.of(PlanCodec.write(plan));
        Signer signer = new Signer(caseManager.teamId(), caseManager.slackUserId(), Role.CASE_MANAGER.name());
        for (int attempt = 0; attempt < MOST_APPEND_ATTEMPTS; attempt++) {
            Optional<RecordVersion> latest = signedRecords.latest(key);
            if (latest.isPresent() && latest.get().content().equals(content) && !returned(latest.get())) {
                return submitAgain(latest.get(), signer, caseManager, appraiser, year);
            }
            // Appends only after the latest it read, so clicks that race agree on one version.
            Optional<SignedRecords.Appended<ApprovalRequest>> appended = signedRecords.appendSignedAfter(
                    key, content, signer, latest.map(RecordVersion::number).orElse(0), (session, version) -> {
                        auditLog.record(
                                session,
                                caseManager.teamId(),
                                caseManager.slackUserId(),
                                SUBMITTED,
                                "version " + version.number() + " of " + key);
                        return approvals.request(session, version, caseManager, appraiser, Role.APPRAISER, year);
                    });
            if (appended.isPresent()) {
                ApprovalRequest asked = appended.get().alongside();
                return new Submission(appended.get().version(), asked, approvals.undecidedBefore(asked), false);
            }
        }
        throw new IllegalStateException("The objectives of " + key + " kept changing while being submitted");
    }

    /**
     * The latest version already holds what is submitted and was not returned: it is signed (once,
     * however often this runs) and its approval asked for unless it was already.
     */
    private Submission submitAgain(
            RecordVersion version, Signer signer, Person caseManager, Person appraiser, CycleYear year) {
        signedRecords.sign(version.id(), signer);
        Optional<ApprovalRequest> asked = approvals.requestOnce(version, caseManager, appraiser, Role.APPRAISER, year);
        if (asked.isEmpty()) {
            // Submitted already, by an earlier click or one racing this: that one sent the message.
            ApprovalRequest first = approvals.request(version.id()).orElseThrow();
            return new Submission(version, first, Optional.empty(), true);
        }
        auditLog.record(
                caseManager.teamId(),
                caseManager.slackUserId(),
                SUBMITTED,
                "version " + version.number() + " of " + version.key());
        return new Submission(version, asked.get(), approvals.undecidedBefore(asked.get()), false);
    }

    /** Whether the version was returned: sent back unchanged it is a new version, as they stand by it. */
    private boolean returned(RecordVersion version) {
        return approvals
                .decision(version.id())
                .map(d -> d.outcome() == Decision.Outcome.RETURNED)
                .orElse(false);
    }

    /** Where the case manager's objectives stand in the cycle year. */
    public ObjectivesStatus status(Person caseManager, CycleYear year) {
        Optional<LatestRequest> latest = Optional.ofNullable(
                approvals.latest(RECORD_TYPE, year, List.of(caseManager.id())).get(caseManager.id()));
        Optional<ObjectivesDraft> draft = readDraft(caseManager, year);
        if (latest.isEmpty()) {
            return new ObjectivesStatus(ObjectivesStatus.State.NOT_SUBMITTED, 0, Optional.empty(), draft.isPresent());
        }
        Optional<Decision> decision = approvals.decision(latest.get().versionId());
        boolean changed = draft.isPresent()
                && signedRecords
                        .latest(recordKey(caseManager, year))
                        .map(v ->
                                !v.content().equals(CanonicalJson.of(draft.get().content())))
                        .orElse(true);
        return new ObjectivesStatus(state(latest.get()), latest.get().versionNumber(), decision, changed);
    }

    /** Each given case manager's newest submitted version and its decision, in one query. */
    public Map<Long, LatestRequest> latest(CycleYear year, List<Long> caseManagerIds) {
        return approvals.latest(RECORD_TYPE, year, caseManagerIds);
    }

    static ObjectivesStatus.State state(LatestRequest latest) {
        if (latest.approved()) {
            return ObjectivesStatus.State.AGREED;
        }
        return latest.returned() ? ObjectivesStatus.State.RETURNED : ObjectivesStatus.State.AWAITING_APPROVAL;
    }

    /** Every version of the case manager's objectives with its signatures, oldest first. */
    public RecordHistory history(Person caseManager, CycleYear year) {
        return signedRecords.history(recordKey(caseManager, year));
    }

    /** The plan a version holds. */
    public static ObjectivesPlan plan(RecordVersion version) {
        return PlanCodec.read(version.content());
    }

    private Optional<ObjectivesDraft> readDraft(Person caseManager, CycleYear year) {
        return transactions.inTransaction(session -> findDraft(session, caseManager, year, LockModeType.NONE));
    }

    private static Optional<ObjectivesDraft> findDraft(
            Session session, Person caseManager, CycleYear year, LockModeType lock) {
        return session.createSelectionQuery(
                        "from ObjectivesDraft where caseManagerId = :cm and cycleStartYear = :year",
                        ObjectivesDraft.class)
                .setParameter("cm", caseManager.id())
                .setParameter("year", year.startYear())
                .setLockMode(lock)
                .uniqueResultOptional();
    }
}
