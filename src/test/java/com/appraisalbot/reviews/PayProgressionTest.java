package com.appraisalbot.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.people.Role;
import com.appraisalbot.signing.RecordKey;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.Signature;
import com.appraisalbot.signing.Signer;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PayProgressionTest {

    private static final Role[] ALL_THREE = {Role.CASE_MANAGER, Role.APPRAISER, Role.SLT_MEMBER};

    private static Optional<ReviewRecord> finalReview(String highlyCompetent, String recommendation, Role... signed) {
        Map<String, String> answers = new HashMap<>(
                Map.of("highlyCompetent", highlyCompetent, "substantial", "YES", "recommendation", recommendation));
        Review review = new Review(ReviewKind.FINAL, answers);
        RecordVersion version = new RecordVersion(
                1,
                new RecordKey("T1", "final-review", "person:1/cycle:2026"),
                1,
                review.toJson(),
                "0".repeat(64),
                new Signer("T1", "U1", "APPRAISER"),
                Instant.EPOCH);
        List<Signature> signatures = Arrays.stream(signed)
                .map(role -> new Signature(
                        1, 1, new Signer("T1", "U" + role.ordinal(), role.name()), Instant.EPOCH, "0".repeat(64)))
                .toList();
        return Optional.of(new ReviewRecord(version, review, signatures));
    }

    @Test
    void aFullySignedReviewMeetingEveryCriterionIsSuccessful() {
        assertThat(PayProgression.successful(finalReview("YES", "RECOMMEND", ALL_THREE)))
                .isTrue();
    }

    @Test
    void aReviewMissingTheSltSignatureIsNotYetSuccessful() {
        assertThat(PayProgression.successful(finalReview("YES", "RECOMMEND", Role.CASE_MANAGER, Role.APPRAISER)))
                .isFalse();
    }

    @Test
    void notHighlyCompetentOrNotRecommendedIsNotSuccessful() {
        assertThat(PayProgression.successful(finalReview("NO", "RECOMMEND", ALL_THREE)))
                .isFalse();
        assertThat(PayProgression.successful(finalReview("YES", "DO_NOT_RECOMMEND", ALL_THREE)))
                .isFalse();
        assertThat(PayProgression.successful(Optional.empty())).isFalse();
    }

    @Test
    void progressionIsSustainedOnlyWhenBothYearsAreSuccessful() {
        assertThat(PayProgression.sustained(true, true)).isTrue();
        assertThat(PayProgression.sustained(true, false)).isFalse();
        assertThat(PayProgression.sustained(false, true)).isFalse();
    }
}
