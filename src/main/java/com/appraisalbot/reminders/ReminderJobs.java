package com.appraisalbot.reminders;

import com.appraisalbot.scheduling.RecurringJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.JobKey;
import org.quartz.SimpleTrigger;

/**
 * The two recurring jobs of reminders, both thin: the planner every five minutes and the sender
 * every fifteen seconds. Neither runs twice at once anywhere in the cluster. After downtime each
 * trigger fires once at once and then keeps its interval (Quartz's "reschedule now with existing
 * count"); the planner then plans whatever came due meanwhile, once, because what is due is
 * derived from the calendar and the outbox keeps one row per reminder. A fresh install first
 * plans one interval after start.
 */
public final class ReminderJobs {

    static final String GROUP = "reminders";
    static final JobKey PLANNING = JobKey.jobKey("plan-reminders", GROUP);
    static final JobKey SENDING = JobKey.jobKey("send-reminders", GROUP);
    static final Duration PLANNING_INTERVAL = Duration.ofMinutes(5);
    static final Duration SENDING_INTERVAL = Duration.ofSeconds(15);
    /** A sender run stops taking new work after this, so that shutting down never waits long. */
    static final Duration SENDING_BUDGET = Duration.ofSeconds(12);

    private ReminderJobs() {}

    /** Plans every reminder due now. */
    @Dependent
    @DisallowConcurrentExecution
    public static class PlanningJob implements Job {

        private final ReminderPlanner planner;

        @Inject
        public PlanningJob(ReminderPlanner planner) {
            this.planner = planner;
        }

        @Override
        public void execute(JobExecutionContext context) {
            planner.planDue();
        }
    }

    /** Sends due reminders for a while, within the rate. */
    @Dependent
    @DisallowConcurrentExecution
    public static class SendingJob implements Job {

        private final ReminderSender sender;

        @Inject
        public SendingJob(ReminderSender sender) {
            this.sender = sender;
        }

        @Override
        public void execute(JobExecutionContext context) throws JobExecutionException {
            try {
                sender.drain(SENDING_BUDGET);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JobExecutionException("Interrupted while sending reminders; the rest wait", e);
            }
        }
    }

    /** Stores the planner's job and trigger in the cluster's job store. */
    @ApplicationScoped
    static class Planning implements RecurringJob {

        @Override
        public JobDetail job() {
            return JobBuilder.newJob(PlanningJob.class)
                    .withIdentity(PLANNING)
                    .withDescription("Plans the reminders that are due")
                    .storeDurably()
                    .build();
        }

        @Override
        public SimpleTrigger trigger() {
            return RecurringJob.every(PLANNING_INTERVAL, PLANNING);
        }
    }

    /** Stores the sender's job and trigger in the cluster's job store. */
    @ApplicationScoped
    static class Sending implements RecurringJob {

        @Override
        public JobDetail job() {
            return JobBuilder.newJob(SendingJob.class)
                    .withIdentity(SENDING)
                    .withDescription("Sends due reminders within Slack's rate limit")
                    .storeDurably()
                    .build();
        }

        @Override
        public SimpleTrigger trigger() {
            return RecurringJob.every(SENDING_INTERVAL, SENDING);
        }
    }
}
