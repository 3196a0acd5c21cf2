package com.appraisalbot.slack.objectives;

import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.config.Settings;
import com.appraisalbot.objectives.CpdActivity;
import com.appraisalbot.objectives.Objective;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.Objectives;
import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.objectives.ObjectivesRules;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.FormValues;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackCallFailed;
import com.appraisalbot.slack.SlackDates;
import com.appraisalbot.slack.SlackListener;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case manager's objectives forms: Edit buttons on the overview push a short form per part;
 * every Save, and every "Save draft" click (whose payload carries the whole form's state), saves
 * the draft, so closing a modal loses nothing. Only the signed user's own draft is ever changed.
 */
@ApplicationScoped
public class ObjectivesForms implements SlackListener {

    /** Opens the clicker's objectives overview (or, for their appraiser, the case manager's objectives). */
    public static final String OPEN = "open_objectives";

    private final Requesters requesters;
    private final Objectives objectives;
    private final Calendars calendars;
    private final OverviewScreen overview;
    private final SlackApi slackApi;
    private final Clock clock;
    private final ZoneId zone;

    @Inject
    public ObjectivesForms(
            Requesters requesters,
            Objectives objectives,
            Calendars calendars,
            OverviewScreen overview,
            SlackApi slackApi,
            Clock clock,
            Settings settings) {
        this.requesters = requesters;
        this.objectives = objectives;
        this.calendars = calendars;
        this.overview = overview;
        this.slackApi = slackApi;
        this.clock = clock;
        this.zone = settings.provision().timeZone();
    }

    /** Which form a pushed modal is, and the overview beneath it, as kept in its private_metadata. */
    record FormMeta(int year, int area, String overviewId, String overviewHash) {

        String encode() {
            return year + "|" + area + "|" + overviewId + "|" + overviewHash;
        }

        static Optional<FormMeta> decode(String metadata) {
            String[] parts = metadata == null ? new String[0] : metadata.split("\\|", -1);
            if (parts.length != 4 || !parts[0].matches("\\d{4}") || !parts[1].matches("[0-4]")) {
                return Optional.empty();
            }
            return Optional.of(
                    new FormMeta(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2], parts[3]));
        }
    }

    @Override
    public void registerWith(App app) {
        app.blockAction(ObjectivesModals.EDIT_OBJECTIVE, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            later(app, "open an objective", payload, () -> pushForm(payload));
            return context.ack();
        });
        app.blockAction(ObjectivesModals.EDIT_SUPPORT, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            later(app, "open development and support", payload, () -> pushForm(payload));
            return context.ack();
        });
        app.blockAction(ObjectivesModals.SAVE_DRAFT, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            later(app, "save an objectives draft", payload, () -> saveDraftClicked(payload));
            return context.ack();
        });
        app.viewSubmission(
                ObjectivesModals.OBJECTIVE_FORM,
                (request, context) -> formSubmitted(app, request.getPayload(), context));
        app.viewSubmission(
                ObjectivesModals.SUPPORT_FORM, (request, context) -> formSubmitted(app, request.getPayload(), context));
    }

    private static void later(App app, String what, BlockActionPayload payload, Runnable work) {
        AfterAck.run(app, what, payload.getTeam().getId(), payload.getUser().getId(), work);
    }

    /** The signed user, when they are a case manager and the form is for the current cycle year. */
    private Optional<Person> caseManager(String teamId, String userId, int year) {
        return requesters
                .identify(teamId, userId)
                .filter(person -> person.holds(Role.CASE_MANAGER))
                .filter(person -> calendars.current(teamId).year().startYear() == year);
    }

    private void pushForm(BlockActionPayload payload) {
        View shown = payload.getView();
        String value = payload.getActions().get(0).getValue();
        int area = value != null && value.matches("[1-4]") ? Integer.parseInt(value) : 0;
        String yearText = shown == null ? "" : shown.getPrivateMetadata();
        if (yearText == null || !yearText.matches("\\d{4}")) {
            return;
        }
        int year = Integer.parseInt(yearText);
        Optional<Person> caseManager =
                caseManager(payload.getTeam().getId(), payload.getUser().getId(), year);
        if (caseManager.isEmpty()) {
            return;
        }
        String hash = shown.getHash() == null ? "" : shown.getHash();
        FormMeta meta = new FormMeta(year, area, shown.getId(), hash);
        ObjectivesPlan plan = objectives.draft(caseManager.get(), new CycleYear(year));
        slackApi.pushModal(payload.getTriggerId(), form(plan, meta, Optional.empty()));
    }

    private static View form(ObjectivesPlan plan, FormMeta meta, Optional<String> note) {
        if (meta.area() == 0) {
            return ObjectivesModals.supportForm(plan, meta.encode(), note);
        }
        ObjectiveArea area = ObjectiveArea.numbered(meta.area());
        return ObjectivesModals.objectiveForm(area, plan.objective(area), meta.encode(), note);
    }

    private void saveDraftClicked(BlockActionPayload payload) {
        View shown = payload.getView();
        Optional<FormMeta> meta = FormMeta.decode(shown == null ? null : shown.getPrivateMetadata());
        if (meta.isEmpty()) {
            return;
        }
        Optional<Person> caseManager = caseManager(
                payload.getTeam().getId(), payload.getUser().getId(), meta.get().year());
        if (caseManager.isEmpty()) {
            return;
        }
        Map<String, String> problems = save(caseManager.get(), meta.get(), new FormValues(shown));
        String note = "Draft saved " + SlackDates.moment(clock.instant(), zone) + "."
                + (problems.isEmpty() ? "" : " Before you submit: " + String.join(" ", problems.values()));
        ObjectivesPlan plan =
                objectives.draft(caseManager.get(), new CycleYear(meta.get().year()));
        slackApi.updateModal(shown.getId(), shown.getHash(), form(plan, meta.get(), Optional.of(note)));
    }

    private Response formSubmitted(App app, ViewSubmissionPayload payload, ViewSubmissionContext context) {
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        Optional<FormMeta> meta = FormMeta.decode(payload.getView().getPrivateMetadata());
        Optional<Person> caseManager = meta.flatMap(m -> caseManager(teamId, userId, m.year()));
        String firstBlock = meta.map(m -> m.area() == 0 ? ObjectivesModals.CPD_OTHER : "objective." + m.area())
                .orElse(ObjectivesModals.CPD_OTHER);
        if (caseManager.isEmpty()) {
            return context.ack(r -> r.responseAction("errors")
                    .errors(Map.of(
                            firstBlock,
                            "This form is out of date or not yours. Close it and open your"
                                    + " objectives again with /appraisal objectives.")));
        }
        Map<String, String> problems;
        try {
            problems = save(caseManager.get(), meta.get(), new FormValues(payload.getView()));
        } catch (AccessDenied e) {
            return context.ack(r -> r.responseAction("errors").errors(Map.of(firstBlock, e.getMessage())));
        }
        if (!problems.isEmpty()) {
            return context.ack(r -> r.responseAction("errors").errors(problems));
        }
        AfterAck.run(
                app,
                "refresh the objectives overview",
                teamId,
                userId,
                () -> refreshOverview(caseManager.get(), meta.get()));
        return context.ack();
    }

    /** Saves the form's answers into the draft, whatever they are, and returns what is too long to keep. */
    private Map<String, String> save(Person caseManager, FormMeta meta, FormValues values) {
        CycleYear year = new CycleYear(meta.year());
        if (meta.area() == 0) {
            ObjectivesPlan saved = objectives.change(caseManager, year, plan -> support(plan, values));
            return ObjectivesRules.supportProblems(saved);
        }
        ObjectiveArea area = ObjectiveArea.numbered(meta.area());
        int n = area.number();
        Objective objective = new Objective(
                values.text("objective." + n, ObjectivesModals.TEXT).orElse(""),
                values.text("success." + n, ObjectivesModals.TEXT).orElse(""),
                values.text("pts." + n, ObjectivesModals.TEXT).orElse(""),
                values.text("sip." + n, ObjectivesModals.TEXT).orElse(""));
        objectives.change(caseManager, year, plan -> plan.withObjective(area, objective));
        return ObjectivesRules.lengthProblems(area, objective);
    }

    private static ObjectivesPlan support(ObjectivesPlan plan, FormValues values) {
        Set<CpdActivity> activities = EnumSet.noneOf(CpdActivity.class);
        for (String name : values.options(ObjectivesModals.CPD, ObjectivesModals.TEXT)) {
            for (CpdActivity activity : CpdActivity.values()) {
                if (activity.name().equals(name)) {
                    activities.add(activity);
                }
            }
        }
        return plan.withSupport(
                activities,
                values.text(ObjectivesModals.CPD_OTHER, ObjectivesModals.TEXT).orElse(""),
                values.text(ObjectivesModals.DEVELOPMENT, ObjectivesModals.TEXT).orElse(""),
                values.text(ObjectivesModals.RESOURCES, ObjectivesModals.TEXT).orElse(""),
                values.localDate(ObjectivesModals.MEETING, ObjectivesModals.TEXT)
                        .orElse(null));
    }

    /** Shows the overview beneath a closed form with what was just saved. */
    private void refreshOverview(Person caseManager, FormMeta meta) {
        if (meta.overviewId().isBlank()) {
            return;
        }
        View fresh = overview.of(caseManager, new CycleYear(meta.year()), Map.of());
        String hash = meta.overviewHash().isBlank() ? null : meta.overviewHash();
        try {
            slackApi.updateModal(meta.overviewId(), hash, fresh);
        } catch (SlackCallFailed e) {
            if (!"hash_conflict".equals(e.error())) {
                throw e;
            }
            // The overview changed after the form opened; what is stored now is the right thing to show.
            slackApi.updateModal(meta.overviewId(), null, fresh);
        }
    }
}
