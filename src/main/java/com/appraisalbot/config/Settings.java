package com.appraisalbot.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.DayOfWeek;
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

    Reminder reminder();

    Log log();

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

    interface Reminder {
        /**
         * {@code REMINDER_HOURS}: the working hours, in each recipient's own time zone, in which
         * reminders are delivered, as {@code HH:MM-HH:MM}. Default {@code 09:00-17:00}.
         */
        @WithDefault("09:00-17:00")
        String hours();

        /**
         * {@code REMINDER_WORKING_DAYS}: the days on which reminders are delivered, as a range or a
         * comma-separated list of three-letter days ({@code MON-FRI}, {@code MON,TUE,THU}). Default
         * {@code MON-FRI}.
         */
        @WithDefault("MON-FRI")
        String workingDays();

        /**
         * {@code REMINDER_SEND_RATE}: the most reminder messages sent per second, across all
         * instances together. Default 1 (Slack allows about one message per second per channel and
         * asks apps to stay near that overall).
         */
        @WithDefault("1")
        double sendRate();

        /** {@code REMINDER_DIGEST_DAY}: the day appraisers receive their weekly digest. Default MONDAY. */
        @WithDefault("MONDAY")
        DayOfWeek digestDay();
    }

    interface Log {
        /**
         * {@code LOG_LEVEL}: the level of the app's own loggers, one of {@link #LEVELS} in any case.
         * Default INFO. Logback reads the variable itself; it is checked here because Logback quietly
         * takes a name it does not know as DEBUG.
         */
        @WithDefault("INFO")
        String level();

        /** The levels Logback knows, most verbose first. */
        List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF");
    }

    /** Socket Mode is used when an app-level token is configured. */
    default boolean socketMode() {
        return slack().appToken().isPresent();
    }
}
