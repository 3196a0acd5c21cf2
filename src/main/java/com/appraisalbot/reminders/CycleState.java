package com.appraisalbot.reminders;

import com.appraisalbot.progress.Duty;
import java.util.List;
import java.util.Map;

/**
 * A team's cycle as it stands: dates, people and what is outstanding, loaded together so that
 * planning and the re-check before sending see the same picture.
 *
 * @param outstanding every outstanding duty, by case manager ID
 */
record CycleState(CycleDates dates, Roster roster, Map<Long, List<Duty>> outstanding) {}
