package com.appraisalbot.progress;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.AppraiserAssignment;
import java.util.Collection;
import java.util.Map;

/**
 * What is still to do at one stage of the cycle. Each stage's feature (objectives, mid-point
 * review, final review, pay) provides one as a CDI bean; reminders and the Home tab ask them all
 * through {@link Progress}, in bulk so that a provision of thousands costs a few queries.
 */
public interface StageWork {

    Stage stage();

    /**
     * The outstanding duty at this stage for each given case manager who has one, by case manager
     * ID; a case manager whose part of the stage is complete is absent from the map.
     *
     * @param assignments each case manager's appraiser assignment for the year
     */
    Map<Long, Duty> outstanding(Collection<AppraiserAssignment> assignments, CycleYear year);
}
