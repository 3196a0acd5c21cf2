package com.appraisalbot.access;

import com.appraisalbot.audit.AuditLog;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides who may see or do what. Every handler asks here, on the server, with
 * the person it resolved from the request's signed user ID: never from a button's value.
 *
 * <ul>
 *   <li>A case manager sees only their own records.
 *   <li>An appraiser sees their appraisees' records for the cycle year they appraise them in.
 *   <li>SLT members and the Head of Services see everyone's.
 *   <li>Admins set the provision up; that alone shows them no appraisal records.
 *   <li>Nobody approves or signs for themselves as appraiser or SLT member.
 * </ul>
 */
@ApplicationScoped
public class Access {

    private static final Logger LOG = LoggerFactory.getLogger(Access.class);

    private final Directory directory;
    private final AuditLog auditLog;

    @Inject
    public Access(Directory directory, AuditLog auditLog) {
        this.directory = directory;
        this.auditLog = auditLog;
    }

    public boolean seesWholeProvision(Person viewer) {
        return viewer.holds(Role.SLT_MEMBER) || viewer.holds(Role.HEAD_OF_SERVICES);
    }

    public boolean maySeeRecordsOf(Person viewer, Person subject, CycleYear year) {
        return sameTeam(viewer, subject)
                && (isSelf(viewer, subject) || seesWholeProvision(viewer) || isAppraiserOf(viewer, subject, year));
    }

    /** Whether {@code actor} is the assigned appraiser of {@code subject} in that year (never themselves). */
    public boolean isAppraiserOf(Person actor, Person subject, CycleYear year) {
        return sameTeam(actor, subject)
                && !isSelf(actor, subject)
                && actor.holds(Role.APPRAISER)
                && directory
                        .appraiserOf(subject, year)
                        .map(a -> isSelf(a, actor))
                        .orElse(false);
    }

    public boolean maySignAsSlt(Person actor, Person subject) {
        return sameTeam(actor, subject) && !isSelf(actor, subject) && actor.holds(Role.SLT_MEMBER);
    }

    /**
     * Whether {@code actor} may review and sign {@code subject}'s final review for the SLT: an SLT
     * member who is neither the case manager nor their appraiser that year, so that the SLT's check
     * is always someone else's.
     */
    public boolean maySignReviewAsSlt(Person actor, Person subject, CycleYear year) {
        return maySignAsSlt(actor, subject) && !isAppraiserOf(actor, subject, year);
    }

    /** Whether {@code actor} is {@code subject} acting on their own review as a case manager. */
    public boolean isOwnCaseManagerRecord(Person actor, Person subject) {
        return isSelf(actor, subject) && actor.holds(Role.CASE_MANAGER);
    }

    public boolean mayAdminister(Person actor) {
        return actor.holds(Role.ADMIN);
    }

    public void requireSeeRecordsOf(Person viewer, Person subject, CycleYear year) {
        require(
                maySeeRecordsOf(viewer, subject, year),
                viewer,
                "see the records of person " + subject.id(),
                "You can only see your own appraisal records, or those of the people you appraise.");
    }

    public void requireAppraiserOf(Person actor, Person subject, CycleYear year) {
        require(
                isAppraiserOf(actor, subject, year),
                actor,
                "act as appraiser of person " + subject.id(),
                "Only " + subject.displayName() + "'s assigned appraiser for " + year.label() + " can do this.");
    }

    public void requireSltSignatory(Person actor, Person subject) {
        require(
                maySignAsSlt(actor, subject),
                actor,
                "sign as SLT for person " + subject.id(),
                "Only an SLT member other than " + subject.displayName() + " can sign this review for the SLT.");
    }

    public void requireSltReviewer(Person actor, Person subject, CycleYear year) {
        require(
                maySignReviewAsSlt(actor, subject, year),
                actor,
                "review as SLT for person " + subject.id(),
                "Only an SLT member who is neither " + subject.displayName()
                        + " nor their appraiser can review and sign this for the SLT.");
    }

    public void requireOwnCaseManagerRecord(Person actor, Person subject) {
        require(
                isOwnCaseManagerRecord(actor, subject),
                actor,
                "act as case manager on the record of person " + subject.id(),
                "Only " + subject.displayName() + " can write and sign their own part of this review.");
    }

    public void requireAdmin(Person actor) {
        require(
                mayAdminister(actor),
                actor,
                "administer the provision",
                "Only an admin can change the provision's setup. Ask an admin to give you the Admin role.");
    }

    public void requireRole(Person actor, Role role, String attempted) {
        require(
                actor.holds(role),
                actor,
                attempted,
                "You need the " + role.label() + " role to do this. Ask an admin if you should have it.");
    }

    private void require(boolean allowed, Person actor, String attempted, String message) {
        if (allowed) {
            return;
        }
        LOG.warn("Refused (team_id: {}, user_id: {}) to {}", actor.teamId(), actor.slackUserId(), attempted);
        auditLog.record(actor.teamId(), actor.slackUserId(), "access-denied", attempted);
        throw new AccessDenied(message);
    }

    private static boolean sameTeam(Person a, Person b) {
        return Objects.equals(a.teamId(), b.teamId());
    }

    private static boolean isSelf(Person a, Person b) {
        return Objects.equals(a.id(), b.id());
    }
}
