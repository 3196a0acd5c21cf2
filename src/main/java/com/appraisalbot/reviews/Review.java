package com.appraisalbot.reviews;

import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.signing.CanonicalJson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a mid-point or final review holds: each answer by its {@link ReviewField} key. Immutable; an
 * answer left blank is absent. Its canonical JSON ({@link #toJson()}) is what is signed, so the same
 * answers always give the same hash.
 */
public record Review(ReviewKind kind, Map<String, String> answers) {

    public Review {
        Set<String> known = ReviewField.of(kind).stream().map(ReviewField::key).collect(Collectors.toSet());
        Map<String, String> kept = new LinkedHashMap<>();
        answers.forEach((key, value) -> {
            String cleaned = value == null ? "" : value.strip();
            if (known.contains(key) && !cleaned.isEmpty()) {
                kept.put(key, cleaned);
            }
        });
        answers = Map.copyOf(kept);
    }

    public static Review empty(ReviewKind kind) {
        return new Review(kind, Map.of());
    }

    /** The answer to a field, or "" when it is blank. */
    public String answer(String key) {
        return answers.getOrDefault(key, "");
    }

    /** The case manager's self-reflection (mid-point) or assessment (final) on an objective. */
    public String self(ObjectiveArea area) {
        return answer("self." + area.number());
    }

    public String appraiserComment(ObjectiveArea area) {
        return answer("comment." + area.number());
    }

    /** This review with one part's answers replaced by {@code values}; the other part's are kept. */
    public Review withPart(ReviewPart part, Map<String, String> values) {
        Map<String, String> merged = new LinkedHashMap<>(answers);
        for (ReviewField field : ReviewField.of(kind, part)) {
            if (values.containsKey(field.key())) {
                merged.put(field.key(), values.get(field.key()));
            }
        }
        return new Review(kind, merged);
    }

    /** Whether the final review's overall assessment meets the policy's pay criteria. */
    public boolean meetsPayCriteria() {
        return kind == ReviewKind.FINAL
                && "YES".equals(answer("highlyCompetent"))
                && "YES".equals(answer("substantial"))
                && "RECOMMEND".equals(answer("recommendation"));
    }

    /** The canonical JSON that is stored, hashed and signed. */
    public String toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("kind", kind.name());
        JsonObject values = new JsonObject();
        answers.forEach(values::addProperty);
        json.add("answers", values);
        return CanonicalJson.of(json.toString());
    }

    /** Reads what {@link #toJson()} wrote. */
    public static Review fromJson(String text) {
        JsonObject json = JsonParser.parseString(text).getAsJsonObject();
        Map<String, String> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> entry :
                json.getAsJsonObject("answers").entrySet()) {
            answers.put(entry.getKey(), entry.getValue().getAsString());
        }
        return new Review(ReviewKind.valueOf(json.get("kind").getAsString()), answers);
    }
}
