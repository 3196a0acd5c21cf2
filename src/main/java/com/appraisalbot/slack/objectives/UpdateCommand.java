package com.appraisalbot.slack.objectives;

import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.commands.SubCommand;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;

/** {@code /appraisal update}: log progress towards an objective. */
@ApplicationScoped
public class UpdateCommand implements SubCommand {

    private final ProgressForm form;
    private final Provider<App> app;

    @Inject
    public UpdateCommand(ProgressForm form, Provider<App> app) {
        this.form = form;
        this.app = app;
    }

    @Override
    public String name() {
        return "update";
    }

    @Override
    public String summary() {
        return "Log progress and evidence towards one of your objectives.";
    }

    @Override
    public Response handle(String arguments, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        AfterAck.run(
                app.get(),
                "open the progress form",
                payload.getTeamId(),
                payload.getUserId(),
                () -> form.open(payload.getTeamId(), payload.getTriggerId()));
        return context.ack();
    }
}
