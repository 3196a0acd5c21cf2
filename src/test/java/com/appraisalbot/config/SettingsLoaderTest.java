package com.appraisalbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

    private static Map<String, String> valid() {
        Map<String, String> environment = new HashMap<>();
        environment.put("SLACK_BOT_TOKEN", "xoxb-1234-5678-abcdef");
        environment.put("SLACK_SIGNING_SECRET", "secret");
        return environment;
    }

    private static Map<String, String> validWith(String name, String value) {
        Map<String, String> environment = valid();
        environment.put(name, value);
        return environment;
    }

    private static Settings load(Map<String, String> environment) {
        return SettingsLoader.load(environment, Map.of()).settings();
    }

    @Test
    void defaultsApplyWhenOnlyTheSlackCredentialsAreSet() {
        Settings settings = load(valid());

        assertThat(settings.port()).isEqualTo(3000);
        assertThat(settings.slack().apiUrl()).isEqualTo("https://slack.com/api/");
        assertThat(settings.data().dir()).isEqualTo(Path.of("data"));
        assertThat(settings.provision().timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(settings.database().url()).isEmpty();
        assertThat(settings.socketMode()).isFalse();
    }

    @Test
    void environmentVariablesOverrideDefaults() {
        Map<String, String> environment = valid();
        environment.put("PORT", "8080");
        environment.put("PROVISION_TIME_ZONE", "America/New_York");
        environment.put("ADMIN_USER_IDS", "U024BE7LH,W0123ABCD");
        environment.put("DATABASE_URL", "jdbc:mariadb://db:3306/appraisal");
        environment.put("DATABASE_USER", "appraisal");

        Settings settings = load(environment);

        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.provision().timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(settings.admin().userIds()).contains(List.of("U024BE7LH", "W0123ABCD"));
        assertThat(settings.database().url()).contains("jdbc:mariadb://db:3306/appraisal");
    }

    @Test
    void missingBotTokenNamesTheSettingAndTheFix() {
        Map<String, String> environment = valid();
        environment.remove("SLACK_BOT_TOKEN");

        assertThatThrownBy(() -> load(environment))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageContaining("manifest");
    }

    @Test
    void missingSigningSecretIsRefusedInHttpModeOnly() {
        Map<String, String> environment = valid();
        environment.remove("SLACK_SIGNING_SECRET");

        assertThatThrownBy(() -> load(environment)).hasMessageContaining("SLACK_SIGNING_SECRET");

        environment.put("SLACK_APP_TOKEN", "xapp-1-abc");
        assertThat(load(environment).socketMode()).isTrue();
    }

    @Test
    void malformedValuesAreNamed() {
        assertThatThrownBy(() -> load(validWith("PORT", "three thousand"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> load(validWith("PORT", "70000"))).hasMessageContaining("PORT");
        assertThatThrownBy(() -> load(validWith("PROVISION_TIME_ZONE", "Mars/Olympus")))
                .hasMessageContaining("PROVISION_TIME_ZONE");
        assertThatThrownBy(() -> load(validWith("SLACK_BOT_TOKEN", "xoxp-user-token")))
                .hasMessageContaining("SLACK_BOT_TOKEN");
        assertThatThrownBy(() -> load(validWith("SLACK_BOT_TOKEN", "xoxb-12"))).hasMessageContaining("SLACK_BOT_TOKEN");
        assertThatThrownBy(() -> load(validWith("SLACK_APP_TOKEN", "xoxb-not-an-app-token")))
                .hasMessageContaining("SLACK_APP_TOKEN");
        assertThatThrownBy(() -> load(validWith("SLACK_API_URL", "slack.com/api")))
                .hasMessageContaining("SLACK_API_URL");
        assertThatThrownBy(() -> load(validWith("DATABASE_URL", "jdbc:postgresql://db/appraisal")))
                .hasMessageContaining("DATABASE_URL");
        assertThatThrownBy(() -> load(validWith("ADMIN_USER_IDS", "alice"))).hasMessageContaining("ADMIN_USER_IDS");
    }

    @Test
    void malformedValuesAreExplainedInTheReadmesTermsWithoutSmallRyeInternals() {
        assertThatThrownBy(() -> load(validWith("PORT", "abc")))
                .hasMessage("Setting PORT must be a whole number from 0 to 65535 (0 picks a free port), not 'abc'.");
        assertThatThrownBy(() -> load(validWith("PROVISION_TIME_ZONE", "Mars/Base")))
                .hasMessage("Setting PROVISION_TIME_ZONE must be an IANA time zone such as Europe/London, not"
                        + " 'Mars/Base'.");
        assertThatThrownBy(() -> load(validWith("REMINDER_SEND_RATE", "fast")))
                .hasMessageContaining("REMINDER_SEND_RATE")
                .hasMessageNotContaining("SRCFG")
                .hasMessageNotContaining("java.lang");
    }

    @Test
    void unknownLogLevelIsRefusedListingTheValidOnes() {
        assertThatThrownBy(() -> load(validWith("LOG_LEVEL", "LOUD")))
                .isInstanceOf(SettingsException.class)
                .hasMessage("Setting LOG_LEVEL must be one of TRACE, DEBUG, INFO, WARN, ERROR, OFF, not 'LOUD'.");
        assertThat(load(validWith("LOG_LEVEL", "debug")).log().level()).isEqualTo("debug");
        assertThat(load(valid()).log().level()).isEqualTo("INFO");
    }

    @Test
    void dataDirInsideTheTempFolderIsRefusedBecauseTheEmbeddedDatabaseEmptiesIt() {
        String inTemp =
                Path.of(System.getProperty("java.io.tmpdir"), "appraisal").toString();

        assertThatThrownBy(() -> load(validWith("DATA_DIR", inTemp)))
                .hasMessageContaining("DATA_DIR")
                .hasMessageContaining("temp folder");
    }

    @Test
    void databaseUrlWithoutUserIsRefused() {
        assertThatThrownBy(() -> load(validWith("DATABASE_URL", "jdbc:mariadb://db:3306/appraisal")))
                .hasMessageContaining("DATABASE_USER");
    }

    @Test
    void messagesAreOneLine() {
        assertThatThrownBy(() -> load(validWith("PORT", "abc")))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void recordsKeyShorterThanThirtyTwoCharactersIsRefusedNamingIt() {
        Map<String, String> environment = validWith("RECORDS_KEY", "a".repeat(31));

        assertThatThrownBy(() -> load(environment))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("RECORDS_KEY")
                .hasMessageContaining("32");
    }

    @Test
    void recordsKeyIsReadFromTheEnvironment() {
        Settings settings = load(validWith("RECORDS_KEY", "k".repeat(32)));

        assertThat(settings.records().key()).contains("k".repeat(32));
    }

    @Test
    void loadingWithoutSlackNeedsNoSlackCredentialsButChecksTheRest() {
        Map<String, String> environment = Map.of("DATABASE_URL", "jdbc:mariadb://db:3306/appraisal");

        assertThatThrownBy(() -> SettingsLoader.loadWithoutSlack(environment, Map.of()))
                .hasMessageContaining("DATABASE_USER");
        assertThat(SettingsLoader.loadWithoutSlack(Map.of(), Map.of())
                        .settings()
                        .records()
                        .key())
                .isEmpty();
    }
}
