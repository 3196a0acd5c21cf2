package com.appraisalbot.slack.reviews;

import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.signing.SignedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Final reviews in the shared approval messages. */
@ApplicationScoped
public class FinalReviewApprovals extends ReviewApprovalSubject {

    @Inject
    public FinalReviewApprovals(SignedRecords signedRecords, ReviewNotifier notifier) {
        super(ReviewKind.FINAL, signedRecords, notifier);
    }
}
