package com.appraisalbot.slack.home;

import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.config.Settings;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.progress.Progress;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackCallFailed;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a person's Home tab. Call {@link #refresh(Person)} whenever something that person sees
 * changes, also when someone else made the change (an appraiser approving a case manager's
 * objectives refreshes the case manager's Home). It calls Slack, so call it after acknowledging
 * the request, for example from {@code app.executorService()}.
 */
@ApplicationScoped
public class HomePublisher {

    private static final Logger LOG = LoggerFactory.getLogger(HomePublisher.class);

    private final HomeTab homeTab;
    private final Calendars calendars;
    private final Directory directory;
    private final Progress progress;
    private final SlackApi slackApi;
    private final Clock clock;
    private final ZoneId zone;

    /** People whose Home is being refreshed now, and those who want one more refresh. */
    private final Set<Long> refreshing = ConcurrentHashMap.newKeySet();

    private final Set<Long> refreshWanted = ConcurrentHashMap.newKeySet();

    @Inject
    public HomePublisher(
            HomeTab homeTab,
            Calendars calendars,
            Directory directory,
            Progress progress,
            SlackApi slackApi,
            Clock clock,
            Settings settings) {
        this.homeTab = homeTab;
        this.calendars = calendars;
        this.directory = directory;
        this.progress = progress;
        this.slackApi = slackApi;
        this.clock = clock;
        this.zone = settings.provision().timeZone();
    }

    /**
     * Publishes the person's Home again from what is stored now, lists on their first page. A
     * failure is logged, not thrown: the change that prompted it is already saved, and the Home is
     * built afresh the next time the person opens it.
     *
     * <p>Refreshes of one person coalesce: while one is being built, further requests only ask for
     * one more run after it, which reads everything committed by then. Fifty appraisees submitting
     * at once so cost their appraiser two or three publishes, not fifty, and stay clear of Slack's
     * rate limit on {@code views.publish}.
     */
    public void refresh(Person person) {
        long id = person.id();
        refreshWanted.add(id);
        while (refreshWanted.contains(id) && refreshing.add(id)) {
            try {
                refreshWanted.remove(id);
                publishFresh(person);
            } finally {
                refreshing.remove(id);
            }
        }
    }

    private void publishFresh(Person person) {
        try {
            publish(person, HomePages.first(), false, null);
        } catch (SlackCallFailed e) {
            LOG.warn(
                    "Could not refresh the Home (team_id: {}, user_id: {}); it is rebuilt when they next open it",
                    person.teamId(),
                    person.slackUserId(),
                    e);
        }
    }

    /** The Home as it would be published for a person now. */
    public View build(Person person, HomePages pages, boolean firstOpen) {
        Cycle cycle = calendars.current(person.teamId());
        LocalDate today = calendars.today();
        HomeContext home = new HomeContext(
                person,
                cycle,
                today,
                clock.instant(),
                zone,
                pages,
                firstOpen,
                new Appraisees(directory, progress, person, cycle, today));
        return homeTab.build(home);
    }

    /**
     * Publishes a person's Home with the given pages. With a {@code hash}, Slack refuses the publish if
     * the Home changed since; then, and on any {@code hash_conflict}, the Home is rebuilt from what is
     * stored now and published once more without one, since the freshest build is the right one.
     */
    void publish(Person person, HomePages pages, boolean firstOpen, String hash) {
        try {
            send(person.slackUserId(), hash, build(person, pages, firstOpen));
        } catch (SlackCallFailed e) {
            if (!"hash_conflict".equals(e.error())) {
                throw e;
            }
            LOG.info(
                    "Home changed while it was built (team_id: {}, user_id: {}); publishing a fresh one",
                    person.teamId(),
                    person.slackUserId());
            send(person.slackUserId(), null, build(person, pages, firstOpen));
        }
    }

    /** Publishes the Home for someone not set up yet: who can add them. */
    void publishNotSetUp(String userId, String explanation) {
        slackApi.publishHome(userId, homeTab.notSetUp(explanation));
    }

    private void send(String userId, String hash, View view) {
        if (hash == null) {
            slackApi.publishHome(userId, view);
        } else {
            slackApi.publishHome(userId, hash, view);
        }
    }
}
