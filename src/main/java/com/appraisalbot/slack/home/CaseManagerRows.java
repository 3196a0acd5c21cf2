package com.appraisalbot.slack.home;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Duty;
import com.appraisalbot.progress.Standing;
import com.appraisalbot.slack.SlackText;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.stream.Collectors;

/** How a case manager's standing reads on the Home: in their own part and in lists of people. */
final class CaseManagerRows {

    /** Opens the read-only progress of the case manager named by the button's value. */
    static final String OPEN_PERSON = "home_open_person";

    private static final int LONGEST_LABEL_NAME = 50;

    private CaseManagerRows() {}

    /** One row of a list: name, designation, stage and what is overdue, with an Open button. */
    static LayoutBlock row(Person caseManager, Standing standing) {
        return row(caseManager, stage(standing) + overdueSentence(standing));
    }

    /** A row for a case manager who has no appraiser yet, so whose stage nobody can move on. */
    static LayoutBlock rowWithoutAppraiser(Person caseManager, String yearLabel) {
        return row(caseManager, "No appraiser assigned for " + yearLabel + " yet.");
    }

    private static LayoutBlock row(Person caseManager, String status) {
        String name = SlackText.escape(caseManager.displayName());
        String designation =
                caseManager.designation() == null ? "" : " · " + SlackText.escape(caseManager.designation());
        String label = "Open " + SlackText.escape(shortName(caseManager.displayName())) + "'s progress";
        return section(s -> s.blockId("home_person_" + caseManager.id())
                .text(markdownText("*" + name + "*" + designation + "\n" + status))
                .accessory(button(b -> b.actionId(OPEN_PERSON)
                        .text(plainText("Open"))
                        .value(Long.toString(caseManager.id()))
                        .accessibilityLabel(label))));
    }

    /** "Mid-point review: waiting for the appraiser", or "… not started" for work no feature records yet. */
    static String stage(Standing standing) {
        if (standing.stage().isEmpty()) {
            return "All stages complete.";
        }
        Stage stage = standing.stage().get();
        List<Duty> now = standing.dutiesNow();
        String status = now.isEmpty()
                ? "not started"
                : "waiting for " + waitingFor(now.get(0).actorRole());
        return stage.label() + ": " + status + ".";
    }

    static String overdueSentence(Standing standing) {
        if (!standing.isOverdue()) {
            return "";
        }
        return " *Overdue:* " + standing.overdue().stream().map(Stage::label).collect(Collectors.joining(", ")) + ".";
    }

    private static String waitingFor(Role role) {
        return switch (role) {
            case CASE_MANAGER -> "the case manager";
            case APPRAISER -> "the appraiser";
            case SLT_MEMBER -> "an SLT member";
            case HEAD_OF_SERVICES -> "the Head of Services";
            case ADMIN -> "an admin";
        };
    }

    private static String shortName(String name) {
        return name.length() <= LONGEST_LABEL_NAME ? name : name.substring(0, LONGEST_LABEL_NAME);
    }
}
