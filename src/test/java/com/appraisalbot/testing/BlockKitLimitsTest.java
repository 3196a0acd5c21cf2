package com.appraisalbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockKitLimitsTest {
    @Test
    void validModalHasNoViolations() {
        List<String> violations = BlockKitLimits.checkView(modal("Objectives", sections(3)));

        assertThat(violations).isEmpty();
    }

    @Test
    void modalWithMoreThanHundredBlocksIsRejected() {
        List<String> violations = BlockKitLimits.checkView(modal("Objectives", sections(101)));

        assertThat(violations).containsExactly("blocks: 101 items, the limit is 100");
    }

    @Test
    void modalTitleOfTwentyFiveCharactersIsRejected() {
        List<String> violations = BlockKitLimits.checkView(modal("x".repeat(25), sections(1)));

        assertThat(violations).containsExactly("title: 25 characters, the limit is 24");
    }

    @Test
    void privateMetadataOfThreeThousandAndOneCharactersIsRejected() {
        JsonObject view = modal("Objectives", sections(1));
        view.addProperty("private_metadata", "m".repeat(3001));

        assertThat(BlockKitLimits.checkView(view))
                .containsExactly("private_metadata: 3001 characters, the limit is 3000");
    }

    @Test
    void duplicateBlockIdIsRejected() {
        JsonArray blocks = sections(2);
        blocks.get(1).getAsJsonObject().addProperty("block_id", "b0");

        assertThat(BlockKitLimits.checkView(modal("Objectives", blocks)))
                .containsExactly("blocks[1].block_id: 'b0' is used by another block; block_id must be unique");
    }

    @Test
    void buttonTextOfSeventySixCharactersIsRejected() {
        JsonArray blocks = json("[{\"type\":\"actions\",\"elements\":[" + button("a1", "x".repeat(76)) + "]}]")
                .getAsJsonArray();

        assertThat(BlockKitLimits.checkMessage("fallback", blocks))
                .containsExactly("blocks[0].elements[0].text: 76 characters, the limit is 75");
    }

    @Test
    void duplicateActionIdWithinOneBlockIsRejected() {
        JsonArray blocks = json("[{\"type\":\"actions\",\"elements\":[" + button("a1", "Yes") + "," + button("a1", "No")
                        + "]}]")
                .getAsJsonArray();

        assertThat(BlockKitLimits.checkMessage(null, blocks))
                .containsExactly("blocks[0].elements[1].action_id: 'a1' is used twice in blocks[0]");
    }

    @Test
    void sameActionIdInDifferentBlocksIsAllowed() {
        JsonArray blocks = json("[{\"type\":\"actions\",\"elements\":[" + button("a1", "Yes") + "]},"
                        + "{\"type\":\"actions\",\"elements\":[" + button("a1", "No") + "]}]")
                .getAsJsonArray();

        assertThat(BlockKitLimits.checkMessage(null, blocks)).isEmpty();
    }

    @Test
    void messageWithMoreThanFiftyBlocksIsRejected() {
        assertThat(BlockKitLimits.checkMessage("t", sections(51))).containsExactly("blocks: 51 items, the limit is 50");
    }

    @Test
    void messageTextOverFortyThousandCharactersIsRejected() {
        assertThat(BlockKitLimits.checkMessage("t".repeat(40_001), null))
                .containsExactly("text: 40001 characters, the limit is 40000");
    }

    @Test
    void sectionTextOverThreeThousandCharactersIsRejected() {
        JsonArray blocks = new JsonArray();
        blocks.add(section("s", "x".repeat(3001)));

        assertThat(BlockKitLimits.checkMessage(null, blocks))
                .containsExactly("blocks[0].text: 3001 characters, the limit is 3000");
    }

    @Test
    void headerTextOverHundredFiftyCharactersIsRejected() {
        JsonArray blocks = json("[{\"type\":\"header\",\"text\":" + plain("h".repeat(151)) + "}]")
                .getAsJsonArray();

        assertThat(BlockKitLimits.checkMessage(null, blocks))
                .containsExactly("blocks[0].text: 151 characters, the limit is 150");
    }

    @Test
    void overflowWithSixOptionsIsRejected() {
        JsonArray blocks = json("[{\"type\":\"section\",\"text\":" + plain("Menu")
                        + ",\"accessory\":{\"type\":\"overflow\",\"action_id\":\"o\",\"options\":" + options(6, "v")
                        + "}}]")
                .getAsJsonArray();

        assertThat(BlockKitLimits.checkMessage(null, blocks))
                .containsExactly("blocks[0].accessory.options: 6 items, the limit is 5");
    }

    @Test
    void optionValueOverHundredFiftyCharactersIsRejected() {
        JsonArray blocks = json("[{\"type\":\"input\",\"label\":" + plain("Rating")
                        + ",\"element\":{\"type\":\"static_select\",\"action_id\":\"r\",\"options\":"
                        + options(1, "v".repeat(150)) + "}}]")
                .getAsJsonArray();

        assertThat(BlockKitLimits.checkView(modalWithSubmit(blocks)))
                .containsExactly("blocks[0].element.options[0].value: 151 characters, the limit is 150");
    }

    @Test
    void plainTextInputMaxLengthOverThreeThousandIsRejected() {
        JsonArray blocks = json("[{\"type\":\"input\",\"label\":" + plain("Objective")
                        + ",\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"t\",\"max_length\":3001}}]")
                .getAsJsonArray();

        assertThat(BlockKitLimits.checkView(modalWithSubmit(blocks)))
                .containsExactly("blocks[0].element.max_length: 3001 is above the limit of 3000");
    }

    @Test
    void modalWithInputButNoSubmitIsRejected() {
        JsonArray blocks = json("[{\"type\":\"input\",\"label\":" + plain("Objective")
                        + ",\"element\":{\"type\":\"plain_text_input\",\"action_id\":\"t\"}}]")
                .getAsJsonArray();

        assertThat(BlockKitLimits.checkView(modal("Objectives", blocks)))
                .containsExactly("submit: a modal with an input block needs a submit button");
    }

    @Test
    void unknownBlockTypeIsRejected() {
        JsonArray blocks = json("[{\"type\":\"sektion\"}]").getAsJsonArray();

        assertThat(BlockKitLimits.checkMessage(null, blocks))
                .containsExactly("blocks[0].type: unknown block type 'sektion'");
    }

    @Test
    void contextWithElevenElementsIsRejected() {
        JsonArray elements = new JsonArray();
        for (int i = 0; i < 11; i++) {
            elements.add(json("{\"type\":\"mrkdwn\",\"text\":\"c\"}"));
        }
        JsonObject context = new JsonObject();
        context.addProperty("type", "context");
        context.add("elements", elements);
        JsonArray blocks = new JsonArray();
        blocks.add(context);

        assertThat(BlockKitLimits.checkMessage(null, blocks))
                .containsExactly("blocks[0].elements: 11 items, the limit is 10");
    }

    static JsonObject modal(String title, JsonArray blocks) {
        JsonObject view = new JsonObject();
        view.addProperty("type", "modal");
        view.add("title", json(plain(title)));
        view.add("blocks", blocks);
        return view;
    }

    static JsonObject modalWithSubmit(JsonArray blocks) {
        JsonObject view = modal("Objectives", blocks);
        view.add("submit", json(plain("Save")));
        return view;
    }

    static JsonArray sections(int count) {
        JsonArray blocks = new JsonArray();
        for (int i = 0; i < count; i++) {
            blocks.add(section("b" + i, "Section " + i));
        }
        return blocks;
    }

    static String button(String actionId, String text) {
        return "{\"type\":\"button\",\"action_id\":\"" + actionId + "\",\"text\":" + plain(text) + ",\"value\":\"1\"}";
    }

    private static JsonObject section(String blockId, String text) {
        JsonObject section = new JsonObject();
        section.addProperty("type", "section");
        section.addProperty("block_id", blockId);
        section.add("text", json("{\"type\":\"mrkdwn\",\"text\":\"" + text + "\"}"));
        return section;
    }

    private static String options(int count, String value) {
        JsonArray options = new JsonArray();
        for (int i = 0; i < count; i++) {
            options.add(json("{\"text\":" + plain("Option " + i) + ",\"value\":\"" + value + i + "\"}"));
        }
        return options.toString();
    }

    private static String plain(String text) {
        return "{\"type\":\"plain_text\",\"text\":\"" + text + "\"}";
    }

    private static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }
}
