package com.appraisalbot.slack.approvals;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Approvals;
import com.appraisalbot.approvals.DecisionResult;
import com.appraisalbot.config.Settings;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.FormValues;
import com.appraisalbot.slack.ModalText;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackDates;
import com.appraisalbot.slack.SlackListener;
import com.appraisalbot.slack.SlackText;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Approve and Return buttons of every approval message, and the Return comment modal. The
 * clicker is the signed user, checked by {@link Approvals} against the version's subject; the
 * button's value only names the version. A second click, a Slack retry or a click on a replaced
 * version changes nothing and is told why, privately.
 */
@ApplicationScoped
public class ApprovalActions implements SlackListener {

    static final String RETURN_CALLBACK = "approval_return_comment";
    static final String COMMENT = "comment";

    private final Requesters requesters;
    private final Approvals approvals;
    private final ApprovalMessages messages;
    private final SlackApi slackApi;
    private final ZoneId zone;

    @Inject
    public ApprovalActions(
            Requesters requesters,
            Approvals approvals,
            ApprovalMessages messages,
            SlackApi slackApi,
            Settings settings) {
        this.requesters = requesters;
        this.approvals = approvals;
        this.messages = messages;
        this.slackApi = slackApi;
        this.zone = settings.provision().timeZone();
    }

    @Override
    public void registerWith(App app) {
        app.blockAction(ApprovalMessages.APPROVE, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            later(app, "approve a version", payload, () -> approve(payload));
            return context.ack();
        });
        app.blockAction(ApprovalMessages.RETURN, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            later(app, "open the return comment", payload, () -> askForComment(payload));
            return context.ack();
        });
        app.viewSubmission(RETURN_CALLBACK, (request, context) -> returned(app, request.getPayload(), context));
    }

    private static void later(App app, String what, BlockActionPayload payload, Runnable work) {
        AfterAck.run(app, what, payload.getTeam().getId(), payload.getUser().getId(), work);
    }

    private void approve(BlockActionPayload payload) {
        Optional<Clicked> clicked = clicked(payload);
        if (clicked.isEmpty()) {
            return;
        }
        try {
            DecisionResult result =
                    approvals.approve(clicked.get().versionId(), clicked.get().person());
            if (result.status() == DecisionResult.Status.DECIDED) {
                decided(result, clickedMessage(payload));
            } else {
                tell(payload, settledText(result));
            }
        } catch (AccessDenied e) {
            tell(payload, e.getMessage() + " Nothing was changed.");
        }
    }

    private void askForComment(BlockActionPayload payload) {
        Optional<Clicked> clicked = clicked(payload);
        if (clicked.isEmpty()) {
            return;
        }
        try {
            ApprovalRequest request = approvals.requireMayDecide(
                    clicked.get().versionId(), clicked.get().person());
            Optional<DecisionResult> settled = approvals.settled(request);
            if (settled.isPresent()) {
                tell(payload, settledText(settled.get()));
                return;
            }
            slackApi.openModal(
                    payload.getTriggerId(),
                    commentModal(request, messages.subject(request).noun()));
        } catch (AccessDenied e) {
            tell(payload, e.getMessage() + " Nothing was changed.");
        }
    }

    private Response returned(App app, ViewSubmissionPayload payload, ViewSubmissionContext context) {
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        String comment =
                new FormValues(payload.getView()).text(COMMENT, COMMENT).orElse("");
        Optional<String> problem = Approvals.commentProblem(comment);
        Optional<Long> versionId = versionId(payload.getView().getPrivateMetadata());
        Optional<Person> clicker = requesters.identify(teamId, userId);
        if (problem.isPresent() || versionId.isEmpty() || clicker.isEmpty()) {
            String message = problem.orElse("This form is out of date. Close it and use the message's button again.");
            return context.ack(r -> r.responseAction("errors").errors(Map.of(COMMENT, message)));
        }
        DecisionResult result;
        try {
            result = approvals.returnWithComment(versionId.get(), clicker.get(), comment);
        } catch (AccessDenied e) {
            return context.ack(r -> r.responseAction("errors").errors(Map.of(COMMENT, e.getMessage())));
        }
        if (result.status() != DecisionResult.Status.DECIDED) {
            View notice = Notices.modal("Nothing changed", settledText(result));
            return context.ack(r -> r.responseAction("update").view(notice));
        }
        AfterAck.run(app, "show a returned version", teamId, userId, () -> decided(result, Optional.empty()));
        String author = SlackText.escape(result.request().subject().displayName());
        View done = Notices.modal("Returned", "Returned to " + author + " with your comment. They have been told.");
        return context.ack(r -> r.responseAction("update").view(done));
    }

    private void decided(DecisionResult result, Optional<ApprovalRequest.MessageRef> clicked) {
        ApprovalRequest request = result.request();
        messages.showDecision(request, result.decision().orElseThrow(), clicked);
        messages.subject(request).decided(request, result.decision().orElseThrow());
    }

    /** Why a click changed nothing: the version was replaced, or someone already decided. */
    private String settledText(DecisionResult result) {
        ApprovalRequest request = result.request();
        if (result.status() == DecisionResult.Status.SUPERSEDED) {
            return "This message is about version " + request.versionNumber() + ", which version "
                    + result.latestVersionNumber() + " has replaced, so nothing was changed. Decide on version "
                    + result.latestVersionNumber() + " from its own message.";
        }
        var decision = result.decision().orElseThrow();
        String what = decision.outcome().name().toLowerCase(Locale.ROOT);
        return "Version " + request.versionNumber() + " was already " + what + " by "
                + SlackText.escape(decision.decidedBy().displayName()) + " on "
                + SlackDates.moment(decision.decidedAt(), zone) + ", so nothing more was changed.";
    }

    private record Clicked(Person person, long versionId) {}

    private Optional<Clicked> clicked(BlockActionPayload payload) {
        String teamId = payload.getTeam().getId();
        Optional<Person> person = requesters.identify(teamId, payload.getUser().getId());
        if (person.isEmpty()) {
            tell(payload, requesters.notSetUp(teamId));
            return Optional.empty();
        }
        Optional<Long> versionId = versionId(payload.getActions().get(0).getValue());
        if (versionId.isEmpty() || approvals.request(versionId.get()).isEmpty()) {
            tell(payload, "That approval is no longer in Appraisal Bot, so nothing was changed.");
            return Optional.empty();
        }
        return Optional.of(new Clicked(person.get(), versionId.get()));
    }

    /** The message whose button was clicked, when the click came from a message. */
    private static Optional<ApprovalRequest.MessageRef> clickedMessage(BlockActionPayload payload) {
        BlockActionPayload.Container container = payload.getContainer();
        if (container == null || container.getChannelId() == null || container.getMessageTs() == null) {
            return Optional.empty();
        }
        return Optional.of(new ApprovalRequest.MessageRef(container.getChannelId(), container.getMessageTs()));
    }

    /** A private answer to the clicker, in the conversation where they clicked. */
    private void tell(BlockActionPayload payload, String text) {
        String channel = payload.getChannel() != null
                ? payload.getChannel().getId()
                : payload.getUser().getId();
        slackApi.postEphemeral(channel, payload.getUser().getId(), text);
    }

    private static Optional<Long> versionId(String value) {
        return value != null && value.matches("\\d{1,18}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }

    static View commentModal(ApprovalRequest request, String noun) {
        String author = SlackText.escape(request.subject().displayName());
        return view(v -> v.type("modal")
                .callbackId(RETURN_CALLBACK)
                .privateMetadata(Long.toString(request.versionId()))
                .title(ModalText.title("Return with comment"))
                .submit(ModalText.submit("Return"))
                .close(ModalText.close("Cancel"))
                .blocks(List.of(
                        section(s -> s.blockId("return_who")
                                .text(markdownText("Version " + request.versionNumber() + " of " + author + "'s "
                                        + noun + " goes back to them with your comment. They can change it and"
                                        + " send it again; this version and its signatures are kept."))),
                        input(i -> i.blockId(COMMENT)
                                .label(plainText("What should change?"))
                                .hint(plainText("Up to " + Approvals.COMMENT_MAX + " characters. They see it as"
                                        + " you write it."))
                                .element(plainTextInput(
                                        t -> t.actionId(COMMENT).multiline(true).maxLength(Approvals.COMMENT_MAX)))))));
    }
}
