package com.appraisalbot.approvals;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Person;
import com.appraisalbot.signing.RecordKey;
import com.appraisalbot.signing.RecordVersion;
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
import java.util.Optional;

/**
 * One signed record version sent to someone for approval (agreed objectives to the appraiser; a
 * review to the appraiser or an SLT member), and where the message asking them is, so that the
 * decision can replace its buttons in place.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_id", nullable = false)
    private long versionId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "record_type", nullable = false, length = 64)
    private String recordType;

    @Column(name = "subject_key", nullable = false, length = 191)
    private String subjectKey;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "subject_person_id")
    private Person subject;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "approver_person_id")
    private Person approver;

    @Column(name = "approver_role", nullable = false, length = 32)
    private String approverRole;

    @Column(name = "cycle_start_year", nullable = false)
    private int cycleStartYear;

    @Column(name = "channel_id", length = 32)
    private String channelId;

    @Column(name = "message_ts", length = 32)
    private String messageTs;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    protected ApprovalRequest() {}

    ApprovalRequest(
            RecordVersion version, Person subject, Person approver, String approverRole, CycleYear year, Instant at) {
        this.versionId = version.id();
        this.versionNumber = version.number();
        this.teamId = version.key().teamId();
        this.recordType = version.key().recordType();
        this.subjectKey = version.key().subjectKey();
        this.subject = subject;
        this.approver = approver;
        this.approverRole = approverRole;
        this.cycleStartYear = year.startYear();
        this.requestedAt = at;
    }

    public long id() {
        return id;
    }

    public long versionId() {
        return versionId;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public RecordKey recordKey() {
        return new RecordKey(teamId, recordType, subjectKey);
    }

    public String recordType() {
        return recordType;
    }

    /** Whose record it is: the case manager whose objectives or review it holds. */
    public Person subject() {
        return subject;
    }

    /** Who was asked to approve, as assigned when the version was sent. */
    public Person approver() {
        return approver;
    }

    /** The role the approver signs in, such as {@code APPRAISER}. */
    public String approverRole() {
        return approverRole;
    }

    public CycleYear year() {
        return new CycleYear(cycleStartYear);
    }

    /** The DM asking for the decision, once it has been sent. */
    public Optional<MessageRef> message() {
        return channelId == null || messageTs == null
                ? Optional.empty()
                : Optional.of(new MessageRef(channelId, messageTs));
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    void messageSent(MessageRef message) {
        this.channelId = message.channel();
        this.messageTs = message.ts();
    }

    /** Where a Slack message is: its channel and timestamp. */
    public record MessageRef(String channel, String ts) {}
}
