package com.appraisalbot.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A case manager's review of one kind in one cycle year: its status, the answers typed so far, the
 * last return's reason, and the approval messages to update in place. Not signed: the signed
 * versions live in {@code signing}.
 */
@Entity
@Table(name = "review_state")
public class ReviewState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "case_manager_id", nullable = false)
    private long caseManagerId;

    @Column(name = "cycle_start_year", nullable = false)
    private int cycleStartYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private ReviewKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 32)
    private ReviewStatus status;

    @Lob
    @Column(name = "draft", nullable = false, columnDefinition = "mediumtext")
    private String draft;

    @Column(name = "returned_reason", length = 1500)
    private String returnedReason;

    @Column(name = "returned_by", length = 32)
    private String returnedBy;

    @Column(name = "appraiser_channel", length = 32)
    private String appraiserChannel;

    @Column(name = "appraiser_ts", length = 32)
    private String appraiserTs;

    @Column(name = "slt_messages", length = 4000)
    private String sltMessages;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long revision;

    protected ReviewState() {}

    ReviewState(String teamId, long caseManagerId, int cycleStartYear, ReviewKind kind, Instant at) {
        this.teamId = teamId;
        this.caseManagerId = caseManagerId;
        this.cycleStartYear = cycleStartYear;
        this.kind = kind;
        this.status = ReviewStatus.DRAFT;
        this.draft = Review.empty(kind).toJson();
        this.updatedAt = at;
    }

    public long caseManagerId() {
        return caseManagerId;
    }

    public ReviewKind kind() {
        return kind;
    }

    public ReviewStatus status() {
        return status;
    }

    /** The answers typed so far, saved or not yet submitted. */
    public Review draft() {
        return Review.fromJson(draft);
    }

    /** Why it was last returned; null when it never was, or was sent on since. */
    public String returnedReason() {
        return returnedReason;
    }

    /** The Slack user ID of whoever last returned it. */
    public String returnedBy() {
        return returnedBy;
    }

    public String appraiserChannel() {
        return appraiserChannel;
    }

    public String appraiserTs() {
        return appraiserTs;
    }

    /** The SLT members' sign-off messages, each as {@code channel:ts}. */
    public List<String> sltMessages() {
        return sltMessages == null || sltMessages.isEmpty() ? List.of() : Arrays.asList(sltMessages.split(","));
    }

    void saveDraft(Review review, Instant at) {
        this.draft = review.toJson();
        this.updatedAt = at;
    }

    void moveTo(ReviewStatus next, Instant at) {
        this.status = next;
        this.updatedAt = at;
    }

    void returned(String reason, String byUserId, ReviewStatus next, Instant at) {
        this.returnedReason = reason;
        this.returnedBy = byUserId;
        moveTo(next, at);
    }

    void clearReturn() {
        this.returnedReason = null;
        this.returnedBy = null;
    }

    void appraiserMessage(String channel, String ts) {
        this.appraiserChannel = channel;
        this.appraiserTs = ts;
    }

    void sltMessages(List<String> messages) {
        this.sltMessages = String.join(",", messages);
    }
}
