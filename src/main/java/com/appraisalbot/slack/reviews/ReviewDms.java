package com.appraisalbot.slack.reviews;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.people.Person;
import com.appraisalbot.reviews.Choice;
import com.appraisalbot.reviews.Review;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewRecord;
import com.appraisalbot.slack.SlackText;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The review DMs of our own: asking the appraiser for their comments, the case manager to sign and
 * an SLT member to sign off, each with buttons naming the outcome, and what they become once done.
 * The appraiser's Approve and Return message is the shared one of {@code slack.approvals}.
 */
final class ReviewDms {

    static final String RETURN = "review_return_open";
    static final String SIGN = "review_sign";
    static final String SLT_OPEN = "review_slt_open";
    static final String OPEN_MIDPOINT = "open_midpoint_review";
    static final String OPEN_FINAL = "open_final_review";

    /** A DM: the sentence screen readers and notifications read, and its blocks. */
    record Message(String text, List<LayoutBlock> blocks) {}

    private ReviewDms() {}

    static String openAction(ReviewKind kind) {
        return kind == ReviewKind.MIDPOINT ? OPEN_MIDPOINT : OPEN_FINAL;
    }

    static Message forAppraiser(Person caseManager, ReviewRecord record, String returnedReason) {
        String what = record.review().kind().label().toLowerCase();
        String name = SlackText.escape(caseManager.displayName());
        String text = name + " submitted their " + what + " (version " + record.number() + "). Add your comments;"
                + " then I'll ask you to approve it.";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("review_request").text(markdownText(text + returned(returnedReason)))));
        blocks.addAll(summary(record.review()));
        ReviewRef ref = new ReviewRef(record.review().kind(), caseManager.id(), record.number());
        blocks.add(actions(a -> a.blockId("review_decision")
                .elements(List.<BlockElement>of(button(b -> b.actionId(openAction(ref.kind()))
                        .style("primary")
                        .text(plainText("Add your comments"))
                        .value(ref.value()))))));
        return new Message(text, blocks);
    }

    static Message forCaseManagerToSign(Person appraiser, ReviewRecord record, long caseManagerId) {
        String what = record.review().kind().label().toLowerCase();
        String text = "Your appraiser " + SlackText.escape(appraiser.displayName()) + " approved your " + what
                + " (version " + record.number() + "). Read their comments and sign it.";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("review_request").text(markdownText(text))));
        blocks.addAll(summary(record.review()));
        ReviewRef ref = new ReviewRef(record.review().kind(), caseManagerId, record.number());
        blocks.add(actions(a -> a.blockId("review_decision")
                .elements(List.<BlockElement>of(button(b -> b.actionId(SIGN)
                        .style("primary")
                        .text(plainText("Sign my " + what))
                        .value(ref.value()))))));
        return new Message(text, blocks);
    }

    static Message forSlt(Person caseManager, ReviewRecord record, String sustained) {
        String text = SlackText.escape(caseManager.displayName()) + "'s final review (version " + record.number()
                + ") is signed by them and their appraiser. Review it, comment and sign for the SLT.";
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("review_request").text(markdownText(text + "\n" + sustained))));
        blocks.addAll(summary(record.review()));
        ReviewRef ref = new ReviewRef(ReviewKind.FINAL, caseManager.id(), record.number());
        blocks.add(actions(a -> a.blockId("review_decision")
                .elements(List.of(
                        button(b -> b.actionId(SLT_OPEN)
                                .style("primary")
                                .text(plainText("Review and sign"))
                                .value(ref.value())),
                        button(b -> b.actionId(RETURN)
                                .text(plainText("Return with comment"))
                                .value(ref.value() + ":SLT"))))));
        return new Message(text, blocks);
    }

    /** Tells the case manager their appraiser returned their review, with the comment and a button to open it. */
    static List<LayoutBlock> returned(Person appraiser, ReviewKind kind, long caseManagerId, String comment) {
        String text = "Your appraiser " + SlackText.escape(appraiser.displayName()) + " returned your "
                + kind.label().toLowerCase() + " to change, with this comment: " + ReviewForms.quote(comment);
        return List.of(
                section(s -> s.blockId("review_returned").text(markdownText(text))),
                actions(a -> a.blockId("review_returned_actions")
                        .elements(List.<BlockElement>of(button(b -> b.actionId(openAction(kind))
                                .style("primary")
                                .text(plainText("Open my " + kind.label().toLowerCase()))
                                .value(ReviewRef.of(kind, caseManagerId, 0)))))));
    }

    /** What a request becomes once decided: the request's first line and who decided what, with no buttons. */
    static Message decided(String request, String outcome) {
        return new Message(
                outcome,
                List.of(
                        section(s -> s.blockId("review_request").text(markdownText(request))),
                        context(c -> c.blockId("review_outcome").elements(List.of(markdownText(outcome))))));
    }

    private static String returned(String reason) {
        return reason == null || reason.isEmpty()
                ? ""
                : "\n*Returned by the SLT with this comment:* " + SlackText.escape(reason);
    }

    /** The review's answers as message blocks, everything typed escaped and cut to fit. */
    static List<LayoutBlock> summary(Review review) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (ObjectiveArea area : ObjectiveArea.values()) {
            blocks.add(section(s ->
                    s.blockId("review_objective_" + area.number()).text(markdownText(objectiveLine(review, area)))));
        }
        if (review.kind() == ReviewKind.FINAL
                && !review.answer("recommendation").isEmpty()) {
            blocks.add(section(s -> s.blockId("review_overall")
                    .text(markdownText(
                            "*Highly competent:* " + Choice.label(Choice.YES_NO, review.answer("highlyCompetent"))
                                    + "  *Substantial:* " + Choice.label(Choice.YES_NO, review.answer("substantial"))
                                    + "\n*Recommendation:* "
                                    + Choice.label(Choice.RECOMMENDATION, review.answer("recommendation"))
                                    + "\n*Reasons:* " + ReviewForms.quote(review.answer("reasons"))))));
        }
        return blocks;
    }

    private static String objectiveLine(Review review, ObjectiveArea area) {
        int n = area.number();
        String status = review.kind() == ReviewKind.MIDPOINT
                ? Choice.label(Choice.PROGRESS, review.answer("status." + n))
                : Choice.label(Choice.JUDGEMENT, review.answer("judgement." + n));
        String comment = review.appraiserComment(area);
        return "*" + area.title() + "*" + (status.isEmpty() ? "" : " · " + status) + "\n"
                + ReviewForms.quote(review.self(area))
                + (comment.isEmpty() ? "" : "\n*Appraiser:* " + ReviewForms.quote(comment));
    }
}
