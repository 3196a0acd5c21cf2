package com.appraisalbot.config;

import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@link Settings} from environment variables (and system properties, which win) and checks
 * them, so that a bad setting stops start-up with one line that names it and says how to fix it.
 */
public final class SettingsLoader {

    private static final Pattern PROPERTY_IN_MESSAGE = Pattern.compile("config property ([\\w.\\-\\[\\]]+)");
    private static final Pattern VALUE_IN_MESSAGE = Pattern.compile("with the config value \"(.*)\" threw");
    /**
     * What each typed setting must look like, said in the README's terms: SmallRye's own conversion
     * messages name Java types and its SRCFG codes, which mean nothing to whoever sets the variable.
     */
    private static final Map<String, String> EXPECTED = Map.of(
            "port", "a whole number from 0 to 65535 (0 picks a free port)",
            "provision.time-zone", "an IANA time zone such as Europe/London",
            "database.pool-size", "a whole number of connections, at least 1",
            "shutdown.grace-seconds", "a whole number of seconds, 0 or more",
            "reminder.send-rate", "a number of messages per second above 0 and at most 50, such as 1 or 0.5",
            "reminder.digest-day", "a day of the week such as MONDAY",
            "data.dir", "a folder path");

    private static final Pattern SLACK_USER_ID = Pattern.compile("[UW][A-Z0-9]{2,}");
    /** Slack's tokens are far longer; the Slack SDK itself fails on anything shorter than this. */
    private static final int MINIMUM_TOKEN_LENGTH = 16;
    /** The records key is an HMAC-SHA256 key; shorter than its 32-byte output it weakens the chain. */
    public static final int MINIMUM_RECORDS_KEY_LENGTH = 32;

    private static final String CREATE_APP_HINT =
            "Create the Slack app from manifest/manifest.json (see manifest/README.md)," + " then copy ";

    private SettingsLoader() {}

    /** The loaded settings together with the raw configuration they came from. */
    public record Loaded(Settings settings, SmallRyeConfig config) {}

    /**
     * Loads and checks the settings.
     *
     * @param environment variables in environment form ({@code SLACK_BOT_TOKEN})
     * @param properties properties in dotted form ({@code org.quartz.threadPool.threadCount}); they win
     * @throws SettingsException naming the first bad setting
     */
    public static Loaded load(Map<String, String> environment, Map<String, String> properties) {
        Loaded loaded = read(environment, properties);
        checkSlack(loaded.settings());
        check(loaded.settings());
        return loaded;
    }

    /**
     * Loads and checks the settings of a command that uses only the database and the records key,
     * such as {@code verify-records}, so that it runs without the Slack credentials.
     *
     * @throws SettingsException naming the first bad setting
     */
    public static Loaded loadWithoutSlack(Map<String, String> environment, Map<String, String> properties) {
        Loaded loaded = read(environment, properties);
        check(loaded.settings());
        return loaded;
    }

    private static Loaded read(Map<String, String> environment, Map<String, String> properties) {
        SmallRyeConfig config;
        try {
            config = new SmallRyeConfigBuilder()
                    .withSources(new EnvConfigSource(environment, 300))
                    .withSources(new PropertiesConfigSource(properties, "properties", 400))
                    .withMapping(Settings.class)
                    .withValidateUnknown(false)
                    .build();
        } catch (ConfigValidationException e) {
            throw new SettingsException(describe(e), e);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new SettingsException("A setting is malformed: " + e.getMessage(), e);
        }
        return new Loaded(config.getConfigMapping(Settings.class), config);
    }

    private static String describe(ConfigValidationException e) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < e.getProblemCount(); i++) {
            lines.add(describe(e.getProblem(i).getMessage()));
        }
        return String.join(" ", lines);
    }

    private static String describe(String problem) {
        Matcher property = PROPERTY_IN_MESSAGE.matcher(problem);
        Matcher value = VALUE_IN_MESSAGE.matcher(problem);
        if (!property.find()) {
            return "A setting is malformed (" + problem + "). Check each variable against the README's Settings table.";
        }
        String expected = EXPECTED.getOrDefault(property.group(1), "as the README's Settings table describes");
        String given = value.find() ? value.group(1) : "";
        return "Setting " + environmentName(property.group(1)) + " must be " + expected + ", not '" + given + "'.";
    }

    static String environmentName(String property) {
        return property.toUpperCase(Locale.ROOT).replaceAll("[.\\-]", "_");
    }

    private static void checkSlack(Settings settings) {
        Settings.Slack slack = settings.slack();
        require(
                slack.botToken().isPresent(),
                "Setting SLACK_BOT_TOKEN is missing. " + CREATE_APP_HINT
                        + "its Bot User OAuth Token (xoxb-...) into SLACK_BOT_TOKEN.");
        String botToken = slack.botToken().get();
        require(
                botToken.startsWith("xoxb-") && botToken.length() >= MINIMUM_TOKEN_LENGTH,
                "Setting SLACK_BOT_TOKEN must be a whole bot token starting with xoxb-. Copy the Bot User OAuth"
                        + " Token from the app's OAuth & Permissions page.");
        slack.appToken()
                .ifPresent(token -> require(
                        token.startsWith("xapp-"),
                        "Setting SLACK_APP_TOKEN must be an app-level token starting with xapp-, with the"
                                + " connections:write scope. Unset it to use HTTP."));
        if (!settings.socketMode()) {
            require(
                    slack.signingSecret().filter(s -> !s.isBlank()).isPresent(),
                    "Setting SLACK_SIGNING_SECRET is"
                            + " missing. " + CREATE_APP_HINT + "the Signing Secret from Basic Information into"
                            + " SLACK_SIGNING_SECRET (or set SLACK_APP_TOKEN to use Socket Mode).");
        }
        checkApiUrl(slack.apiUrl());
    }

    private static void check(Settings settings) {
        require(
                settings.port() >= 0 && settings.port() <= 65535,
                "Setting PORT must be " + EXPECTED.get("port") + ", not '" + settings.port() + "'.");
        checkLogLevel(settings.log().level());
        checkDatabase(settings.database(), settings.data().dir());
        require(settings.shutdown().graceSeconds() >= 0, "Setting SHUTDOWN_GRACE_SECONDS must be zero or more.");
        settings.admin().userIds().ifPresent(SettingsLoader::checkAdmins);
        settings.records().key().ifPresent(SettingsLoader::checkRecordsKey);
        checkReminders(settings.reminder());
    }

    private static void checkLogLevel(String level) {
        require(
                Settings.Log.LEVELS.contains(level.toUpperCase(Locale.ROOT)),
                "Setting LOG_LEVEL must be one of " + String.join(", ", Settings.Log.LEVELS) + ", not '" + level
                        + "'.");
    }

    private static void checkRecordsKey(String key) {
        require(
                key.length() >= MINIMUM_RECORDS_KEY_LENGTH,
                "Setting RECORDS_KEY must be at least " + MINIMUM_RECORDS_KEY_LENGTH + " characters; it is "
                        + key.length() + ". Generate one with `openssl rand -base64 48`, or unset it to keep a"
                        + " generated key in DATA_DIR/records.key.");
    }

    private static void checkReminders(Settings.Reminder reminder) {
        WorkingWeek week = WorkingWeek.of(reminder);
        require(
                reminder.sendRate() > 0 && reminder.sendRate() <= 50,
                "Setting REMINDER_SEND_RATE must be a number of messages per second above 0 and at most 50,"
                        + " such as 1 or 0.5; it is " + reminder.sendRate() + ".");
        require(
                week.days().contains(reminder.digestDay()),
                "Setting REMINDER_DIGEST_DAY must be one of the working days in REMINDER_WORKING_DAYS ("
                        + reminder.workingDays() + "); it is " + reminder.digestDay() + ".");
    }

    private static void checkApiUrl(String apiUrl) {
        boolean valid;
        try {
            URI uri = URI.create(apiUrl);
            valid = ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && apiUrl.endsWith("/");
        } catch (IllegalArgumentException e) {
            valid = false;
        }
        require(
                valid,
                "Setting SLACK_API_URL must be an http(s) URL ending in a slash, such as"
                        + " https://slack.com/api/; it is '" + apiUrl + "'.");
    }

    private static void checkDatabase(Settings.Database database, Path dataDir) {
        if (database.url().isEmpty()) {
            checkDataDir(dataDir);
            return;
        }
        require(
                database.url().get().startsWith("jdbc:mariadb://"),
                "Setting DATABASE_URL must be a MariaDB JDBC URL such as"
                        + " jdbc:mariadb://db.example.org:3306/appraisal. Unset it to use the embedded database.");
        require(
                database.user().isPresent(),
                "Setting DATABASE_USER is missing: DATABASE_URL is set, so give" + " the user the app connects as.");
        require(database.poolSize() > 0, "Setting DATABASE_POOL_SIZE must be at least 1.");
    }

    private static void checkDataDir(Path dataDir) {
        Path temp =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        require(
                !dataDir.toAbsolutePath().normalize().startsWith(temp),
                "Setting DATA_DIR is inside the system"
                        + " temp folder (" + temp
                        + "), which the embedded MariaDB empties at every start. Choose a folder"
                        + " outside it, such as $HOME/appraisal-data.");
    }

    private static void checkAdmins(List<String> ids) {
        for (String id : ids) {
            require(
                    SLACK_USER_ID.matcher(id.trim()).matches(),
                    "Setting ADMIN_USER_IDS must list Slack user IDs"
                            + " such as U024BE7LH, separated by commas; '" + id + "' is not one. Find an ID in a"
                            + " person's Slack profile under ⋮ (More) → Copy member ID.");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new SettingsException(message);
        }
    }
}
