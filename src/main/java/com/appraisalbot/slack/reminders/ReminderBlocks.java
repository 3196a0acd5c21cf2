package com.appraisalbot.slack.reminders;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.appraisalbot.calendar.Stage;
import com.appraisalbot.reminders.ReminderKind;
import com.appraisalbot.reminders.ReminderMessage;
import com.appraisalbot.slack.SlackText;
import com.slack.api.model.block.LayoutBlock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders reminders as Block Kit. Deadlines use Slack's date token, so each reader sees the date
 * in their own time zone and format; the fallback is the provision's date. Names and actions are
 * escaped. A digest shows at most {@link #DIGEST_ITEMS} lines and summarises the rest, well within
 * a message's fifty blocks.
 */
final class ReminderBlocks {

    static final int DIGEST_ITEMS = 40;
    private static final DateTimeFormatter FALLBACK = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private ReminderBlocks() {}

    /** The message's top-level text: one complete sentence for notifications and screen readers. */
    static String text(ReminderMessage message) {
        return switch (message.kind()) {
            case BEFORE_DEADLINE ->
                "Reminder: " + sentence(message.action()) + " for the " + stage(message.stage()) + " by "
                        + FALLBACK.format(message.deadline()) + ".";
            case OVERDUE ->
                "Overdue: " + sentence(message.action()) + " for the " + stage(message.stage()) + " was due by "
                        + FALLBACK.format(message.deadline()) + ".";
            case OVERDUE_TO_APPRAISER, OVERDUE_TO_HEAD_OF_SERVICES ->
                "Overdue: "
                        + SlackText.escape(message.caseManagerName()) + "'s " + stage(message.stage())
                        + " was due by " + FALLBACK.format(message.deadline()) + " and is not finished.";
            case DIGEST ->
                "Appraisal Bot: " + message.items().size() + " thing"
                        + (message.items().size() == 1 ? " waits" : "s wait") + " on you this week.";
        };
    }

    static List<LayoutBlock> blocks(ReminderMessage message) {
        return switch (message.kind()) {
            case BEFORE_DEADLINE -> ownWork(message, "is due by");
            case OVERDUE -> ownWork(message, "was due by");
            case OVERDUE_TO_APPRAISER -> someoneElses(message, "You appraise them, so you are told next.");
            case OVERDUE_TO_HEAD_OF_SERVICES ->
                someoneElses(message, "You are told as Head of Services; they and their appraiser were told first.");
            case DIGEST -> digest(message);
        };
    }

    private static List<LayoutBlock> ownWork(ReminderMessage message, String due) {
        Stage stage = message.stage();
        return List.of(
                section(s -> s.text(markdownText("*" + stage.label() + "* " + due + " "
                        + date(message.deadlineAt(), message.deadline()) + ".\n" + sentence(message.action())
                        + "."))),
                actions(a -> a.blockId("reminder_actions")
                        .elements(List.of(button(b -> b.actionId(ReminderButtons.actionId(stage))
                                .text(plainText(ReminderButtons.label(stage)))
                                .value(ReminderButtons.value(stage, message.caseManagerId()))
                                .style("primary"))))),
                context(c -> c.elements(List.of(markdownText(
                        message.kind() == ReminderKind.OVERDUE
                                ? "Your appraiser will be told tomorrow if it is still not done."
                                : "You get this because it is still to do; reminders stop once it is done.")))));
    }

    private static List<LayoutBlock> someoneElses(ReminderMessage message, String why) {
        return List.of(
                section(s -> s.text(markdownText("*" + SlackText.escape(message.caseManagerName()) + "*: "
                        + message.stage().label() + " was due by "
                        + date(message.deadlineAt(), message.deadline()) + ". Still to do: "
                        + sentence(message.action()) + "."))),
                context(c -> c.elements(List.of(markdownText(why)))));
    }

    private static List<LayoutBlock> digest(ReminderMessage message) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Waiting on you this week"))));
        List<ReminderMessage.Item> items = message.items();
        int shown = items.size() <= DIGEST_ITEMS + 1 ? items.size() : DIGEST_ITEMS;
        for (ReminderMessage.Item item : items.subList(0, shown)) {
            String line = "*" + SlackText.escape(item.caseManagerName()) + "*, "
                    + item.stage().label() + ": "
                    + sentence(item.action()) + (item.overdue() ? ". *Overdue*, was due by " : ", due by ")
                    + date(item.deadlineAt(), item.deadline()) + ".";
            blocks.add(section(s -> s.text(markdownText(line))));
        }
        String more = shown < items.size()
                ? "And " + (items.size() - shown) + " more. Open Appraisal Bot's Home tab to see them all."
                : "Open Appraisal Bot's Home tab to act on these.";
        blocks.add(context(c -> c.elements(List.of(markdownText(more)))));
        return blocks;
    }

    private static String date(Instant at, LocalDate fallback) {
        return "<!date^" + at.getEpochSecond() + "^{date_long_pretty}|" + FALLBACK.format(fallback) + ">";
    }

    private static String stage(Stage stage) {
        return stage.label().toLowerCase(Locale.ROOT);
    }

    /** An action from a stage's feature, escaped and without a closing full stop (one is added). */
    private static String sentence(String action) {
        String trimmed = action == null ? "" : action.strip();
        return SlackText.escape(trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    }
}
