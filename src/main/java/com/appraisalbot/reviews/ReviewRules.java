package com.appraisalbot.reviews;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a review's answers must be. Problems are keyed by field key, so a form shows each beside its
 * input, and each message says how to fix it. Length limits hold even for drafts, so that what is
 * saved can always be sent on; the required answers are only checked when a part is sent on.
 */
public final class ReviewRules {

    private ReviewRules() {}

    /** Problems that stop the given fields being saved even as a draft: too long, or not an option. */
    public static Map<String, String> draftProblems(Review review, Collection<ReviewField> fields) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ReviewField field : fields) {
            String value = review.answer(field.key());
            if (field.isChoice() && !value.isEmpty() && !isOption(field, value)) {
                problems.put(
                        field.key(),
                        "Choose one of the options for " + field.label().toLowerCase() + ".");
            } else if (!field.isChoice() && value.length() > field.maxLength()) {
                problems.put(
                        field.key(),
                        "Keep this to " + field.maxLength() + " characters; it has " + value.length()
                                + ". Shorten it, or point to your evidence instead.");
            }
        }
        return problems;
    }

    /** Every problem that stops the given fields being sent on. */
    public static Map<String, String> problems(Review review, Collection<ReviewField> fields) {
        Map<String, String> problems = new LinkedHashMap<>();
        for (ReviewField field : fields) {
            if (field.required() && review.answer(field.key()).isEmpty()) {
                problems.put(field.key(), (field.isChoice() ? "Choose " : "Write ") + whatFor(field) + ".");
            }
        }
        draftProblems(review, fields).forEach(problems::putIfAbsent);
        return problems;
    }

    /** Every problem with one part of a review. */
    public static Map<String, String> problems(Review review, ReviewPart part) {
        return problems(review, ReviewField.of(review.kind(), part));
    }

    private static boolean isOption(ReviewField field, String value) {
        return field.options().stream().anyMatch(option -> option.value().equals(value));
    }

    private static String whatFor(ReviewField field) {
        List<String> words = List.of(field.label().split(", "));
        return words.size() == 2
                ? "the " + words.get(0).toLowerCase() + " for " + words.get(1)
                : "the " + field.label().toLowerCase();
    }
}
