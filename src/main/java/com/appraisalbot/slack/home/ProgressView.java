package com.appraisalbot.slack.home;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.calendar.PolicyDefaults;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.config.Settings;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.progress.Progress;
import com.appraisalbot.progress.Standing;
import com.appraisalbot.slack.ModalText;
import com.appraisalbot.slack.SlackDates;
import com.appraisalbot.slack.SlackText;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Read-only modals opened from the Home: one case manager's progress, and the cycle's deadlines. */
@ApplicationScoped
public class ProgressView {

    private final Directory directory;
    private final Progress progress;
    private final ZoneId zone;

    @Inject
    public ProgressView(Directory directory, Progress progress, Settings settings) {
        this.directory = directory;
        this.progress = progress;
        this.zone = settings.provision().timeZone();
    }

    /** A case manager's stage and each deadline; the caller has checked the viewer may see it. */
    View of(Person caseManager, Cycle cycle, LocalDate today) {
        Optional<AppraiserAssignment> assignment = directory.assignmentOf(caseManager, cycle.year());
        Standing standing = assignment
                .map(a -> progress.standings(List.of(a), cycle, today).get(caseManager.id()))
                .orElseGet(() -> progress.notStarted(cycle, today));
        String appraiser =
                assignment.map(a -> "<@" + a.appraiser().slackUserId() + ">").orElse("not assigned yet");
        String designation =
                caseManager.designation() == null ? "" : " · " + SlackText.escape(caseManager.designation());
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("progress_who")
                .text(markdownText("*" + SlackText.escape(caseManager.displayName()) + "*" + designation
                        + "\n*Appraiser:* " + appraiser + "\n*Stage:* " + CaseManagerRows.stage(standing)
                        + CaseManagerRows.overdueSentence(standing)))));
        blocks.add(deadlineList(cycle));
        return view(v -> v.type("modal")
                .callbackId("home_progress")
                .title(ModalText.title("Progress " + cycle.year().label()))
                .close(ModalText.close("Close"))
                .blocks(blocks));
    }

    /** The cycle's four deadlines with the policy's reason for each. */
    View deadlines(Cycle cycle) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(deadlineList(cycle));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "An admin sets these dates for the provision, since half terms differ by local authority.")))));
        return view(v -> v.type("modal")
                .callbackId("home_deadlines")
                .title(ModalText.title("Deadlines " + cycle.year().label()))
                .close(ModalText.close("Close"))
                .blocks(blocks));
    }

    private LayoutBlock deadlineList(Cycle cycle) {
        StringBuilder text = new StringBuilder();
        for (Stage stage : Stage.values()) {
            text.append("*")
                    .append(stage.label())
                    .append(":* ")
                    .append(SlackDates.day(cycle.deadline(stage), zone))
                    .append("\n_")
                    .append(PolicyDefaults.explanation(stage))
                    .append("_\n");
        }
        return section(s -> s.blockId("progress_deadlines")
                .text(markdownText(text.toString().trim())));
    }
}
