package com.appraisalbot.progress;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.AppraiserAssignment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
