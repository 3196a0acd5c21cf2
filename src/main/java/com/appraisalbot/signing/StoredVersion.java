package com.appraisalbot.signing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code record_version}; never updated once inserted. */
@Entity
@Table(name = "record_version")
public class StoredVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "record_id")
    private StoredRecord record;

    @Column(name = "version_number")
    private int number;

    @Column(name = "content")
    private String content;

    @Column(name = "content_sha256")
    private String contentSha256;

    @Column(name = "created_by_team_id")
    private String createdByTeamId;

    @Column(name = "created_by_user_id")
    private String createdByUserId;

    @Column(name = "created_by_role")
    private String createdByRole;

    @Column(name = "created_at")
    private Instant createdAt;

    protected StoredVersion() {}

    StoredVersion(StoredRecord record, int number, String content, Signer createdBy, Instant createdAt) {
        this.record = record;
        this.number = number;
        this.content = content;
        this.contentSha256 = Digests.sha256(content);
        this.createdByTeamId = createdBy.teamId();
        this.createdByUserId = createdBy.userId();
        this.createdByRole = createdBy.role();
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    StoredRecord record() {
        return record;
    }

    int number() {
        return number;
    }

    String content() {
        return content;
    }

    String contentSha256() {
        return contentSha256;
    }

    RecordVersion toRecordVersion() {
        Signer createdBy = new Signer(createdByTeamId, createdByUserId, createdByRole);
        return new RecordVersion(id, record.key(), number, content, contentSha256, createdBy, createdAt);
    }

    /**
     * Every column as one text, hashed into the version's ledger entry, so that any edit of the row
     * (content and its hash together, the author, the record it belongs to) shows.
     */
    String ledgerPayload() {
        return String.join(
                "\n",
                "version",
                record.storedName(),
                Integer.toString(number),
                contentSha256,
                createdByTeamId,
                createdByUserId,
                createdByRole,
                createdAt.toString());
    }
}
