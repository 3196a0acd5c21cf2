package com.appraisalbot.objectives;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Everything agreed at the planning meeting: the four objectives, the CPD to be undertaken,
 * development, training and support, resources, and the meeting's date. Immutable; each change
 * makes a new plan.
 */
public record ObjectivesPlan(
        Map<ObjectiveArea, Objective> objectives,
        Set<CpdActivity> cpdActivities,
        String otherCpd,
        String developmentSupport,
        String resources,
        LocalDate meetingDate) {

    public static final ObjectivesPlan EMPTY = new ObjectivesPlan(Map.of(), Set.of(), "", "", "", null);

    public ObjectivesPlan {
        EnumMap<ObjectiveArea, Objective> all = new EnumMap<>(ObjectiveArea.class);
        for (ObjectiveArea area : ObjectiveArea.values()) {
            all.put(area, objectives.getOrDefault(area, Objective.EMPTY));
        }
        objectives = Collections.unmodifiableMap(all);
        cpdActivities = cpdActivities.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(cpdActivities));
        otherCpd = Objective.clean(otherCpd);
        developmentSupport = Objective.clean(developmentSupport);
        resources = Objective.clean(resources);
    }

    public Objective objective(ObjectiveArea area) {
        return objectives.get(area);
    }

    public ObjectivesPlan withObjective(ObjectiveArea area, Objective objective) {
        EnumMap<ObjectiveArea, Objective> changed = new EnumMap<>(objectives);
        changed.put(area, objective);
        return new ObjectivesPlan(changed, cpdActivities, otherCpd, developmentSupport, resources, meetingDate);
    }

    public ObjectivesPlan withSupport(
            Set<CpdActivity> activities, String other, String development, String support, LocalDate meeting) {
        return new ObjectivesPlan(objectives, activities, other, development, support, meeting);
    }
}
