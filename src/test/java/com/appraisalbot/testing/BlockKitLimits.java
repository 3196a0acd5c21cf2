package com.appraisalbot.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Checks views and messages against the limits Slack's Block Kit reference documents, so a test fails where Slack
 * would answer {@code invalid_blocks} or {@code invalid_arguments} in production.
 *
 * <p>Each check returns a list of violations, one readable sentence each, naming the JSON path
 * (e.g. {@code blocks[3].accessory.text}), the size found and the limit. An empty list means Slack's documented
 * limits are respected; Slack enforces more than is checked here (see the class constants for what is).
 */
public final class BlockKitLimits {
    /** docs.slack.dev/reference/block-kit/blocks: "up to 50 blocks in each message". */
    public static final int MESSAGE_BLOCKS = 50;
    /** docs.slack.dev/reference/block-kit/blocks: "100 blocks in modals or Home tabs". */
    public static final int VIEW_BLOCKS = 100;
    /** chat.postMessage reference: text longer than 40,000 characters is truncated; we treat it as an error. */
    public static final int MESSAGE_TEXT = 40_000;
    /** Modal view object: title, submit and close are plain_text of at most 24 characters. */
    public static final int MODAL_BUTTON_OR_TITLE = 24;
    /** View object: callback_id at most 255 characters. */
    public static final int CALLBACK_ID = 255;
    /** View object: private_metadata at most 3000 characters. */
    public static final int PRIVATE_METADATA = 3000;
    /** View object: external_id, treated as the same 255-character identifier limit as callback_id. */
    public static final int EXTERNAL_ID = 255;
    /** Every block: block_id at most 255 characters. */
    public static final int BLOCK_ID = 255;
    /** Every interactive element: action_id at most 255 characters. */
    public static final int ACTION_ID = 255;
    /** Section block: text at most 3000 characters. */
    public static final int SECTION_TEXT = 3000;
    /** Section block: at most 10 fields. */
    public static final int SECTION_FIELDS = 10;
    /** Section block: each field's text at most 2000 characters. */
    public static final int SECTION_FIELD_TEXT = 2000;
    /** Header block: text at most 150 characters. */
    public static final int HEADER_TEXT = 150;
    /** Context block: at most 10 elements. */
    public static final int CONTEXT_ELEMENTS = 10;
    /** Actions block: at most 25 elements. */
    public static final int ACTIONS_ELEMENTS = 25;
    /** Button element: text at most 75 characters. */
    public static final int BUTTON_TEXT = 75;
    /** Button element: value at most 2000 characters. */
    public static final int BUTTON_VALUE = 2000;
    /** Button element and option object: url at most 3000 characters. */
    public static final int URL = 3000;
    /** Static select menus: at most 100 options or 100 option groups. */
    public static final int SELECT_OPTIONS = 100;
    /** Overflow menu: at most 5 options. */
    public static final int OVERFLOW_OPTIONS = 5;
    /** Radio button group: at most 10 options. */
    public static final int RADIO_OPTIONS = 10;
    /** Checkboxes: at most 10 options. */
    public static final int CHECKBOX_OPTIONS = 10;
    /** Option object: text and description at most 75 characters. */
    public static final int OPTION_TEXT = 75;
    /** Option object: value at most 150 characters. */
    public static final int OPTION_VALUE = 150;
    /** Input block: label at most 2000 characters. */
    public static final int INPUT_LABEL = 2000;
    /** Input block: hint at most 2000 characters. */
    public static final int INPUT_HINT = 2000;
    /** Any element with a placeholder: at most 150 characters. */
    public static final int PLACEHOLDER = 150;
    /** Plain-text input: min_length and max_length at most 3000. */
    public static final int TEXT_INPUT_LENGTH = 3000;

    private static final Set<String> VIEW_TYPES = Set.of("modal", "home");
    private static final Set<String> OTHER_BLOCK_TYPES =
            Set.of("divider", "image", "file", "video", "rich_text", "markdown", "table", "context_actions");
    private static final Set<String> CONTEXT_ELEMENT_TYPES = Set.of("image", "plain_text", "mrkdwn");
    private static final Set<String> SIMPLE_ELEMENT_TYPES = Set.of(
            "image",
            "timepicker",
            "datetimepicker",
            "email_text_input",
            "url_text_input",
            "number_input",
            "rich_text_input",
            "file_input",
            "workflow_button",
            "external_select",
            "multi_external_select",
            "users_select",
            "multi_users_select",
            "conversations_select",
            "multi_conversations_select",
            "channels_select",
            "multi_channels_select");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final List<String> violations = new ArrayList<>();
    private final Set<String> blockIds = new HashSet<>();
    private final Map<String, BiConsumer<String, JsonObject>> blockChecks = Map.of(
            "section", this::section,
            "header", this::header,
            "context", this::context,
            "actions", this::actions,
            "input", this::input);
    private final Map<String, BiConsumer<String, JsonObject>> elementChecks = Map.of(
            "button", this::button,
            "static_select", (path, e) -> options(path, e, SELECT_OPTIONS),
            "multi_static_select", (path, e) -> options(path, e, SELECT_OPTIONS),
            "overflow", (path, e) -> options(path, e, OVERFLOW_OPTIONS),
            "radio_buttons", (path, e) -> options(path, e, RADIO_OPTIONS),
            "checkboxes", (path, e) -> options(path, e, CHECKBOX_OPTIONS),
            "plain_text_input", this::plainTextInput,
            "datepicker", this::datepicker);

    private record Located(String path, JsonElement element) {}

    private BlockKitLimits() {}

    /** Violations in a view sent to views.open, views.update, views.push or views.publish. */
    public static List<String> checkView(JsonObject view) {
        BlockKitLimits limits = new BlockKitLimits();
        limits.view(view);
        return List.copyOf(limits.violations);
    }

    /**
     * Violations in a message sent to chat.postMessage, chat.update or chat.postEphemeral.
     *
     * @param text the top-level text, or null when none was sent
     * @param blocks the blocks, or null when none were sent
     */
    public static List<String> checkMessage(String text, JsonArray blocks) {
        BlockKitLimits limits = new BlockKitLimits();
        if (text != null) {
            limits.maxLength("text", text, MESSAGE_TEXT);
        }
        if (blocks != null) {
            limits.blocks(blocks, MESSAGE_BLOCKS);
        }
        return List.copyOf(limits.violations);
    }

    private void view(JsonObject view) {
        String type = string(view, "type");
        if (!VIEW_TYPES.contains(type)) {
            violations.add("type: view type '" + type + "' is not modal or home");
        }
        if ("modal".equals(type)) {
            modalChrome(view);
        }
        maxLength("callback_id", string(view, "callback_id"), CALLBACK_ID);
        maxLength("private_metadata", string(view, "private_metadata"), PRIVATE_METADATA);
        maxLength("external_id", string(view, "external_id"), EXTERNAL_ID);
        if (!view.has("blocks") || !view.get("blocks").isJsonArray()) {
            violations.add("blocks: a view needs a blocks array");
            return;
        }
        blocks(view.getAsJsonArray("blocks"), VIEW_BLOCKS);
    }

    private void modalChrome(JsonObject view) {
        if (!view.has("title")) {
            violations.add("title: a modal needs a title");
        }
        for (String field : List.of("title", "submit", "close")) {
            plainText(field, view, MODAL_BUTTON_OR_TITLE);
        }
        if (!view.has("submit") && hasInputBlock(view)) {
            violations.add("submit: a modal with an input block needs a submit button");
        }
    }

    private static boolean hasInputBlock(JsonObject view) {
        if (!view.has("blocks") || !view.get("blocks").isJsonArray()) {
            return false;
        }
        for (JsonElement block : view.getAsJsonArray("blocks")) {
            if (block.isJsonObject() && "input".equals(string(block.getAsJsonObject(), "type"))) {
                return true;
            }
        }
        return false;
    }

    private void blocks(JsonArray blocks, int maxBlocks) {
        maxCount("blocks", blocks, maxBlocks);
        for (int i = 0; i < blocks.size(); i++) {
            String path = "blocks[" + i + "]";
            if (!blocks.get(i).isJsonObject()) {
                violations.add(path + ": a block must be an object");
                continue;
            }
            block(path, blocks.get(i).getAsJsonObject());
        }
    }

    private void block(String path, JsonObject block) {
        String blockId = string(block, "block_id");
        if (blockId != null) {
            maxLength(path + ".block_id", blockId, BLOCK_ID);
            if (!blockIds.add(blockId)) {
                violations.add(path + ".block_id: '" + blockId + "' is used by another block; block_id must be unique");
            }
        }
        String type = string(block, "type");
        BiConsumer<String, JsonObject> check = blockChecks.get(type);
        if (check != null) {
            check.accept(path, block);
        } else if (!OTHER_BLOCK_TYPES.contains(type)) {
            violations.add(path + ".type: unknown block type '" + type + "'");
        }
    }

    private void section(String path, JsonObject section) {
        textObject(path + ".text", section, "text", SECTION_TEXT);
        if (!section.has("text") && !section.has("fields")) {
            violations.add(path + ": a section needs text or fields");
        }
        if (section.has("fields")) {
            JsonArray fields = section.getAsJsonArray("fields");
            maxCount(path + ".fields", fields, SECTION_FIELDS);
            for (int i = 0; i < fields.size(); i++) {
                maxLength(path + ".fields[" + i + "]", textOf(fields.get(i)), SECTION_FIELD_TEXT);
            }
        }
        if (section.has("accessory")) {
            elements(path, List.of(new Located(path + ".accessory", section.get("accessory"))));
        }
    }

    private void header(String path, JsonObject header) {
        textObject(path + ".text", header, "text", HEADER_TEXT);
    }

    private void context(String path, JsonObject context) {
        JsonArray elements = array(context, "elements");
        maxCount(path + ".elements", elements, CONTEXT_ELEMENTS);
        for (int i = 0; i < elements.size(); i++) {
            String type = string(elements.get(i).getAsJsonObject(), "type");
            if (!CONTEXT_ELEMENT_TYPES.contains(type)) {
                violations.add(path + ".elements[" + i + "].type: '" + type + "' is not allowed in a context block");
            }
        }
    }

    private void actions(String path, JsonObject actions) {
        JsonArray elements = array(actions, "elements");
        maxCount(path + ".elements", elements, ACTIONS_ELEMENTS);
        List<Located> located = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            located.add(new Located(path + ".elements[" + i + "]", elements.get(i)));
        }
        elements(path, located);
    }

    private void input(String path, JsonObject input) {
        if (!input.has("label")) {
            violations.add(path + ".label: an input block needs a label");
        }
        textObject(path + ".label", input, "label", INPUT_LABEL);
        textObject(path + ".hint", input, "hint", INPUT_HINT);
        if (!input.has("element")) {
            violations.add(path + ".element: an input block needs an element");
            return;
        }
        elements(path, List.of(new Located(path + ".element", input.get("element"))));
    }

    // Slack documents action_id as unique among the elements of its containing block.
    private void elements(String blockPath, List<Located> elements) {
        Set<String> actionIds = new HashSet<>();
        for (Located located : elements) {
            String path = located.path();
            JsonObject element = located.element().getAsJsonObject();
            String actionId = string(element, "action_id");
            if (actionId != null) {
                maxLength(path + ".action_id", actionId, ACTION_ID);
                if (!actionIds.add(actionId)) {
                    violations.add(path + ".action_id: '" + actionId + "' is used twice in " + blockPath);
                }
            }
            element(path, element);
        }
    }

    private void element(String path, JsonObject element) {
        String type = string(element, "type");
        textObject(path + ".placeholder", element, "placeholder", PLACEHOLDER);
        BiConsumer<String, JsonObject> check = elementChecks.get(type);
        if (check != null) {
            check.accept(path, element);
        } else if (!SIMPLE_ELEMENT_TYPES.contains(type)) {
            violations.add(path + ".type: unknown element type '" + type + "'");
        }
    }

    private void button(String path, JsonObject button) {
        textObject(path + ".text", button, "text", BUTTON_TEXT);
        maxLength(path + ".value", string(button, "value"), BUTTON_VALUE);
        maxLength(path + ".url", string(button, "url"), URL);
    }

    private void options(String path, JsonObject element, int maxOptions) {
        if (element.has("options")) {
            JsonArray options = element.getAsJsonArray("options");
            maxCount(path + ".options", options, maxOptions);
            optionObjects(path + ".options", options);
        }
        if (element.has("option_groups")) {
            JsonArray groups = element.getAsJsonArray("option_groups");
            maxCount(path + ".option_groups", groups, maxOptions);
            for (int g = 0; g < groups.size(); g++) {
                JsonArray options = array(groups.get(g).getAsJsonObject(), "options");
                maxCount(path + ".option_groups[" + g + "].options", options, SELECT_OPTIONS);
                optionObjects(path + ".option_groups[" + g + "].options", options);
            }
        }
    }

    private void optionObjects(String path, JsonArray options) {
        for (int i = 0; i < options.size(); i++) {
            String optionPath = path + "[" + i + "]";
            JsonObject option = options.get(i).getAsJsonObject();
            textObject(optionPath + ".text", option, "text", OPTION_TEXT);
            textObject(optionPath + ".description", option, "description", OPTION_TEXT);
            maxLength(optionPath + ".value", string(option, "value"), OPTION_VALUE);
            maxLength(optionPath + ".url", string(option, "url"), URL);
        }
    }

    private void plainTextInput(String path, JsonObject input) {
        for (String field : List.of("min_length", "max_length")) {
            if (input.has(field) && input.get(field).getAsInt() > TEXT_INPUT_LENGTH) {
                violations.add(path + "." + field + ": " + input.get(field).getAsInt() + " is above the limit of "
                        + TEXT_INPUT_LENGTH);
            }
        }
        if (input.has("max_length") && input.get("max_length").getAsInt() < 1) {
            violations.add(path + ".max_length: must be at least 1");
        }
    }

    private void datepicker(String path, JsonObject datepicker) {
        String initialDate = string(datepicker, "initial_date");
        if (initialDate != null && !ISO_DATE.matcher(initialDate).matches()) {
            violations.add(path + ".initial_date: '" + initialDate + "' is not in YYYY-MM-DD form");
        }
    }

    private void plainText(String path, JsonObject parent, int limit) {
        if (!parent.has(path)) {
            return;
        }
        JsonObject text = parent.getAsJsonObject(path);
        if (!"plain_text".equals(string(text, "type"))) {
            violations.add(path + ": must be a plain_text object");
        }
        maxLength(path, string(text, "text"), limit);
    }

    private void textObject(String path, JsonObject parent, String field, int limit) {
        if (parent.has(field)) {
            maxLength(path, textOf(parent.get(field)), limit);
        }
    }

    private void maxLength(String path, String value, int limit) {
        if (value != null && value.length() > limit) {
            violations.add(path + ": " + value.length() + " characters, the limit is " + limit);
        }
    }

    private void maxCount(String path, JsonArray array, int limit) {
        if (array.size() > limit) {
            violations.add(path + ": " + array.size() + " items, the limit is " + limit);
        }
    }

    private static String textOf(JsonElement textObject) {
        return textObject.isJsonObject() ? string(textObject.getAsJsonObject(), "text") : null;
    }

    private static JsonArray array(JsonObject parent, String field) {
        return parent.has(field) && parent.get(field).isJsonArray() ? parent.getAsJsonArray(field) : new JsonArray();
    }

    private static String string(JsonObject parent, String field) {
        JsonElement value = parent.get(field);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
