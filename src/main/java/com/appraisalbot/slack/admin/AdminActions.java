package com.appraisalbot.slack.admin;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.access.Access;
import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.ModalText;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackListener;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The setup buttons, on an admin's Home and in the {@code /appraisal admin} menu: each opens its
 * form, on top of the menu when clicked inside it. Only admins get a form; anyone else is told why.
 */
@ApplicationScoped
public class AdminActions implements SlackListener {

    static final String OPEN_PERSON = "admin_open_person";
    static final String OPEN_ASSIGNMENT = "admin_open_assignment";
    static final String OPEN_CALENDAR = "admin_open_calendar";

    private final Requesters requesters;
    private final Access access;
    private final SlackApi slackApi;
    private final Map<String, Function<Person, View>> forms;

    @Inject
    public AdminActions(Requesters requesters, Access access, Calendars calendars, SlackApi slackApi) {
        this.requesters = requesters;
        this.access = access;
        this.slackApi = slackApi;
        this.forms = Map.of(
                OPEN_PERSON, admin -> PersonForm.form(),
                OPEN_ASSIGNMENT,
                        admin -> AssignmentForm.form(
                                calendars.current(admin.teamId()).year()),
                OPEN_CALENDAR, admin -> CalendarForm.form(calendars.current(admin.teamId())));
    }

    @Override
    public void registerWith(App app) {
        forms.keySet()
                .forEach(actionId -> app.blockAction(actionId, (request, context) -> {
                    BlockActionPayload payload = request.getPayload();
                    String teamId = payload.getTeam().getId();
                    String userId = payload.getUser().getId();
                    AfterAck.run(
                            app, "open " + actionId, teamId, userId, () -> open(actionId, teamId, userId, payload));
                    return context.ack();
                }));
    }

    /** The three setup buttons. */
    static List<BlockElement> buttons() {
        return List.of(
                button(b -> b.actionId(OPEN_PERSON)
                        .text(plainText("Add or change a person"))
                        .style("primary")),
                button(b -> b.actionId(OPEN_ASSIGNMENT).text(plainText("Assign an appraiser"))),
                button(b -> b.actionId(OPEN_CALENDAR).text(plainText("Set the cycle's dates"))));
    }

    /** The menu {@code /appraisal admin} opens. */
    static View menu() {
        List<LayoutBlock> blocks = List.of(
                section(s -> s.blockId("admin_menu")
                        .text(markdownText("Add people and give them roles, assign each case manager an appraiser"
                                + " for the cycle year, and set the cycle's deadlines."))),
                actions(a -> a.blockId("admin_setup").elements(buttons())));
        return view(v -> v.type("modal")
                .callbackId("admin_menu")
                .title(ModalText.title("Set up the provision"))
                .close(ModalText.close("Close"))
                .blocks(blocks));
    }

    private void open(String actionId, String teamId, String userId, BlockActionPayload payload) {
        Optional<Person> clicker = requesters.identify(teamId, userId);
        View form;
        try {
            Person admin = clicker.orElseThrow(() -> new AccessDenied(requesters.notSetUp(teamId)));
            access.requireAdmin(admin);
            form = forms.get(actionId).apply(admin);
        } catch (AccessDenied e) {
            form = Notices.modal("Not available", e.getMessage());
        }
        boolean insideModal =
                payload.getView() != null && "modal".equals(payload.getView().getType());
        if (insideModal) {
            slackApi.pushModal(payload.getTriggerId(), form);
        } else {
            slackApi.openModal(payload.getTriggerId(), form);
        }
    }
}
