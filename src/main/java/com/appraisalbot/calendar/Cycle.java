package com.appraisalbot.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A provision's cycle year with its deadlines and reminder rules, as set by an admin. */
@Entity
@Table(name = "cycle")
public class Cycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "planning_deadline", nullable = false)
    private LocalDate planningDeadline;

    @Column(name = "midpoint_deadline", nullable = false)
    private LocalDate midpointDeadline;

    @Column(name = "final_review_deadline", nullable = false)
    private LocalDate finalReviewDeadline;

    @Column(name = "pay_panel_deadline", nullable = false)
    private LocalDate payPanelDeadline;

    /** Days before each deadline on which reminders go out, such as "14,7,1". */
    @Column(name = "reminder_days", nullable = false, length = 100)
    private String reminderDays;

    @Column(name = "escalation_days", nullable = false)
    private int escalationDays;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long revision;

    protected Cycle() {}

    Cycle(String teamId, CycleYear year, Instant openedAt) {
        this.teamId = teamId;
        this.startYear = year.startYear();
        this.openedAt = openedAt;
        this.updatedAt = openedAt;
        setDeadlines(PolicyDefaults.deadlines(year));
        setReminderRules(PolicyDefaults.REMINDER_DAYS, PolicyDefaults.ESCALATION_DAYS);
    }

    public Long id() {
        return id;
    }

    public String teamId() {
        return teamId;
    }

    public CycleYear year() {
        return new CycleYear(startYear);
    }

    public LocalDate deadline(Stage stage) {
        return deadlines().get(stage);
    }

    public Map<Stage, LocalDate> deadlines() {
        Map<Stage, LocalDate> deadlines = new EnumMap<>(Stage.class);
        deadlines.put(Stage.PLANNING, planningDeadline);
        deadlines.put(Stage.MIDPOINT_REVIEW, midpointDeadline);
        deadlines.put(Stage.FINAL_REVIEW, finalReviewDeadline);
        deadlines.put(Stage.PAY_PANEL, payPanelDeadline);
        return deadlines;
    }

    /** Reminder days before a deadline, largest first. */
    public List<Integer> reminderDays() {
        return Arrays.stream(reminderDays.split(","))
                .map(String::trim)
                .map(Integer::valueOf)
                .sorted((a, b) -> b - a)
                .toList();
    }

    public int escalationDays() {
        return escalationDays;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    void setDeadlines(Map<Stage, LocalDate> deadlines) {
        this.planningDeadline = deadlines.get(Stage.PLANNING);
        this.midpointDeadline = deadlines.get(Stage.MIDPOINT_REVIEW);
        this.finalReviewDeadline = deadlines.get(Stage.FINAL_REVIEW);
        this.payPanelDeadline = deadlines.get(Stage.PAY_PANEL);
    }

    void setReminderRules(List<Integer> reminderDays, int escalationDays) {
        this.reminderDays = reminderDays.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.escalationDays = escalationDays;
    }

    void touch(Instant at) {
        this.updatedAt = at;
    }
}
