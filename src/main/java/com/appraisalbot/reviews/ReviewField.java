package com.appraisalbot.reviews;

import com.appraisalbot.objectives.ObjectiveArea;
import java.util.ArrayList;
import java.util.List;

/**
 * One answer a review holds, known by a stable key ({@code self.1}, {@code status.1},
 * {@code comment.1}, {@code recommendation}) that is also the answer's name in the signed content
 * and the {@code block_id} a form shows its error beside.
 *
 * @param options the closed answers, or empty for free text
 * @param maxLength the longest free text allowed, in characters
 */
public record ReviewField(
        String key, String label, ReviewPart part, List<Choice.Option> options, int maxLength, boolean required) {

    /** The longest a free-text answer may be, so that the proforma stays a few pages. */
    public static final int TEXT_MAX = 1500;

    public boolean isChoice() {
        return !options.isEmpty();
    }

    /** Every field of a review, in the order the forms and the proforma show them. */
    public static List<ReviewField> of(ReviewKind kind) {
        List<ReviewField> fields = new ArrayList<>();
        for (ObjectiveArea area : ObjectiveArea.values()) {
            fields.addAll(forObjective(kind, area));
        }
        fields.addAll(overall(kind));
        return List.copyOf(fields);
    }

    /** The fields of one part of a review. */
    public static List<ReviewField> of(ReviewKind kind, ReviewPart part) {
        return of(kind).stream().filter(field -> field.part() == part).toList();
    }

    /** The fields about one objective, case manager's first. */
    public static List<ReviewField> forObjective(ReviewKind kind, ObjectiveArea area) {
        int n = area.number();
        if (kind == ReviewKind.MIDPOINT) {
            return List.of(
                    text("self." + n, "Self-reflection on progress, objective " + n, ReviewPart.CASE_MANAGER, true),
                    choice("status." + n, "Progress, objective " + n, ReviewPart.CASE_MANAGER, Choice.PROGRESS),
                    text("comment." + n, "Appraiser's comment, objective " + n, ReviewPart.APPRAISER, true));
        }
        return List.of(
                text("self." + n, "Case manager's assessment, objective " + n, ReviewPart.CASE_MANAGER, true),
                text("comment." + n, "Appraiser's comments, objective " + n, ReviewPart.APPRAISER, true),
                choice("judgement." + n, "Judgement, objective " + n, ReviewPart.APPRAISER, Choice.JUDGEMENT));
    }

    /** The fields about the review as a whole. */
    public static List<ReviewField> overall(ReviewKind kind) {
        if (kind == ReviewKind.MIDPOINT) {
            return List.of(text("support", "Changes to development and support", ReviewPart.APPRAISER, false));
        }
        return List.of(
                choice("highlyCompetent", "Highly competent", ReviewPart.APPRAISER, Choice.YES_NO),
                choice("substantial", "Substantial contribution", ReviewPart.APPRAISER, Choice.YES_NO),
                choice("recommendation", "Pay progression", ReviewPart.APPRAISER, Choice.RECOMMENDATION),
                text("reasons", "Reasons for the recommendation", ReviewPart.APPRAISER, true));
    }

    private static ReviewField text(String key, String label, ReviewPart part, boolean required) {
        return new ReviewField(key, label, part, List.of(), TEXT_MAX, required);
    }

    private static ReviewField choice(String key, String label, ReviewPart part, List<Choice.Option> options) {
        return new ReviewField(key, label, part, options, 0, true);
    }
}
