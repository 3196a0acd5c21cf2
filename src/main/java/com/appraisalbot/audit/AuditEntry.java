package com.appraisalbot.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One thing that happened, who did it and when: the record leaders keep of decisions. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "actor_user_id", nullable = false, length = 32)
    private String actorUserId;

    @Column(name = "action", nullable = false, length = 64)
    private String action;

    @Column(name = "detail", nullable = false, length = 1000)
    private String detail;

    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;

    protected AuditEntry() {}

    AuditEntry(String teamId, String actorUserId, String action, String detail, Instant happenedAt) {
        this.teamId = teamId;
        this.actorUserId = actorUserId;
        this.action = action;
        this.detail = detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.happenedAt = happenedAt;
    }

    public String teamId() {
        return teamId;
    }

    public String actorUserId() {
        return actorUserId;
    }

    public String action() {
        return action;
    }

    public String detail() {
        return detail;
    }

    public Instant happenedAt() {
        return happenedAt;
    }
}
