package com.appraisalbot.slack.objectives;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.Objectives;
import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.objectives.ObjectivesStatus;
import com.appraisalbot.objectives.ProgressLog;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.slack.Excerpt;
import com.appraisalbot.slack.home.HomeContext;
import com.appraisalbot.slack.home.HomeSection;
import com.slack.api.model.block.LayoutBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** A case manager's objectives on their Home: where they stand, the way in, and the newest progress. */
@ApplicationScoped
public class ObjectivesHomeSection implements HomeSection {

    static final int TIMELINE_ENTRIES = 5;
    private static final int OBJECTIVE_EXCERPT = 150;

    private final Objectives objectives;
    private final ProgressLog progressLog;

    @Inject
    public ObjectivesHomeSection(Objectives objectives, ProgressLog progressLog) {
        this.objectives = objectives;
        this.progressLog = progressLog;
    }

    @Override
    public int order() {
        return MY_OBJECTIVES;
    }

    @Override
    public List<LayoutBlock> blocks(HomeContext home) {
        Person viewer = home.viewer();
        if (!viewer.holds(Role.CASE_MANAGER)) {
            return List.of();
        }
        CycleYear year = home.cycle().year();
        ObjectivesStatus status = objectives.status(viewer, year);
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Your objectives, " + year.label()))));
        blocks.add(section(s -> s.blockId("home_objectives_status")
                .text(markdownText(statusLine(status) + "\n" + objectiveLines(objectives.draft(viewer, year))))));
        blocks.add(actions(a -> a.blockId("home_objectives_actions")
                .elements(List.of(
                        button(b -> b.actionId(ObjectivesForms.OPEN)
                                .text(plainText("Open objectives"))
                                .style("primary")),
                        button(b -> b.actionId(ProgressForm.OPEN).text(plainText("Log progress")))))));
        blocks.addAll(Timeline.blocks(progressLog.timeline(viewer, year, TIMELINE_ENTRIES), home.zone(), "home"));
        return blocks;
    }

    private static String statusLine(ObjectivesStatus status) {
        String version = status.versionNumber() == 0 ? "" : " (version " + status.versionNumber() + ")";
        String changes = status.unsubmittedChanges() && status.state() != ObjectivesStatus.State.NOT_SUBMITTED
                ? " You have saved changes not yet submitted."
                : "";
        return "*Status:* " + status.state().label() + version + "." + changes;
    }

    private static String objectiveLines(ObjectivesPlan plan) {
        StringBuilder text = new StringBuilder();
        for (ObjectiveArea area : ObjectiveArea.values()) {
            String objective = plan.objective(area).objective();
            text.append("\n*")
                    .append(area.number())
                    .append(". ")
                    .append(area.label())
                    .append(":* ")
                    .append(
                            objective.isEmpty()
                                    ? "_not written yet_"
                                    : Excerpt.of(objective, OBJECTIVE_EXCERPT).text());
        }
        return text.toString().strip();
    }
}
