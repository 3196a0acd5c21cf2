package com.appraisalbot.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A row of {@code record_ledger}: the record of one version or signature having been written. It
 * names its record itself, so that a deleted row can still be named.
 */
@Entity
@Table(name = "record_ledger")
public class LedgerEntry {

    /** The kind of row an entry covers. */
    enum Type {
        VERSION,
        SIGNATURE
    }

    @Id
    @Column(name = "sequence_number")
    private long sequenceNumber;

    // Text rather than an enum mapping: an edited type must reach the verifier, not fail the load.
    @Column(name = "entry_type")
    private String type;

    @Column(name = "row_id")
    private long rowId;

    @Column(name = "team_id")
    private String teamId;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "subject_key")
    private String subjectKey;

    @Column(name = "version_number")
    private int versionNumber;

    @Column(name = "payload_sha256")
    private String payloadSha256;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "previous_hash")
    private String previousHash;

    @Column(name = "entry_hash")
    private String entryHash;

    protected LedgerEntry() {}

    LedgerEntry(long sequenceNumber, Type type, long rowId, RecordKey key, int versionNumber, String payload) {
        this.sequenceNumber = sequenceNumber;
        this.type = type.name();
        this.rowId = rowId;
        this.teamId = key.teamId();
        this.recordType = key.recordType();
        this.subjectKey = key.subjectKey();
        this.versionNumber = versionNumber;
        this.payloadSha256 = Digests.sha256(payload);
    }

    /** Links this entry after the one whose hash is given and seals it with the records key. */
    void chain(String previousHash, Instant recordedAt, RecordsKey recordsKey) {
        this.previousHash = previousHash;
        this.recordedAt = recordedAt;
        this.entryHash = expectedHash(recordsKey);
    }

    /**
     * The hash this entry must have: an HMAC of the previous entry's hash, what the entry covers
     * (type, row, record and version), the hash of that row's columns, and when it was written.
     */
    String expectedHash(RecordsKey recordsKey) {
        return recordsKey.sign(String.join(
                "\n",
                previousHash,
                type,
                Long.toString(rowId),
                payloadSha256,
                recordedAt.toString(),
                teamId,
                recordType,
                subjectKey,
                Integer.toString(versionNumber)));
    }

    long sequenceNumber() {
        return sequenceNumber;
    }

    /** Which row this entry covers, e.g. {@code VERSION:12}; the same text {@link #rowReference} gives. */
    String coveredRow() {
        return rowReference(type, rowId);
    }

    static String rowReference(Type type, long rowId) {
        return rowReference(type.name(), rowId);
    }

    private static String rowReference(String type, long rowId) {
        return type + ":" + rowId;
    }

    /** The entry's kind as people read it: {@code version} or {@code signature}. */
    String kind() {
        return type.toLowerCase(Locale.ROOT);
    }

    long rowId() {
        return rowId;
    }

    /** The record named in this entry; empty when the names themselves were edited into nonsense. */
    Optional<RecordKey> key() {
        return RecordNames.of(teamId, recordType, subjectKey);
    }

    int versionNumber() {
        return versionNumber;
    }

    String payloadSha256() {
        return payloadSha256;
    }

    String previousHash() {
        return previousHash;
    }

    String entryHash() {
        return entryHash;
    }
}
