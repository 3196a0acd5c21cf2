package com.appraisalbot.slack;

import com.appraisalbot.people.Directory;
import com.appraisalbot.people.PeopleAdmin;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the signed team and user IDs of a Slack request into the {@link Person} making it. People
 * named in {@code ADMIN_USER_IDS} are registered as admins on first use; anyone else not yet set up
 * gets {@link #notSetUp(String)} rather than an error.
 */
@ApplicationScoped
public class Requesters {

    private final Directory directory;
    private final PeopleAdmin peopleAdmin;
    private final SlackApi slackApi;

    @Inject
    public Requesters(Directory directory, PeopleAdmin peopleAdmin, SlackApi slackApi) {
        this.directory = directory;
        this.peopleAdmin = peopleAdmin;
        this.slackApi = slackApi;
    }

    public Optional<Person> identify(String teamId, String userId) {
        Optional<Person> known = directory.find(teamId, userId);
        if (known.isPresent()
                && (!peopleAdmin.isBootstrapAdmin(userId) || known.get().holds(Role.ADMIN))) {
            return known;
        }
        if (peopleAdmin.isBootstrapAdmin(userId)) {
            return Optional.of(peopleAdmin.registerBootstrapAdmin(teamId, userId, slackApi.profile(userId)));
        }
        return known;
    }

    /** A friendly explanation for someone the app does not know yet, naming who can add them. */
    public String notSetUp(String teamId) {
        List<String> admins = directory.everyone(teamId).stream()
                .filter(person -> person.holds(Role.ADMIN))
                .map(person -> "<@" + person.slackUserId() + ">")
                .toList();
        String who = admins.isEmpty()
                ? "the person who installed Appraisal Bot"
                : admins.stream().collect(Collectors.joining(", "));
        return "You're not set up in Appraisal Bot yet. An admin adds people and their roles: please ask " + who
                + ". Once you're added, your objectives and reviews will appear here.";
    }
}
