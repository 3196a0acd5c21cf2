package com.appraisalbot.app;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.TestApp;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Start-up's check of the bot token says whether Slack refused it or could not be reached at all. */
class SlackStartUpCheckTest {

    private static FakeSlackApi slackApi;

    @BeforeAll
    static void startSlack() {
        slackApi = FakeSlackApi.start();
    }

    @AfterEach
    void forgetFailures() {
        slackApi.reset();
    }

    @AfterAll
    static void stopSlack() {
        slackApi.close();
    }

    @Test
    void unreachableWebApiIsReportedAsSuchNotAsAnInvalidToken() throws IOException {
        String nowhere = "http://127.0.0.1:" + freePort() + "/api/";

        assertThatThrownBy(() -> TestApp.start(slackApi, Map.of("SLACK_API_URL", nowhere), Map.of())
                        .close())
                .isInstanceOf(StartupFailed.class)
                .hasMessageStartingWith("Could not reach Slack's Web API at " + nowhere)
                .hasMessageContaining("check SLACK_API_URL")
                .hasMessageNotContaining("token");
    }

    @Test
    void tokenSlackRejectsIsReportedWithSlacksError() {
        // Bolt's App also calls auth.test when it is built, before start-up's own check.
        slackApi.failNext("auth.test", 10, FakeSlackApi.Failure.error("invalid_auth"));

        assertThatThrownBy(() -> TestApp.start(slackApi).close())
                .isInstanceOf(StartupFailed.class)
                .hasMessageStartingWith("Slack rejected SLACK_BOT_TOKEN (invalid_auth)")
                .hasMessageContaining("OAuth & Permissions");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
