package com.appraisalbot.slack.reviews;

import com.appraisalbot.access.Access;
import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Approvals;
import com.appraisalbot.approvals.Decision;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.reviews.PayProgression;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewRecord;
import com.appraisalbot.reviews.ReviewState;
import com.appraisalbot.reviews.Reviews;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackDates;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.approvals.ApprovalMessages;
import com.appraisalbot.slack.home.HomePublisher;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells people about each step of a review after it is stored: sends the next person's request,
 * turns decided requests into a line saying who decided what and when, and refreshes the Homes of
 * everyone whose list changed. Runs after Slack has its acknowledgement.
 */
@ApplicationScoped
public class ReviewNotifier {

    /** At most this many SLT members are asked to sign off one review; any of them may. */
    static final int MOST_SLT_REQUESTS = 20;

    private final SlackApi slackApi;
    private final Reviews reviews;
    private final Directory directory;
    private final Access access;
    private final HomePublisher homes;
    private final PayProgression payProgression;
    private final Approvals approvals;
    private final ApprovalMessages approvalMessages;
    private final Clock clock;

    @Inject
    public ReviewNotifier(
            SlackApi slackApi,
            Reviews reviews,
            Directory directory,
            Access access,
            HomePublisher homes,
            PayProgression payProgression,
            Approvals approvals,
            ApprovalMessages approvalMessages,
            Clock clock) {
        this.slackApi = slackApi;
        this.reviews = reviews;
        this.directory = directory;
        this.access = access;
        this.homes = homes;
        this.payProgression = payProgression;
        this.approvals = approvals;
        this.approvalMessages = approvalMessages;
        this.clock = clock;
    }

    /** The case manager submitted: asks the appraiser for their comments, replacing an earlier request. */
    void submitted(Person caseManager, CycleYear year, ReviewRecord record) {
        Optional<Person> appraiser = directory.appraiserOf(caseManager, year);
        ReviewKind kind = record.review().kind();
        ReviewState state = reviews.state(caseManager.id(), year, kind).orElseThrow();
        settle(
                state.appraiserChannel(),
                state.appraiserTs(),
                about(caseManager, kind),
                "Superseded by version " + record.number() + ": see the newer message.");
        if (appraiser.isPresent()) {
            ReviewDms.Message message = ReviewDms.forAppraiser(caseManager, record, state.returnedReason());
            ChatPostMessageResponse sent =
                    slackApi.postMessage(appraiser.get().slackUserId(), message.text(), message.blocks());
            reviews.rememberMessages(caseManager.id(), year, kind, m -> m.appraiser(sent.getChannel(), sent.getTs()));
            homes.refresh(appraiser.get());
        }
        homes.refresh(caseManager);
    }

    /**
     * The appraiser saved their part as a new version: the comment request is settled and the shared
     * approval message asks them to approve or return this version; an undecided older one says it
     * was replaced.
     */
    void appraiserPartSaved(Person appraiser, Person caseManager, CycleYear year, ReviewRecord record) {
        ReviewKind kind = record.review().kind();
        ReviewState state = reviews.state(caseManager.id(), year, kind).orElseThrow();
        settle(
                state.appraiserChannel(),
                state.appraiserTs(),
                about(caseManager, kind),
                "Comments added by " + mention(appraiser) + " " + now(appraiser) + " as version " + record.number()
                        + "; approve or return it from the newer message.");
        ApprovalRequest request = approvals.request(record.version(), caseManager, appraiser, Role.APPRAISER, year);
        approvals.undecidedBefore(request).ifPresent(older -> approvalMessages.showReplaced(older, record.number()));
        approvalMessages.send(request);
        homes.refresh(appraiser);
    }

    /** After the appraiser's decision in the shared approval message: the review moves on, the case manager hears. */
    void appraiserDecided(ApprovalRequest request, Decision decision) {
        Optional<ReviewRecord> record = reviews.followDecision(request.versionId());
        Person caseManager = request.subject();
        Person appraiser = decision.decidedBy();
        if (record.isPresent() && decision.outcome() == Decision.Outcome.APPROVED) {
            ReviewDms.Message message = ReviewDms.forCaseManagerToSign(appraiser, record.get(), caseManager.id());
            slackApi.postMessage(caseManager.slackUserId(), message.text(), message.blocks());
        } else if (record.isPresent()) {
            ReviewKind kind = record.get().review().kind();
            slackApi.postMessage(
                    caseManager.slackUserId(),
                    "Your appraiser returned your " + kind.label().toLowerCase() + " with a comment.",
                    ReviewDms.returned(appraiser, kind, caseManager.id(), decision.comment()));
        }
        homes.refresh(appraiser);
        homes.refresh(caseManager);
    }

    /**
     * After the case manager signed from the message at {@code channel} and {@code ts}: that message
     * shows the signature in place (read from the click, since a quick click can beat the stored copy
     * of where the message is), and the next signer is asked.
     */
    void signedByCaseManager(Person caseManager, CycleYear year, ReviewRecord record, String channel, String ts) {
        ReviewKind kind = record.review().kind();
        settle(
                channel,
                ts,
                "Your " + kind.label().toLowerCase() + ".",
                "Signed by " + mention(caseManager) + " " + now(caseManager) + ".");
        Optional<Person> appraiser = directory.appraiserOf(caseManager, year);
        if (kind.needsSlt()) {
            askSlt(caseManager, year, record);
        } else {
            appraiser.ifPresent(a -> slackApi.postMessage(
                    a.slackUserId(),
                    SlackText.escape(caseManager.displayName()) + " signed their mid-point review; it is complete.",
                    List.of()));
        }
        appraiser.ifPresent(homes::refresh);
        homes.refresh(caseManager);
    }

    private void askSlt(Person caseManager, CycleYear year, ReviewRecord record) {
        ReviewDms.Message message = ReviewDms.forSlt(caseManager, record, sustained(caseManager, year));
        List<String> sent = new ArrayList<>();
        directory.everyone(caseManager.teamId()).stream()
                .filter(p -> p.holds(Role.SLT_MEMBER) && access.maySignReviewAsSlt(p, caseManager, year))
                .limit(MOST_SLT_REQUESTS)
                .forEach(slt -> {
                    ChatPostMessageResponse response =
                            slackApi.postMessage(slt.slackUserId(), message.text(), message.blocks());
                    sent.add(response.getChannel() + ":" + response.getTs());
                    homes.refresh(slt);
                });
        reviews.rememberMessages(caseManager.id(), year, ReviewKind.FINAL, m -> m.slt(sent));
    }

    /** What an SLT member decided on a final review, as the settled message's line and inside a sentence. */
    enum SltOutcome {
        SIGNED_OFF("Signed off for the SLT", "signed off for the SLT"),
        RETURNED("Returned to the appraiser", "returned to the appraiser");

        private final String line;
        private final String inSentence;

        SltOutcome(String line, String inSentence) {
            this.line = line;
            this.inSentence = inSentence;
        }
    }

    void sltDecided(Person slt, Person caseManager, CycleYear year, SltOutcome outcome) {
        ReviewState state =
                reviews.state(caseManager.id(), year, ReviewKind.FINAL).orElseThrow();
        for (String message : state.sltMessages()) {
            String[] parts = message.split(":", 2);
            settle(
                    parts[0],
                    parts[1],
                    about(caseManager, ReviewKind.FINAL),
                    outcome.line + " by " + mention(slt) + " " + now(slt) + ".");
        }
        Optional<Person> appraiser = directory.appraiserOf(caseManager, year);
        String text = SlackText.escape(caseManager.displayName()) + "'s final review: " + outcome.inSentence + " by "
                + mention(slt) + ".";
        slackApi.postMessage(caseManager.slackUserId(), text, List.of());
        appraiser.ifPresent(a -> slackApi.postMessage(a.slackUserId(), text, List.of()));
        appraiser.ifPresent(homes::refresh);
        homes.refresh(caseManager);
        homes.refresh(slt);
    }

    /** The sentence saying whether a successful appraisal this year would make progression sustained. */
    String sustained(Person caseManager, CycleYear year) {
        boolean previous = payProgression.previousYearSuccessful(caseManager.teamId(), caseManager.id(), year);
        return previous
                ? "The " + year.previous().label() + " appraisal was successful, so a successful appraisal now would"
                        + " make pay progression *sustained*."
                : "The " + year.previous().label() + " appraisal was not successful (or not recorded), so pay"
                        + " progression would not yet be *sustained*.";
    }

    private void settle(String channel, String ts, String request, String outcome) {
        if (channel == null || ts == null) {
            return;
        }
        ReviewDms.Message message = ReviewDms.decided(request, outcome);
        slackApi.updateMessage(channel, ts, message.text(), message.blocks());
    }

    private static String about(Person caseManager, ReviewKind kind) {
        return SlackText.escape(caseManager.displayName()) + "'s "
                + kind.label().toLowerCase() + ".";
    }

    private static String mention(Person person) {
        return "<@" + person.slackUserId() + ">";
    }

    private String now(Person person) {
        return SlackDates.moment(clock.instant(), person.timeZone());
    }
}
