package com.appraisalbot.slack.objectives;

import com.appraisalbot.access.Access;
import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.approvals.ApprovalRequest;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.objectives.InvalidPlan;
import com.appraisalbot.objectives.Objectives;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackListener;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.approvals.ApprovalMessages;
import com.appraisalbot.slack.home.HomePublisher;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens objectives, from the Home, a DM or a reminder ({@code open_objectives}, and the reminders'
 * {@code reminder_open_objectives}), and submits them to the appraiser from the overview. A case
 * manager gets their own overview; anyone else gets the named case manager's objectives read-only,
 * if {@link Access} lets them see them.
 */
@ApplicationScoped
public class ObjectivesOpener implements SlackListener {

    private static final Pattern OPEN = Pattern.compile("^(reminder_)?" + ObjectivesForms.OPEN + "$");
    private static final Logger LOG = LoggerFactory.getLogger(ObjectivesOpener.class);
    private static final String NOT_SENT = "Appraisal Bot could not finish sending your objectives just now, so"
            + " nothing was sent to your appraiser. Everything you wrote is saved. Open your objectives again"
            + " (/appraisal objectives or the Home tab) in a minute and press Submit to appraiser.";
    private static final String OUT_OF_DATE = "This form is out of date or not yours. Open your objectives again"
            + " with /appraisal objectives; your draft is kept.";
    private static final Pattern CASE_MANAGER_ID = Pattern.compile("(?:[A-Z_]+:)?(\\d{1,18})");

    private final Requesters requesters;
    private final Objectives objectives;
    private final Calendars calendars;
    private final Directory directory;
    private final Access access;
    private final OverviewScreen overview;
    private final ObjectivesView readOnly;
    private final ApprovalMessages messages;
    private final HomePublisher homes;
    private final SlackApi slackApi;

    @Inject
    public ObjectivesOpener(
            Requesters requesters,
            Objectives objectives,
            Calendars calendars,
            Directory directory,
            Access access,
            OverviewScreen overview,
            ObjectivesView readOnly,
            ApprovalMessages messages,
            HomePublisher homes,
            SlackApi slackApi) {
        this.requesters = requesters;
        this.objectives = objectives;
        this.calendars = calendars;
        this.directory = directory;
        this.access = access;
        this.overview = overview;
        this.readOnly = readOnly;
        this.messages = messages;
        this.homes = homes;
        this.slackApi = slackApi;
    }

    @Override
    public void registerWith(App app) {
        app.blockAction(OPEN, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            String teamId = payload.getTeam().getId();
            String userId = payload.getUser().getId();
            var action = payload.getActions().get(0);
            // A button carries a value; the Home's list of appraisees is a select, which carries an option.
            String value = action.getSelectedOption() != null
                    ? action.getSelectedOption().getValue()
                    : action.getValue();
            String trigger = payload.getTriggerId();
            AfterAck.run(app, "open objectives", teamId, userId, () -> open(teamId, userId, value, trigger));
            return context.ack();
        });
        app.viewSubmission(
                ObjectivesModals.OVERVIEW, (request, context) -> submitted(app, request.getPayload(), context));
    }

    /**
     * Opens the right objectives for the clicker.
     *
     * @param value names the case manager ({@code 42} or {@code PLANNING:42}); empty for one's own
     */
    void open(String teamId, String userId, String value, String triggerId) {
        slackApi.openModal(triggerId, screenFor(teamId, userId, value));
    }

    private View screenFor(String teamId, String userId, String value) {
        Optional<Person> clicker = requesters.identify(teamId, userId);
        if (clicker.isEmpty()) {
            return Notices.modal("Not set up yet", requesters.notSetUp(teamId));
        }
        CycleYear year = calendars.current(teamId).year();
        Optional<Person> named =
                caseManagerNamed(value).filter(p -> !p.id().equals(clicker.get().id()));
        if (named.isEmpty()) {
            return clicker.get().holds(Role.CASE_MANAGER)
                    ? overview.of(clicker.get(), year, Map.of())
                    : Notices.modal(
                            "No objectives",
                            "Only case managers have objectives to write. Ask an admin if"
                                    + " you should have the Case manager role.");
        }
        try {
            access.requireSeeRecordsOf(clicker.get(), named.get(), year);
            return readOnly.of(named.get(), year);
        } catch (AccessDenied e) {
            return Notices.modal("Not available", e.getMessage());
        }
    }

    private Optional<Person> caseManagerNamed(String value) {
        var matcher = CASE_MANAGER_ID.matcher(value == null ? "" : value);
        return matcher.matches() ? directory.byId(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private Response submitted(App app, ViewSubmissionPayload payload, ViewSubmissionContext context) {
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        CycleYear year = calendars.current(teamId).year();
        Optional<Person> caseManager = requesters
                .identify(teamId, userId)
                .filter(p -> Integer.toString(year.startYear())
                        .equals(payload.getView().getPrivateMetadata()));
        if (caseManager.isEmpty()) {
            return update(context, Notices.modal("Out of date", OUT_OF_DATE));
        }
        Objectives.Submission submission;
        try {
            submission = objectives.submit(caseManager.get(), year);
        } catch (InvalidPlan e) {
            return update(context, overview.of(caseManager.get(), year, e.problems()));
        } catch (AccessDenied e) {
            return update(context, Notices.modal("Not available", e.getMessage()));
        } catch (RuntimeException e) {
            // Slack would show only "trouble connecting"; the plan itself is safe in the draft.
            LOG.error("Objectives were not submitted (team_id: {}, user_id: {})", teamId, userId, e);
            return update(context, Notices.modal("Not sent yet", NOT_SENT));
        }
        if (!submission.alreadySubmitted()) {
            AfterAck.run(app, "ask for approval of objectives", teamId, userId, () -> requestApproval(submission));
        }
        return update(context, outcome(submission));
    }

    /** What the case manager reads once they have submitted. */
    private static View outcome(Objectives.Submission submission) {
        String appraiser = SlackText.escape(submission.request().approver().displayName());
        int version = submission.version().number();
        if (submission.alreadySubmitted()) {
            return Notices.modal(
                    "Nothing new to send",
                    "You already sent these objectives to " + appraiser
                            + " as version " + version
                            + ", and nothing has changed since. Change something to send a new"
                            + " version.");
        }
        return Notices.modal(
                "Sent",
                "Your objectives (version " + version + ") are signed by you and sent to " + appraiser
                        + " to approve. You'll get a message when they decide.");
    }

    private void requestApproval(Objectives.Submission submission) {
        ApprovalRequest request = submission.request();
        messages.send(request);
        submission.replaced().ifPresent(old -> messages.showReplaced(old, request.versionNumber()));
        homes.refresh(request.subject());
        homes.refresh(request.approver());
    }

    private static Response update(ViewSubmissionContext context, View view) {
        return context.ack(r -> r.responseAction("update").view(view));
    }
}
