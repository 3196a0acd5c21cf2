package com.appraisalbot.reviews;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Role;
import com.appraisalbot.persistence.Transactions;
import com.appraisalbot.progress.Duty;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What is outstanding at one review stage, for many case managers in one query. */
final class ReviewWork {

    private ReviewWork() {}

    static Map<Long, Duty> outstanding(
            Transactions transactions, ReviewKind kind, Collection<AppraiserAssignment> assignments, CycleYear year) {
        if (assignments.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = assignments.stream().map(a -> a.caseManager().id()).toList();
        Map<Long, ReviewStatus> statuses = new HashMap<>();
        transactions.run(session -> session.createSelectionQuery(
                        "select caseManagerId, status from ReviewState where caseManagerId in :ids"
                                + " and cycleStartYear = :year and kind = :kind",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("year", year.startYear())
                .setParameter("kind", kind)
                .getResultList()
                .forEach(row -> statuses.put((Long) row[0], (ReviewStatus) row[1])));
        Map<Long, Duty> duties = new HashMap<>();
        for (AppraiserAssignment assignment : assignments) {
            long id = assignment.caseManager().id();
            ReviewStatus status = statuses.getOrDefault(id, ReviewStatus.DRAFT);
            if (status != ReviewStatus.COMPLETE) {
                duties.put(id, duty(kind, status, assignment));
            }
        }
        return duties;
    }

    private static Duty duty(ReviewKind kind, ReviewStatus status, AppraiserAssignment assignment) {
        long caseManagerId = assignment.caseManager().id();
        long appraiserId = assignment.appraiser().id();
        String what = kind.label().toLowerCase();
        return switch (status) {
            case DRAFT ->
                new Duty(
                        kind.stage(),
                        caseManagerId,
                        Role.CASE_MANAGER,
                        caseManagerId,
                        "Write your " + what + " and submit it to your appraiser.");
            case RETURNED ->
                new Duty(
                        kind.stage(),
                        caseManagerId,
                        Role.CASE_MANAGER,
                        caseManagerId,
                        "Change your " + what + " as your appraiser asked, and submit it again.");
            case WITH_APPRAISER ->
                new Duty(
                        kind.stage(),
                        caseManagerId,
                        Role.APPRAISER,
                        appraiserId,
                        "Add your comments to " + assignment.caseManager().displayName() + "'s " + what
                                + ", then approve or return it.");
            case AWAITING_CASE_MANAGER_SIGNATURE ->
                new Duty(
                        kind.stage(),
                        caseManagerId,
                        Role.CASE_MANAGER,
                        caseManagerId,
                        "Read your approved " + what + " and sign it.");
            case WITH_SLT ->
                new Duty(
                        kind.stage(),
                        caseManagerId,
                        Role.SLT_MEMBER,
                        null,
                        "Review, comment on and sign "
                                + assignment.caseManager().displayName() + "'s " + what + ".");
            case COMPLETE -> throw new IllegalArgumentException("A complete review has no duty outstanding");
        };
    }
}
