package com.appraisalbot.reviews;

import com.appraisalbot.calendar.Stage;

/** The two reviews of a cycle year, each kept as its own signed record. */
public enum ReviewKind {
    MIDPOINT("midpoint-review", Stage.MIDPOINT_REVIEW, "Mid-point review"),
    FINAL("final-review", Stage.FINAL_REVIEW, "Final review");

    private final String recordType;
    private final Stage stage;
    private final String label;

    ReviewKind(String recordType, Stage stage, String label) {
        this.recordType = recordType;
        this.stage = stage;
        this.label = label;
    }

    /** The signed record's type, as {@code signing.RecordKey} names it. */
    public String recordType() {
        return recordType;
    }

    public Stage stage() {
        return stage;
    }

    /** The review held at a stage of the cycle. */
    public static ReviewKind of(Stage stage) {
        for (ReviewKind kind : values()) {
            if (kind.stage == stage) {
                return kind;
            }
        }
        throw new IllegalArgumentException("No review is held at the " + stage + " stage");
    }

    public String label() {
        return label;
    }

    /** Whether an SLT member reviews, comments and signs this review after the appraiser. */
    public boolean needsSlt() {
        return this == FINAL;
    }
}
