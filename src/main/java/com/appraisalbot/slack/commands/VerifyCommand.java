package com.appraisalbot.slack.commands;

import com.appraisalbot.signing.RecordVerifier;
import com.appraisalbot.signing.VerificationFailure;
import com.appraisalbot.signing.VerificationReport;
import com.appraisalbot.slack.SlackText;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /appraisal verify}: checks every signed record against the ledger. Anyone may run it: the
 * policy lets anyone verify the whole record set, and the answer names records, never their content.
 */
@ApplicationScoped
public class VerifyCommand implements SubCommand {

    static final String NAME = "verify";
    static final int FAILURES_SHOWN = 20;
    private static final Logger LOG = LoggerFactory.getLogger(VerifyCommand.class);

    private final RecordVerifier verifier;
    // One check at a time: a second request waits its turn rather than doubling the load on the database.
    private final ExecutorService checks = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "appraisal-verify-records");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    public VerifyCommand(RecordVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Check that no signed record has been changed behind the app's back.";
    }

    @Override
    public Response handle(String arguments, SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        // Verification reads every record and can outlast Slack's three seconds, so it answers later.
        checks.execute(() -> verifyAndRespond(context, payload.getTeamId(), payload.getUserId()));
        return context.ack(r -> r.responseType("ephemeral")
                .text("Checking every signed record against the ledger… I'll post the result here."));
    }

    private void verifyAndRespond(SlashCommandContext context, String teamId, String userId) {
        String text;
        try {
            text = message(verifier.verifyAll());
        } catch (RuntimeException e) {
            LOG.error("Verifying the signed records failed (team_id: {}, user_id: {})", teamId, userId, e);
            text =
                    "Sorry, something went wrong on our side and the records were not checked. Please try again in a minute.";
        }
        respond(context, text, teamId, userId);
    }

    private static void respond(SlashCommandContext context, String text, String teamId, String userId) {
        try {
            WebhookResponse response =
                    context.respond(r -> r.responseType("ephemeral").text(text));
            if (response.getCode() != 200) {
                LOG.error(
                        "Slack refused the verification result at response_url: HTTP {} {} (team_id: {}, user_id: {})",
                        response.getCode(),
                        response.getBody(),
                        teamId,
                        userId);
            }
        } catch (IOException e) {
            LOG.error("Could not post the verification result (team_id: {}, user_id: {})", teamId, userId, e);
        }
    }

    static String message(VerificationReport report) {
        if (report.verified()) {
            return ":white_check_mark: " + SlackText.escape(report.summary());
        }
        List<VerificationFailure> failures = report.failures();
        StringBuilder text = new StringBuilder(":warning: " + SlackText.escape(report.summary()));
        failures.stream()
                .limit(FAILURES_SHOWN)
                .forEach(failure -> text.append("\n• ").append(SlackText.escape(failure.describe())));
        if (failures.size() > FAILURES_SHOWN) {
            text.append("\n…and ").append(failures.size() - FAILURES_SHOWN).append(" more.");
        }
        return text.toString();
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }
}
