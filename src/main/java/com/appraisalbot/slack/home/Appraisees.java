package com.appraisalbot.slack.home;

import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Duty;
import com.appraisalbot.progress.Progress;
import com.appraisalbot.progress.Standing;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Home viewer's appraisees for the cycle year and where each stands, read at most once per
 * build however many sections show them: the list, the approvals waiting and the reviews waiting
 * all come from the same two reads. One build runs on one thread, so the memo needs no lock.
 */
public final class Appraisees {

    private final Directory directory;
    private final Progress progress;
    private final Person viewer;
    private final Cycle cycle;
    private final LocalDate today;
    private List<AppraiserAssignment> assignments;
    private Map<Long, Standing> standings;

    Appraisees(Directory directory, Progress progress, Person viewer, Cycle cycle, LocalDate today) {
        this.directory = directory;
        this.progress = progress;
        this.viewer = viewer;
        this.cycle = cycle;
        this.today = today;
    }

    /** Whom the viewer appraises this cycle year, in the directory's order; empty for a non-appraiser. */
    public List<AppraiserAssignment> assignments() {
        if (assignments == null) {
            assignments =
                    viewer.holds(Role.APPRAISER) ? directory.assignmentsOfAppraiser(viewer, cycle.year()) : List.of();
        }
        return assignments;
    }

    /** Where each appraisee stands, by case manager ID. */
    public Map<Long, Standing> standings() {
        if (standings == null) {
            standings = assignments().isEmpty() ? Map.of() : progress.standings(assignments(), cycle, today);
        }
        return standings;
    }

    /** The appraisees with something at one of the given stages that waits on the viewer as their appraiser. */
    public List<Person> waitingOnTheirAppraiser(Set<Stage> stages) {
        return assignments().stream()
                .map(AppraiserAssignment::caseManager)
                .filter(p -> standings().get(p.id()).duties().stream().anyMatch(d -> isAppraisers(d, stages)))
                .toList();
    }

    /** The stage of the appraisee's duty that waits on their appraiser, if any is among the given stages. */
    public Stage waitingStage(Person caseManager, Set<Stage> stages) {
        return standings().get(caseManager.id()).duties().stream()
                .filter(d -> isAppraisers(d, stages))
                .map(Duty::stage)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(caseManager.id() + " waits on nobody"));
    }

    private boolean isAppraisers(Duty duty, Set<Stage> stages) {
        return stages.contains(duty.stage())
                && duty.actorRole() == Role.APPRAISER
                && Long.valueOf(viewer.id()).equals(duty.actorId());
    }
}
