package com.appraisalbot.objectives;

import com.appraisalbot.approvals.LatestRequest;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Duty;
import com.appraisalbot.progress.StageWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What is outstanding at the planning stage: the case manager writing (or revising) and submitting
 * their objectives, then their appraiser approving them. Agreed objectives leave nothing to do.
 * One query for any number of case managers.
 */
@ApplicationScoped
public class ObjectivesStageWork implements StageWork {

    private final Objectives objectives;

    @Inject
    public ObjectivesStageWork(Objectives objectives) {
        this.objectives = objectives;
    }

    @Override
    public Stage stage() {
        return Stage.PLANNING;
    }

    @Override
    public Map<Long, Duty> outstanding(Collection<AppraiserAssignment> assignments, CycleYear year) {
        Map<Long, LatestRequest> latest = objectives.latest(
                year, assignments.stream().map(a -> a.caseManager().id()).toList());
        Map<Long, Duty> duties = new HashMap<>();
        for (AppraiserAssignment assignment : assignments) {
            long caseManagerId = assignment.caseManager().id();
            LatestRequest request = latest.get(caseManagerId);
            if (request == null || request.returned()) {
                String action =
                        request == null ? "Write and submit your objectives" : "Revise and resubmit your objectives";
                duties.put(
                        caseManagerId,
                        new Duty(Stage.PLANNING, caseManagerId, Role.CASE_MANAGER, caseManagerId, action));
            } else if (request.awaitingDecision()) {
                duties.put(
                        caseManagerId,
                        new Duty(
                                Stage.PLANNING,
                                caseManagerId,
                                Role.APPRAISER,
                                assignment.appraiser().id(),
                                "Approve " + assignment.caseManager().displayName() + "'s objectives"));
            }
        }
        return duties;
    }
}
