package com.appraisalbot.slack.approvals;

import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.approvals.Approvals;
import com.appraisalbot.scheduling.RecurringJob;
import com.appraisalbot.slack.SlackCallFailed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.SimpleTrigger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the approval messages that were recorded but never posted. A submission records its
 * approval request and answers the person at once; the message follows after the
 * acknowledgement, and if the app stops, or Slack or the database fails, in between, this job
 * posts it later. It waits {@link #GRACE} first, so a message still on its way is not sent twice.
 */
@ApplicationScoped
public class UnsentApprovals {

    private static final Logger LOG = LoggerFactory.getLogger(UnsentApprovals.class);
    static final Duration GRACE = Duration.ofMinutes(5);
    static final Duration INTERVAL = Duration.ofMinutes(2);
    private static final int BATCH = 50;
    private static final JobKey JOB = JobKey.jobKey("send-unsent-approvals", "approvals");

    private final Approvals approvals;
    private final ApprovalMessages messages;
    private final Clock clock;

    @Inject
    public UnsentApprovals(Approvals approvals, ApprovalMessages messages, Clock clock) {
        this.approvals = approvals;
        this.messages = messages;
        this.clock = clock;
    }

    /** Posts each unsent request's message; returns how many were sent. */
    public int sendUnsent() {
        List<ApprovalRequest> unsent = approvals.unsent(clock.instant().minus(GRACE), BATCH);
        int sent = 0;
        for (ApprovalRequest request : unsent) {
            try {
                messages.send(request);
                sent++;
                LOG.info(
                        "Sent the approval message that had not gone (version_id: {}, approver user_id: {})",
                        request.versionId(),
                        request.approver().slackUserId());
            } catch (SlackCallFailed e) {
                LOG.warn(
                        "The approval message still could not be sent; trying again in {} (version_id: {})",
                        INTERVAL,
                        request.versionId(),
                        e);
            }
        }
        return sent;
    }

    /** The job: thin, and never two at once in the cluster. */
    @Dependent
    @DisallowConcurrentExecution
    public static class SendingJob implements Job {

        private final UnsentApprovals unsent;

        @Inject
        public SendingJob(UnsentApprovals unsent) {
            this.unsent = unsent;
        }

        @Override
        public void execute(JobExecutionContext context) {
            unsent.sendUnsent();
        }
    }

    /** Stores the job and its trigger in the cluster's job store. */
    @ApplicationScoped
    static class Schedule implements RecurringJob {

        @Override
        public JobDetail job() {
            return JobBuilder.newJob(SendingJob.class)
                    .withIdentity(JOB)
                    .withDescription("Sends approval messages that were recorded but never posted")
                    .storeDurably()
                    .build();
        }

        @Override
        public SimpleTrigger trigger() {
            return RecurringJob.every(INTERVAL, JOB);
        }
    }
}
