package com.appraisalbot.slack.reminders;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.appraisalbot.access.Access;
import com.appraisalbot.access.AccessDenied;
import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.people.Person;
import com.appraisalbot.people.Role;
import com.appraisalbot.reminders.Reminders;
import com.appraisalbot.reminders.Reminders.ReminderRecord;
import com.appraisalbot.slack.Requesters;
import com.appraisalbot.slack.SlackText;
import com.appraisalbot.slack.commands.SubCommand;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.LayoutBlock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code /appraisal reminders [page]}: for the Head of Services, who was reminded of what and when
 * in the current cycle, newest first, a page at a time, with every reminder that could not be
 * delivered listed first. Only to the person who asked.
 */
@ApplicationScoped
public class RemindersCommand implements SubCommand {

    static final int PAGE_SIZE = 15;
    private static final int FAILURES_SHOWN = 10;

    private final Requesters requesters;
    private final Access access;
    private final Calendars calendars;
    private final Reminders reminders;

    @Inject
    public RemindersCommand(Requesters requesters, Access access, Calendars calendars, Reminders reminders) {
        this.requesters = requesters;
        this.access = access;
        this.calendars = calendars;
        this.reminders = reminders;
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public String summary() {
        return "Head of Services: see who was reminded of what and when, and which reminders failed.";
    }

    @Override
    public Response handle(String arguments, SlashCommandRequest request, SlashCommandContext context) {
        String teamId = request.getPayload().getTeamId();
        Optional<Person> asker =
                requesters.identify(teamId, request.getPayload().getUserId());
        if (asker.isEmpty()) {
            return ephemeral(context, requesters.notSetUp(teamId), List.of());
        }
        try {
            access.requireRole(asker.get(), Role.HEAD_OF_SERVICES, "see the reminder record");
        } catch (AccessDenied e) {
            return ephemeral(context, e.getMessage(), List.of());
        }
        int page = page(arguments);
        CycleYear year = calendars.current(teamId).year();
        List<ReminderRecord> records = reminders.history(teamId, year, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        String text = "Reminders for " + year.label() + ", page " + page + ": " + counts(teamId, year) + ".";
        return ephemeral(context, text, blocks(teamId, year, page, records, text));
    }

    private static int page(String arguments) {
        try {
            return arguments.isBlank() ? 1 : Math.max(1, Integer.parseInt(arguments.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String counts(String teamId, CycleYear year) {
        Map<Reminders.State, Integer> counts = reminders.counts(teamId, year);
        if (counts.isEmpty()) {
            return "none yet";
        }
        return counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase())
                .collect(Collectors.joining(", "));
    }

    private List<LayoutBlock> blocks(
            String teamId, CycleYear year, int page, List<ReminderRecord> records, String summary) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText("Reminders, " + year.label()))));
        blocks.add(context(c -> c.elements(List.of(markdownText(summary)))));
        List<ReminderRecord> failures = reminders.failures(teamId, year, FAILURES_SHOWN);
        if (page == 1 && !failures.isEmpty()) {
            blocks.add(section(s -> s.text(markdownText("*Could not be delivered*\n"
                    + failures.stream().map(RemindersCommand::line).collect(Collectors.joining("\n"))))));
            blocks.add(divider());
        }
        String lines = records.isEmpty()
                ? "Nothing on this page. Reminders appear here once they come due."
                : records.stream().map(RemindersCommand::line).collect(Collectors.joining("\n"));
        blocks.add(section(s -> s.text(markdownText(lines))));
        if (records.size() == PAGE_SIZE) {
            blocks.add(context(c -> c.elements(
                    List.of(markdownText("Type `/appraisal reminders " + (page + 1) + "` for older reminders.")))));
        }
        return blocks;
    }

    private static String line(ReminderRecord record) {
        Instant when = record.sentAt() != null ? record.sentAt() : record.updatedAt();
        String about = record.caseManagerName() == null
                ? ""
                : ", about " + SlackText.escape(record.caseManagerName()) + "'s "
                        + record.stage().label();
        // Errors are the app's own words and Slack's codes, shown as written (with_underscores).
        String error = record.lastError() == null ? "" : " (" + plainEscape(record.lastError()) + ")";
        return "<!date^" + when.getEpochSecond() + "^{date_short_pretty} {time}|" + when + "> "
                + record.state().label() + ": " + record.kind().label().toLowerCase() + " to "
                + SlackText.escape(record.recipientName()) + about + error;
    }

    private static String plainEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static Response ephemeral(SlashCommandContext context, String text, List<LayoutBlock> blocks) {
        return context.ack(r -> r.responseType("ephemeral").text(text).blocks(blocks.isEmpty() ? null : blocks));
    }
}
