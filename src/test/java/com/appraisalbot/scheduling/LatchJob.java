package com.appraisalbot.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CountDownLatch;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** A job for tests: counts down when Quartz runs it, created by CDI like the app's own jobs. */
@ApplicationScoped
public class LatchJob implements Job {

    private final CountDownLatch latch = new CountDownLatch(1);

    CountDownLatch latch() {
        return latch;
    }

    @Override
    public void execute(JobExecutionContext context) {
        latch.countDown();
    }
}
