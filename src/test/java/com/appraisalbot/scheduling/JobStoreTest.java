package com.appraisalbot.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appraisalbot.config.SettingsException;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.TestApp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.quartz.TriggerBuilder;

/** Quartz runs on its JDBC job store in the app's own MariaDB, clustered. */
class JobStoreTest {

    private static FakeSlackApi slackApi;

    @BeforeAll
    static void startSlack() {
        slackApi = FakeSlackApi.start();
    }

    @AfterAll
    static void stopSlack() {
        slackApi.close();
    }

    @Test
    void schedulerIsClusteredOnTheJdbcStoreAndRegistersItsInstance() throws Exception {
        try (TestApp app = TestApp.start(slackApi)) {
            SchedulerMetaData metaData = app.bean(Scheduler.class).getMetaData();

            assertThat(metaData.isJobStoreClustered()).isTrue();
            assertThat(metaData.isJobStoreSupportsPersistence()).isTrue();
            assertThat(schedulerInstances(app)).isEqualTo(1);
        }
    }

    @Test
    void aJobFiresThroughTheDatabaseWithItsServicesInjected() throws Exception {
        try (TestApp app = TestApp.start(slackApi, LatchJob.class)) {
            Scheduler scheduler = app.bean(Scheduler.class);
            CountDownLatch fired = app.bean(LatchJob.class).latch();

            scheduler.scheduleJob(
                    JobBuilder.newJob(LatchJob.class).withIdentity("latch").build(),
                    TriggerBuilder.newTrigger()
                            .withIdentity("latch-now")
                            .startNow()
                            .build());

            assertThat(fired.await(Duration.ofSeconds(20).toMillis(), TimeUnit.MILLISECONDS))
                    .isTrue();
        }
    }

    @Test
    void refusesToStartWhenTriggersCouldBeAcquiredOutsideTheLock() {
        Map<String, String> unsafe = Map.of("org.quartz.jobStore.acquireTriggersWithinLock", "false");

        assertThatThrownBy(() -> TestApp.start(slackApi, Map.of(), unsafe).close())
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("org.quartz.jobStore.acquireTriggersWithinLock");
    }

    @Test
    void refusesToStartUnclustered() {
        Map<String, String> unsafe = Map.of("org.quartz.jobStore.isClustered", "false");

        assertThatThrownBy(() -> TestApp.start(slackApi, Map.of(), unsafe).close())
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("org.quartz.jobStore.isClustered");
    }

    private static int schedulerInstances(TestApp app) throws SQLException {
        try (Connection connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from QRTZ_SCHEDULER_STATE")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
