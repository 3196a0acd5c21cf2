package com.appraisalbot.slack.reviews;

import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.signing.SignedRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Mid-point reviews in the shared approval messages. */
@ApplicationScoped
public class MidpointReviewApprovals extends ReviewApprovalSubject {

    @Inject
    public MidpointReviewApprovals(SignedRecords signedRecords, ReviewNotifier notifier) {
        super(ReviewKind.MIDPOINT, signedRecords, notifier);
    }
}
