package com.appraisalbot.people;

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

/** Who appraises a case manager in one cycle year. A case manager has one appraiser per year. */
@Entity
@Table(name = "appraiser_assignment")
public class AppraiserAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cycle_start_year", nullable = false)
    private int cycleStartYear;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "case_manager_id")
    private Person caseManager;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "appraiser_id")
    private Person appraiser;

    @Column(name = "assigned_by", nullable = false, length = 32)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected AppraiserAssignment() {}

    AppraiserAssignment(int cycleStartYear, Person caseManager, Person appraiser, String assignedBy, Instant at) {
        this.cycleStartYear = cycleStartYear;
        this.caseManager = caseManager;
        this.appraiser = appraiser;
        this.assignedBy = assignedBy;
        this.assignedAt = at;
    }

    public int cycleStartYear() {
        return cycleStartYear;
    }

    public Person caseManager() {
        return caseManager;
    }

    public Person appraiser() {
        return appraiser;
    }

    void reassign(Person newAppraiser, String by, Instant at) {
        this.appraiser = newAppraiser;
        this.assignedBy = by;
        this.assignedAt = at;
    }
}
