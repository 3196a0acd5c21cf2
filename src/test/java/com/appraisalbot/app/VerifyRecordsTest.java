package com.appraisalbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.signing.RecordKey;
import com.appraisalbot.signing.RecordVersion;
import com.appraisalbot.signing.SignedRecords;
import com.appraisalbot.signing.Signer;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.TestApp;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code verify-records} as an operator runs it: only database settings and the records key, no
 * Slack credentials, pointed at the database of an app that wrote signed records.
 */
class VerifyRecordsTest {

    private static final RecordKey KEY = new RecordKey("T123", "final-review", "person:7/cycle:2026");
    private static final Signer APPRAISER = new Signer("T123", "U2APPR", "APPRAISER");

    private FakeSlackApi slackApi;
    private TestApp app;
    private RecordVersion version;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @BeforeEach
    void appWithOneSignedRecord() {
        slackApi = FakeSlackApi.start();
        app = TestApp.start(slackApi);
        SignedRecords records = app.bean(SignedRecords.class);
        version = records.append(KEY, Map.of("outcome", "highly competent"), APPRAISER);
        records.sign(version.id(), APPRAISER);
    }

    @AfterEach
    void stop() {
        app.close();
        slackApi.close();
    }

    @Test
    void cleanDatabaseExitsZero() {
        int exitCode = verifyRecords(databaseOnly());

        assertThat(exitCode).isEqualTo(VerifyRecords.VERIFIED);
        assertThat(printed())
                .contains("Checked 1 record versions, 1 signatures and 2 ledger entries")
                .contains("every record verifies");
    }

    @Test
    void tamperedDatabaseExitsOneNamingTheRecord() throws SQLException {
        tamper("update record_version set content = '{\"outcome\":\"not yet competent\"}' where id = ?");

        int exitCode = verifyRecords(databaseOnly());

        assertThat(exitCode).isEqualTo(VerifyRecords.FAILURES_FOUND);
        assertThat(printed()).contains("final-review person:7/cycle:2026 (team T123), version 1: content changed");
    }

    @Test
    void badSettingExitsTwoWithoutChecking() {
        Map<String, String> environment = databaseOnly();
        environment.put("RECORDS_KEY", "too short");

        int exitCode = verifyRecords(environment);

        assertThat(exitCode).isEqualTo(VerifyRecords.COULD_NOT_CHECK);
        assertThat(printed()).isEmpty();
    }

    private Map<String, String> databaseOnly() {
        Map<String, String> environment = new HashMap<>();
        environment.put("DATABASE_URL", app.jdbcUrl());
        environment.put("DATABASE_USER", "root");
        environment.put("RECORDS_KEY", TestApp.RECORDS_KEY);
        return environment;
    }

    private int verifyRecords(Map<String, String> environment) {
        try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            return VerifyRecords.run(environment, Map.of(), out);
        }
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private void tamper(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(app.jdbcUrl(), "root", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, version.id());
            statement.executeUpdate();
        }
    }
}
