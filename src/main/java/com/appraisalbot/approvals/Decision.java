package com.appraisalbot.approvals;

import com.appraisalbot.people.Person;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one decision on a version sent for approval: approved (and signed), or returned with a comment. */
@Entity
@Table(name = "approval_decision")
public class Decision {

    /** What the approver decided. */
    public enum Outcome {
        APPROVED,
        RETURNED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 16)
    private Outcome outcome;

    @Column(name = "comment", nullable = false, length = 2000)
    private String comment;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "decided_by_person_id")
    private Person decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Decision() {}

    Decision(long versionId, Outcome outcome, String comment, Person decidedBy, Instant decidedAt) {
        this.versionId = versionId;
        this.outcome = outcome;
        this.comment = comment;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }

    public long versionId() {
        return versionId;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The approver's reason for returning; empty for an approval. */
    public String comment() {
        return comment;
    }

    public Person decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
