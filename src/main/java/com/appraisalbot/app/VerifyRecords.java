package com.appraisalbot.app;

import com.appraisalbot.config.SettingsException;
import com.appraisalbot.config.SettingsLoader;
import com.appraisalbot.signing.RecordVerifier;
import com.appraisalbot.signing.VerificationReport;
import java.io.PrintStream;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar appraisal-bot.jar verify-records}: checks every signed record against the ledger
 * and prints the report, with only the database settings and the records key; Slack is not needed.
 */
public final class VerifyRecords {

    /** The first argument that selects this command. */
    public static final String ARGUMENT = "verify-records";

    /** Every record verified. */
    public static final int VERIFIED = 0;
    /** At least one record failed verification; each is named in the report. */
    public static final int FAILURES_FOUND = 1;
    /** The check could not run: a bad setting, or the database could not be reached. */
    public static final int COULD_NOT_CHECK = 2;

    private static final Logger LOG = LoggerFactory.getLogger(VerifyRecords.class);

    private VerifyRecords() {}

    /**
     * Runs the check and prints the report to {@code out}.
     *
     * @return {@link #VERIFIED}, {@link #FAILURES_FOUND} or {@link #COULD_NOT_CHECK}
     */
    public static int run(Map<String, String> environment, Map<String, String> properties, PrintStream out) {
        SettingsLoader.Loaded settings;
        try {
            settings = SettingsLoader.loadWithoutSlack(environment, properties);
        } catch (SettingsException e) {
            LOG.error(e.getMessage());
            return COULD_NOT_CHECK;
        }
        ShutdownHook hook = ShutdownHook.install();
        try (AppraisalBot bot = AppraisalBot.boot(settings)) {
            hook.closes(bot);
            VerificationReport report = bot.bean(RecordVerifier.class).verifyAll();
            report.lines().forEach(out::println);
            return report.verified() ? VERIFIED : FAILURES_FOUND;
        } catch (RuntimeException e) {
            LOG.error(
                    "The records could not be checked: {}. With the embedded database, stop the app first: two"
                            + " MariaDB servers cannot share DATA_DIR.",
                    e.getMessage(),
                    e);
            return COULD_NOT_CHECK;
        } finally {
            hook.remove();
        }
    }
}
