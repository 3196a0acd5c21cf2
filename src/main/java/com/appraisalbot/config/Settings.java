package com.appraisalbot.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Every setting of the app, read once at start-up from environment variables.
 *
 * <p>Each property name maps to an environment variable by upper-casing it and turning dots and
 * dashes into underscores: {@code slack.bot-token} is {@code SLACK_BOT_TOKEN}. The README lists
 * them all; {@link SettingsLoader} refuses to start when one is missing or malformed.
 */
@ConfigMapping(prefix = "")
public interface Settings {

    /** {@code PORT}: the HTTP port for Slack requests and {@code /health}. Default 3000; 0 picks a free port. */
    @WithDefault("3000")
    int port();

    Slack slack();

    Database database();

    Data data();

    Provision provision();

    Admin admin();

    Shutdown shutdown();

    Records records();

    interface Slack {
        /** {@code SLACK_SIGNING_SECRET}: verifies HTTP requests. Required unless Socket Mode is on. */
        Optional<String> signingSecret();

        /** {@code SLACK_BOT_TOKEN}: the bot token ({@code xoxb-...}) for every Web API call. Required. */
        Optional<String> botToken();

        /** {@code SLACK_APP_TOKEN}: an app-level token ({@code xapp-...}); when set, Socket Mode replaces HTTP. */
        Optional<String> appToken();

        /** {@code SLACK_API_URL}: base URL of the Web API, ending in a slash. Default Slack's own. */
        @WithDefault("https://slack.com/api/")
        String apiUrl();
    }

    interface Database {
        /** {@code DATABASE_URL}: a {@code jdbc:mariadb://} URL. Unset: an embedded MariaDB is started. */
        Optional<String> url();

        /** {@code DATABASE_USER}: user for {@code DATABASE_URL}. */
        Optional<String> user();

        /** {@code DATABASE_PASSWORD}: password for {@code DATABASE_URL}. */
        Optional<String> password();

        /** {@code DATABASE_POOL_SIZE}: most connections the app holds open. Default 10. */
        @WithDefault("10")
        int poolSize();
    }

    interface Data {
        /** {@code DATA_DIR}: where the embedded MariaDB keeps its files. Default {@code ./data}. */
        @WithDefault("data")
        Path dir();
    }

    interface Provision {
        /** {@code PROVISION_TIME_ZONE}: the provision's time zone for deadlines. Default Europe/London. */
        @WithDefault("Europe/London")
        ZoneId timeZone();
    }

    interface Admin {
        /** {@code ADMIN_USER_IDS}: comma-separated Slack user IDs who are admins from the first start. */
        Optional<List<String>> userIds();
    }

    interface Shutdown {
        /** {@code SHUTDOWN_GRACE_SECONDS}: how long in-flight requests may take to finish on SIGTERM. Default 20. */
        @WithDefault("20")
        int graceSeconds();
    }

    interface Records {
        /**
         * {@code RECORDS_KEY}: the secret (at least 32 characters) that chains the signed records'
         * ledger, kept outside the database so that whoever edits the database cannot recompute the
         * chain. Unset: a random key is generated once and kept in {@code DATA_DIR/records.key}. Every
         * instance sharing a database must use the same key.
         */
        Optional<String> key();
    }

    /** Socket Mode is used when an app-level token is configured. */
    default boolean socketMode() {
        return slack().appToken().isPresent();
    }
}
