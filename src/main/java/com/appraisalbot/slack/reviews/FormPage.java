package com.appraisalbot.slack.reviews;

import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.reviews.ReviewField;
import com.appraisalbot.reviews.ReviewKind;
import com.appraisalbot.reviews.ReviewPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page of a review form. A part's fields are grouped by objective, then the overall fields,
 * and the groups packed into pages of at most {@link #MOST_INPUTS} inputs, so that every modal
 * stays glanceable: the mid-point's case manager part is two pages of two objectives, the final
 * review's appraiser part two pages of two objectives and a page for the overall assessment.
 *
 * @param areas the objectives the page is about, for the context it shows
 */
record FormPage(int index, int count, List<ReviewField> fields, List<ObjectiveArea> areas) {

    static final int MOST_INPUTS = 5;

    boolean isLast() {
        return index == count - 1;
    }

    static List<FormPage> of(ReviewKind kind, ReviewPart part) {
        List<List<ReviewField>> groups = new ArrayList<>();
        for (ObjectiveArea area : ObjectiveArea.values()) {
            groups.add(ReviewField.forObjective(kind, area).stream()
                    .filter(f -> f.part() == part)
                    .toList());
        }
        groups.add(
                ReviewField.overall(kind).stream().filter(f -> f.part() == part).toList());
        List<List<ReviewField>> pages = pack(groups);
        List<FormPage> result = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            result.add(new FormPage(i, pages.size(), pages.get(i), areasOf(pages.get(i))));
        }
        return result;
    }

    static FormPage of(ReviewKind kind, ReviewPart part, int index) {
        List<FormPage> pages = of(kind, part);
        return pages.get(Math.max(0, Math.min(index, pages.size() - 1)));
    }

    /** The page holding a field, for showing a problem found when the whole part is sent on. */
    static Optional<FormPage> holding(ReviewKind kind, ReviewPart part, String key) {
        return of(kind, part).stream()
                .filter(page -> page.fields().stream().anyMatch(f -> f.key().equals(key)))
                .findFirst();
    }

    private static List<List<ReviewField>> pack(List<List<ReviewField>> groups) {
        List<List<ReviewField>> pages = new ArrayList<>();
        List<ReviewField> current = new ArrayList<>();
        for (List<ReviewField> group : groups) {
            if (group.isEmpty()) {
                continue;
            }
            if (!current.isEmpty() && current.size() + group.size() > MOST_INPUTS) {
                pages.add(current);
                current = new ArrayList<>();
            }
            current.addAll(group);
        }
        if (!current.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }

    private static List<ObjectiveArea> areasOf(List<ReviewField> fields) {
        List<ObjectiveArea> areas = new ArrayList<>();
        for (ObjectiveArea area : ObjectiveArea.values()) {
            String suffix = "." + area.number();
            if (fields.stream().anyMatch(f -> f.key().endsWith(suffix))) {
                areas.add(area);
            }
        }
        return areas;
    }
}
