package com.appraisalbot.scheduling;

import com.appraisalbot.config.SettingsException;
import java.util.Map;
import java.util.Properties;

/**
 * Quartz's properties: a clustered JDBC job store in the app's own database, overridable with
 * {@code org.quartz.*} system properties, and refused when the overrides would let a trigger fire
 * twice.
 */
final class QuartzConfiguration {

    /** The scheduler's name; every instance of the app shares it, which is what makes them one cluster. */
    static final String SCHEDULER_NAME = "appraisal-bot";

    private static final String PREFIX = "org.quartz.";
    private static final String LOCK_SETTING = "org.quartz.jobStore.acquireTriggersWithinLock";
    private static final String CLUSTERED_SETTING = "org.quartz.jobStore.isClustered";
    private static final String STORE_SETTING = "org.quartz.jobStore.class";
    private static final String JDBC_STORE = "org.quartz.impl.jdbcjobstore.JobStoreTX";

    private QuartzConfiguration() {}

    static Properties properties(String dataSourceName, Map<String, String> overrides) {
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", SCHEDULER_NAME);
        properties.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        properties.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        properties.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        properties.setProperty("org.quartz.threadPool.threadCount", "4");
        properties.setProperty(STORE_SETTING, JDBC_STORE);
        properties.setProperty(
                "org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
        properties.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        properties.setProperty("org.quartz.jobStore.useProperties", "true");
        properties.setProperty(CLUSTERED_SETTING, "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "7500");
        properties.setProperty("org.quartz.jobStore.misfireThreshold", "60000");
        // On MySQL and MariaDB, acquiring triggers outside the lock lets two nodes take the same trigger.
        properties.setProperty(LOCK_SETTING, "true");
        overrides.forEach((key, value) -> {
            if (key.startsWith(PREFIX)) {
                properties.setProperty(key, value);
            }
        });
        requireOnceOnlyFiring(properties);
        return properties;
    }

    private static void requireOnceOnlyFiring(Properties properties) {
        if (!JDBC_STORE.equals(properties.getProperty(STORE_SETTING))) {
            throw new SettingsException("Setting " + STORE_SETTING + " must be " + JDBC_STORE
                    + ": reminders must survive restarts and be shared by every instance. Remove the override.");
        }
        if (!"true".equalsIgnoreCase(properties.getProperty(CLUSTERED_SETTING))) {
            throw new SettingsException("Setting " + CLUSTERED_SETTING + " must be true, or two instances of the"
                    + " app would each send every reminder. Remove the override.");
        }
        if (!"true".equalsIgnoreCase(properties.getProperty(LOCK_SETTING))) {
            throw new SettingsException("Setting " + LOCK_SETTING + " must be true: on MariaDB a clustered"
                    + " scheduler without it can fire one trigger on two instances. Remove the override.");
        }
    }
}
