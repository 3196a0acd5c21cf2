package com.appraisalbot.slack.commands;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Every {@link SubCommand} bean, by name in alphabetical order. */
@ApplicationScoped
public class SubCommands {

    private final Instance<SubCommand> beans;
    private volatile Map<String, SubCommand> byName;

    @Inject
    public SubCommands(Instance<SubCommand> beans) {
        this.beans = beans;
    }

    public Map<String, SubCommand> byName() {
        if (byName == null) {
            // Looked up on first use: the help command is itself a sub-command and needs this list.
            Map<String, SubCommand> found = new TreeMap<>();
            beans.forEach(command -> found.put(command.name(), command));
            byName = Collections.unmodifiableMap(found);
        }
        return byName;
    }
}
