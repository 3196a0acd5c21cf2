package com.appraisalbot.slack.reviews;

import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.SlackListener;
import com.appraisalbot.slack.commands.SubCommand;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /appraisal proforma [@person]} and the Home's proforma buttons: acknowledge at once, then
 * build the PDF and upload it to the requester. Someone else's is for their appraiser, the SLT and
 * the Head of Services only; {@code Access} decides.
 */
@ApplicationScoped
public class ProformaCommand implements SubCommand, SlackListener {

    static final String NAME = "proforma";
    /** A Home button for the clicker's own proforma. */
    static final String MINE = "proforma_mine";
    /** A Home user picker: the proforma of the person picked. */
    static final String FOR_PERSON = "proforma_for_person";

    private static final Pattern MENTION = Pattern.compile("<@([UW][A-Z0-9]{1,31})(\\|[^>]*)?>");

    private final ProformaUpload upload;
    private volatile App app;

    @Inject
    public ProformaCommand(ProformaUpload upload) {
        this.upload = upload;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Get the appraisal proforma as a PDF; appraisers and leaders can add @person for someone else's.";
    }

    @Override
    public void registerWith(App app) {
        this.app = app;
        app.blockAction(MINE, (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            later(payload.getTeam().getId(), payload.getUser().getId(), null);
            return ctx.ack();
        });
        app.blockAction(FOR_PERSON, (request, ctx) -> {
            BlockActionPayload payload = request.getPayload();
            String picked = payload.getActions().get(0).getSelectedUser();
            later(payload.getTeam().getId(), payload.getUser().getId(), picked);
            return ctx.ack();
        });
    }

    @Override
    public Response handle(String arguments, SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        Matcher mention = MENTION.matcher(arguments);
        if (!arguments.isEmpty() && !mention.matches()) {
            return context.ack(r -> r.responseType("ephemeral")
                    .text("Type `/appraisal proforma` for yours, or `/appraisal proforma @person` for someone you"
                            + " appraise."));
        }
        later(payload.getTeamId(), payload.getUserId(), mention.matches() ? mention.group(1) : null);
        return context.ack(r ->
                r.responseType("ephemeral").text("Preparing your proforma… I'll send it to you in a direct message."));
    }

    private void later(String teamId, String userId, String subjectUserId) {
        AfterAck.run(app, "send a proforma", teamId, userId, () -> upload.send(teamId, userId, subjectUserId));
    }
}
