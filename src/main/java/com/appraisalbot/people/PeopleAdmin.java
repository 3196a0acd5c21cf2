package com.appraisalbot.people;

import com.appraisalbot.access.Access;
import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.config.Settings;
import com.appraisalbot.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/** Adds people, sets their roles and assigns appraisers. Every change is checked and audited. */
@ApplicationScoped
public class PeopleAdmin {

    private final Transactions transactions;
    private final Access access;
    private final AuditLog auditLog;
    private final Clock clock;
    private final List<String> bootstrapAdmins;

    @Inject
    public PeopleAdmin(Transactions transactions, Access access, AuditLog auditLog, Clock clock, Settings settings) {
        this.transactions = transactions;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
        this.bootstrapAdmins = settings.admin().userIds().orElse(List.of()).stream()
                .map(String::trim)
                .toList();
    }

    /** Whether a Slack user is named in {@code ADMIN_USER_IDS}. */
    public boolean isBootstrapAdmin(String slackUserId) {
        return bootstrapAdmins.contains(slackUserId);
    }

    /**
     * Registers a person named in {@code ADMIN_USER_IDS} the first time they use the app, as admin;
     * returns them as they are if already known (making sure they still hold the role).
     */
    public Person registerBootstrapAdmin(String teamId, String slackUserId, Profile profile) {
        if (!isBootstrapAdmin(slackUserId)) {
            throw new IllegalArgumentException(slackUserId + " is not in ADMIN_USER_IDS");
        }
        return transactions.inTransaction(session -> {
            Person person = findOrCreate(session, teamId, slackUserId, profile);
            if (!person.holds(Role.ADMIN)) {
                person.grant(Role.ADMIN);
                auditLog.record(session, teamId, slackUserId, "role-granted", "ADMIN from ADMIN_USER_IDS");
            }
            return person;
        });
    }

    /** Adds a person if new and gives them exactly {@code roles}. Only admins may. */
    public Person setRoles(Person admin, String slackUserId, Profile profile, Set<Role> roles, String designation) {
        access.requireAdmin(admin);
        if (Objects.equals(admin.slackUserId(), slackUserId) && !roles.contains(Role.ADMIN)) {
            throw new InvalidSetup(
                    InvalidSetup.Field.ROLES,
                    "You cannot take the Admin role from yourself; ask another admin to do it.");
        }
        if (isBootstrapAdmin(slackUserId) && !roles.contains(Role.ADMIN)) {
            throw new InvalidSetup(
                    InvalidSetup.Field.ROLES,
                    "This person is listed in the ADMIN_USER_IDS setting, so they are made an admin again"
                            + " whenever they use the app. To take the Admin role away, remove them from"
                            + " ADMIN_USER_IDS and restart Appraisal Bot; then save them here without it.");
        }
        return transactions.inTransaction(session -> {
            Person person = findOrCreate(session, admin.teamId(), slackUserId, profile);
            EnumSet<Role> before =
                    person.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(person.roles());
            before.stream().filter(r -> !roles.contains(r)).forEach(person::revoke);
            roles.forEach(person::grant);
            if (designation != null) {
                person.setDesignation(designation.isBlank() ? null : designation.trim());
            }
            auditLog.record(
                    session,
                    admin.teamId(),
                    admin.slackUserId(),
                    "roles-set",
                    slackUserId + ": " + before + " -> " + person.roles());
            return person;
        });
    }

    /**
     * Makes {@code appraiserUserId} the appraiser of {@code caseManagerUserId} for a cycle year,
     * replacing any earlier assignment for that year. Both must already hold the right roles.
     */
    public AppraiserAssignment assignAppraiser(
            Person admin, CycleYear year, String caseManagerUserId, String appraiserUserId) {
        access.requireAdmin(admin);
        if (caseManagerUserId.equals(appraiserUserId)) {
            throw new InvalidSetup(
                    InvalidSetup.Field.APPRAISER, "A case manager cannot be their own appraiser. Choose someone else.");
        }
        return transactions.inTransaction(session -> {
            Person caseManager = withRole(session, admin.teamId(), caseManagerUserId, Role.CASE_MANAGER);
            Person appraiser = withRole(session, admin.teamId(), appraiserUserId, Role.APPRAISER);
            AppraiserAssignment assignment = assign(session, year, caseManager, appraiser, admin.slackUserId());
            auditLog.record(
                    session,
                    admin.teamId(),
                    admin.slackUserId(),
                    "appraiser-assigned",
                    year.label() + ": " + caseManagerUserId + " appraised by " + appraiserUserId);
            return assignment;
        });
    }

    /** Copies every assignment of one cycle year to the next, leaving the old year's untouched. */
    public int carryAssignmentsOver(Session session, String teamId, CycleYear from) {
        List<AppraiserAssignment> previous = session.createSelectionQuery(
                        "from AppraiserAssignment where caseManager.teamId = :team and cycleStartYear = :year",
                        AppraiserAssignment.class)
                .setParameter("team", teamId)
                .setParameter("year", from.startYear())
                .getResultList();
        previous.forEach(a -> assign(session, from.next(), a.caseManager(), a.appraiser(), "carried-over"));
        return previous.size();
    }

    /** Updates a person's name and time zone from Slack; returns them as now stored, if they still exist. */
    public Optional<Person> refreshProfile(long personId, Profile profile) {
        return transactions.inTransaction(session -> {
            Person person = session.find(Person.class, personId);
            if (person != null) {
                person.refreshProfile(profile.displayName(), profile.timeZone(), clock.instant());
            }
            return Optional.ofNullable(person);
        });
    }

    private AppraiserAssignment assign(
            Session session, CycleYear year, Person caseManager, Person appraiser, String by) {
        AppraiserAssignment existing = session.createSelectionQuery(
                        "from AppraiserAssignment where caseManager.id = :cm and cycleStartYear = :year",
                        AppraiserAssignment.class)
                .setParameter("cm", caseManager.id())
                .setParameter("year", year.startYear())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .uniqueResult();
        if (existing != null) {
            existing.reassign(appraiser, by, clock.instant());
            return existing;
        }
        AppraiserAssignment created =
                new AppraiserAssignment(year.startYear(), caseManager, appraiser, by, clock.instant());
        session.persist(created);
        return created;
    }

    private Person withRole(Session session, String teamId, String slackUserId, Role role) {
        Person person = find(session, teamId, slackUserId);
        if (person == null || !person.holds(role)) {
            String who = person == null ? "That person" : person.displayName();
            InvalidSetup.Field field =
                    role == Role.CASE_MANAGER ? InvalidSetup.Field.CASE_MANAGER : InvalidSetup.Field.APPRAISER;
            throw new InvalidSetup(
                    field, who + " needs the " + role.label() + " role first. Set their roles, then assign them.");
        }
        return person;
    }

    private Person findOrCreate(Session session, String teamId, String slackUserId, Profile profile) {
        Person person = find(session, teamId, slackUserId);
        if (person == null) {
            person = new Person(teamId, slackUserId, profile.displayName(), profile.timeZone(), clock.instant());
            session.persist(person);
        } else {
            person.refreshProfile(profile.displayName(), profile.timeZone(), clock.instant());
        }
        return person;
    }

    private static Person find(Session session, String teamId, String slackUserId) {
        return session.createSelectionQuery("from Person where teamId = :team and slackUserId = :user", Person.class)
                .setParameter("team", teamId)
                .setParameter("user", slackUserId)
                .uniqueResult();
    }
}
