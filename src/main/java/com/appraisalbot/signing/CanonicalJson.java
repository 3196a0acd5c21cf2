package com.appraisalbot.signing;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.Map;
import java.util.TreeSet;

/**
 * The one text form of a record's content that is stored, hashed and signed: JSON with every
 * object's keys in sorted order, no insignificant white space, and nulls kept. Two records that
 * mean the same thing therefore hash the same, whatever order their fields were written in.
 */
public final class CanonicalJson {

    // HTML escaping is off so that "<" stays "<": the stored text is what was typed.
    private static final Gson GSON =
            new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    private CanonicalJson() {}

    /**
     * The canonical form of a JSON object given as text.
     *
     * @throws IllegalArgumentException when the text is not a JSON object
     */
    public static String of(String json) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException("A record's content must be a JSON object: " + e.getMessage(), e);
        }
        if (!parsed.isJsonObject()) {
            throw new IllegalArgumentException("A record's content must be a JSON object, not " + parsed);
        }
        return GSON.toJson(sorted(parsed));
    }

    /** The canonical form of a map of strings, numbers, booleans, nulls, lists and nested maps. */
    public static String of(Map<String, ?> content) {
        return GSON.toJson(sorted(GSON.toJsonTree(content)));
    }

    private static JsonElement sorted(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject object = element.getAsJsonObject();
            JsonObject sorted = new JsonObject();
            for (String key : new TreeSet<>(object.keySet())) {
                sorted.add(key, sorted(object.get(key)));
            }
            return sorted;
        }
        if (element.isJsonArray()) {
            JsonArray sorted = new JsonArray();
            element.getAsJsonArray().forEach(item -> sorted.add(sorted(item)));
            return sorted;
        }
        return element;
    }
}
