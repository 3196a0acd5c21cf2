package com.appraisalbot.slack.reviews;

import com.appraisalbot.access.Access;
import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.reviews.InvalidReview;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewRecord;
import com.appraisalbot.reviews.ReviewRefused;
import com.appraisalbot.reviews.Reviews;
import com.appraisalbot.signing.Signature;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackDates;
import com.appraisalbot.slack.SlackListener;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;

/**
 * The buttons on review DMs and the modals they open: the appraiser's Approve and Return, the case
 * manager's Sign, the SLT member's sign-off and Return. Every decision is checked on the server for
 * the signed clicker and the version the message showed; a second click signs nothing more.
 */
@ApplicationScoped
public class ReviewDecisionActions implements SlackListener {

    /** A decision on one review, by the person resolved from the signed request. */
    private interface Decision {
        void decide(Person actor, Person caseManager, CycleYear year, ReviewRef ref, BlockActionPayload payload);
    }

    private final ReviewContext context;
    private final Reviews reviews;
    private final Access access;
    private final SlackApi slackApi;
    private final ReviewNotifier notifier;

    @Inject
    public ReviewDecisionActions(
            ReviewContext context, Reviews reviews, Access access, SlackApi slackApi, ReviewNotifier notifier) {
        this.context = context;
        this.reviews = reviews;
        this.access = access;
        this.slackApi = slackApi;
        this.notifier = notifier;
    }

    @Override
    public void registerWith(App app) {
        on(app, ReviewDms.SIGN, this::sign);
        on(app, ReviewDms.RETURN, this::openReturn);
        on(app, ReviewDms.SLT_OPEN, this::openSltSignOff);
        app.viewSubmission(ReviewForms.RETURN, (request, ctx) -> submitReturn(app, request, ctx));
        app.viewSubmission(ReviewForms.SLT, (request, ctx) -> submitSltSignOff(app, request, ctx));
    }

    private void on(App app, String actionId, Decision decision) {
        app.blockAction(actionId, (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            AfterAck.run(
                    app,
                    actionId,
                    payload.getTeam().getId(),
                    payload.getUser().getId(),
                    () -> resolve(payload, decision));
            return ctx.ack();
        });
    }

    private void resolve(BlockActionPayload payload, Decision decision) {
        String value = payload.getActions().get(0).getValue();
        Optional<ReviewRef> ref = ReviewRef.parse(value == null ? null : value.replaceFirst(":(APPRAISER|SLT)$", ""));
        Optional<Person> actor =
                context.actor(payload.getTeam().getId(), payload.getUser().getId());
        Optional<Person> caseManager = actor.flatMap(a -> ref.flatMap(r -> context.caseManager(a, r.caseManagerId())));
        if (caseManager.isEmpty()) {
            context.tell(payload, "Not available", "I could not find that review. Open it from your Home.");
            return;
        }
        try {
            decision.decide(actor.get(), caseManager.get(), context.year(actor.get()), ref.get(), payload);
        } catch (AccessDenied | ReviewRefused e) {
            context.tell(payload, "Not done", e.getMessage());
        } catch (InvalidReview e) {
            context.tell(
                    payload,
                    "Not done",
                    "This review is not complete yet: "
                            + String.join(" ", e.problems().values()));
        }
    }

    private void sign(Person signer, Person caseManager, CycleYear year, ReviewRef ref, BlockActionPayload p) {
        Reviews.Step step = reviews.signAsCaseManager(signer, caseManager, year, ref.kind(), ref.version());
        if (step.alreadyDone()) {
            context.tell(p, "Already signed", "You already signed version " + ref.version() + ".");
            return;
        }
        notifier.signedByCaseManager(
                caseManager,
                year,
                step.record(),
                p.getContainer().getChannelId(),
                p.getContainer().getMessageTs());
    }

    private void openReturn(Person actor, Person caseManager, CycleYear year, ReviewRef ref, BlockActionPayload p) {
        access.requireSltReviewer(actor, caseManager, year);
        slackApi.openModal(p.getTriggerId(), ReviewForms.returnReason(ref, "SLT", "the appraiser"));
    }

    private void openSltSignOff(Person slt, Person caseManager, CycleYear year, ReviewRef ref, BlockActionPayload p) {
        access.requireSltReviewer(slt, caseManager, year);
        ReviewRecord record = reviews.record(slt.teamId(), caseManager.id(), year, ReviewKind.FINAL)
                .filter(r -> r.number() == ref.version())
                .orElseThrow(() -> new ReviewRefused(
                        "This message is about an older version of the review." + " Use the newest message about it."));
        slackApi.openModal(
                p.getTriggerId(),
                ReviewForms.sltSignOff(
                        ref, caseManager.displayName(), record.review(), notifier.sustained(caseManager, year)));
    }

    private Response submitReturn(App app, ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        String metadata = payload.getView().getPrivateMetadata();
        String reason = text(payload.getView().getState(), "reason");
        return decideInModal(app, ctx, payload, metadata, "reason", (actor, caseManager, year, ref) -> {
            reviews.sltReturn(actor, caseManager, year, ref.version(), reason);
            return Decided.closing(() -> {
                notifier.sltDecided(actor, caseManager, year, ReviewNotifier.SltOutcome.RETURNED);
                notifier.submitted(
                        caseManager,
                        year,
                        reviews.record(actor.teamId(), caseManager.id(), year, ReviewKind.FINAL)
                                .orElseThrow());
            });
        });
    }

    private Response submitSltSignOff(App app, ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        String comment = text(payload.getView().getState(), "comment");
        return decideInModal(
                app,
                ctx,
                payload,
                payload.getView().getPrivateMetadata(),
                "comment",
                (actor, caseManager, year, ref) -> {
                    Reviews.Step step = reviews.sltSignOff(actor, caseManager, year, ref.version(), comment);
                    return step.alreadyDone()
                            ? Decided.answering(Notices.modal("Already signed", alreadySigned(actor, step.record())))
                            : Decided.closing(() -> notifier.sltDecided(
                                    actor, caseManager, year, ReviewNotifier.SltOutcome.SIGNED_OFF));
                });
    }

    /** Who signed a final review for the SLT, and when, for someone who sent the sign-off again. */
    private static String alreadySigned(Person reader, ReviewRecord record) {
        Signature signature = record.signatureAs(Role.SLT_MEMBER).orElseThrow();
        String who = signature.signer().userId().equals(reader.slackUserId())
                ? "You"
                : "<@" + signature.signer().userId() + ">";
        return who + " already signed version " + record.number() + " of this final review for the SLT "
                + SlackDates.moment(signature.signedAt(), reader.timeZone())
                + ". Nothing more was signed, and the comment you just wrote was not added.";
    }

    /** A decision taken in a modal: stored before the answer, its messages sent after. */
    private interface ModalDecision {
        Decided decide(Person actor, Person caseManager, CycleYear year, ReviewRef ref);
    }

    /**
     * What a modal decision did: either messages to send once Slack has its answer (the modal then
     * closes), or a view that tells the person why nothing happened.
     */
    private record Decided(Runnable after, Optional<View> answer) {

        static Decided closing(Runnable after) {
            return new Decided(after, Optional.empty());
        }

        static Decided answering(View answer) {
            return new Decided(() -> {}, Optional.of(answer));
        }
    }

    private Response decideInModal(
            App app,
            ViewSubmissionContext ctx,
            ViewSubmissionPayload payload,
            String metadata,
            String field,
            ModalDecision decision) {
        Optional<ReviewRef> ref =
                ReviewRef.parse(metadata == null ? null : metadata.replaceFirst(":(APPRAISER|SLT)$", ""));
        Optional<Person> actor =
                context.actor(payload.getTeam().getId(), payload.getUser().getId());
        Optional<Person> caseManager = actor.flatMap(a -> ref.flatMap(r -> context.caseManager(a, r.caseManagerId())));
        if (caseManager.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(Notices.modal("Not available", "I could not find that review. Open it from your Home.")));
        }
        try {
            Decided decided = decision.decide(actor.get(), caseManager.get(), context.year(actor.get()), ref.get());
            if (decided.answer().isPresent()) {
                return ctx.ack(
                        r -> r.responseAction("update").view(decided.answer().get()));
            }
            AfterAck.run(
                    app,
                    "tell people about a review decision",
                    actor.get().teamId(),
                    actor.get().slackUserId(),
                    decided.after());
            return ctx.ack();
        } catch (InvalidReview e) {
            return ctx.ack(r -> r.responseAction("errors")
                    .errors(Map.of(field, e.problems().values().iterator().next())));
        } catch (AccessDenied | ReviewRefused e) {
            return ctx.ack(r -> r.responseAction("update").view(Notices.modal("Not done", e.getMessage())));
        }
    }

    private static String text(ViewState state, String blockId) {
        return Optional.ofNullable(state)
                .map(ViewState::getValues)
                .map(values -> values.get(blockId))
                .map(actions -> actions.get(ReviewForms.VALUE))
                .map(ViewState.Value::getValue)
                .orElse("");
    }
}
