package com.appraisalbot;

import com.appraisalbot.app.AppraisalBot;
import com.appraisalbot.app.ShutdownHook;
import com.appraisalbot.app.StartupFailed;
import com.appraisalbot.app.VerifyRecords;
import com.appraisalbot.config.SettingsException;
import com.appraisalbot.config.SettingsLoader;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts Appraisal Bot from environment variables and stops it cleanly on SIGTERM; with the
 * argument {@code verify-records}, checks the signed records instead and exits.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            startService();
        } else if (args.length == 1 && VerifyRecords.ARGUMENT.equals(args[0])) {
            System.exit(VerifyRecords.run(System.getenv(), systemProperties(), System.out));
        } else {
            LOG.error(
                    "Unknown arguments {}. Run with no argument to start the app, or with {} to check the signed"
                            + " records.",
                    String.join(" ", args),
                    VerifyRecords.ARGUMENT);
            System.exit(2);
        }
    }

    private static void startService() {
        ShutdownHook hook = ShutdownHook.install();
        try {
            hook.closes(AppraisalBot.start(SettingsLoader.load(System.getenv(), systemProperties())));
        } catch (SettingsException e) {
            LOG.error(e.getMessage());
            exit(hook, 2);
        } catch (StartupFailed e) {
            LOG.error("Appraisal Bot could not start: {}", e.getMessage());
            LOG.debug("Why start-up stopped", e);
            exit(hook, 1);
        } catch (RuntimeException e) {
            LOG.error("Appraisal Bot could not start: {}", e.getMessage(), e);
            exit(hook, 1);
        }
    }

    private static void exit(ShutdownHook hook, int status) {
        hook.settled();
        System.exit(status);
    }

    private static Map<String, String> systemProperties() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().forEach((key, value) -> properties.put(key.toString(), value.toString()));
        return properties;
    }
}
