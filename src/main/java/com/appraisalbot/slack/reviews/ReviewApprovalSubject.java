package com.appraisalbot.slack.reviews;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Decision;
import com.appraisalbot.reviews.Review;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.signing.RecordHistory;
import com.appraisalbot.signing.SignedRecords;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.approvals.ApprovalSubject;
import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A review in the shared approval messages: the version's answers above the appraiser's Approve and
 * Return buttons, and, once decided, the review moved on and the case manager told.
 */
abstract class ReviewApprovalSubject implements ApprovalSubject {

    private final ReviewKind kind;
    private final SignedRecords signedRecords;
    private final ReviewNotifier notifier;

    ReviewApprovalSubject(ReviewKind kind, SignedRecords signedRecords, ReviewNotifier notifier) {
        this.kind = kind;
        this.signedRecords = signedRecords;
        this.notifier = notifier;
    }

    @Override
    public String recordType() {
        return kind.recordType();
    }

    @Override
    public String noun() {
        return kind.label().toLowerCase();
    }

    @Override
    public String requestText(ApprovalRequest request) {
        return SlackText.escape(request.subject().displayName()) + "'s " + noun() + " for "
                + request.year().label() + " (version " + request.versionNumber()
                + ") has your comments and is ready for you to approve.";
    }

    @Override
    public List<LayoutBlock> summary(ApprovalRequest request) {
        RecordHistory history = signedRecords.history(request.recordKey());
        Review review = history.versions().stream()
                .map(RecordHistory.Entry::version)
                .filter(v -> v.id() == request.versionId())
                .findFirst()
                .map(v -> Review.fromJson(v.content()))
                .orElseThrow(() -> new IllegalStateException("Version " + request.versionId() + " is missing"));
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId("review_who")
                .text(markdownText("*" + SlackText.escape(request.subject().displayName()) + "'s " + noun() + " for "
                        + request.year().label() + "*, version " + request.versionNumber()
                        + ". Approving signs it as their appraiser; then they read and sign it."))));
        blocks.addAll(ReviewDms.summary(review));
        return blocks;
    }

    @Override
    public void decided(ApprovalRequest request, Decision decision) {
        notifier.appraiserDecided(request, decision);
    }
}
