package com.appraisalbot.slack.commands;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/** {@code /appraisal help}: what the app is for and every sub-command, only to the person who asked. */
@ApplicationScoped
public class HelpCommand implements SubCommand {

    static final String NAME = "help";

    private final SubCommands subCommands;

    @Inject
    public HelpCommand(SubCommands subCommands) {
        this.subCommands = subCommands;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "Show this list of what Appraisal Bot can do.";
    }

    @Override
    public Response handle(String arguments, SlashCommandRequest request, SlashCommandContext context) {
        List<LayoutBlock> blocks = List.of(
                header(h -> h.text(plainText("Appraisal Bot"))),
                section(s -> s.text(markdownText("I run your performance-management cycle here in Slack: agreeing"
                        + " objectives, logging progress, mid-point and final reviews, approvals and signatures,"
                        + " with reminders before each deadline."))),
                section(s -> s.text(markdownText(commandList()))),
                context(c -> c.elements(List.of(markdownText(
                        "Open the app's *Home* tab to see your stage in the" + " cycle and what to do next.")))));
        return context.ack(r -> r.responseType("ephemeral")
                .text("Appraisal Bot commands: " + String.join(", ", names()) + ".")
                .blocks(blocks));
    }

    private List<String> names() {
        return subCommands.byName().keySet().stream()
                .map(name -> AppraisalCommand.COMMAND + " " + name)
                .toList();
    }

    private String commandList() {
        return subCommands.byName().values().stream()
                .map(command -> "`" + AppraisalCommand.COMMAND + " " + command.name() + "`  " + command.summary())
                .collect(Collectors.joining("\n"));
    }
}
