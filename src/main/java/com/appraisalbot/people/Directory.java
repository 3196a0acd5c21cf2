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

    private final Transactions transactions;

    @Inject
    public Directory(Transactions transactions) {
        this.transactions = transactions;
    }

    public Optional<Person> find(String teamId, String slackUserId) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from Person where teamId = :team and slackUserId = :user", Person.class)
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
                        "from Person where teamId = :team order by displayName, id", Person.class)
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

    /** Every assignment in a team's cycle year. */
    public List<AppraiserAssignment> assignments(String teamId, CycleYear year) {
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from AppraiserAssignment where caseManager.teamId = :team and cycleStartYear = :year"
                                + " order by caseManager.displayName, id",
                        AppraiserAssignment.class)
                .setParameter("team", teamId)
                .setParameter("year", year.startYear())
                .getResultList());
    }
}
