package com.appraisalbot.reviews;

import com.appraisalbot.calendar.CycleYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The policy's pay criteria over the years. An appraisal is <em>successful</em> for a year when
 * its final review is signed by the case manager, the appraiser and an SLT member on its latest
 * version, and judges the case manager highly competent, their contribution substantial, and
 * recommends pay progression. Progression is <em>sustained</em> when that year and the cycle year
 * before it were both successful ("two consecutive successful appraisals").
 */
@ApplicationScoped
public class PayProgression {

    private final Reviews reviews;

    @Inject
    public PayProgression(Reviews reviews) {
        this.reviews = reviews;
    }

    /** Whether a final review, as it stands, makes its year's appraisal successful. */
    public static boolean successful(Optional<ReviewRecord> finalReview) {
        return finalReview
                .filter(record -> record.review().kind() == ReviewKind.FINAL)
                .filter(ReviewRecord::fullySigned)
                .map(record -> record.review().meetsPayCriteria())
                .orElse(false);
    }

    /** Two consecutive successful appraisals. */
    public static boolean sustained(boolean thisYearSuccessful, boolean previousYearSuccessful) {
        return thisYearSuccessful && previousYearSuccessful;
    }

    /** Whether a case manager's appraisal for a year is successful, from the stored records. */
    public boolean successful(String teamId, long caseManagerId, CycleYear year) {
        return successful(reviews.record(teamId, caseManagerId, year, ReviewKind.FINAL));
    }

    /** Whether the previous cycle year's appraisal was successful, so this year's success would be sustained. */
    public boolean previousYearSuccessful(String teamId, long caseManagerId, CycleYear year) {
        return successful(teamId, caseManagerId, year.previous());
    }

    /** Whether progression for the year is sustained, from the stored records of it and the year before. */
    public boolean sustained(String teamId, long caseManagerId, CycleYear year) {
        return sustained(successful(teamId, caseManagerId, year), previousYearSuccessful(teamId, caseManagerId, year));
    }
}
