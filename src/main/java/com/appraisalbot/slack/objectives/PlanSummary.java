package com.appraisalbot.slack.objectives;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.appraisalbot.objectives.CpdActivity;
import com.appraisalbot.objectives.Objective;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.slack.Excerpt;
import com.appraisalbot.slack.SlackDates;
import com.slack.api.model.block.LayoutBlock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan as others read it in Slack: a section per objective and one for development and support,
 * everything typed escaped, long answers cut visibly so each section stays within Slack's 3,000
 * characters, with a note that the full text is in the app.
 */
final class PlanSummary {

    private static final int OBJECTIVE = 1000;
    private static final int SUCCESS = 1200;
    private static final int LINK = 250;
    private static final int OTHER_CPD = 400;
    private static final int SUPPORT = 900;
    private static final String NOT_GIVEN = "_Not given_";

    private boolean cut;

    private PlanSummary() {}

    /** The plan's blocks: five sections, and a note when any answer was cut short. */
    static List<LayoutBlock> blocks(ObjectivesPlan plan, ZoneId zone) {
        PlanSummary summary = new PlanSummary();
        List<LayoutBlock> blocks = new ArrayList<>();
        for (ObjectiveArea area : ObjectiveArea.values()) {
            String text = summary.objective(area, plan.objective(area));
            blocks.add(section(s -> s.blockId("plan_objective_" + area.number()).text(markdownText(text))));
        }
        String support = summary.support(plan, zone);
        blocks.add(section(s -> s.blockId("plan_support").text(markdownText(support))));
        if (summary.cut) {
            blocks.add(context(c -> c.blockId("plan_cut")
                    .elements(List.of(markdownText("Some answers are cut short here (…). The full text is in"
                            + " Appraisal Bot: open the objectives from the Home tab.")))));
        }
        return blocks;
    }

    private String objective(ObjectiveArea area, Objective objective) {
        return "*" + area.title() + "*\n" + answer(objective.objective(), OBJECTIVE)
                + "\n*Success criteria / evidence required:* " + answer(objective.successCriteria(), SUCCESS)
                + "\n*Link to PTS:* " + answer(objective.ptsLink(), LINK)
                + "   *Link to SIP:* " + answer(objective.sipLink(), LINK);
    }

    private String support(ObjectivesPlan plan, ZoneId zone) {
        String activities =
                plan.cpdActivities().stream().sorted().map(CpdActivity::label).collect(Collectors.joining("; "));
        String other = plan.otherCpd().isEmpty() ? "" : (activities.isEmpty() ? "" : "; ") + cut(plan.otherCpd());
        String cpd = activities.isEmpty() && other.isEmpty() ? NOT_GIVEN : activities + other;
        String meeting = plan.meetingDate() == null ? NOT_GIVEN : SlackDates.day(plan.meetingDate(), zone);
        return "*Development and support*\n*CPD activities:* " + cpd
                + "\n*Development, training and support:* " + answer(plan.developmentSupport(), SUPPORT)
                + "\n*Resources to support the objectives:* " + answer(plan.resources(), SUPPORT)
                + "\n*Planning meeting:* " + meeting;
    }

    private String cut(String otherCpd) {
        return answer(otherCpd, OTHER_CPD);
    }

    private String answer(String text, int limit) {
        if (text.isEmpty()) {
            return NOT_GIVEN;
        }
        Excerpt excerpt = Excerpt.of(text, limit);
        cut |= excerpt.cut();
        return excerpt.text();
    }
}
