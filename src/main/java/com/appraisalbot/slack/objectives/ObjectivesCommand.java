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

/** {@code /appraisal objectives}: the case manager's objectives overview. */
@ApplicationScoped
public class ObjectivesCommand implements SubCommand {

    private final ObjectivesOpener opener;
    // A provider, since the Bolt app is built from the listeners and this command is reached through them.
    private final Provider<App> app;

    @Inject
    public ObjectivesCommand(ObjectivesOpener opener, Provider<App> app) {
        this.opener = opener;
        this.app = app;
    }

    @Override
    public String name() {
        return "objectives";
    }

    @Override
    public String summary() {
        return "Write your four objectives and submit them to your appraiser.";
    }

    @Override
    public Response handle(String arguments, SlashCommandRequest request, SlashCommandContext context) {
        var payload = request.getPayload();
        AfterAck.run(
                app.get(),
                "open objectives",
                payload.getTeamId(),
                payload.getUserId(),
                () -> opener.open(payload.getTeamId(), payload.getUserId(), "", payload.getTriggerId()));
        return context.ack();
    }
}
