package com.appraisalbot.reminders;

import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Role;
import com.appraisalbot.persistence.Transactions;
import com.appraisalbot.progress.Progress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads {@link CycleState}s in bulk: a handful of queries per team whatever its size, so that a
 * provision of thousands is planned in well under a second.
 */
@ApplicationScoped
class CycleStates {

    private final Transactions transactions;
    private final Progress progress;

    @Inject
    CycleStates(Transactions transactions, Progress progress) {
        this.transactions = transactions;
        this.progress = progress;
    }

    /**
     * The cycles whose reminders may be due on {@code today}: each team's cycle of this year and of
     * the year before, whose pay panel falls in this year's autumn.
     */
    List<Cycle> live(LocalDate today) {
        CycleYear current = CycleYear.containing(today);
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "from Cycle where startYear in (:years) order by teamId, startYear", Cycle.class)
                .setParameter(
                        "years", List.of(current.startYear(), current.previous().startYear()))
                .getResultList());
    }

    Optional<CycleState> load(String teamId, CycleYear year) {
        return transactions
                .inTransaction(session -> Optional.ofNullable(session.createSelectionQuery(
                                "from Cycle where teamId = :team and startYear = :year", Cycle.class)
                        .setParameter("team", teamId)
                        .setParameter("year", year.startYear())
                        .uniqueResult()))
                .map(this::load);
    }

    CycleState load(Cycle cycle) {
        List<AppraiserAssignment> assignments = assignments(cycle.teamId(), cycle.year());
        Map<Long, Long> appraiserOf = new HashMap<>();
        assignments.forEach(
                a -> appraiserOf.put(a.caseManager().id(), a.appraiser().id()));
        Roster roster = roster(cycle.teamId(), appraiserOf);
        return new CycleState(CycleDates.of(cycle), roster, progress.outstanding(assignments, cycle.year()));
    }

    private List<AppraiserAssignment> assignments(String teamId, CycleYear year) {
        // Fetched with both people and their roles in one query: Person's roles are eager, and
        // loading them one person at a time would cost a query per person. No "distinct":
        // Hibernate drops the repeated rows of a fetched collection itself, while SQL's DISTINCT
        // made MariaDB sort every wide row of the join.
        return transactions.inTransaction(session -> session.createSelectionQuery(
                        "select a from AppraiserAssignment a join fetch a.caseManager cm"
                                + " left join fetch cm.roles join fetch a.appraiser ap left join fetch ap.roles"
                                + " where cm.teamId = :team and a.cycleStartYear = :year",
                        AppraiserAssignment.class)
                .setParameter("team", teamId)
                .setParameter("year", year.startYear())
                .getResultList());
    }

    private Roster roster(String teamId, Map<Long, Long> appraiserOf) {
        Map<Long, Roster.Member> people = new HashMap<>();
        Map<Role, Set<Long>> holders = new EnumMap<>(Role.class);
        List<Object[]> rows = transactions.inTransaction(session -> session.createNativeQuery(
                        "select p.id, p.slack_user_id, p.display_name, p.time_zone, r.role from person p"
                                + " left join person_role r on r.person_id = p.id where p.team_id = :team",
                        Object[].class)
                .setParameter("team", teamId)
                .getResultList());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            people.computeIfAbsent(
                    id, k -> new Roster.Member(id, (String) row[1], (String) row[2], ZoneId.of((String) row[3])));
            if (row[4] != null) {
                holders.computeIfAbsent(Role.valueOf((String) row[4]), r -> new HashSet<>())
                        .add(id);
            }
        }
        return new Roster(people, appraiserOf, holders);
    }
}
