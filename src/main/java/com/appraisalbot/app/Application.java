package com.appraisalbot.app;

import com.appraisalbot.config.Settings;
import com.appraisalbot.persistence.DatabaseServer;
import com.appraisalbot.slack.SocketModeConnection;
import com.appraisalbot.web.HttpServer;
import com.slack.api.bolt.App;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the parts of the app in dependency order (database, schema, Hibernate, scheduler, Slack)
 * and stops them in reverse, so that requests in flight finish before the database goes away.
 */
@ApplicationScoped
public class Application {

    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private final Settings settings;
    private final DatabaseServer databaseServer;
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final Scheduler scheduler;
    private final App slackApp;
    private final HttpServer httpServer;
    private final SocketModeConnection socketMode;

    @Inject
    public Application(
            Settings settings,
            DatabaseServer databaseServer,
            HikariDataSource dataSource,
            SessionFactory sessionFactory,
            Scheduler scheduler,
            App slackApp,
            HttpServer httpServer,
            SocketModeConnection socketMode) {
        this.settings = settings;
        this.databaseServer = databaseServer;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.scheduler = scheduler;
        this.slackApp = slackApp;
        this.httpServer = httpServer;
        this.socketMode = socketMode;
    }

    void start() {
        long started = System.nanoTime();
        try {
            startParts();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        LOG.info(
                "Appraisal Bot started in {} ms ({} mode)",
                (System.nanoTime() - started) / 1_000_000,
                settings.socketMode() ? "Socket Mode" : "HTTP");
    }

    private void startParts() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The Quartz scheduler could not start: " + e.getMessage(), e);
        }
        try {
            // Bolt checks the bot token with auth.test here, so a wrong token stops start-up at once.
            slackApp.start();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "Slack did not accept SLACK_BOT_TOKEN, or could not be reached at"
                            + " SLACK_API_URL (" + e.getMessage() + "). Copy the Bot User OAuth Token again from the"
                            + " app's OAuth & Permissions page.",
                    e);
        }
        httpServer.start();
        if (settings.socketMode()) {
            socketMode.start();
        }
    }

    int port() {
        return httpServer.port();
    }

    void stop() {
        LOG.info("Appraisal Bot is stopping: finishing requests in flight");
        socketMode.stop();
        httpServer.stop();
        slackApp.stop();
        try {
            scheduler.shutdown(true);
        } catch (SchedulerException e) {
            LOG.error("The Quartz scheduler did not stop cleanly", e);
        }
        if (sessionFactory.isOpen()) {
            sessionFactory.close();
        }
        dataSource.close();
        databaseServer.close();
        LOG.info("Appraisal Bot stopped");
    }
}
