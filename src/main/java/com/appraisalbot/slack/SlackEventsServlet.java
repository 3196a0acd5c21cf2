package com.appraisalbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each verified request on {@code /slack/events} to Bolt, as Bolt's own servlet does, but
 * answers a body Bolt cannot read as a Slack request with a short 400. Bolt's servlet lets the
 * parser's exception reach Jetty, whose 500 page then carried Gson's message, which quotes the body.
 */
public final class SlackEventsServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(SlackEventsServlet.class);
    static final String MALFORMED = "Malformed Slack request";

    private final transient App app;
    private final transient SlackAppServletAdapter adapter;

    public SlackEventsServlet(App app) {
        this.app = app;
        this.adapter = new SlackAppServletAdapter(app.config());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(request);
        } catch (RuntimeException e) {
            // Only the exception's type: its message can quote the body, which may hold appraisal text.
            refuse(request, response, e.getClass().getSimpleName());
            return;
        }
        if (slackRequest == null) {
            refuse(request, response, "no Slack request type matches it");
            return;
        }
        Response answer;
        try {
            answer = app.run(slackRequest);
        } catch (Exception e) {
            LOG.error("A Slack {} request to {} failed", slackRequest.getRequestType(), request.getRequestURI(), e);
            answer = Response.builder()
                    .statusCode(HttpServletResponse.SC_INTERNAL_SERVER_ERROR)
                    .contentType("text/plain; charset=utf-8")
                    .body("Something went wrong")
                    .build();
        }
        adapter.writeResponse(response, answer);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String why)
            throws IOException {
        LOG.warn(
                "Refused a signed request to {} from {} that is not a well-formed Slack request ({}). If Slack sent"
                        + " it, check the Slack app's request URL points at this app.",
                request.getRequestURI(),
                request.getRemoteAddr(),
                why);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().write(MALFORMED);
    }
}
