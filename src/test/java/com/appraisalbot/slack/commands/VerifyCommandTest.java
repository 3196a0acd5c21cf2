package com.appraisalbot.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.signing.RecordKey;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.SignedRecords;
import com.appraisalbot.signing.Signer;
import com.appraisalbot.signing.VerificationFailure;
import com.appraisalbot.signing.VerificationReport;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.SlackRequests;
import com.appraisalbot.testing.TestApp;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /appraisal verify}: answered at once, with the result posted to the response_url after. */
class VerifyCommandTest {

    private static final Signer CASE_MANAGER = new Signer("T123", "U1CASE", "CASE_MANAGER");
    private static final Duration WAIT = Duration.ofSeconds(20);

    private static FakeSlackApi slackApi;
    private static TestApp app;

    @BeforeAll
    static void start() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi);
    }

    @AfterAll
    static void stop() {
        app.close();
        slackApi.close();
    }

    @Test
    void anyoneGetsCheckingAtOnceThenTheResultWithFailuresEscaped() throws SQLException {
        RecordKey key = new RecordKey("T123", "objectives", "<!channel> person:9/cycle:2026");
        RecordVersion version =
                app.bean(SignedRecords.class).append(key, Map.of("objective", "Reading age +1"), CASE_MANAGER);

        SlackRequests.Response ack = app.slack().command(verifyForm());
        String clean = responseText(slackApi.awaitCalls(FakeSlackApi.RESPONSE_URL, 1, WAIT));
        tamper(version);
        app.slack().command(verifyForm());
        String tampered = responseText(slackApi.awaitCalls(FakeSlackApi.RESPONSE_URL, 2, WAIT));

        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.json().get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(ack.json().get("text").getAsString()).startsWith("Checking");
        assertThat(clean).contains("every record verifies");
        assertThat(tampered)
                .contains("1 problem found")
                .contains("version 1: content changed")
                .contains("&lt;!channel&gt;")
                .doesNotContain("<!channel>");
    }

    @Test
    void longListsShowTheFirstTwentyFailuresAndCountTheRest() {
        VerificationFailure failure = new VerificationFailure(
                VerificationFailure.Problem.NOT_IN_LEDGER,
                Optional.of(new RecordKey("T123", "objectives", "person:1/cycle:2026")),
                1,
                "signature row 7 has no ledger entry");
        VerificationReport report = new VerificationReport(1, 25, 1, Collections.nCopies(25, failure), "0".repeat(64));

        String message = VerifyCommand.message(report);

        assertThat(message.lines().filter(line -> line.startsWith("• "))).hasSize(20);
        assertThat(message).endsWith("…and 5 more.");
    }

    @Test
    void helpListsTheVerifyCommand() {
        SlackRequests.Response help = app.slack().command("/appraisal", "help", "U1CASE", "T123");

        assertThat(help.body()).contains("/appraisal verify");
    }

    /** A verify command from someone with no role at all, answered through the stand-in's response_url. */
    private static Map<String, String> verifyForm() {
        Map<String, String> form = SlackRequests.commandForm("/appraisal", "verify", "U9ANYONE", "T123");
        form.put("response_url", slackApi.responseUrl());
        return form;
    }

    private static String responseText(List<FakeSlackApi.Call> calls) {
        FakeSlackApi.Call newest = calls.get(calls.size() - 1);
        assertThat(newest.param("response_type")).contains("ephemeral");
        return newest.param("text").orElseThrow();
    }

    private static void tamper(RecordVersion version) throws SQLException {
        try (Connection connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
                PreparedStatement statement =
                        connection.prepareStatement("update record_version set content = '{}' where id = ?")) {
            statement.setLong(1, version.id());
            statement.executeUpdate();
        }
    }
}
