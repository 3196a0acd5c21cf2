package com.appraisalbot.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** What a person would read in a Web API call the app made: its strings, and the values of its buttons. */
public final class CallText {

    private CallText() {}

    /** Every string in a JSON value, one per line, as Slack would show them (JSON escapes undone). */
    public static String strings(JsonElement element) {
        StringBuilder text = new StringBuilder();
        collect(element, text);
        return text.toString();
    }

    private static void collect(JsonElement element, StringBuilder text) {
        if (element.isJsonObject()) {
            element.getAsJsonObject().entrySet().forEach(e -> collect(e.getValue(), text));
        } else if (element.isJsonArray()) {
            element.getAsJsonArray().forEach(e -> collect(e, text));
        } else if (element.isJsonPrimitive()) {
            text.append(element.getAsString()).append('\n');
        }
    }

    /** The value of the button with {@code actionId} in a message's blocks. */
    public static String buttonValue(FakeSlackApi.Call message, String actionId) {
        for (JsonElement block : message.json("blocks").orElseThrow().getAsJsonArray()) {
            JsonObject object = block.getAsJsonObject();
            if (object.has("elements")) {
                for (JsonElement element : object.getAsJsonArray("elements")) {
                    JsonObject button = element.getAsJsonObject();
                    if (button.has("action_id")
                            && button.get("action_id").getAsString().equals(actionId)) {
                        return button.get("value").getAsString();
                    }
                }
            }
        }
        throw new AssertionError("No " + actionId + " button in " + message.params());
    }
}
