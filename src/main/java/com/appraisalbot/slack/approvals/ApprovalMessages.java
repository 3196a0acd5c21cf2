package com.appraisalbot.slack.approvals;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Approvals;
import com.appraisalbot.approvals.Decision;
import com.appraisalbot.config.Settings;
import com.appraisalbot.slack.Excerpt;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackDates;
import com.appraisalbot.slack.SlackText;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The approver's DM for a version: its summary with "Approve …" and "Return with comment" buttons,
 * whose value is only the version's ID. Once decided, or replaced by a newer version, the same
 * message is updated in place ({@code chat.update}) to say so, without buttons.
 */
@ApplicationScoped
public class ApprovalMessages {

    static final String APPROVE = "approval_approve";
    static final String RETURN = "approval_return";

    private final Instance<ApprovalSubject> subjects;
    private final Approvals approvals;
    private final SlackApi slackApi;
    private final ZoneId zone;

    @Inject
    public ApprovalMessages(
            Instance<ApprovalSubject> subjects, Approvals approvals, SlackApi slackApi, Settings settings) {
        this.subjects = subjects;
        this.approvals = approvals;
        this.slackApi = slackApi;
        this.zone = settings.provision().timeZone();
    }

    /** DMs the approver and remembers the message, so the decision can update it. */
    public void send(ApprovalRequest request) {
        ApprovalSubject subject = subject(request);
        List<LayoutBlock> blocks = new ArrayList<>(subject.summary(request));
        String value = Long.toString(request.versionId());
        blocks.add(actions(a -> a.blockId("approval_buttons")
                .elements(List.of(
                        button(b -> b.actionId(APPROVE)
                                .text(plainText(capitalised("Approve " + subject.noun())))
                                .style("primary")
                                .value(value)),
                        button(b -> b.actionId(RETURN)
                                .text(plainText("Return with comment"))
                                .value(value))))));
        ChatPostMessageResponse sent =
                slackApi.postMessage(request.approver().slackUserId(), subject.requestText(request), blocks);
        ApprovalRequest.MessageRef where = new ApprovalRequest.MessageRef(sent.getChannel(), sent.getTs());
        approvals.messageSent(request.versionId(), where);
        // A decision made before the message's place was stored had nowhere to show itself: show it now.
        approvals
                .decision(request.versionId())
                .ifPresent(decision -> showDecision(request, decision, Optional.of(where)));
    }

    /**
     * Replaces the buttons with who decided what and when, and the comment when returned.
     *
     * @param clicked the message the decision was clicked in, when known: a click can arrive before
     *     the message's place is stored
     */
    public void showDecision(ApprovalRequest request, Decision decision, Optional<ApprovalRequest.MessageRef> clicked) {
        update(request, decisionLine(decision, zone), clicked);
    }

    /** Replaces the buttons of an undecided request with a note that a newer version replaced it. */
    public void showReplaced(ApprovalRequest request, int newerVersion) {
        update(
                request,
                "Version " + request.versionNumber() + " was replaced by version " + newerVersion
                        + " before anyone decided on it. A new message asks for your decision on version "
                        + newerVersion + ".",
                Optional.empty());
    }

    /** "Approved by Ann on …" or "Returned by Ann on …: comment", escaped, within a context block's limit. */
    public static String decisionLine(Decision decision, ZoneId zone) {
        String who = SlackText.escape(decision.decidedBy().displayName());
        String when = SlackDates.moment(decision.decidedAt(), zone);
        if (decision.outcome() == Decision.Outcome.APPROVED) {
            return "*Approved* by " + who + " on " + when + ".";
        }
        return "*Returned* by " + who + " on " + when + " with this comment: "
                + Excerpt.of(decision.comment(), 1500).text();
    }

    ApprovalSubject subject(ApprovalRequest request) {
        for (ApprovalSubject subject : subjects) {
            if (subject.recordType().equals(request.recordType())) {
                return subject;
            }
        }
        throw new IllegalStateException("No ApprovalSubject bean handles records of type " + request.recordType());
    }

    private void update(ApprovalRequest asked, String outcome, Optional<ApprovalRequest.MessageRef> clicked) {
        // Read again: where the message is was stored after the version's request was first read.
        ApprovalRequest request = approvals.request(asked.versionId()).orElse(asked);
        Optional<ApprovalRequest.MessageRef> where = clicked.or(request::message);
        if (where.isEmpty()) {
            return;
        }
        ApprovalSubject subject = subject(request);
        List<LayoutBlock> blocks = new ArrayList<>(subject.summary(request));
        blocks.add(section(s -> s.blockId("approval_outcome").text(markdownText(outcome))));
        ApprovalRequest.MessageRef message = where.get();
        slackApi.updateMessage(message.channel(), message.ts(), outcome, blocks);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
