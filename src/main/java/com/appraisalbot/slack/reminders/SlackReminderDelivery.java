package com.appraisalbot.slack.reminders;

import com.appraisalbot.reminders.ReminderDelivery;
import com.appraisalbot.reminders.ReminderMessage;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackCallFailed;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Sends reminders as direct messages through {@link SlackApi}, which already retries a 429 after
 * {@code Retry-After} and a 5xx with backoff within the call. What still fails is classified: an
 * error about the recipient (they left, blocked the app, cannot be messaged) is permanent; the
 * rest (rate limits, server and network errors, a token being replaced) may pass, so the outbox
 * tries again later.
 */
@ApplicationScoped
public class SlackReminderDelivery implements ReminderDelivery {

    /** Slack's errors that mean this person cannot be sent a DM, whenever we try. */
    static final Set<String> PERMANENT = Set.of(
            "channel_not_found",
            "user_not_found",
            "user_disabled",
            "cannot_dm_bot",
            "messages_tab_disabled",
            "is_archived",
            "not_in_channel",
            "restricted_action",
            "invalid_blocks",
            "msg_too_long",
            "no_text");

    private final SlackApi slackApi;

    @Inject
    public SlackReminderDelivery(SlackApi slackApi) {
        this.slackApi = slackApi;
    }

    @Override
    public Delivered deliver(ReminderMessage message) {
        try {
            ChatPostMessageResponse response = slackApi.postMessage(
                    message.recipientUserId(), ReminderBlocks.text(message), ReminderBlocks.blocks(message));
            return new Delivered(response.getChannel(), response.getTs());
        } catch (SlackCallFailed e) {
            throw new DeliveryFailed(e.error(), PERMANENT.contains(e.error()), e);
        }
    }
}
