package com.appraisalbot.slack.objectives;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.block.element.BlockElements.staticSelect;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.home.HomeContext;
import com.appraisalbot.slack.home.HomeSection;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * For an appraiser: whose objectives wait for their approval, and a way to read any appraisee's
 * objectives and progress, from the appraisees the Home reads once for every section.
 */
@ApplicationScoped
public class ApprovalsHomeSection implements HomeSection {

    /** Shown one per row; more are counted. */
    static final int MOST_ROWS = 10;
    /** Slack's limit on a select's options. */
    private static final int MOST_OPTIONS = 100;

    private static final int LONGEST_NAME = 50;

    @Override
    public int order() {
        return MY_OBJECTIVES + 10;
    }

    @Override
    public List<LayoutBlock> blocks(HomeContext home) {
        if (!home.viewer().holds(Role.APPRAISER)) {
            return List.of();
        }
        CycleYear year = home.cycle().year();
        List<AppraiserAssignment> assignments = home.appraisees().assignments();
        if (assignments.isEmpty()) {
            return List.of();
        }
        List<Person> waiting = home.appraisees().waitingOnTheirAppraiser(Set.of(Stage.PLANNING));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Objectives to approve, " + year.label()))));
        blocks.add(section(s -> s.blockId("home_approvals_summary").text(markdownText(summary(waiting.size())))));
        waiting.stream().limit(MOST_ROWS).forEach(p -> blocks.add(row(p)));
        blocks.add(actions(a -> a.blockId("home_approvals_view")
                .elements(List.of(staticSelect(s -> s.actionId(ObjectivesForms.OPEN)
                        .placeholder(plainText("Read someone's objectives and progress"))
                        .options(options(assignments)))))));
        return blocks;
    }

    private static String summary(int waiting) {
        if (waiting == 0) {
            return "Nothing waits for you. When someone submits their objectives, I'll message you with Approve and"
                    + " Return buttons, and they'll be listed here.";
        }
        return waiting + (waiting == 1 ? " case manager's objectives wait" : " case managers' objectives wait")
                + " for you. Approve or return them from the message I sent you."
                + (waiting > MOST_ROWS ? " The first " + MOST_ROWS + " are here." : "");
    }

    private static LayoutBlock row(Person caseManager) {
        String name = SlackText.escape(caseManager.displayName());
        return section(s -> s.blockId("home_approval_" + caseManager.id())
                .text(markdownText("*" + name + "*: their objectives wait for your approval."))
                .accessory(button(b -> b.actionId(ObjectivesForms.OPEN)
                        .text(plainText("Read"))
                        .value(Long.toString(caseManager.id()))
                        .accessibilityLabel("Read " + shortName(caseManager) + "'s objectives"))));
    }

    private static List<OptionObject> options(List<AppraiserAssignment> assignments) {
        return assignments.stream()
                .limit(MOST_OPTIONS)
                .map(a -> option(
                        plainText(shortName(a.caseManager())),
                        Long.toString(a.caseManager().id())))
                .toList();
    }

    private static String shortName(Person person) {
        String name = person.displayName();
        return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME);
    }
}
