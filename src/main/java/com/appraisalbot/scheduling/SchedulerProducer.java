package com.appraisalbot.scheduling;

import com.zaxxer.hikari.HikariDataSource;
import io.smallrye.config.SmallRyeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/** Produces the Quartz scheduler, not yet started, on the app's own connection pool. */
@ApplicationScoped
public class SchedulerProducer {

    @Produces
    @Singleton
    Scheduler scheduler(
            HikariDataSource dataSource,
            SmallRyeConfig config,
            CdiJobFactory jobFactory,
            Instance<RecurringJob> recurringJobs) {
        // Quartz looks data sources up by name in a JVM-wide registry: one name per app instance.
        String dataSourceName = "appraisal-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(dataSourceName, new PoolConnections(dataSource));
        try {
            Scheduler scheduler = new StdSchedulerFactory(
                            QuartzConfiguration.properties(dataSourceName, quartzOverrides(config)))
                    .getScheduler();
            // Quartz also keeps schedulers in a JVM-wide registry by name; every instance shares the
            // cluster's name, so forget this one there or a second instance in the JVM would reuse it.
            SchedulerRepository.getInstance().remove(QuartzConfiguration.SCHEDULER_NAME);
            scheduler.setJobFactory(jobFactory);
            for (RecurringJob recurring : recurringJobs) {
                RecurringJob.ensureScheduled(scheduler, recurring);
            }
            return scheduler;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz could not be set up on the app's database: " + e.getMessage(), e);
        }
    }

    void shutdown(@Disposes Scheduler scheduler) throws SchedulerException {
        if (!scheduler.isShutdown()) {
            scheduler.shutdown(true);
        }
    }

    private static Map<String, String> quartzOverrides(SmallRyeConfig config) {
        Map<String, String> overrides = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("org.quartz.")) {
                config.getOptionalValue(name, String.class).ifPresent(value -> overrides.put(name, value));
            }
        }
        return overrides;
    }

    private record PoolConnections(HikariDataSource dataSource) implements ConnectionProvider {

        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // The pool belongs to the app, which closes it after the scheduler has stopped.
        }

        @Override
        public void initialize() {
            // The pool is ready before the scheduler is created.
        }
    }
}
