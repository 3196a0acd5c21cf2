package com.appraisalbot.objectives;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a plan as canonical JSON (fixed key order, no whitespace) and reads it back. The same
 * plan always gives the same text, so the text's hash identifies exactly what was signed.
 */
public final class PlanCodec {

    private PlanCodec() {}

    public static String write(ObjectivesPlan plan) {
        JsonObject json = new JsonObject();
        JsonArray objectives = new JsonArray();
        for (ObjectiveArea area : ObjectiveArea.values()) {
            Objective objective = plan.objective(area);
            JsonObject item = new JsonObject();
            item.addProperty("area", area.name());
            item.addProperty("objective", objective.objective());
            item.addProperty("successCriteria", objective.successCriteria());
            item.addProperty("ptsLink", objective.ptsLink());
            item.addProperty("sipLink", objective.sipLink());
            objectives.add(item);
        }
        json.add("objectives", objectives);
        JsonArray cpd = new JsonArray();
        plan.cpdActivities().stream().sorted().forEach(activity -> cpd.add(activity.name()));
        json.add("cpdActivities", cpd);
        json.addProperty("otherCpd", plan.otherCpd());
        json.addProperty("developmentSupport", plan.developmentSupport());
        json.addProperty("resources", plan.resources());
        json.addProperty(
                "meetingDate",
                plan.meetingDate() == null ? "" : plan.meetingDate().toString());
        return json.toString();
    }

    public static ObjectivesPlan read(String text) {
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        Map<ObjectiveArea, Objective> objectives = new EnumMap<>(ObjectiveArea.class);
        json.getAsJsonArray("objectives").forEach(element -> {
            JsonObject item = element.getAsJsonObject();
            objectives.put(
                    ObjectiveArea.valueOf(item.get("area").getAsString()),
                    new Objective(
                            item.get("objective").getAsString(),
                            item.get("successCriteria").getAsString(),
                            item.get("ptsLink").getAsString(),
                            item.get("sipLink").getAsString()));
        });
        Set<CpdActivity> cpd = EnumSet.noneOf(CpdActivity.class);
        json.getAsJsonArray("cpdActivities").forEach(e -> cpd.add(CpdActivity.valueOf(e.getAsString())));
        String meeting = json.get("meetingDate").getAsString();
        return new ObjectivesPlan(
                objectives,
                cpd,
                json.get("otherCpd").getAsString(),
                json.get("developmentSupport").getAsString(),
                json.get("resources").getAsString(),
                meeting.isEmpty() ? null : LocalDate.parse(meeting));
    }
}
