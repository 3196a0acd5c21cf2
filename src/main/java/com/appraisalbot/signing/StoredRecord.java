package com.appraisalbot.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A row of {@code signed_record}: a record's name, and the row an append locks. */
@Entity
@Table(name = "signed_record")
public class StoredRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id")
    private String teamId;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "subject_key")
    private String subjectKey;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StoredRecord() {}

    long id() {
        return id;
    }

    RecordKey key() {
        return new RecordKey(teamId, recordType, subjectKey);
    }

    /** The record's name as the verifier reads it: empty when the row was edited into nonsense. */
    Optional<RecordKey> checkedKey() {
        return RecordNames.of(teamId, recordType, subjectKey);
    }

    /** The record's name, exactly as stored, for hashing. */
    String storedName() {
        return String.join("\n", teamId, recordType, subjectKey);
    }
}
