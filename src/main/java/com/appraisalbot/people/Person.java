package com.appraisalbot.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Someone in the provision, known by their Slack team and user ID. Their name and time zone come
 * from Slack ({@code users.info}) and are refreshed, never typed.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "team_id", nullable = false, length = 32)
    private String teamId;

    @Column(name = "slack_user_id", nullable = false, length = 32)
    private String slackUserId;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "designation", length = 120)
    private String designation;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "profile_refreshed_at")
    private Instant profileRefreshedAt;

    protected Person() {}

    public Person(String teamId, String slackUserId, String displayName, ZoneId timeZone, Instant createdAt) {
        this.teamId = teamId;
        this.slackUserId = slackUserId;
        this.displayName = displayName;
        this.timeZone = timeZone.getId();
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String teamId() {
        return teamId;
    }

    public String slackUserId() {
        return slackUserId;
    }

    public String displayName() {
        return displayName;
    }

    public ZoneId timeZone() {
        return ZoneId.of(timeZone);
    }

    public String designation() {
        return designation;
    }

    public Set<Role> roles() {
        return Collections.unmodifiableSet(roles);
    }

    public boolean holds(Role role) {
        return roles.contains(role);
    }

    public Instant profileRefreshedAt() {
        return profileRefreshedAt;
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        roles.remove(role);
    }

    void setDesignation(String designation) {
        this.designation = designation;
    }

    void refreshProfile(String displayName, ZoneId timeZone, Instant refreshedAt) {
        this.displayName = displayName;
        this.timeZone = timeZone.getId();
        this.profileRefreshedAt = refreshedAt;
    }
}
