package com.appraisalbot.reviews;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.signing.RecordKey;

/** The names of the signed records of a case manager's cycle year. */
public final class ReviewKeys {

    /** The SLT member's comment on a final review, bound to the version it signs off. */
    public static final String SLT_SIGN_OFF = "final-review-slt";

    /** The agreed objectives, as the objectives feature records them. */
    public static final String OBJECTIVES = "objectives";

    private ReviewKeys() {}

    /** The subject of every record of a case manager's year: {@code person:42/cycle:2026}. */
    public static String subject(long caseManagerId, CycleYear year) {
        return "person:" + caseManagerId + "/cycle:" + year.startYear();
    }

    public static RecordKey review(String teamId, ReviewKind kind, long caseManagerId, CycleYear year) {
        return new RecordKey(teamId, kind.recordType(), subject(caseManagerId, year));
    }

    public static RecordKey sltSignOff(String teamId, long caseManagerId, CycleYear year) {
        return new RecordKey(teamId, SLT_SIGN_OFF, subject(caseManagerId, year));
    }

    public static RecordKey objectives(String teamId, long caseManagerId, CycleYear year) {
        return new RecordKey(teamId, OBJECTIVES, subject(caseManagerId, year));
    }
}
