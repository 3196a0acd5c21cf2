package com.appraisalbot.slack;

import com.appraisalbot.config.Settings;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Receives Slack's requests over a Socket Mode WebSocket instead of HTTP, when an app token is set. */
@ApplicationScoped
public class SocketModeConnection {

    private static final Logger LOG = LoggerFactory.getLogger(SocketModeConnection.class);

    private final Settings settings;
    private final App app;
    private SocketModeApp socketModeApp;

    @Inject
    public SocketModeConnection(Settings settings, App app) {
        this.settings = settings;
        this.app = app;
    }

    public synchronized void start() {
        String appToken = settings.slack().appToken().orElseThrow();
        try {
            socketModeApp = new SocketModeApp(appToken, SocketModeClient.Backend.Tyrus, app);
            socketModeApp.startAsync();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "Socket Mode could not connect to Slack: " + e.getMessage()
                            + ". Check SLACK_APP_TOKEN is an app-level token with connections:write and Socket Mode is"
                            + " enabled in the app's settings.",
                    e);
        }
        LOG.info("Connected to Slack in Socket Mode");
    }

    public synchronized void stop() {
        if (socketModeApp == null) {
            return;
        }
        try {
            socketModeApp.close();
        } catch (Exception e) {
            LOG.error("The Socket Mode connection did not close cleanly", e);
        }
        socketModeApp = null;
    }
}
