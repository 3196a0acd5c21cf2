package com.appraisalbot.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewRulesTest {

    private static Review midpoint(Map<String, String> answers) {
        return new Review(ReviewKind.MIDPOINT, answers);
    }

    private static Map<String, String> completeCaseManagerPart() {
        Map<String, String> answers = new HashMap<>();
        for (int n = 1; n <= 4; n++) {
            answers.put("self." + n, "Progress on " + n);
            answers.put("status." + n, "ON_TRACK");
        }
        return answers;
    }

    @Test
    void aCompleteCaseManagerPartHasNoProblems() {
        Review review = midpoint(completeCaseManagerPart());

        assertThat(ReviewRules.problems(review, ReviewPart.CASE_MANAGER)).isEmpty();
    }

    @Test
    void missingAnswersAreNamedByFieldWithHowToFixThem() {
        Map<String, String> answers = completeCaseManagerPart();
        answers.remove("self.2");
        answers.remove("status.3");

        Map<String, String> problems = ReviewRules.problems(midpoint(answers), ReviewPart.CASE_MANAGER);

        assertThat(problems)
                .containsOnlyKeys("self.2", "status.3")
                .containsEntry("self.2", "Write the self-reflection on progress for objective 2.")
                .containsEntry("status.3", "Choose the progress for objective 3.");
    }

    @Test
    void tooLongTextAndUnknownOptionsAreRefusedEvenInADraft() {
        Map<String, String> answers = Map.of("self.1", "x".repeat(ReviewField.TEXT_MAX + 1), "status.1", "GREAT");

        Map<String, String> problems = ReviewRules.draftProblems(
                midpoint(answers), ReviewField.of(ReviewKind.MIDPOINT, ReviewPart.CASE_MANAGER));

        assertThat(problems).containsOnlyKeys("self.1", "status.1");
        assertThat(problems.get("self.1")).contains("1500 characters", "it has 1501");
    }

    @Test
    void theSameAnswersAlwaysGiveTheSameSignedTextWhateverTheOrder() {
        Review one = midpoint(Map.of("self.1", "A", "status.1", "AT_RISK"));
        Review other = midpoint(new HashMap<>(Map.of("status.1", "AT_RISK", "self.1", " A ")));

        assertThat(one.toJson()).isEqualTo(other.toJson());
        assertThat(Review.fromJson(one.toJson())).isEqualTo(one);
    }

    @Test
    void savingOnePartKeepsTheOtherPartsAnswers() {
        Review review = midpoint(completeCaseManagerPart());

        Review changed = review.withPart(ReviewPart.APPRAISER, Map.of("comment.1", "Good", "self.1", "forged"));

        assertThat(changed.answer("self.1")).isEqualTo("Progress on 1");
        assertThat(changed.answer("comment.1")).isEqualTo("Good");
    }
}
