package com.appraisalbot.slack.home;

import com.appraisalbot.people.PeopleAdmin;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Profile;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackCallFailed;
import com.appraisalbot.slack.SlackListener;
import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code app_home_opened}: publishes the Home of whoever opened it, built for their roles, and keeps
 * their name and time zone fresh from Slack. The event has no {@code view} the first time a person
 * opens the tab; that is when they get the welcome.
 */
@ApplicationScoped
public class HomeOpenedListener implements SlackListener {

    private static final Logger LOG = LoggerFactory.getLogger(HomeOpenedListener.class);

    /** How old a person's name and time zone may get before they are read from Slack again. */
    static final Duration PROFILE_FRESHNESS = Duration.ofDays(1);

    private final Requesters requesters;
    private final HomePublisher publisher;
    private final PeopleAdmin peopleAdmin;
    private final SlackApi slackApi;
    private final Clock clock;

    @Inject
    public HomeOpenedListener(
            Requesters requesters, HomePublisher publisher, PeopleAdmin peopleAdmin, SlackApi slackApi, Clock clock) {
        this.requesters = requesters;
        this.publisher = publisher;
        this.peopleAdmin = peopleAdmin;
        this.slackApi = slackApi;
        this.clock = clock;
    }

    @Override
    public void registerWith(App app) {
        app.event(AppHomeOpenedEvent.class, (payload, context) -> {
            AppHomeOpenedEvent event = payload.getEvent();
            // The Messages tab opens this event too; only the Home tab shows what we publish.
            if (!"messages".equals(event.getTab())) {
                String teamId = payload.getTeamId();
                AfterAck.run(app, "publish the Home", teamId, event.getUser(), () -> opened(teamId, event));
            }
            return context.ack();
        });
    }

    private void opened(String teamId, AppHomeOpenedEvent event) {
        String userId = event.getUser();
        Optional<Person> person = requesters.identify(teamId, userId);
        if (person.isEmpty()) {
            publisher.publishNotSetUp(userId, requesters.notSetUp(teamId));
            return;
        }
        View shown = event.getView();
        HomePages pages = shown == null ? HomePages.first() : HomePages.fromMetadata(shown.getPrivateMetadata());
        publisher.publish(withFreshProfile(person.get()), pages, shown == null, null);
    }

    private Person withFreshProfile(Person person) {
        Instant refreshed = person.profileRefreshedAt();
        if (refreshed != null && refreshed.plus(PROFILE_FRESHNESS).isAfter(clock.instant())) {
            return person;
        }
        try {
            Profile profile = slackApi.profile(person.slackUserId());
            return peopleAdmin.refreshProfile(person.id(), profile).orElse(person);
        } catch (SlackCallFailed e) {
            LOG.warn(
                    "Kept the stored name (team_id: {}, user_id: {}): users.info failed",
                    person.teamId(),
                    person.slackUserId(),
                    e);
            return person;
        }
    }
}
