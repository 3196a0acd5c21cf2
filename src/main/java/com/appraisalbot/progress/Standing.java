package com.appraisalbot.progress;

import com.appraisalbot.calendar.Stage;
import java.util.List;
import java.util.Optional;

/**
 * Where one case manager stands in a cycle year: the stage they are at, the stages whose deadline
 * has passed with work still open, and every duty outstanding.
 *
 * @param stage the earliest stage not yet complete; empty when every stage is complete
 * @param overdue stages past their deadline and not complete, earliest first
 * @param duties the outstanding duties, earliest stage first
 */
public record Standing(Optional<Stage> stage, List<Stage> overdue, List<Duty> duties) {

    public Standing {
        overdue = List.copyOf(overdue);
        duties = List.copyOf(duties);
    }

    public boolean isOverdue() {
        return !overdue.isEmpty();
    }

    /** The outstanding duties at the stage the case manager is at. */
    public List<Duty> dutiesNow() {
        return duties.stream()
                .filter(d -> stage.isPresent() && d.stage() == stage.get())
                .toList();
    }
}
