package com.appraisalbot.slack.objectives;

import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.config.Settings;
import com.appraisalbot.objectives.Objectives;
import com.appraisalbot.objectives.ObjectivesStatus;
import com.appraisalbot.objectives.ProgressLog;
import com.appraisalbot.people.Person;
import com.appraisalbot.signing.RecordHistory;
import com.appraisalbot.slack.ModalText;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.approvals.ApprovalMessages;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case manager's objectives as their appraiser (or a leader) reads them: the newest version they
 * submitted, its status, and the progress they have logged. Read only; the caller has asked
 * {@code Access} whether the viewer may see it. The draft stays private to the case manager.
 */
@ApplicationScoped
public class ObjectivesView {

    static final int TIMELINE_ENTRIES = 10;

    private final Objectives objectives;
    private final ProgressLog progressLog;
    private final ZoneId zone;

    @Inject
    public ObjectivesView(Objectives objectives, ProgressLog progressLog, Settings settings) {
        this.objectives = objectives;
        this.progressLog = progressLog;
        this.zone = settings.provision().timeZone();
    }

    View of(Person caseManager, CycleYear year) {
        String name = SlackText.escape(caseManager.displayName());
        ObjectivesStatus status = objectives.status(caseManager, year);
        Optional<RecordHistory.Entry> latest =
                objectives.history(caseManager, year).latest();
        List<LayoutBlock> blocks = new ArrayList<>();
        String decision = status.decision()
                .map(d -> "\n" + ApprovalMessages.decisionLine(d, zone))
                .orElse("");
        String state = latest.isEmpty()
                ? "Nothing submitted yet."
                : status.state().label().replace("your appraiser", "the appraiser") + " (version "
                        + status.versionNumber() + ")." + decision;
        blocks.add(section(s -> s.blockId("view_who")
                .text(markdownText("*" + name + "*, " + year.label() + "\n*Objectives:* " + state))));
        latest.ifPresent(entry -> blocks.addAll(PlanSummary.blocks(Objectives.plan(entry.version()), zone)));
        blocks.add(divider());
        blocks.addAll(Timeline.blocks(progressLog.timeline(caseManager, year, TIMELINE_ENTRIES), zone, "view"));
        return view(v -> v.type("modal")
                .callbackId("objectives_view")
                .title(ModalText.title("Objectives " + year.label()))
                .close(ModalText.close("Close"))
                .blocks(blocks));
    }
}
