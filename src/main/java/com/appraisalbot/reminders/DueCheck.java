package com.appraisalbot.reminders;

import com.appraisalbot.progress.Duty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The re-check made when a claimed reminder is about to go: is it still due, with the calendar,
 * people and progress as they are now, and if so what does it say. A reminder is still due when
 * planning now would plan it, so one finished, reassigned, rescheduled or overtaken by a later rung
 * since it was planned is not sent.
 */
final class DueCheck {

    private final CycleState state;
    private final ReminderPlan plan;
    private final Set<String> due;
    private final Map<Long, List<ReminderPlan.DigestItem>> digests;

    DueCheck(CycleState state, ReminderPlan plan, Instant now) {
        this.state = state;
        this.plan = plan;
        this.due = plan.dueAt(now, state.dates(), state.roster(), state.outstanding()).stream()
                .map(ReminderOutbox::plannedKey)
                .collect(Collectors.toSet());
        this.digests = plan.digestItems(now, state.dates(), state.roster(), state.outstanding());
    }

    Roster roster() {
        return state.roster();
    }

    /** The message to send for the row, or empty when it is no longer due. */
    Optional<ReminderMessage> message(OutboxRow row) {
        Optional<Roster.Member> recipient = state.roster().member(row.recipientId());
        if (recipient.isEmpty() || !due.contains(row.recipientId() + "/" + row.occasion())) {
            return Optional.empty();
        }
        String to = recipient.get().slackUserId();
        if (row.kind() == ReminderKind.DIGEST) {
            List<ReminderMessage.Item> items = digests.getOrDefault(row.recipientId(), List.of()).stream()
                    .map(this::item)
                    .toList();
            return Optional.of(new ReminderMessage(to, row.kind(), null, null, null, null, 0, null, items));
        }
        return duty(row)
                .map(duty -> new ReminderMessage(
                        to,
                        row.kind(),
                        row.stage(),
                        row.date(),
                        plan.shownAs(row.date()),
                        name(duty.caseManagerId()),
                        duty.caseManagerId(),
                        duty.action(),
                        List.of()));
    }

    private Optional<Duty> duty(OutboxRow row) {
        return state.outstanding().getOrDefault(row.caseManagerId(), List.of()).stream()
                .filter(duty -> duty.stage() == row.stage())
                .findFirst();
    }

    private ReminderMessage.Item item(ReminderPlan.DigestItem item) {
        Duty duty = item.duty();
        return new ReminderMessage.Item(
                name(duty.caseManagerId()),
                duty.stage(),
                item.deadline(),
                plan.shownAs(item.deadline()),
                duty.action(),
                item.overdue());
    }

    private String name(long personId) {
        return state.roster().member(personId).map(Roster.Member::displayName).orElse("A case manager");
    }
}
