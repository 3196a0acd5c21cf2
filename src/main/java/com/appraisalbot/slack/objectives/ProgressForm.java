package com.appraisalbot.slack.objectives;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.datePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;

import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.objectives.EvidenceSource;
import com.appraisalbot.objectives.InvalidEntry;
import com.appraisalbot.objectives.ObjectiveArea;
import com.appraisalbot.objectives.ProgressLog;
import com.appraisalbot.people.Person;
import com.appraisalbot.slack.AfterAck;
import com.appraisalbot.slack.FormValues;
import com.appraisalbot.slack.ModalText;
import com.appraisalbot.slack.Notices;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackApi;
import com.appraisalbot.slack.SlackListener;
import com.appraisalbot.slack.home.HomePublisher;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * "Log progress": what happened towards one objective, where the evidence is (the policy's six
 * sources), an optional link and the date. Opened by {@code /appraisal update} or the Home's button;
 * the entry goes into the signed user's own log only.
 */
@ApplicationScoped
public class ProgressForm implements SlackListener {

    /** The Home's "Log progress" button. */
    public static final String OPEN = "progress_log";

    static final String CALLBACK_ID = "progress_entry";
    static final String OBJECTIVE = "objective";
    static final String WHAT = "what";
    static final String SOURCE = "source";
    static final String LINK = "link";
    static final String DATE = "date";
    static final String VALUE = "value";

    private final Requesters requesters;
    private final ProgressLog progressLog;
    private final Calendars calendars;
    private final HomePublisher homes;
    private final SlackApi slackApi;

    @Inject
    public ProgressForm(
            Requesters requesters,
            ProgressLog progressLog,
            Calendars calendars,
            HomePublisher homes,
            SlackApi slackApi) {
        this.requesters = requesters;
        this.progressLog = progressLog;
        this.calendars = calendars;
        this.homes = homes;
        this.slackApi = slackApi;
    }

    @Override
    public void registerWith(App app) {
        app.blockAction(OPEN, (request, context) -> {
            var payload = request.getPayload();
            String trigger = payload.getTriggerId();
            String teamId = payload.getTeam().getId();
            AfterAck.run(
                    app, "open the progress form", teamId, payload.getUser().getId(), () -> open(teamId, trigger));
            return context.ack();
        });
        app.viewSubmission(CALLBACK_ID, (request, context) -> submitted(app, request.getPayload(), context));
    }

    /** Opens the form for the team's current cycle year. */
    void open(String teamId, String triggerId) {
        slackApi.openModal(triggerId, form(calendars.current(teamId).year(), calendars.today()));
    }

    static View form(CycleYear year, LocalDate today) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(context(c -> c.elements(List.of(markdownText("Progress towards your " + year.label()
                + " objectives, for your appraiser and your reviews. " + ObjectivesModals.PRIVACY)))));
        blocks.add(select(OBJECTIVE, "Objective", ObjectiveArea.values(), ObjectiveArea::title));
        blocks.add(input(i -> i.blockId(WHAT)
                .label(plainText("What happened"))
                .hint(plainText(ObjectivesModals.PRIVACY + " Up to " + ProgressLog.WHAT_HAPPENED_MAX + " characters."))
                .element(plainTextInput(
                        t -> t.actionId(VALUE).multiline(true).maxLength(ProgressLog.WHAT_HAPPENED_MAX)))));
        blocks.add(select(SOURCE, "Evidence source", EvidenceSource.values(), EvidenceSource::label));
        blocks.add(input(i -> i.blockId(LINK)
                .optional(true)
                .label(plainText("Link to the evidence"))
                .hint(plainText("A web address of the record, such as its page in your CRM. A reference, not a copy."))
                .element(plainTextInput(t -> t.actionId(VALUE).maxLength(ProgressLog.LINK_MAX)))));
        blocks.add(input(i -> i.blockId(DATE)
                .label(plainText("When it happened"))
                .element(datePicker(d -> d.actionId(VALUE).initialDate(today.toString())))));
        return view(v -> v.type("modal")
                .callbackId(CALLBACK_ID)
                .privateMetadata(Integer.toString(year.startYear()))
                .title(ModalText.title("Log progress"))
                .submit(ModalText.submit("Save"))
                .close(ModalText.close("Cancel"))
                .blocks(blocks));
    }

    private static <E extends Enum<E>> LayoutBlock select(
            String blockId, String label, E[] choices, Function<E, String> text) {
        List<OptionObject> options = Arrays.stream(choices)
                .map(choice -> option(plainText(text.apply(choice)), choice.name()))
                .toList();
        return input(i -> i.blockId(blockId)
                .label(plainText(label))
                .element(staticSelect(s -> s.actionId(VALUE).options(options))));
    }

    private Response submitted(App app, ViewSubmissionPayload payload, ViewSubmissionContext context) {
        String teamId = payload.getTeam().getId();
        String userId = payload.getUser().getId();
        CycleYear year = calendars.current(teamId).year();
        Optional<Person> caseManager = requesters.identify(teamId, userId);
        if (caseManager.isEmpty()
                || !Integer.toString(year.startYear()).equals(payload.getView().getPrivateMetadata())) {
            return errors(
                    context,
                    Map.of(
                            WHAT,
                            "This form is out of date. Copy your text, close the form and open it"
                                    + " again with /appraisal update."));
        }
        try {
            progressLog.log(caseManager.get(), year, entry(new FormValues(payload.getView())), calendars.today());
        } catch (InvalidEntry e) {
            return errors(context, e.problems());
        } catch (AccessDenied e) {
            return errors(context, Map.of(WHAT, e.getMessage()));
        }
        AfterAck.run(
                app, "refresh the Home after logging progress", teamId, userId, () -> homes.refresh(caseManager.get()));
        return context.ack(r -> r.responseAction("update")
                .view(Notices.modal(
                        "Progress saved",
                        "Saved to your progress log. It is on your Home tab, where your appraiser can see it too.")));
    }

    private static ProgressLog.Entry entry(FormValues values) {
        return new ProgressLog.Entry(
                values.selected(OBJECTIVE, VALUE)
                        .flatMap(v -> named(ObjectiveArea.class, v))
                        .orElse(null),
                values.text(WHAT, VALUE).orElse(""),
                values.selected(SOURCE, VALUE)
                        .flatMap(v -> named(EvidenceSource.class, v))
                        .orElse(null),
                values.text(LINK, VALUE).orElse(""),
                values.localDate(DATE, VALUE).orElse(null));
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(name))
                .findFirst();
    }

    private static Response errors(ViewSubmissionContext context, Map<String, String> errors) {
        return context.ack(r -> r.responseAction("errors").errors(errors));
    }
}
