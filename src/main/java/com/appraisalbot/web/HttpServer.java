package com.appraisalbot.web;

import com.appraisalbot.config.Settings;
import com.appraisalbot.slack.SlackEventsServlet;
import com.appraisalbot.slack.SlackSignatureFilter;
import com.appraisalbot.slack.SlackSignatureVerifier;
import com.slack.api.bolt.App;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Jetty server: {@code POST /slack/events} for everything Slack sends over HTTP, and
 * {@code GET /health}. On stop it lets in-flight requests finish within the grace period.
 */
@ApplicationScoped
public class HttpServer {

    public static final String SLACK_PATH = "/slack/events";
    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    private final Settings settings;
    private final App app;
    private final SlackSignatureVerifier verifier;
    private final HikariDataSource dataSource;
    private Server server;

    @Inject
    public HttpServer(Settings settings, App app, SlackSignatureVerifier verifier, HikariDataSource dataSource) {
        this.settings = settings;
        this.app = app;
        this.verifier = verifier;
        this.dataSource = dataSource;
    }

    public synchronized void start() {
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(settings.port());
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder("health", new HealthServlet(dataSource)), "/health");
        if (!settings.socketMode()) {
            context.addServlet(new ServletHolder("slack", new SlackEventsServlet(app)), SLACK_PATH);
            context.addFilter(
                    new FilterHolder(new SlackSignatureFilter(verifier)),
                    SLACK_PATH,
                    EnumSet.of(DispatcherType.REQUEST));
        }
        context.setErrorHandler(new QuietErrorHandler());
        server.setErrorHandler(new QuietErrorHandler());
        server.setHandler(new GracefulHandler(context));
        server.setStopTimeout(settings.shutdown().graceSeconds() * 1000L);
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "The HTTP server could not listen on port " + settings.port() + ": " + e.getMessage()
                            + ". Set PORT to a free port.",
                    e);
        }
        LOG.info("Listening on port {}{}", port(), settings.socketMode() ? " (health only: Socket Mode)" : "");
    }

    /** The port actually bound, which differs from the setting when that is 0. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.error("The HTTP server did not stop cleanly", e);
        }
        server = null;
    }
}
