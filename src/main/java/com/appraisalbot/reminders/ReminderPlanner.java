package com.appraisalbot.reminders;

import com.appraisalbot.calendar.Cycle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts every reminder that is due now into the outbox. Everything is derived afresh at each run
 * from the calendar, the people and their progress, so a changed date, assignment or ladder
 * changes what is sent without a restart, and a run after downtime catches up on its own: the
 * outbox's unique key keeps each reminder to one row however often, and on however many
 * instances, it is planned.
 */
@ApplicationScoped
public class ReminderPlanner {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderPlanner.class);

    private final CycleStates states;
    private final ReminderOutbox outbox;
    private final ReminderPlan plan;
    private final Clock clock;

    @Inject
    public ReminderPlanner(CycleStates states, ReminderOutbox outbox, ReminderPlan plan, Clock clock) {
        this.states = states;
        this.outbox = outbox;
        this.plan = plan;
        this.clock = clock;
    }

    /** Plans what is due at this moment; returns how many reminders were new. */
    public int planDue() {
        Instant now = clock.instant();
        int added = 0;
        for (Cycle cycle : states.live(LocalDate.ofInstant(now, plan.provisionZone()))) {
            added += plan(cycle, now);
        }
        return added;
    }

    private int plan(Cycle cycle, Instant now) {
        long started = System.nanoTime();
        CycleState state = states.load(cycle);
        List<DueReminder> due = plan.dueAt(now, state.dates(), state.roster(), state.outstanding());
        Set<String> planned = outbox.planned(cycle.teamId(), cycle.year());
        List<DueReminder> fresh = due.stream()
                .filter(reminder -> !planned.contains(ReminderOutbox.plannedKey(reminder)))
                .toList();
        int added = outbox.insert(fresh, now);
        if (added > 0) {
            LOG.info(
                    "Planned {} reminders (team_id: {}, cycle: {}) for {} people in {} ms",
                    added,
                    cycle.teamId(),
                    cycle.year(),
                    state.roster().people().size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return added;
    }
}
