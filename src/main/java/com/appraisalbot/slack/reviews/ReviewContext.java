package com.appraisalbot.slack.reviews;

import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * What every review handler needs first: the acting person from the signed user ID, the case
 * manager a value names (checked by {@code Access} later, never trusted), the current cycle year,
 * and a way to tell the clicker something only they see.
 */
@ApplicationScoped
public class ReviewContext {

    private final Requesters requesters;
    private final Directory directory;
    private final Calendars calendars;
    private final SlackApi slackApi;

    @Inject
    public ReviewContext(Requesters requesters, Directory directory, Calendars calendars, SlackApi slackApi) {
        this.requesters = requesters;
        this.directory = directory;
        this.calendars = calendars;
        this.slackApi = slackApi;
    }

    /** The person behind a signed request; empty when the app does not know them yet. */
    Optional<Person> actor(String teamId, String userId) {
        return requesters.identify(teamId, userId);
    }

    String notSetUp(String teamId) {
        return requesters.notSetUp(teamId);
    }

    /** The case manager with this ID in the actor's team; empty when there is none. */
    Optional<Person> caseManager(Person actor, long caseManagerId) {
        return directory.byId(caseManagerId).filter(p -> p.teamId().equals(actor.teamId()));
    }

    CycleYear year(Person actor) {
        return calendars.current(actor.teamId()).year();
    }

    /**
     * Tells the clicker something only they need: an ephemeral message beside a DM's buttons, or a
     * small modal when the button was on the Home or in a modal.
     */
    void tell(BlockActionPayload payload, String title, String text) {
        String userId = payload.getUser().getId();
        if (payload.getChannel() != null && payload.getChannel().getId() != null) {
            slackApi.postEphemeral(payload.getChannel().getId(), userId, text);
        } else {
            slackApi.openModal(payload.getTriggerId(), Notices.modal(title, text));
        }
    }
}
