package com.appraisalbot.slack;

import com.slack.api.bolt.App;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a handler's slow part (Web API calls, building a view) after Slack has its acknowledgement,
 * on Bolt's executor. A failure there has nobody waiting for an answer, so it is logged with the
 * IDs involved.
 */
public final class AfterAck {

    private static final Logger LOG = LoggerFactory.getLogger(AfterAck.class);

    private AfterAck() {}

    /**
     * @param what what the work does, for the log if it fails ("publish the Home")
     */
    public static void run(App app, String what, String teamId, String userId, Runnable work) {
        app.executorService().submit(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.error("Could not {} (team_id: {}, user_id: {})", what, teamId, userId, e);
            }
        });
    }
}
