package com.appraisalbot.objectives;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What a case manager has typed so far for a cycle year, saved on every step so that nothing is
 * lost when a modal closes. Slack keeps no drafts for us.
 */
@Entity
@Table(name = "objectives_draft")
public class ObjectivesDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_manager_id", nullable = false)
    private long caseManagerId;

    @Column(name = "cycle_start_year", nullable = false)
    private int cycleStartYear;

    @Lob
    @Column(name = "content", nullable = false, columnDefinition = "mediumtext")
    private String content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long revision;

    protected ObjectivesDraft() {}

    ObjectivesDraft(long caseManagerId, int cycleStartYear, ObjectivesPlan plan, Instant at) {
        this.caseManagerId = caseManagerId;
        this.cycleStartYear = cycleStartYear;
        update(plan, at);
    }

    public ObjectivesPlan plan() {
        return PlanCodec.read(content);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The draft in canonical form, to compare with what was submitted. */
    String content() {
        return content;
    }

    void update(ObjectivesPlan plan, Instant at) {
        this.content = PlanCodec.write(plan);
        this.updatedAt = at;
    }
}
