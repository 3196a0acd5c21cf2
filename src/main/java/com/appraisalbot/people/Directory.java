package com.appraisalbot.people;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.persistence.Transactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Looks people and appraiser assignments up. Read-only; {@link PeopleAdmin} changes them. */
@ApplicationScoped
public class Directory {

    /** Fetches both people and their roles with the assignment, so a list of hundreds is one statement. */
    private static final String ASSIGNMENTS_WITH_PEOPLE = "select a from AppraiserAssignment a"
            + " join fetch a.caseManager cm left join fetch cm.roles"
            + " join fetch a.appraiser ap left join fetch ap.roles";

    private final Transactions transactions;

    @Inject
    public Directory(Transactions transactions) {
        this.transactions = transactions;
    }

    public Optional<Person> find(String teamId, String slackUserId) {
        // Roles fetched in the same query: every request identifies its sender first.
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from Person p left join fetch p.roles where p.teamId = :team and p.slackUserId = :user",
                        Person.class)
                .setParameter("team", teamId)
                .setParameter("user", slackUserId)
                .uniqueResultOptional());
    }

    public Optional<Person> byId(long personId) {
        return transactions.inTransaction(session -> Optional.ofNullable(session.find(Person.class, personId)));
    }

    /** Everyone in the team, by name. */
    public List<Person> everyone(String teamId) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "select p from Person p left join fetch p.roles where p.teamId = :team"
                                + " order by p.displayName, p.id",
                        Person.class)
                .setParameter("team", teamId)
                .getResultList());
    }

    public Optional<Person> appraiserOf(Person caseManager, CycleYear year) {
        return assignmentOf(caseManager, year).map(AppraiserAssignment::appraiser);
    }

    public Optional<AppraiserAssignment> assignmentOf(Person caseManager, CycleYear year) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from AppraiserAssignment where caseManager.id = :cm and cycleStartYear = :year",
                        AppraiserAssignment.class)
                .setParameter("cm", caseManager.id())
                .setParameter("year", year.startYear())
                .uniqueResultOptional());
    }

    /** The case managers a person appraises in a cycle year, by name. */
    public List<Person> appraiseesOf(Person appraiser, CycleYear year) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "select a.caseManager from AppraiserAssignment a where a.appraiser.id = :appraiser"
                                + " and a.cycleStartYear = :year order by a.caseManager.displayName,"
                                + " a.caseManager.id",
                        Person.class)
                .setParameter("appraiser", appraiser.id())
                .setParameter("year", year.startYear())
                .getResultList());
    }

    /** Every assignment in a team's cycle year, by case manager's name, in one query. */
    public List<AppraiserAssignment> assignments(String teamId, CycleYear year) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        ASSIGNMENTS_WITH_PEOPLE + " where cm.teamId = :team and a.cycleStartYear = :year"
                                + " order by cm.displayName, cm.id",
                        AppraiserAssignment.class)
                .setParameter("team", teamId)
                .setParameter("year", year.startYear())
                .getResultList());
    }

    /** The assignments of the case managers a person appraises in a cycle year, by name, in one query. */
    public List<AppraiserAssignment> assignmentsOfAppraiser(Person appraiser, CycleYear year) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        ASSIGNMENTS_WITH_PEOPLE + " where ap.id = :appraiser and a.cycleStartYear = :year"
                                + " order by cm.displayName, cm.id",
                        AppraiserAssignment.class)
                .setParameter("appraiser", appraiser.id())
                .setParameter("year", year.startYear())
                .getResultList());
    }
}
