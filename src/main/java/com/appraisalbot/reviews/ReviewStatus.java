package com.appraisalbot.reviews;

/** Where a review is in its flow, and whose turn it is. */
public enum ReviewStatus {
    /** The case manager is writing their part; nothing has been submitted. */
    DRAFT,
    /** Submitted: the appraiser adds their part and approves it, or returns it. */
    WITH_APPRAISER,
    /** The appraiser returned it to the case manager with a reason. */
    RETURNED,
    /** The appraiser approved and signed; the case manager reads the whole review and signs. */
    AWAITING_CASE_MANAGER_SIGNATURE,
    /** Final review only: signed by both; an SLT member reviews, comments and signs, or returns it. */
    WITH_SLT,
    /** Signed by everyone it needs. */
    COMPLETE
}
