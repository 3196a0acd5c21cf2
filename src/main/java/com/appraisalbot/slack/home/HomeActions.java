package com.appraisalbot.slack.home;

import com.appraisalbot.access.Access;
import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.people.Directory;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackListener;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Home's own buttons: paging a list in place, the cycle's deadlines, and opening one case
 * manager's progress. The clicker is always the signed user; a value naming someone they may not
 * see is refused by {@link Access}, which logs and audits it.
 */
@ApplicationScoped
public class HomeActions implements SlackListener {

    private final Requesters requesters;
    private final HomePublisher publisher;
    private final Directory directory;
    private final Calendars calendars;
    private final Access access;
    private final SlackApi slackApi;
    private final ProgressView progressView;

    @Inject
    public HomeActions(
            Requesters requesters,
            HomePublisher publisher,
            Directory directory,
            Calendars calendars,
            Access access,
            SlackApi slackApi,
            ProgressView progressView) {
        this.requesters = requesters;
        this.publisher = publisher;
        this.directory = directory;
        this.calendars = calendars;
        this.access = access;
        this.slackApi = slackApi;
        this.progressView = progressView;
    }

    @Override
    public void registerWith(App app) {
        app.blockAction(Pattern.compile("^home_page_(previous|next)$"), (request, context) -> {
            later(app, "page the Home", request.getPayload(), this::turnPage);
            return context.ack();
        });
        app.blockAction(MyCycleSection.SHOW_CALENDAR, (request, context) -> {
            later(app, "show the cycle's deadlines", request.getPayload(), this::showCalendar);
            return context.ack();
        });
        app.blockAction(CaseManagerRows.OPEN_PERSON, (request, context) -> {
            later(app, "open a case manager's progress", request.getPayload(), this::openPerson);
            return context.ack();
        });
    }

    /** What to do for a clicker the app knows. */
    private interface Handler {
        void handle(Person clicker, BlockActionPayload payload);
    }

    private void later(App app, String what, BlockActionPayload payload, Handler handler) {
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        AfterAck.run(app, what, teamId, userId, () -> {
            Optional<Person> clicker = requesters.identify(teamId, userId);
            if (clicker.isEmpty()) {
                publisher.publishNotSetUp(userId, requesters.notSetUp(teamId));
                return;
            }
            handler.handle(clicker.get(), payload);
        });
    }

    private void turnPage(Person clicker, BlockActionPayload payload) {
        String[] value = payload.getActions().get(0).getValue().split(":", 2);
        View shown = payload.getView();
        HomePages pages = HomePages.fromMetadata(shown == null ? null : shown.getPrivateMetadata());
        if (value.length == 2 && HomePages.LIST_NAME.matcher(value[0]).matches() && value[1].matches("\\d{1,4}")) {
            pages = pages.with(value[0], Integer.parseInt(value[1]));
        }
        publisher.publish(clicker, pages, false, shown == null ? null : shown.getHash());
    }

    private void showCalendar(Person clicker, BlockActionPayload payload) {
        Cycle cycle = calendars.current(clicker.teamId());
        slackApi.openModal(payload.getTriggerId(), progressView.deadlines(cycle));
    }

    private void openPerson(Person clicker, BlockActionPayload payload) {
        Cycle cycle = calendars.current(clicker.teamId());
        Optional<Person> subject =
                parseId(payload.getActions().get(0).getValue()).flatMap(directory::byId);
        View view;
        try {
            if (subject.isEmpty()) {
                view = Notices.modal("Not found", "That person is not in Appraisal Bot.");
            } else {
                access.requireSeeRecordsOf(clicker, subject.get(), cycle.year());
                view = progressView.of(subject.get(), cycle, calendars.today());
            }
        } catch (AccessDenied e) {
            view = Notices.modal("Not available", e.getMessage());
        }
        slackApi.openModal(payload.getTriggerId(), view);
    }

    private static Optional<Long> parseId(String value) {
        return value != null && value.matches("\\d{1,18}") ? Optional.of(Long.parseLong(value)) : Optional.empty();
    }
}
