package com.appraisalbot.slack.objectives;

import com.appraisalbot.approvals.Decision;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.config.Settings;
import com.appraisalbot.objectives.Objectives;
import com.appraisalbot.objectives.ObjectivesStatus;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.approvals.ApprovalMessages;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Map;

/** Builds a case manager's objectives overview from what is stored now. */
@ApplicationScoped
public class OverviewScreen {

    private final Objectives objectives;
    private final Directory directory;
    private final ZoneId zone;

    @Inject
    public OverviewScreen(Objectives objectives, Directory directory, Settings settings) {
        this.objectives = objectives;
        this.directory = directory;
        this.zone = settings.provision().timeZone();
    }

    /** The overview, listing {@code problems} (from a refused submission) when there are any. */
    View of(Person caseManager, CycleYear year, Map<String, String> problems) {
        ObjectivesStatus status = objectives.status(caseManager, year);
        String appraiser = directory
                .appraiserOf(caseManager, year)
                .map(a -> SlackText.escape(a.displayName()))
                .orElse("(not assigned yet: an admin assigns one)");
        ObjectivesModals.Overview overview = new ObjectivesModals.Overview(
                year.startYear(), year.label(), appraiser, status, detail(status), problems);
        return ObjectivesModals.overview(objectives.draft(caseManager, year), overview);
    }

    private String detail(ObjectivesStatus status) {
        return switch (status.state()) {
            case NOT_SUBMITTED -> ". When all four objectives and their success criteria are written, submit them.";
            case AWAITING_APPROVAL -> ". You'll get a message when your appraiser decides.";
            case RETURNED, AGREED -> status.decision().map(this::decision).orElse("");
        };
    }

    private String decision(Decision decision) {
        return "\n" + ApprovalMessages.decisionLine(decision, zone)
                + (decision.outcome() == Decision.Outcome.RETURNED
                        ? "\nRevise your objectives, then submit again."
                        : "");
    }
}
