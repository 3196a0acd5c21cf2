package com.appraisalbot.slack.admin;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.AppraiserAssignment;
import com.appraisalbot.people.InvalidSetup;
import com.appraisalbot.people.PeopleAdmin;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.FormValues;
import com.appraisalbot.slack.ModalText;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.SlackListener;
import com.appraisalbot.slack.home.HomePublisher;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's "Assign an appraiser" modal: two user pickers for the current cycle year. The year is
 * in {@code private_metadata}; a submission for a year that is no longer current is refused.
 */
@ApplicationScoped
public class AssignmentForm implements SlackListener {

    static final String CALLBACK_ID = "admin_assignment";
    static final String CASE_MANAGER = "case_manager";
    static final String APPRAISER = "appraiser";

    private final Forms forms;
    private final PeopleAdmin peopleAdmin;
    private final Calendars calendars;
    private final HomePublisher homes;

    @Inject
    public AssignmentForm(Forms forms, PeopleAdmin peopleAdmin, Calendars calendars, HomePublisher homes) {
        this.forms = forms;
        this.peopleAdmin = peopleAdmin;
        this.calendars = calendars;
        this.homes = homes;
    }

    @Override
    public void registerWith(App app) {
        app.viewSubmission(CALLBACK_ID, (request, context) -> submitted(app, request.getPayload(), context));
    }

    /** The empty form for a cycle year. */
    static View form(CycleYear year) {
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(Integer.toString(year.startYear()))
                .title(ModalText.title("Assign an appraiser"))
                .submit(ModalText.submit("Assign"))
                .close(ModalText.close("Cancel"))
                .blocks(List.of(
                        context(c -> c.elements(List.of(markdownText("For the " + year.label() + " cycle year. Each"
                                + " case manager has one appraiser a year; assigning again replaces the earlier"
                                + " one. Give both people their roles first.")))),
                        input(i -> i.blockId(CASE_MANAGER)
                                .label(plainText("Case manager"))
                                .element(usersSelect(
                                        u -> u.actionId("user").placeholder(plainText("Who is appraised"))))),
                        input(i -> i.blockId(APPRAISER)
                                .label(plainText("Appraiser"))
                                .hint(plainText("Someone with the Appraiser role, other than the case manager."))
                                .element(usersSelect(
                                        u -> u.actionId("user").placeholder(plainText("Who appraises them"))))))));
    }

    private Response submitted(App app, ViewSubmissionPayload payload, ViewSubmissionContext context) {
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        return forms.asAdmin(teamId, userId, CASE_MANAGER, context, admin -> {
            FormValues values = new FormValues(payload.getView());
            Optional<String> caseManager = values.user(CASE_MANAGER, "user");
            Optional<String> appraiser = values.user(APPRAISER, "user");
            Map<String, String> missing = new LinkedHashMap<>();
            caseManager.ifPresentOrElse(id -> {}, () -> missing.put(CASE_MANAGER, "Choose the case manager."));
            appraiser.ifPresentOrElse(id -> {}, () -> missing.put(APPRAISER, "Choose their appraiser."));
            if (!missing.isEmpty()) {
                return Forms.errors(context, missing);
            }
            CycleYear current = calendars.current(teamId).year();
            if (!Integer.toString(current.startYear()).equals(payload.getView().getPrivateMetadata())) {
                return Forms.errors(
                        context,
                        Map.of(
                                CASE_MANAGER,
                                "The cycle year is now " + current.label() + ". Close this form and open it again."));
            }
            return assign(app, context, admin, current, caseManager.get(), appraiser.get());
        });
    }

    private Response assign(
            App app,
            ViewSubmissionContext context,
            Person admin,
            CycleYear year,
            String caseManager,
            String appraiser) {
        AppraiserAssignment assignment;
        try {
            assignment = peopleAdmin.assignAppraiser(admin, year, caseManager, appraiser);
        } catch (InvalidSetup e) {
            String field =
                    e.field().filter(f -> f == InvalidSetup.Field.CASE_MANAGER).isPresent() ? CASE_MANAGER : APPRAISER;
            return Forms.errors(context, Map.of(field, e.getMessage()));
        }
        AfterAck.run(app, "refresh Homes after an assignment", admin.teamId(), admin.slackUserId(), () -> {
            homes.refresh(admin);
            homes.refresh(assignment.caseManager());
            homes.refresh(assignment.appraiser());
        });
        String outcome = "<@" + caseManager + "> is appraised by <@" + appraiser + "> in " + year.label()
                + ". Both of their Homes show it now.";
        return context.ack(r -> r.responseAction("update").view(Notices.modal("Assigned", outcome)));
    }
}
