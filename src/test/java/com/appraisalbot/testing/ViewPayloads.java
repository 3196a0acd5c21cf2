package com.appraisalbot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.List;

/**
 * The parts of interactivity payloads that {@link SlackRequests}' builders leave plain: the state of
 * pickers in a submitted modal, and buttons clicked on the App Home or inside a modal.
 */
public final class ViewPayloads {

    private ViewPayloads() {}

    /** {@code view.state.values} from pairs of block_id and element state; each element's action_id is given. */
    public static JsonObject state(Object... blockActionState) {
        JsonObject values = new JsonObject();
        for (int i = 0; i < blockActionState.length; i += 3) {
            JsonObject block = values.has((String) blockActionState[i])
                    ? values.getAsJsonObject((String) blockActionState[i])
                    : new JsonObject();
            block.add((String) blockActionState[i + 1], (JsonObject) blockActionState[i + 2]);
            values.add((String) blockActionState[i], block);
        }
        return values;
    }

    public static JsonObject userPicked(String userId) {
        JsonObject state = new JsonObject();
        state.addProperty("type", "users_select");
        state.addProperty("selected_user", userId);
        return state;
    }

    public static JsonObject datePicked(String isoDate) {
        JsonObject state = new JsonObject();
        state.addProperty("type", "datepicker");
        state.addProperty("selected_date", isoDate);
        return state;
    }

    public static JsonObject numberTyped(String value) {
        JsonObject state = new JsonObject();
        state.addProperty("type", "number_input");
        state.addProperty("value", value);
        return state;
    }

    public static JsonObject ticked(List<String> values) {
        JsonArray options = new JsonArray();
        for (String value : values) {
            JsonObject text = new JsonObject();
            text.addProperty("type", "plain_text");
            text.addProperty("text", value);
            JsonObject option = new JsonObject();
            option.add("text", text);
            option.addProperty("value", value);
            options.add(option);
        }
        JsonObject state = new JsonObject();
        state.addProperty("type", "checkboxes");
        state.add("selected_options", options);
        return state;
    }

    /** A button clicked on the clicker's App Home, whose view carries {@code privateMetadata}. */
    public static JsonObject homeButton(String actionId, String value, String metadata, String userId, String teamId) {
        return inView(actionId, value, "home", "VHOME" + userId, metadata, userId, teamId);
    }

    /** A button clicked inside an open modal with the given view ID (no hash, so any update applies). */
    public static JsonObject modalButton(String actionId, String value, String viewId, String userId, String teamId) {
        return inView(actionId, value, "modal", viewId, "", userId, teamId);
    }

    private static JsonObject inView(
            String actionId, String value, String type, String viewId, String metadata, String userId, String teamId) {
        JsonObject payload = SlackRequests.blockActionPayload(actionId, "block", value, userId, teamId);
        payload.remove("message");
        payload.remove("channel");
        payload.remove("response_url");
        JsonObject container = new JsonObject();
        container.addProperty("type", "view");
        container.addProperty("view_id", viewId);
        payload.add("container", container);
        JsonObject view = new JsonObject();
        view.addProperty("id", viewId);
        view.addProperty("type", type);
        view.addProperty("private_metadata", metadata);
        view.addProperty("callback_id", "");
        view.add("blocks", new JsonArray());
        payload.add("view", view);
        return payload;
    }
}
