package com.appraisalbot.progress;

import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.AppraiserAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where each case manager is in the cycle: every {@link StageWork}'s outstanding duties, together. */
@ApplicationScoped
public class Progress {

    private final Instance<StageWork> stages;

    @Inject
    public Progress(Instance<StageWork> stages) {
        this.stages = stages;
    }

    /** Every outstanding duty for the given case managers, by case manager ID, earliest stage first. */
    public Map<Long, List<Duty>> outstanding(Collection<AppraiserAssignment> assignments, CycleYear year) {
        Map<Long, List<Duty>> byCaseManager = new HashMap<>();
        for (StageWork stage : sorted()) {
            stage.outstanding(assignments, year)
                    .forEach((id, duty) -> byCaseManager
                            .computeIfAbsent(id, k -> new ArrayList<>())
                            .add(duty));
        }
        return byCaseManager;
    }

    /** The outstanding duties at one stage only. */
    public Map<Long, Duty> outstanding(Stage stage, Collection<AppraiserAssignment> assignments, CycleYear year) {
        return sorted().stream()
                .filter(work -> work.stage() == stage)
                .findFirst()
                .map(work -> work.outstanding(assignments, year))
                .orElse(Map.of());
    }

    /**
     * Where each given case manager stands, by case manager ID, asking every {@link StageWork} once
     * for all of them. A stage that no feature records yet counts as not started, so it is never
     * reported complete.
     */
    public Map<Long, Standing> standings(Collection<AppraiserAssignment> assignments, Cycle cycle, LocalDate today) {
        Map<Long, List<Duty>> duties = outstanding(assignments, cycle.year());
        EnumSet<Stage> tracked = tracked();
        Map<Long, Standing> standings = new HashMap<>();
        for (AppraiserAssignment assignment : assignments) {
            long id = assignment.caseManager().id();
            standings.put(id, standing(duties.getOrDefault(id, List.of()), tracked, cycle, today));
        }
        return standings;
    }

    /**
     * Where a case manager stands before anyone has recorded anything for them, such as one with no
     * appraiser yet: every stage open, those past their deadline overdue.
     */
    public Standing notStarted(Cycle cycle, LocalDate today) {
        return standing(List.of(), EnumSet.noneOf(Stage.class), cycle, today);
    }

    private static Standing standing(List<Duty> duties, EnumSet<Stage> tracked, Cycle cycle, LocalDate today) {
        List<Stage> open = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            if (!tracked.contains(stage) || duties.stream().anyMatch(d -> d.stage() == stage)) {
                open.add(stage);
            }
        }
        List<Stage> overdue = open.stream()
                .filter(stage -> cycle.deadline(stage).isBefore(today))
                .toList();
        return new Standing(open.stream().findFirst(), overdue, duties);
    }

    /** The stages some feature reports outstanding work for. */
    public EnumSet<Stage> tracked() {
        EnumSet<Stage> tracked = EnumSet.noneOf(Stage.class);
        stages.forEach(work -> tracked.add(work.stage()));
        return tracked;
    }

    /** The earliest stage at which a case manager still has something outstanding. */
    public static Optional<Stage> currentStage(List<Duty> duties) {
        return duties.stream().map(Duty::stage).min(Comparator.naturalOrder());
    }

    private List<StageWork> sorted() {
        List<StageWork> all = new ArrayList<>();
        stages.forEach(all::add);
        all.sort(Comparator.comparing(StageWork::stage));
        return all;
    }
}
