package com.appraisalbot.app;

import com.appraisalbot.config.Settings;
import com.appraisalbot.persistence.DatabaseServer;
import com.appraisalbot.slack.SocketModeConnection;
import com.appraisalbot.web.HttpServer;
import com.slack.api.bolt.App;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
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
    /** auth.test's errors that mean the token itself is wrong, rather than Slack or the network. */
    private static final Set<String> REJECTED_TOKEN_ERRORS = Set.of(
            "invalid_auth",
            "not_authed",
            "account_inactive",
            "token_revoked",
            "token_expired",
            "not_allowed_token_type");

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
                "Appraisal Bot started, ready {} ms after the JVM's launch ({} mode; its last steps took {} ms)",
                ManagementFactory.getRuntimeMXBean().getUptime(),
                settings.socketMode() ? "Socket Mode" : "HTTP",
                (System.nanoTime() - started) / 1_000_000);
    }

    private void startParts() {
        try {
            scheduler.start();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The Quartz scheduler could not start: " + e.getMessage(), e);
        }
        checkBotToken();
        try {
            // Bolt checks the bot token with auth.test again here; checkBotToken has said why it would fail.
            slackApp.start();
        } catch (IllegalArgumentException e) {
            throw new StartupFailed("Bolt could not start: " + e.getMessage() + ".", e);
        }
        httpServer.start();
        if (settings.socketMode()) {
            socketMode.start();
        }
    }

    /**
     * Calls {@code auth.test} so that start-up stops with the real reason: Bolt reports an unreachable
     * Web API and a rejected token alike as "the token is invalid".
     */
    private void checkBotToken() {
        String apiUrl = settings.slack().apiUrl();
        AuthTestResponse answer;
        try {
            answer = slackApp.config()
                    .getSlack()
                    .methods(settings.slack().botToken().orElseThrow())
                    .authTest(r -> r);
        } catch (IOException e) {
            throw new StartupFailed(
                    "Could not reach Slack's Web API at " + apiUrl + " (" + e.getMessage()
                            + "): check SLACK_API_URL and the network.",
                    e);
        } catch (SlackApiException e) {
            throw new StartupFailed(
                    "Slack's Web API at " + apiUrl + " answered auth.test with HTTP "
                            + e.getResponse().code()
                            + ": check SLACK_API_URL points at Slack's Web API, such as https://slack.com/api/.",
                    e);
        }
        if (!answer.isOk()) {
            throw new StartupFailed(
                    REJECTED_TOKEN_ERRORS.contains(answer.getError())
                            ? "Slack rejected SLACK_BOT_TOKEN (" + answer.getError()
                                    + "). Copy the Bot User OAuth Token"
                                    + " again from the app's OAuth & Permissions page."
                            : "Slack's auth.test failed (" + answer.getError() + ") at " + apiUrl
                                    + ": check SLACK_BOT_TOKEN and SLACK_API_URL.");
        }
    }

    /**
     * Lets the slow halves of handled requests (run on Bolt's executor after the acknowledgement)
     * finish before the database they write to is closed; Bolt's stop leaves its executor running.
     */
    private void finishWorkAfterAcknowledgements() {
        ExecutorService afterAck = slackApp.executorService();
        afterAck.shutdown();
        int grace = settings.shutdown().graceSeconds();
        try {
            if (!afterAck.awaitTermination(grace, TimeUnit.SECONDS)) {
                LOG.warn(
                        "Work after Slack acknowledgements was still running {} s after SIGTERM and is cut off;"
                                + " raise SHUTDOWN_GRACE_SECONDS if this recurs",
                        grace);
                afterAck.shutdownNow();
            }
        } catch (InterruptedException e) {
            LOG.warn("Interrupted while waiting for work after Slack acknowledgements; it is cut off", e);
            afterAck.shutdownNow();
            Thread.currentThread().interrupt();
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
        finishWorkAfterAcknowledgements();
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
