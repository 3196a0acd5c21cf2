package com.appraisalbot.reviews.proforma;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.objectives.CpdActivity;
import com.appraisalbot.objectives.Objective;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.people.Role;
import com.appraisalbot.reviews.Review;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewRecord;
import com.appraisalbot.signing.RecordKey;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.Signer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProformaPdfTest {

    private static final String HASH = "ab".repeat(32);

    private static String text(byte[] pdf) throws IOException {
        return ProformaPdfText.of(pdf);
    }

    private static ObjectivesPlan plan(String firstObjective) {
        Map<ObjectiveArea, Objective> objectives = new EnumMap<>(ObjectiveArea.class);
        for (ObjectiveArea area : ObjectiveArea.values()) {
            objectives.put(
                    area,
                    new Objective(
                            area.number() == 1 ? firstObjective : "Objective text " + area.number(),
                            "Criteria " + area.number(),
                            "PTS " + area.number(),
                            "SIP " + area.number()));
        }
        return new ObjectivesPlan(
                objectives,
                Set.of(CpdActivity.PEER_OBSERVATION),
                "",
                "Weekly supervision",
                "Budget for training",
                LocalDate.of(2026, 9, 24));
    }

    private static ReviewRecord finalReview(String assessment) {
        Map<String, String> answers = new HashMap<>();
        for (int n = 1; n <= 4; n++) {
            answers.put("self." + n, n == 1 ? assessment : "Assessment " + n);
            answers.put("comment." + n, "Comment " + n);
            answers.put("judgement." + n, "MET");
        }
        answers.putAll(Map.of(
                "highlyCompetent",
                "YES",
                "substantial",
                "YES",
                "recommendation",
                "RECOMMEND",
                "reasons",
                "Consistently excellent"));
        Review review = new Review(ReviewKind.FINAL, answers);
        RecordVersion version = new RecordVersion(
                7,
                new RecordKey("T1", "final-review", "person:1/cycle:2026"),
                2,
                review.toJson(),
                HASH,
                new Signer("T1", "U1", "APPRAISER"),
                Instant.EPOCH);
        return new ReviewRecord(version, review, List.of());
    }

    private static Proforma proforma(String name, String firstObjective, String assessment) {
        return new Proforma(
                "2026/27",
                name,
                "Case manager",
                "Amir Appraiser",
                Optional.of(plan(firstObjective)),
                Optional.empty(),
                Optional.of(finalReview(assessment)),
                Optional.of("Agreed by SLT"),
                Map.of(Role.APPRAISER, new Proforma.SignatureLine("Amir Appraiser", LocalDate.of(2027, 7, 1))),
                new Proforma.Outcome(true, false),
                List.of(new Proforma.RecordLine("Final review", 2, HASH, "Signed by Amir Appraiser")),
                "entry 9, hash " + "cd".repeat(32),
                Instant.EPOCH);
    }

    @Test
    void proformaPrintsTheAppendixTwoHeadingsAndEveryAnswer() throws IOException {
        byte[] pdf = new ProformaPdf().render(proforma("Cara Case", "Raise attendance", "All targets reached"));

        String text = text(pdf);

        assertThat(text)
                .contains("ANNUAL OBJECTIVES STATEMENT AND REVIEW PROFORMA", "CASE MANAGER:", "Cara Case")
                .contains("DATE OF MEETING:", "24 September 2026", "1. YOUNG PERSON PROGRESS", "Raise attendance")
                .contains("SUCCESS CRITERIA/EVIDENCE REQUIRED", "Criteria 1", "Link to PTS: PTS 1", "SIP 4")
                .contains("Weekly supervision", "Budget for training", "Peer observation")
                .contains("FINAL REVIEW", "All targets reached", "Judgement: Met", "Comment 4")
                .contains("SLT REVIEW/COMMENT:", "Agreed by SLT", "1 July 2027", "Not signed")
                .contains("Highly competent: Yes", "sustained: no", HASH, "cd".repeat(32));
    }

    @Test
    void charactersOutsideTheFontAreShownAsTheirCodeAndTheRestAsTyped() throws IOException {
        byte[] pdf = new ProformaPdf().render(proforma("Zoë Łukasz", "Zoë – “quotes” — 😀", "Ελληνικά и кириллица"));

        String text = text(pdf);

        assertThat(text).contains("Zoë Łukasz", "Zoë – “quotes” — [U+1F600]", "Ελληνικά и кириллица");
    }
}
