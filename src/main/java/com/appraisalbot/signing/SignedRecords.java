package com.appraisalbot.signing;

import com.appraisalbot.persistence.Transactions;
import com.appraisalbot.persistence.UniqueKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Signed records: every record type of the cycle (agreed objectives, mid-point and final reviews)
 * is kept here as a sequence of immutable versions with their signatures, each written to the
 * tamper-evident ledger that {@link RecordVerifier} checks.
 *
 * <pre>{@code
 * RecordKey key = new RecordKey("T123", "objectives", "person:42/cycle:2026");
 * RecordVersion agreed = signedRecords.append(key, Map.of("objectives", objectives), caseManager);
 * SignOutcome outcome = signedRecords.sign(agreed.id(), new Signer("T123", "U42", "APPRAISER"));
 * }</pre>
 *
 * <p>Changing a record means appending a new version: the old version and its signatures stay,
 * void, in {@link #history}; the new version has no signatures until it is signed again.
 */
@ApplicationScoped
public class SignedRecords {

    private static final String DUPLICATE_SIGNATURE = "uk_record_signature";

    private final Transactions transactions;
    private final Ledger ledger;

    @Inject
    public SignedRecords(Transactions transactions, Ledger ledger) {
        this.transactions = transactions;
        this.ledger = ledger;
    }

    /**
     * Writes a new version of the record, numbered one after its latest (1 for a new record), with
     * no signatures. Two appends to one record at once get consecutive numbers.
     *
     * @param json a JSON object; it is stored in {@link CanonicalJson canonical form}
     * @param createdBy who wrote this version, in which role
     * @throws IllegalArgumentException when {@code json} is not a JSON object
     */
    public RecordVersion append(RecordKey key, String json, Signer createdBy) {
        String content = CanonicalJson.of(json);
        // Created in a transaction of its own: two first appends then wait on the unique key and both
        // carry on, rather than deadlocking on each other's gap locks.
        transactions.run(session -> ensureRecord(session, key));
        return transactions.inTransaction(
                session -> appendLocked(session, lockRecord(session, key), content, createdBy));
    }

    /**
     * Appends a version only if the record's latest version is still number {@code expectedLatest}
     * (0 for a record never written): two requests that read the same latest version and both
     * append get one new version between them, the other an empty answer to read again and decide.
     */
    public Optional<RecordVersion> appendAfter(RecordKey key, String json, Signer createdBy, int expectedLatest) {
        String content = CanonicalJson.of(json);
        transactions.run(session -> ensureRecord(session, key));
        return transactions.inTransaction(session -> {
            StoredRecord record = lockRecord(session, key);
            return latestNumber(session, record.id()) == expectedLatest
                    ? Optional.of(appendLocked(session, record, content, createdBy))
                    : Optional.<RecordVersion>empty();
        });
    }

    /** A version appended and signed by {@link #appendSignedAfter}, with what was written beside it. */
    public record Appended<T>(RecordVersion version, T alongside) {}

    /**
     * As {@link #appendAfter}, and signs the new version for its author, all in one transaction
     * with {@code alongside}'s own writes (a request for approval, an audit entry): the version
     * never stands unsigned or unannounced, and the ledger's head, on which every append in the
     * app waits its turn, is locked last and once, for both entries, until the one commit.
     */
    public <T> Optional<Appended<T>> appendSignedAfter(
            RecordKey key,
            String json,
            Signer author,
            int expectedLatest,
            BiFunction<Session, RecordVersion, T> alongside) {
        String content = CanonicalJson.of(json);
        return transactions.inTransaction(session -> {
            // In the same transaction: two first appends may deadlock on the key's gap, and the
            // loser is run again by Transactions.
            ensureRecord(session, key);
            StoredRecord record = lockRecord(session, key);
            if (latestNumber(session, record.id()) != expectedLatest) {
                return Optional.<Appended<T>>empty();
            }
            StoredVersion version = new StoredVersion(record, expectedLatest + 1, content, author, ledger.now());
            session.persist(version);
            StoredSignature signature = new StoredSignature(version, author, ledger.now());
            session.persist(signature);
            T written = alongside.apply(session, version.toRecordVersion());
            ledger.recordVersion(session, version);
            ledger.recordSignature(session, signature);
            return Optional.of(new Appended<>(version.toRecordVersion(), written));
        });
    }

    /** As {@link #append(RecordKey, String, Signer)}, with the content given as a map. */
    public RecordVersion append(RecordKey key, Map<String, ?> content, Signer createdBy) {
        return append(key, CanonicalJson.of(content), createdBy);
    }

    /**
     * Signs a version for the signer in the signer's role. Signing is refused, changing nothing,
     * when the version is no longer the record's latest; signing again what one has signed in the
     * same role records nothing new and returns the first signature, however many calls arrive at
     * once.
     *
     * @throws IllegalArgumentException when no version has this ID
     */
    public SignOutcome sign(long versionId, Signer signer) {
        try {
            return transactions.inTransaction(session -> signLocked(session, versionId, signer));
        } catch (PersistenceException e) {
            if (!UniqueKeys.violated(e, DUPLICATE_SIGNATURE)) {
                throw e;
            }
            // Another call signed between our check and our insert; the unique key kept it to one row.
            return transactions
                    .inTransaction(session -> existingSignature(session, versionId, signer))
                    .map(SignOutcome::alreadySigned)
                    .orElseThrow(() -> e);
        }
    }

    /** The record's newest version; empty when it has never been written. */
    public Optional<RecordVersion> latest(RecordKey key) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from StoredVersion v join fetch v.record r where r.teamId = :team"
                                + " and r.recordType = :type and r.subjectKey = :subject"
                                + " order by v.number desc",
                        StoredVersion.class)
                .setParameter("team", key.teamId())
                .setParameter("type", key.recordType())
                .setParameter("subject", key.subjectKey())
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(StoredVersion::toRecordVersion));
    }

    /** Every version of the record, oldest first, with its signatures; no versions when never written. */
    public RecordHistory history(RecordKey key) {
        return transactions.inTransaction(session -> {
            List<StoredSignature> signatures = session.createSelectionQuery(
                            "from StoredSignature s join fetch s.version v join fetch v.record r"
                                    + " where r.teamId = :team and r.recordType = :type and r.subjectKey = :subject"
                                    + " order by s.id",
                            StoredSignature.class)
                    .setParameter("team", key.teamId())
                    .setParameter("type", key.recordType())
                    .setParameter("subject", key.subjectKey())
                    .getResultList();
            return history(key, versionsOf(session, key), signatures);
        });
    }

    private static RecordHistory history(RecordKey key, List<StoredVersion> versions, List<StoredSignature> signed) {
        Map<Long, List<Signature>> byVersion =
                signed.stream().map(StoredSignature::toSignature).collect(Collectors.groupingBy(Signature::versionId));
        int latest = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).number();
        List<RecordHistory.Entry> entries = versions.stream()
                .map(version -> new RecordHistory.Entry(
                        version.toRecordVersion(),
                        byVersion.getOrDefault(version.id(), List.of()),
                        version.number() != latest))
                .toList();
        return new RecordHistory(key, entries);
    }

    private static List<StoredVersion> versionsOf(Session session, RecordKey key) {
        return session.createSelectionQuery(
                        "from StoredVersion v join fetch v.record r where r.teamId = :team"
                                + " and r.recordType = :type and r.subjectKey = :subject order by v.number",
                        StoredVersion.class)
                .setParameter("team", key.teamId())
                .setParameter("type", key.recordType())
                .setParameter("subject", key.subjectKey())
                .getResultList();
    }

    private void ensureRecord(Session session, RecordKey key) {
        session.createNativeMutationQuery("insert into signed_record (team_id, record_type, subject_key, created_at)"
                        + " values (:team, :type, :subject, :at) on duplicate key update id = id")
                .setParameter("team", key.teamId())
                .setParameter("type", key.recordType())
                .setParameter("subject", key.subjectKey())
                .setParameter("at", ledger.now())
                .executeUpdate();
    }

    private static StoredRecord lockRecord(Session session, RecordKey key) {
        return session.createSelectionQuery(
                        "from StoredRecord where teamId = :team and recordType = :type and subjectKey = :subject",
                        StoredRecord.class)
                .setParameter("team", key.teamId())
                .setParameter("type", key.recordType())
                .setParameter("subject", key.subjectKey())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
    }

    private RecordVersion appendLocked(Session session, StoredRecord record, String content, Signer createdBy) {
        // Read after the record's lock: the snapshot then includes every version committed before it.
        int number = latestNumber(session, record.id()) + 1;
        StoredVersion version = new StoredVersion(record, number, content, createdBy, ledger.now());
        session.persist(version);
        ledger.recordVersion(session, version);
        return version.toRecordVersion();
    }

    /**
     * As {@link #sign(long, Signer)}, inside the caller's transaction, for a signature that must
     * commit or roll back together with the caller's own write, such as an approval's decision. A
     * concurrent signature of the same version in the same role makes the caller's commit fail on
     * the unique key rather than being answered here.
     */
    public SignOutcome signWithin(Session session, long versionId, Signer signer) {
        return signLocked(session, versionId, signer);
    }

    private SignOutcome signLocked(Session session, long versionId, Signer signer) {
        long recordId = lockRecordOf(session, versionId);
        StoredVersion version = session.find(StoredVersion.class, versionId);
        if (version.number() != latestNumber(session, recordId)) {
            return SignOutcome.notLatestVersion();
        }
        Optional<Signature> existing = existingSignature(session, versionId, signer);
        if (existing.isPresent()) {
            return SignOutcome.alreadySigned(existing.get());
        }

        StoredSignature signature = new StoredSignature(version, signer, ledger.now());
        session.persist(signature);
        ledger.recordSignature(session, signature);
        return SignOutcome.signed(signature.toSignature());
    }

    /**
     * Locks the record a version belongs to before anything else is read, so that a concurrent
     * append or sign of that record waits and everything read afterwards is current.
     */
    private static long lockRecordOf(Session session, long versionId) {
        return session.createNativeQuery(
                        "select r.id from signed_record r join record_version v on v.record_id = r.id"
                                + " where v.id = :version for update",
                        Long.class)
                .setParameter("version", versionId)
                .uniqueResultOptional()
                .orElseThrow(() -> new IllegalArgumentException("There is no record version with ID " + versionId));
    }

    private static int latestNumber(Session session, long recordId) {
        return session.createSelectionQuery(
                        "select coalesce(max(v.number), 0) from StoredVersion v where v.record.id = :record",
                        Integer.class)
                .setParameter("record", recordId)
                .getSingleResult();
    }

    private static Optional<Signature> existingSignature(Session session, long versionId, Signer signer) {
        return session.createSelectionQuery(
                        "from StoredSignature s where s.version.id = :version and s.signerTeamId = :team"
                                + " and s.signerUserId = :user and s.role = :role",
                        StoredSignature.class)
                .setParameter("version", versionId)
                .setParameter("team", signer.teamId())
                .setParameter("user", signer.userId())
                .setParameter("role", signer.role())
                .uniqueResultOptional()
                .map(StoredSignature::toSignature);
    }
}
