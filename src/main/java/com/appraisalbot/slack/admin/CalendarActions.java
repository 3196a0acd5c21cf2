package com.appraisalbot.slack.admin;

import com.appraisalbot.access.Access;
import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.InvalidCalendar;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.FormValues;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackDates;
import com.appraisalbot.slack.SlackListener;
import com.appraisalbot.slack.home.HomePublisher;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Saves the calendar modal's dates and rules, and starts the next cycle year from it. */
@ApplicationScoped
public class CalendarActions implements SlackListener {

    private final Forms forms;
    private final Requesters requesters;
    private final Access access;
    private final Calendars calendars;
    private final SlackApi slackApi;
    private final HomePublisher homes;

    @Inject
    public CalendarActions(
            Forms forms,
            Requesters requesters,
            Access access,
            Calendars calendars,
            SlackApi slackApi,
            HomePublisher homes) {
        this.forms = forms;
        this.requesters = requesters;
        this.access = access;
        this.calendars = calendars;
        this.slackApi = slackApi;
        this.homes = homes;
    }

    @Override
    public void registerWith(App app) {
        app.viewSubmission(
                CalendarForm.CALLBACK_ID, (request, context) -> submitted(app, request.getPayload(), context));
        app.blockAction(CalendarForm.NEXT_CYCLE, (request, context) -> {
            BlockActionPayload payload = request.getPayload();
            String teamId = payload.getTeam().getId();
            String userId = payload.getUser().getId();
            AfterAck.run(app, "start the next cycle year", teamId, userId, () -> openNext(teamId, userId, payload));
            return context.ack();
        });
    }

    private Response submitted(App app, ViewSubmissionPayload payload, ViewSubmissionContext context) {
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        String firstBlock = CalendarForm.deadlineBlock(Stage.PLANNING);
        return forms.asAdmin(teamId, userId, firstBlock, context, admin -> {
            CycleYear current = calendars.current(teamId).year();
            if (!Integer.toString(current.startYear()).equals(payload.getView().getPrivateMetadata())) {
                return Forms.errors(
                        context,
                        Map.of(
                                firstBlock,
                                "The cycle year is now " + current.label() + ". Close this and open it again."));
            }
            FormValues values = new FormValues(payload.getView());
            Map<String, String> problems = new LinkedHashMap<>();
            Map<Stage, LocalDate> deadlines = deadlines(values, problems);
            List<Integer> reminders =
                    numbers(values.text(CalendarForm.REMINDERS, "days").orElse(""));
            Optional<Integer> escalation =
                    number(values.text(CalendarForm.ESCALATION, "days").orElse(""));
            if (!problems.isEmpty()) {
                return Forms.errors(context, problems);
            }
            try {
                Cycle saved = calendars.update(admin, current, deadlines, reminders, escalation.orElse(0));
                AfterAck.run(
                        app, "refresh the Home after a calendar change", teamId, userId, () -> homes.refresh(admin));
                return context.ack(r -> r.responseAction("update").view(Notices.modal("Dates saved", saved(saved))));
            } catch (InvalidCalendar e) {
                e.problems().forEach((key, text) -> problems.putIfAbsent(CalendarForm.blockFor(key), text));
                return Forms.errors(context, problems);
            }
        });
    }

    private static Map<Stage, LocalDate> deadlines(FormValues values, Map<String, String> problems) {
        Map<Stage, LocalDate> deadlines = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            String block = CalendarForm.deadlineBlock(stage);
            values.date(block, "date").ifPresent(text -> {
                try {
                    deadlines.put(stage, LocalDate.parse(text));
                } catch (DateTimeParseException e) {
                    problems.put(block, "Choose the date with the date picker.");
                }
            });
        }
        return deadlines;
    }

    /** The numbers in "14, 7, 1"; a list the domain refuses when any part is not a whole number. */
    private static List<Integer> numbers(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split(",")) {
            Optional<Integer> number = number(part);
            if (number.isEmpty()) {
                return List.of();
            }
            numbers.add(number.get());
        }
        return numbers;
    }

    private static Optional<Integer> number(String text) {
        String trimmed = text.trim();
        return trimmed.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(trimmed)) : Optional.empty();
    }

    private static String saved(Cycle cycle) {
        StringBuilder text = new StringBuilder("The " + cycle.year().label() + " deadlines are now:\n");
        for (Stage stage : Stage.values()) {
            text.append("• ")
                    .append(stage.label())
                    .append(": ")
                    .append(SlackDates.plain(cycle.deadline(stage)))
                    .append('\n');
        }
        return text.append("Reminders go out ")
                .append(cycle.reminderDays())
                .append(" days before each; a missed deadline is escalated after ")
                .append(cycle.escalationDays())
                .append(" days.")
                .toString();
    }

    private void openNext(String teamId, String userId, BlockActionPayload payload) {
        Optional<Person> clicker = requesters.identify(teamId, userId);
        View shown = payload.getView();
        View next;
        try {
            Person admin = clicker.orElseThrow(() -> new AccessDenied(requesters.notSetUp(teamId)));
            access.requireAdmin(admin);
            Cycle current = calendars.current(teamId);
            // The button names the year it was shown for: a second click, or another admin, has already moved on.
            if (Integer.toString(current.year().startYear())
                    .equals(payload.getActions().get(0).getValue())) {
                current = calendars.openNext(admin);
                homes.refresh(admin);
            }
            next = CalendarForm.form(current);
        } catch (AccessDenied e) {
            next = Notices.modal("Not available", e.getMessage());
        }
        slackApi.updateModal(shown.getId(), shown.getHash(), next);
    }
}
