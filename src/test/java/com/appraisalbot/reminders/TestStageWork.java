package com.appraisalbot.reminders;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Duty;
import com.appraisalbot.progress.StageWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.inject.Named;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Stands in for the stages' features: a {@link StageWork} per stage whose outstanding duties the
 * test sets, answering only for the case managers it is asked about, as a real one would.
 */
@ApplicationScoped
public class TestStageWork {

    private static final Map<Stage, Map<Long, Duty>> OUTSTANDING = new ConcurrentHashMap<>();

    /**
     * Vetoes the features' own {@link StageWork} beans, so that these stand-ins alone say what is
     * outstanding. Start the app with it beside {@code TestStageWork}.
     */
    public static final class Only implements Extension {

        <T extends StageWork> void vetoTheFeatures(@Observes ProcessAnnotatedType<T> type) {
            type.veto();
        }
    }

    static void clear() {
        OUTSTANDING.clear();
    }

    /** The case manager still has their own part of the stage to do. */
    static void outstanding(Stage stage, long caseManagerId, String action) {
        put(new Duty(stage, caseManagerId, Role.CASE_MANAGER, caseManagerId, action));
    }

    static void put(Duty duty) {
        OUTSTANDING
                .computeIfAbsent(duty.stage(), s -> new ConcurrentHashMap<>())
                .put(duty.caseManagerId(), duty);
    }

    /** The duty was done. */
    static void done(Stage stage, long caseManagerId) {
        OUTSTANDING.getOrDefault(stage, Map.of()).remove(caseManagerId);
    }

    @Produces
    @Named("planning")
    StageWork planning() {
        return work(Stage.PLANNING);
    }

    @Produces
    @Named("midpoint")
    StageWork midpoint() {
        return work(Stage.MIDPOINT_REVIEW);
    }

    @Produces
    @Named("final")
    StageWork finalReview() {
        return work(Stage.FINAL_REVIEW);
    }

    @Produces
    @Named("pay")
    StageWork payPanel() {
        return work(Stage.PAY_PANEL);
    }

    private static StageWork work(Stage stage) {
        return new StageWork() {
            @Override
            public Stage stage() {
                return stage;
            }

            @Override
            public Map<Long, Duty> outstanding(Collection<AppraiserAssignment> assignments, CycleYear year) {
                Set<Long> asked =
                        assignments.stream().map(a -> a.caseManager().id()).collect(Collectors.toSet());
                return OUTSTANDING.getOrDefault(stage, Map.of()).entrySet().stream()
                        .filter(e -> asked.contains(e.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            }
        };
    }
}
