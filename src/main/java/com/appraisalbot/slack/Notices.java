package com.appraisalbot.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;

import com.slack.api.model.view.View;
import java.util.List;

/** Small modals that only tell the person something: a refusal, an outcome. */
public final class Notices {

    private Notices() {}

    /**
     * A modal with one message and a Close button.
     *
     * @param title at most 24 characters
     * @param text mrkdwn; escape anything a person typed or Slack's profile holds
     */
    public static View modal(String title, String text) {
        return view(v -> v.type("modal")
                .callbackId("notice")
                .title(ModalText.title(title))
                .close(ModalText.close("Close"))
                .blocks(List.of(section(s -> s.blockId("notice").text(markdownText(text))))));
    }
}
