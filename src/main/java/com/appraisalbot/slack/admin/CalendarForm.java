package com.appraisalbot.slack.admin;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.numberInput;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.PolicyDefaults;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.slack.ModalText;
import com.appraisalbot.slack.SlackDates;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.ConfirmationDialogObject;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The admin's calendar modal: the cycle's four deadlines as date pickers, filled with its current
 * dates and each explained by the policy, the reminder rules, and starting the next cycle year.
 */
final class CalendarForm {

    static final String CALLBACK_ID = "admin_calendar";
    static final String REMINDERS = "reminders";
    static final String ESCALATION = "escalation";
    static final String NEXT_CYCLE = "admin_calendar_next";

    private CalendarForm() {}

    /** The block_id of a stage's date picker, such as {@code deadline_planning}. */
    static String deadlineBlock(Stage stage) {
        return "deadline_" + stage.name().toLowerCase(Locale.ROOT);
    }

    /** Where a problem from {@code InvalidCalendar.problems()} is shown. */
    static String blockFor(String problemKey) {
        for (Stage stage : Stage.values()) {
            if (stage.name().equals(problemKey)) {
                return deadlineBlock(stage);
            }
        }
        return REMINDERS.equals(problemKey) || ESCALATION.equals(problemKey)
                ? problemKey
                : deadlineBlock(Stage.PLANNING);
    }

    static View form(Cycle cycle) {
        CycleYear year = cycle.year();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText("The " + year.label() + " cycle year runs from "
                + SlackDates.plain(year.firstDay()) + " to " + SlackDates.plain(year.lastDay()) + ". New cycles"
                + " start with the policy's dates; half terms differ by local authority, so check the"
                + " February and October ones against yours.")))));
        for (Stage stage : Stage.values()) {
            blocks.add(input(i -> i.blockId(deadlineBlock(stage))
                    .label(plainText(stage.label()))
                    .hint(plainText(PolicyDefaults.explanation(stage)))
                    .element(datePicker(d ->
                            d.actionId("date").initialDate(cycle.deadline(stage).toString())))));
        }
        blocks.addAll(reminderRules(cycle));
        blocks.add(actions(a -> a.blockId("next_cycle").elements(List.of(nextCycleButton(year)))));
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(Integer.toString(year.startYear()))
                .title(ModalText.title("Cycle " + year.label()))
                .submit(ModalText.submit("Save dates"))
                .close(ModalText.close("Cancel"))
                .blocks(blocks));
    }

    private static List<LayoutBlock> reminderRules(Cycle cycle) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(input(i -> i.blockId(REMINDERS)
                .label(plainText("Reminder days before each deadline"))
                .hint(plainText("Numbers of days, separated by commas, such as 14, 7, 1."))
                .element(plainTextInput(t -> t.actionId("days")
                        .initialValue(cycle.reminderDays().stream()
                                .map(String::valueOf)
                                .collect(Collectors.joining(", ")))))));
        blocks.add(input(i -> i.blockId(ESCALATION)
                .label(plainText("Days before a missed deadline is escalated"))
                .hint(plainText("After the appraiser, the Head of Services hears of a missed deadline this many days"
                        + " later."))
                .element(numberInput(n -> n.actionId("days")
                        .decimalAllowed(false)
                        .minValue("1")
                        .maxValue("60")
                        .initialValue(Integer.toString(cycle.escalationDays()))))));
        return blocks;
    }

    private static com.slack.api.model.block.element.ButtonElement nextCycleButton(CycleYear year) {
        String next = year.next().label();
        return button(b -> b.actionId(NEXT_CYCLE)
                .text(plainText("Start the " + next + " cycle year"))
                .value(Integer.toString(year.startYear()))
                .confirm(ConfirmationDialogObject.builder()
                        .title(plainText("Start " + next + "?"))
                        .text(plainText("People and appraiser assignments carry over to " + next + " with the"
                                + " policy's dates. The records of " + year.label() + " stay as they are."))
                        .confirm(plainText("Start " + next))
                        .deny(plainText("Cancel"))
                        .build()));
    }
}
