package com.appraisalbot.slack.commands;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * One sub-command of {@code /appraisal}, such as {@code help}. Every CDI bean implementing this is
 * reachable as {@code /appraisal <name>} and listed by {@code /appraisal help}.
 */
public interface SubCommand {

    /** The word after {@code /appraisal}, lower case. */
    String name();

    /** What it does, in one short sentence for the help message. */
    String summary();

    /**
     * Handles the command and answers within Slack's three seconds; slow work goes to
     * {@code context.asyncClient()} or the app's executor after the answer.
     *
     * @param arguments the text after the sub-command's name, trimmed
     */
    Response handle(String arguments, SlashCommandRequest request, SlashCommandContext context) throws Exception;
}
