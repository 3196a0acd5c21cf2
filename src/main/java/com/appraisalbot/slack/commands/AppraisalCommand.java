package com.appraisalbot.slack.commands;

import com.appraisalbot.slack.SlackListener;
import com.appraisalbot.slack.SlackText;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /appraisal}: dispatches to the {@link SubCommand} named by the first word. */
@ApplicationScoped
public class AppraisalCommand implements SlackListener {

    static final String COMMAND = "/appraisal";
    private static final Logger LOG = LoggerFactory.getLogger(AppraisalCommand.class);

    private final SubCommands subCommands;

    @Inject
    public AppraisalCommand(SubCommands subCommands) {
        this.subCommands = subCommands;
    }

    @Override
    public void registerWith(App app) {
        app.command(COMMAND, this::handle);
    }

    private Response handle(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        String text = Optional.ofNullable(payload.getText()).orElse("").trim();
        String[] words = text.split("\\s+", 2);
        String name = words[0].isEmpty() ? HelpCommand.NAME : words[0].toLowerCase(Locale.ROOT);
        String arguments = words.length > 1 ? words[1].trim() : "";

        SubCommand command = subCommands.byName().get(name);
        if (command == null) {
            return context.ack(r -> r.responseType("ephemeral")
                    .text("I don't know `" + SlackText.escape(name) + "`. Type `" + COMMAND
                            + " help` to see what I can do."));
        }
        try {
            return command.handle(arguments, request, context);
        } catch (Exception e) {
            LOG.error(
                    "{} {} failed (team_id: {}, user_id: {})",
                    COMMAND,
                    name,
                    payload.getTeamId(),
                    payload.getUserId(),
                    e);
            return context.ack(r -> r.responseType("ephemeral")
                    .text("Sorry, something went wrong on our side and `" + COMMAND + " " + name
                            + "` did not finish. Nothing you typed was saved by it; please try again in a minute."));
        }
    }
}
