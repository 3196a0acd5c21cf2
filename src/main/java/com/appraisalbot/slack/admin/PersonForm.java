package com.appraisalbot.slack.admin;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.people.InvalidSetup;
import com.appraisalbot.people.PeopleAdmin;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Profile;
import com.appraisalbot.people.Role;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.FormValues;
import com.appraisalbot.slack.ModalText;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackCallFailed;
import com.appraisalbot.slack.SlackListener;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.home.HomePublisher;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The admin's "Add or change a person" modal: a Slack user picker, their roles and designation.
 * The person's name and time zone are read from Slack ({@code users.info}), never typed.
 */
@ApplicationScoped
public class PersonForm implements SlackListener {

    static final String CALLBACK_ID = "admin_person";
    static final String PERSON = "person";
    static final String ROLES = "roles";
    static final String DESIGNATION = "designation";
    static final int LONGEST_DESIGNATION = 120;

    private final Forms forms;
    private final PeopleAdmin peopleAdmin;
    private final SlackApi slackApi;
    private final HomePublisher homes;

    @Inject
    public PersonForm(Forms forms, PeopleAdmin peopleAdmin, SlackApi slackApi, HomePublisher homes) {
        this.forms = forms;
        this.peopleAdmin = peopleAdmin;
        this.slackApi = slackApi;
        this.homes = homes;
    }

    @Override
    public void registerWith(App app) {
        app.viewSubmission(CALLBACK_ID, (request, context) -> submitted(app, request.getPayload(), context));
    }

    /** The empty form. */
    static View form() {
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .title(ModalText.title("Add or change a person"))
                .submit(ModalText.submit("Save"))
                .close(ModalText.close("Cancel"))
                .blocks(List.of(
                        input(i -> i.blockId(PERSON)
                                .label(plainText("Person"))
                                .hint(plainText("Their name and time zone come from their Slack profile."))
                                .element(usersSelect(u -> u.actionId("user")
                                        .placeholder(plainText("Choose someone in this workspace"))))),
                        input(i -> i.blockId(ROLES)
                                .label(plainText("Roles"))
                                .optional(true)
                                .hint(plainText("Tick every role they hold; a role left unticked is taken away."))
                                .element(checkboxes(c -> c.actionId("roles").options(roleOptions())))),
                        input(i -> i.blockId(DESIGNATION)
                                .label(plainText("Designation"))
                                .optional(true)
                                .element(plainTextInput(t -> t.actionId("text")
                                        .maxLength(LONGEST_DESIGNATION)
                                        .placeholder(plainText("Such as Senior Case Manager"))))),
                        context(c -> c.elements(List.of(markdownText(
                                "Saving an existing person replaces their roles and, if you type one, their"
                                        + " designation.")))))));
    }

    private static List<com.slack.api.model.block.composition.OptionObject> roleOptions() {
        return Arrays.stream(Role.values())
                .map(role -> option(plainText(role.label()), role.name()))
                .toList();
    }

    private Response submitted(App app, ViewSubmissionPayload payload, ViewSubmissionContext context) {
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        return forms.asAdmin(teamId, userId, PERSON, context, admin -> {
            FormValues values = new FormValues(payload.getView());
            Optional<String> chosen = values.user(PERSON, "user");
            if (chosen.isEmpty()) {
                return Forms.errors(context, Map.of(PERSON, "Choose the person to add or change."));
            }
            Optional<EnumSet<Role>> roles = roles(values.options(ROLES, "roles"));
            if (roles.isEmpty()) {
                return Forms.errors(context, Map.of(ROLES, "Tick roles from the list only."));
            }
            String designation = values.text(DESIGNATION, "text").orElse("");
            if (designation.length() > LONGEST_DESIGNATION) {
                return Forms.errors(
                        context, Map.of(DESIGNATION, "Keep it to " + LONGEST_DESIGNATION + " characters or fewer."));
            }
            return save(app, context, admin, chosen.get(), roles.get(), designation);
        });
    }

    private Response save(
            App app,
            ViewSubmissionContext context,
            Person admin,
            String userId,
            EnumSet<Role> roles,
            String designation) {
        Profile profile;
        try {
            profile = slackApi.profile(userId);
        } catch (SlackCallFailed e) {
            return Forms.errors(context, Map.of(PERSON, profileProblem(e)));
        }
        Person saved;
        try {
            saved = peopleAdmin.setRoles(admin, userId, profile, roles, designation.isBlank() ? null : designation);
        } catch (InvalidSetup e) {
            String field = e.field().filter(f -> f == InvalidSetup.Field.ROLES).isPresent() ? ROLES : PERSON;
            return Forms.errors(context, Map.of(field, e.getMessage()));
        }
        AfterAck.run(app, "refresh Homes after a person changed", admin.teamId(), admin.slackUserId(), () -> {
            homes.refresh(admin);
            if (!saved.id().equals(admin.id())) {
                homes.refresh(saved);
            }
        });
        return context.ack(r -> r.responseAction("update").view(Notices.modal("Saved", outcome(saved))));
    }

    private static Optional<EnumSet<Role>> roles(List<String> names) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            Optional<Role> role = Arrays.stream(Role.values())
                    .filter(r -> r.name().equals(name))
                    .findFirst();
            if (role.isEmpty()) {
                return Optional.empty();
            }
            roles.add(role.get());
        }
        return Optional.of(roles);
    }

    private static String profileProblem(SlackCallFailed e) {
        return "user_not_found".equals(e.error())
                ? "Slack has no such person in this workspace. Choose someone else."
                : "Slack could not tell us this person's name just now. Try again in a minute.";
    }

    private static String outcome(Person saved) {
        String roles = saved.roles().isEmpty()
                ? "no roles"
                : saved.roles().stream().map(Role::label).collect(Collectors.joining(", "));
        String designation =
                saved.designation() == null ? "" : " Designation: " + SlackText.escape(saved.designation()) + ".";
        return "*" + SlackText.escape(saved.displayName()) + "* now holds " + roles + "." + designation
                + "\nTheir Home and yours show the change.";
    }
}
