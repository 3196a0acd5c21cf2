package com.appraisalbot.scheduling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Lets Quartz jobs be CDI beans, so that a job receives the services it delegates to. */
@ApplicationScoped
class CdiJobFactory implements JobFactory {

    private final Instance<Object> beans;

    @Inject
    CdiJobFactory(Instance<Object> beans) {
        this.beans = beans;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        Class<? extends Job> jobClass = bundle.getJobDetail().getJobClass();
        Instance<? extends Job> job = beans.select(jobClass);
        if (!job.isResolvable()) {
            throw new SchedulerException("Job " + jobClass.getName() + " is not a CDI bean: annotate it"
                    + " @ApplicationScoped or @Dependent so that it can be created with its services.");
        }
        return job.get();
    }
}
