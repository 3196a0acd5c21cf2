package com.appraisalbot.slack.home;

import com.appraisalbot.calendar.Stage;

/** What the policy asks of a case manager at each stage, for when no feature says more. */
final class CaseManagerGuidance {

    private CaseManagerGuidance() {}

    static String forStage(Stage stage) {
        return switch (stage) {
            case PLANNING ->
                "book your planning meeting with your appraiser and prepare your four objectives: Young Person"
                        + " progress, Departmental, Whole provision and Professional development.";
            case MIDPOINT_REVIEW ->
                "gather evidence of progress towards your objectives for the mid-point review with your appraiser.";
            case FINAL_REVIEW -> "write your self-assessment against each objective and book your final review.";
            case PAY_PANEL ->
                "nothing: the Head of Services takes the outcome of your review to the pay and performance panel.";
        };
    }
}
