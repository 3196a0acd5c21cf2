package com.appraisalbot.slack.home;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Duty;
import com.appraisalbot.progress.Progress;
import com.appraisalbot.progress.Standing;
import com.appraisalbot.slack.SlackDates;
import com.slack.api.model.block.LayoutBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** A case manager's own cycle: the stage they are at, the next deadline and what to do now. */
@ApplicationScoped
public class MyCycleSection implements HomeSection {

    /** Opens the cycle's four deadlines, with the policy's reason for each. */
    static final String SHOW_CALENDAR = "home_show_calendar";

    private final Directory directory;
    private final Progress progress;

    @Inject
    public MyCycleSection(Directory directory, Progress progress) {
        this.directory = directory;
        this.progress = progress;
    }

    @Override
    public int order() {
        return MY_CYCLE;
    }

    @Override
    public List<LayoutBlock> blocks(HomeContext home) {
        if (!home.viewer().holds(Role.CASE_MANAGER)) {
            return List.of();
        }
        Cycle cycle = home.cycle();
        Optional<AppraiserAssignment> assignment = directory.assignmentOf(home.viewer(), cycle.year());
        Standing standing = assignment
                .map(a -> progress.standings(List.of(a), cycle, home.today())
                        .get(home.viewer().id()))
                .orElseGet(() -> progress.notStarted(cycle, home.today()));
        return List.of(
                header(h -> h.text(plainText("Your appraisal, " + cycle.year().label()))),
                section(s -> s.blockId("home_my_stage").text(markdownText(summary(home, assignment, standing)))),
                section(s -> s.blockId("home_my_next").text(markdownText(whatToDoNow(home, assignment, standing)))),
                actions(a -> a.blockId("home_my_actions")
                        .elements(List.of(button(b -> b.actionId(SHOW_CALENDAR)
                                .text(plainText("See all the cycle's deadlines"))
                                .value(Integer.toString(cycle.year().startYear())))))));
    }

    private static String summary(HomeContext home, Optional<AppraiserAssignment> assignment, Standing standing) {
        String appraiser = assignment
                .map(a -> "<@" + a.appraiser().slackUserId() + ">")
                .orElse("not assigned yet: an admin assigns one");
        String deadline = standing.stage()
                .map(stage -> SlackDates.day(home.cycle().deadline(stage), home.zone()))
                .orElse("none: every stage is complete");
        return "*Stage:* " + CaseManagerRows.stage(standing) + "\n*Next deadline:* " + deadline
                + CaseManagerRows.overdueSentence(standing) + "\n*Appraiser:* " + appraiser;
    }

    private static String whatToDoNow(HomeContext home, Optional<AppraiserAssignment> assignment, Standing standing) {
        if (assignment.isEmpty()) {
            return "*What to do now:* nothing yet. Once an admin assigns your appraiser, your planning meeting"
                    + " can be booked.";
        }
        List<Duty> mine = standing.dutiesNow().stream()
                .filter(d -> home.viewer().id().equals(d.actorId()))
                .toList();
        if (!mine.isEmpty()) {
            return "*What to do now:* " + mine.get(0).action();
        }
        if (!standing.dutiesNow().isEmpty()) {
            return "*What to do now:* nothing; it is your appraiser's turn. You will hear when they have acted.";
        }
        return "*What to do now:* "
                + standing.stage().map(CaseManagerGuidance::forStage).orElse("nothing more.");
    }
}
