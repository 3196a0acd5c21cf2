package com.appraisalbot.slack;

import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;

/** A modal's title and buttons, which Slack limits to 24 characters of plain text each. */
public final class ModalText {

    private ModalText() {}

    public static ViewTitle title(String text) {
        return ViewTitle.builder().type("plain_text").text(text).build();
    }

    public static ViewSubmit submit(String text) {
        return ViewSubmit.builder().type("plain_text").text(text).build();
    }

    public static ViewClose close(String text) {
        return ViewClose.builder().type("plain_text").text(text).build();
    }
}
