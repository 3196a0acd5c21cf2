package com.appraisalbot.slack.reviews;

import com.appraisalbot.reviews.ReviewKind;
import java.util.Optional;

/**
 * What a review button's value or a modal's metadata names: {@code KIND:caseManagerId:version}. It
 * only says which review is meant; who may act is decided from the signed user, never from this.
 *
 * @param version the version the message showed, or 0 when none is meant
 */
record ReviewRef(ReviewKind kind, long caseManagerId, int version) {

    static String of(ReviewKind kind, long caseManagerId, int version) {
        return kind.name() + ":" + caseManagerId + ":" + version;
    }

    String value() {
        return of(kind, caseManagerId, version);
    }

    /** Reads a value; empty when it was not one of ours (edited, or from an older app). */
    static Optional<ReviewRef> parse(String value) {
        if (value == null || !value.matches("(MIDPOINT|FINAL):\\d{1,18}:\\d{1,9}")) {
            return Optional.empty();
        }
        String[] parts = value.split(":");
        return Optional.of(
                new ReviewRef(ReviewKind.valueOf(parts[0]), Long.parseLong(parts[1]), Integer.parseInt(parts[2])));
    }

    /** The case manager a reminder or Home button names ({@code STAGE:42} or {@code KIND:42:0}), if any. */
    static Optional<Long> caseManagerIn(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (String part : value.split(":")) {
            if (part.matches("\\d{1,18}")) {
                return Optional.of(Long.parseLong(part));
            }
        }
        return Optional.empty();
    }
}
