package com.appraisalbot.benchmark;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The yardstick: Bolt for Java with one slash command handler and nothing else, on the same embedded Jetty 12 and
 * Bolt servlet as Appraisal Bot, with Bolt's own signature check. Built and run only by the benchmark.
 *
 * <p>Arguments: the signing secret and the Web API's base URL. It prints {@code port <n>} once it listens on a free
 * port, and runs until it is killed.
 */
public final class BareBoltApp {

    private BareBoltApp() {}

    public static void main(String[] args) throws Exception {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(args[1]);
        App app = new App(AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken("xoxb-benchmark-bare-bolt")
                .signingSecret(args[0])
                .build());
        app.command(
                "/appraisal",
                (request, context) -> context.ack(r -> r.responseType("ephemeral")
                        .text("Appraisal Bot runs your performance-management cycle here in Slack.")));

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
        server.setHandler(context);
        server.start();
        System.out.println("port " + connector.getLocalPort());
        server.join();
    }
}
