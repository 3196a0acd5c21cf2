package com.appraisalbot.slack.admin;

import com.appraisalbot.access.Access;
import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.commands.SubCommand;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.Optional;

/** {@code /appraisal admin}: opens the setup menu for an admin; tells anyone else who can help. */
@ApplicationScoped
public class AdminCommand implements SubCommand {

    private final Requesters requesters;
    private final Access access;
    private final SlackApi slackApi;
    // A provider, since the Bolt app is built from the listeners and this command is reached through them.
    private final Provider<App> app;

    @Inject
    public AdminCommand(Requesters requesters, Access access, SlackApi slackApi, Provider<App> app) {
        this.requesters = requesters;
        this.access = access;
        this.slackApi = slackApi;
        this.app = app;
    }

    @Override
    public String name() {
        return "admin";
    }

    @Override
    public String summary() {
        return "Set up the provision: people, roles, appraisers and the cycle's dates (admins only).";
    }

    @Override
    public Response handle(String arguments, SlashCommandRequest request, SlashCommandContext context) {
        String teamId = request.getPayload().getTeamId();
        String userId = request.getPayload().getUserId();
        Optional<Person> person = requesters.identify(teamId, userId);
        if (person.isEmpty()) {
            return context.ack(r -> r.responseType("ephemeral").text(requesters.notSetUp(teamId)));
        }
        try {
            access.requireAdmin(person.get());
        } catch (AccessDenied e) {
            return context.ack(r -> r.responseType("ephemeral").text(e.getMessage()));
        }
        String triggerId = request.getPayload().getTriggerId();
        AfterAck.run(
                app.get(),
                "open the setup menu",
                teamId,
                userId,
                () -> slackApi.openModal(triggerId, AdminActions.menu()));
        return context.ack();
    }
}
