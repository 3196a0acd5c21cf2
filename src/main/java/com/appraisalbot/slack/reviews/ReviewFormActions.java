package com.appraisalbot.slack.reviews;

import com.appraisalbot.access.Access;
import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Person;
import com.appraisalbot.reviews.AgreedObjectives;
import com.appraisalbot.reviews.AlreadySent;
import com.appraisalbot.reviews.InvalidReview;
import com.appraisalbot.reviews.Review;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewPart;
import com.appraisalbot.reviews.ReviewRecord;
import com.appraisalbot.reviews.ReviewRefused;
import com.appraisalbot.reviews.ReviewRules;
import com.appraisalbot.reviews.ReviewState;
import com.appraisalbot.reviews.ReviewStatus;
import com.appraisalbot.reviews.Reviews;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackListener;
import com.appraisalbot.slack.SlackText;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Opens a review's form for whoever clicked (the case manager's part, the appraiser's, or the SLT
 * sign-off, as their roles and the review's status allow), and takes each page's submission:
 * saved at once, checked, then the next page or, from the last, the part sent on.
 */
@ApplicationScoped
public class ReviewFormActions implements SlackListener {

    private final ReviewContext context;
    private final Reviews reviews;
    private final Access access;
    private final AgreedObjectives objectives;
    private final SlackApi slackApi;
    private final ReviewNotifier notifier;

    @Inject
    public ReviewFormActions(
            ReviewContext context,
            Reviews reviews,
            Access access,
            AgreedObjectives objectives,
            SlackApi slackApi,
            ReviewNotifier notifier) {
        this.context = context;
        this.reviews = reviews;
        this.access = access;
        this.objectives = objectives;
        this.slackApi = slackApi;
        this.notifier = notifier;
    }

    @Override
    public void registerWith(App app) {
        for (ReviewKind kind : ReviewKind.values()) {
            String action = ReviewDms.openAction(kind);
            app.blockAction(Pattern.compile("^(reminder_)?" + action + "$"), (request, ctx) -> {
                BlockActionPayload payload = request.getPayload();
                AfterAck.run(
                        app,
                        "open a review form",
                        payload.getTeam().getId(),
                        payload.getUser().getId(),
                        () -> open(kind, payload));
                return ctx.ack();
            });
        }
        app.blockAction(Pattern.compile("^(" + ReviewForms.BACK + "|" + ReviewForms.SAVE + ")$"), (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            AfterAck.run(
                    app,
                    "save a review page",
                    payload.getTeam().getId(),
                    payload.getUser().getId(),
                    () -> navigate(payload));
            return ctx.ack();
        });
        app.viewSubmission(ReviewForms.FORM, (request, ctx) -> submitPage(app, request, ctx));
    }

    private void open(ReviewKind kind, BlockActionPayload payload) {
        String teamId = payload.getTeam().getId();
        Optional<Person> actor = context.actor(teamId, payload.getUser().getId());
        if (actor.isEmpty()) {
            slackApi.openModal(payload.getTriggerId(), Notices.modal("Not set up", context.notSetUp(teamId)));
            return;
        }
        long caseManagerId = ReviewRef.caseManagerIn(payload.getActions().get(0).getValue())
                .orElse(actor.get().id());
        View view = context.caseManager(actor.get(), caseManagerId)
                .map(cm -> viewFor(actor.get(), cm, kind))
                .orElseGet(() -> Notices.modal("Not found", "That person is not in Appraisal Bot."));
        slackApi.openModal(payload.getTriggerId(), view);
    }

    private View viewFor(Person actor, Person caseManager, ReviewKind kind) {
        CycleYear year = context.year(actor);
        ReviewStatus status = reviews.state(caseManager.id(), year, kind)
                .map(ReviewState::status)
                .orElse(ReviewStatus.DRAFT);
        boolean self = actor.id().equals(caseManager.id());
        if (self && EnumSet.of(ReviewStatus.DRAFT, ReviewStatus.RETURNED).contains(status)) {
            return formPage(
                    actor, caseManager, year, kind, ReviewPart.CASE_MANAGER, 0, returnNote(caseManager, year, kind));
        }
        if (!self && access.isAppraiserOf(actor, caseManager, year) && status == ReviewStatus.WITH_APPRAISER) {
            return formPage(
                    actor, caseManager, year, kind, ReviewPart.APPRAISER, 0, returnNote(caseManager, year, kind));
        }
        if (status == ReviewStatus.WITH_SLT && access.maySignReviewAsSlt(actor, caseManager, year)) {
            ReviewRecord record =
                    reviews.record(actor.teamId(), caseManager.id(), year, kind).orElseThrow();
            return ReviewForms.sltSignOff(
                    new ReviewRef(kind, caseManager.id(), record.number()),
                    caseManager.displayName(),
                    record.review(),
                    notifier.sustained(caseManager, year));
        }
        try {
            access.requireSeeRecordsOf(actor, caseManager, year);
        } catch (AccessDenied e) {
            return Notices.modal("Not available", e.getMessage());
        }
        return Notices.modal(kind.label(), Reviews.describeStatus(status, kind));
    }

    private String returnNote(Person caseManager, CycleYear year, ReviewKind kind) {
        return reviews.state(caseManager.id(), year, kind)
                .map(ReviewState::returnedReason)
                .filter(reason -> reason != null && !reason.isEmpty())
                .map(reason -> "*Returned with this comment:* " + ReviewForms.quote(reason))
                .orElse("");
    }

    private View formPage(
            Person actor,
            Person caseManager,
            CycleYear year,
            ReviewKind kind,
            ReviewPart part,
            int index,
            String note) {
        Review draft = reviews.state(caseManager.id(), year, kind)
                .map(ReviewState::draft)
                .orElse(Review.empty(kind));
        FormPage page = FormPage.of(kind, part, index);
        boolean payCriteria = page.fields().stream().anyMatch(f -> f.key().equals("recommendation"));
        String shown = payCriteria ? join(note, notifier.sustained(caseManager, year)) : note;
        return ReviewForms.form(new ReviewForms.Page(
                kind,
                part,
                caseManager.id(),
                caseManager.displayName(),
                page,
                draft,
                objectives.plan(actor.teamId(), caseManager.id(), year),
                shown));
    }

    private static String join(String first, String second) {
        return first.isEmpty() ? second : first + "\n" + second;
    }

    private Response submitPage(App app, ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        Optional<String[]> meta = ReviewForms.metadata(payload.getView().getPrivateMetadata());
        Optional<Person> actor =
                context.actor(payload.getTeam().getId(), payload.getUser().getId());
        if (meta.isEmpty() || actor.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update")
                    .view(Notices.modal("Not available", "This form has expired. Open it again from your Home.")));
        }
        ReviewKind kind = ReviewKind.valueOf(meta.get()[0]);
        ReviewPart part = ReviewPart.valueOf(meta.get()[1]);
        FormPage page = FormPage.of(kind, part, Integer.parseInt(meta.get()[3]));
        Optional<Person> caseManager = context.caseManager(actor.get(), Long.parseLong(meta.get()[2]));
        if (caseManager.isEmpty()) {
            return ctx.ack(r -> r.responseAction("update").view(Notices.modal("Not found", "That person is gone.")));
        }
        Map<String, String> values = ReviewForms.values(payload.getView().getState(), page.fields());
        try {
            return savePage(app, ctx, actor.get(), caseManager.get(), kind, part, page, values);
        } catch (InvalidReview e) {
            return problems(ctx, actor.get(), caseManager.get(), kind, part, page, e.problems());
        } catch (AlreadySent e) {
            return ctx.ack(r -> r.responseAction("update").view(Notices.modal("Nothing new to send", e.getMessage())));
        } catch (AccessDenied | ReviewRefused e) {
            return ctx.ack(r -> r.responseAction("update").view(Notices.modal("Not saved", e.getMessage())));
        }
    }

    private Response savePage(
            App app,
            ViewSubmissionContext ctx,
            Person actor,
            Person caseManager,
            ReviewKind kind,
            ReviewPart part,
            FormPage page,
            Map<String, String> values) {
        CycleYear year = context.year(actor);
        Review draft = reviews.saveDraft(actor, caseManager, year, kind, part, values, page.fields());
        Map<String, String> problems = ReviewRules.problems(draft, page.fields());
        if (!problems.isEmpty()) {
            return ctx.ack(r -> r.responseAction("errors").errors(problems));
        }
        if (!page.isLast()) {
            View next = formPage(actor, caseManager, year, kind, part, page.index() + 1, "");
            return ctx.ack(r -> r.responseAction("update").view(next));
        }
        if (part == ReviewPart.CASE_MANAGER) {
            ReviewRecord record = reviews.submit(actor, caseManager, year, kind);
            AfterAck.run(
                    app,
                    "send a review on",
                    actor.teamId(),
                    actor.slackUserId(),
                    () -> notifier.submitted(caseManager, year, record));
            return ctx.ack();
        }
        Reviews.Step step = reviews.completeAppraiserPart(actor, caseManager, year, kind);
        if (step.alreadyDone()) {
            View unchanged = Notices.modal("Nothing new to send", alreadySent(caseManager, step.record()));
            return ctx.ack(r -> r.responseAction("update").view(unchanged));
        }
        AfterAck.run(
                app,
                "ask for approval of a review",
                actor.teamId(),
                actor.slackUserId(),
                () -> notifier.appraiserPartSaved(actor, caseManager, year, step.record()));
        return ctx.ack();
    }

    private static String alreadySent(Person caseManager, ReviewRecord record) {
        return "You already sent your comments on " + SlackText.escape(caseManager.displayName()) + "'s "
                + record.review().kind().label().toLowerCase() + " as version " + record.number()
                + ", and nothing has changed since. Approve or return it from the message I sent you, or change"
                + " something to send a new version.";
    }

    private Response problems(
            ViewSubmissionContext ctx,
            Person actor,
            Person caseManager,
            ReviewKind kind,
            ReviewPart part,
            FormPage page,
            Map<String, String> problems) {
        Map<String, String> here = problems.entrySet().stream()
                .filter(e -> page.fields().stream().anyMatch(f -> f.key().equals(e.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (!here.isEmpty()) {
            return ctx.ack(r -> r.responseAction("errors").errors(here));
        }
        String first = problems.keySet().iterator().next();
        FormPage target = FormPage.holding(kind, part, first).orElse(page);
        String note = "*Still to do before you can send this on:*\n• " + String.join("\n• ", problems.values());
        View view = formPage(actor, caseManager, context.year(actor), kind, part, target.index(), note);
        return ctx.ack(r -> r.responseAction("update").view(view));
    }

    private void navigate(BlockActionPayload payload) {
        Optional<String[]> meta = ReviewForms.metadata(payload.getView().getPrivateMetadata());
        Optional<Person> actor =
                context.actor(payload.getTeam().getId(), payload.getUser().getId());
        if (meta.isEmpty() || actor.isEmpty()) {
            return;
        }
        ReviewKind kind = ReviewKind.valueOf(meta.get()[0]);
        ReviewPart part = ReviewPart.valueOf(meta.get()[1]);
        FormPage page = FormPage.of(kind, part, Integer.parseInt(meta.get()[3]));
        Optional<Person> caseManager = context.caseManager(actor.get(), Long.parseLong(meta.get()[2]));
        if (caseManager.isEmpty()) {
            return;
        }
        boolean back = ReviewForms.BACK.equals(payload.getActions().get(0).getActionId());
        Map<String, String> values = ReviewForms.values(payload.getView().getState(), page.fields());
        CycleYear year = context.year(actor.get());
        String note;
        try {
            reviews.saveDraft(actor.get(), caseManager.get(), year, kind, part, values, page.fields());
            note = back ? "" : "Draft saved.";
        } catch (InvalidReview e) {
            note = "*Not saved:*\n• " + String.join("\n• ", e.problems().values());
            back = false;
        } catch (AccessDenied | ReviewRefused e) {
            slackApi.updateModal(payload.getView().getId(), null, Notices.modal("Not saved", e.getMessage()));
            return;
        }
        View view = formPage(actor.get(), caseManager.get(), year, kind, part, page.index() - (back ? 1 : 0), note);
        slackApi.updateModal(payload.getView().getId(), null, view);
    }
}
