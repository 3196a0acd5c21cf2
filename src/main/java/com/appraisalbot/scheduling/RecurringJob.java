package com.appraisalbot.scheduling;

import java.time.Duration;
import java.util.Date;
import java.util.Set;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A job the app always runs on a schedule. Every CDI bean implementing this is scheduled when the
 * scheduler is created, before it starts, through {@link #ensureScheduled}: the job store is
 * shared, so the first instance to start stores the job and its trigger and the others find them.
 */
public interface RecurringJob {

    /** The job, durable, with the identity under which the cluster stores it. */
    JobDetail job();

    /** Its trigger, for the job above. */
    SimpleTrigger trigger();

    /**
     * A trigger that fires the job every {@code interval}, first one interval from now. After
     * downtime it fires once at once and then keeps its interval (Quartz's "reschedule now with
     * existing count"), so missed runs are made up once, not once each.
     */
    static SimpleTrigger every(Duration interval, JobKey job) {
        return TriggerBuilder.newTrigger()
                .withIdentity(TriggerKey.triggerKey(job.getName(), job.getGroup()))
                .forJob(job)
                .startAt(new Date(System.currentTimeMillis() + interval.toMillis()))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule()
                        .withIntervalInMilliseconds(interval.toMillis())
                        .repeatForever()
                        .withMisfireHandlingInstructionNowWithExistingCount())
                .build();
    }

    /**
     * Stores the job and its trigger unless the cluster already has them. A trigger whose interval
     * has changed since an earlier version stored it is replaced. Two instances starting at once may
     * both try: the loser's {@link ObjectAlreadyExistsException} means the winner did it.
     */
    static void ensureScheduled(Scheduler scheduler, RecurringJob recurring) throws SchedulerException {
        Logger log = LoggerFactory.getLogger(RecurringJob.class);
        JobDetail job = recurring.job();
        SimpleTrigger trigger = recurring.trigger();
        Trigger stored = scheduler.getTrigger(trigger.getKey());
        if (stored instanceof SimpleTrigger simple && simple.getRepeatInterval() == trigger.getRepeatInterval()) {
            return;
        }
        if (stored != null) {
            scheduler.rescheduleJob(trigger.getKey(), trigger);
            log.info("Rescheduled job {} every {} ms", job.getKey(), trigger.getRepeatInterval());
            return;
        }
        try {
            if (scheduler.checkExists(job.getKey())) {
                scheduler.scheduleJob(trigger);
            } else {
                scheduler.scheduleJob(job, Set.of(trigger), false);
            }
            log.info("Scheduled job {} every {} ms", job.getKey(), trigger.getRepeatInterval());
        } catch (ObjectAlreadyExistsException e) {
            log.info("Job {} was scheduled by another instance starting at the same time", job.getKey());
        }
    }
}
