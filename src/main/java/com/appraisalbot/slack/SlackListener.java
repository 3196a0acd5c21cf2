package com.appraisalbot.slack;

import com.slack.api.bolt.App;

/**
 * A Slack surface (a command, the Home tab, a modal, a message's buttons) that registers its
 * handlers on the Bolt app. Every CDI bean implementing this is registered at start-up.
 */
public interface SlackListener {

    void registerWith(App app);
}
