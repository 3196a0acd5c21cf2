package com.appraisalbot.objectives;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Progress a case manager logged against one objective during the year, with where the evidence
 * is. The link refers to a record kept elsewhere; the app keeps no copy of it.
 */
@Entity
@Table(name = "progress_entry")
public class ProgressEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_manager_id", nullable = false)
    private long caseManagerId;

    @Column(name = "cycle_start_year", nullable = false)
    private int cycleStartYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "objective_area", nullable = false, length = 32)
    private ObjectiveArea area;

    @Column(name = "what_happened", nullable = false, length = 2000)
    private String whatHappened;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_source", nullable = false, length = 32)
    private EvidenceSource source;

    @Column(name = "link", length = 500)
    private String link;

    @Column(name = "happened_on", nullable = false)
    private LocalDate happenedOn;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 32)
    private String createdBy;

    protected ProgressEntry() {}

    ProgressEntry(long caseManagerId, int cycleStartYear, ProgressLog.Entry entry, String createdBy, Instant at) {
        this.caseManagerId = caseManagerId;
        this.cycleStartYear = cycleStartYear;
        this.area = entry.area();
        this.whatHappened = entry.whatHappened();
        this.source = entry.source();
        this.link = entry.link().isBlank() ? null : entry.link();
        this.happenedOn = entry.happenedOn();
        this.createdBy = createdBy;
        this.createdAt = at;
    }

    public long id() {
        return id;
    }

    public ObjectiveArea area() {
        return area;
    }

    public String whatHappened() {
        return whatHappened;
    }

    public EvidenceSource source() {
        return source;
    }

    public Optional<String> link() {
        return Optional.ofNullable(link);
    }

    public LocalDate happenedOn() {
        return happenedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
