package com.appraisalbot.slack.objectives;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Decision;
import com.appraisalbot.config.Settings;
import com.appraisalbot.objectives.Objectives;
import com.appraisalbot.signing.RecordHistory;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.approvals.ApprovalMessages;
import com.appraisalbot.slack.approvals.ApprovalSubject;
import com.appraisalbot.slack.home.HomePublisher;
import com.slack.api.model.block.LayoutBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Agreed objectives in approval messages: the plan summarised, and the case manager told the outcome. */
@ApplicationScoped
public class ObjectivesApprovals implements ApprovalSubject {

    private final Objectives objectives;
    private final SlackApi slackApi;
    private final HomePublisher homes;
    private final ZoneId zone;

    @Inject
    public ObjectivesApprovals(Objectives objectives, SlackApi slackApi, HomePublisher homes, Settings settings) {
        this.objectives = objectives;
        this.slackApi = slackApi;
        this.homes = homes;
        this.zone = settings.provision().timeZone();
    }

    @Override
    public String recordType() {
        return Objectives.RECORD_TYPE;
    }

    @Override
    public String noun() {
        return "objectives";
    }

    @Override
    public String requestText(ApprovalRequest request) {
        return SlackText.escape(request.subject().displayName()) + " has sent you their objectives for "
                + request.year().label() + " (version " + request.versionNumber() + ") to approve.";
    }

    @Override
    public List<LayoutBlock> summary(ApprovalRequest request) {
        RecordHistory history = objectives.history(request.subject(), request.year());
        var version = history.versions().stream()
                .map(RecordHistory.Entry::version)
                .filter(v -> v.id() == request.versionId())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Version " + request.versionId() + " is missing"));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("plan_who")
                .text(markdownText("*" + SlackText.escape(request.subject().displayName()) + "'s objectives for "
                        + request.year().label() + "*, version " + request.versionNumber()
                        + ", signed by them on submission. Approving signs them as their appraiser."))));
        blocks.addAll(PlanSummary.blocks(Objectives.plan(version), zone));
        return blocks;
    }

    @Override
    public void decided(ApprovalRequest request, Decision decision) {
        String line = ApprovalMessages.decisionLine(decision, zone);
        List<LayoutBlock> blocks = new ArrayList<>();
        if (decision.outcome() == Decision.Outcome.APPROVED) {
            String text = "Your objectives for " + request.year().label() + " (version " + request.versionNumber()
                    + ") are agreed: signed by you and your appraiser.";
            blocks.add(section(s -> s.blockId("objectives_outcome").text(markdownText(text + "\n" + line))));
            slackApi.postMessage(request.subject().slackUserId(), text, blocks);
        } else {
            String text = "Your appraiser returned your objectives for "
                    + request.year().label() + " (version " + request.versionNumber()
                    + ") with a comment. Revise them and submit again.";
            blocks.add(section(s -> s.blockId("objectives_outcome").text(markdownText(text + "\n" + line))));
            blocks.add(actions(a -> a.blockId("objectives_outcome_actions")
                    .elements(List.of(button(b -> b.actionId(ObjectivesForms.OPEN)
                            .text(plainText("Open objectives"))
                            .style("primary")
                            .value(Long.toString(request.subject().id())))))));
            slackApi.postMessage(request.subject().slackUserId(), text, blocks);
        }
        homes.refresh(request.subject());
        homes.refresh(decision.decidedBy());
    }
}
