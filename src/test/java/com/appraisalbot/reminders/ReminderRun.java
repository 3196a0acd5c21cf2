package com.appraisalbot.reminders;

import com.appraisalbot.calendar.Calendars;
import com.appraisalbot.people.Role;
import com.appraisalbot.testing.FakeSlackApi;
import com.appraisalbot.testing.PeopleRows;
import com.appraisalbot.testing.TestApp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The benchmark's reminder run: a provision of {@code staff} people, none of whom has agreed objectives, two weeks
 * before the planning deadline. Plans their reminders, then delivers them through a Web API stand-in that limits
 * {@code chat.postMessage} to {@code ceiling} calls a second (429 with {@code Retry-After} beyond it), and counts
 * what arrived: every case manager should get exactly one reminder.
 */
public final class ReminderRun {

    /** What the run measured. */
    public record Result(
            int caseManagers,
            int planned,
            long planMillis,
            int sent,
            double sendSeconds,
            long rateLimited,
            int lost,
            int duplicated,
            Map<String, Integer> outbox) {

        public double perSecond() {
            return sent / sendSeconds;
        }
    }

    private static final String TEAM = FakeSlackApi.TEAM_ID;
    private static final String LONDON = "Europe/London";
    private static final int APPRAISEES_EACH = 50;

    private ReminderRun() {}

    /** Runs it against a fresh database of the shared MariaDB ({@code TestDatabase}). */
    public static Result run(int staff, double ceiling, Duration sendingBudget) throws Exception {
        MutableClock.INSTANCE.set(Instant.parse("2026-09-01T08:00:00Z"));
        try (FakeSlackApi slackApi = FakeSlackApi.start()) {
            slackApi.limitRate("chat.postMessage", ceiling);
            Map<String, AtomicInteger> delivered = new ConcurrentHashMap<>();
            LongAdder rateLimited = new LongAdder();
            slackApi.onAnswered((call, ok) -> {
                if (!call.method().equals("chat.postMessage")) {
                    return;
                }
                if (ok) {
                    delivered
                            .computeIfAbsent(call.param("channel").orElse(""), c -> new AtomicInteger())
                            .incrementAndGet();
                } else {
                    rateLimited.increment();
                }
            });
            Map<String, String> settings = Map.of("REMINDER_SEND_RATE", Double.toString(ceiling));
            try (TestApp app = TestApp.start(slackApi, settings, Map.of(), TestClockProducer.class)) {
                RemindersEndToEndTest.stopRecurringTriggers(app);
                int caseManagers = seed(app, staff);
                MutableClock.INSTANCE.set(Instant.parse("2026-09-16T08:00:00Z"));

                long planStarted = System.nanoTime();
                int planned = app.bean(ReminderPlanner.class).planDue();
                long planMillis = (System.nanoTime() - planStarted) / 1_000_000;
                long sendStarted = System.nanoTime();
                int sent = app.bean(ReminderSender.class).drain(sendingBudget);
                double sendSeconds = (System.nanoTime() - sendStarted) / 1e9;

                int reached = (int) delivered.keySet().stream()
                        .filter(channel -> channel.startsWith("UCM"))
                        .count();
                int duplicated = delivered.values().stream()
                        .mapToInt(count -> count.get() - 1)
                        .sum();
                return new Result(
                        caseManagers,
                        planned,
                        planMillis,
                        sent,
                        sendSeconds,
                        rateLimited.sum(),
                        caseManagers - reached,
                        duplicated,
                        PeopleRows.reminderStates(app.jdbcUrl()));
            }
        }
    }

    /** Case managers {@code UCM0..}, fifty to each appraiser {@code UAP0..}; returns how many case managers. */
    private static int seed(TestApp app, int staff) {
        int appraisers = Math.max(1, staff / (APPRAISEES_EACH + 1));
        int caseManagers = staff - appraisers;
        List<Long> managerIds = PeopleRows.people(app.jdbcUrl(), TEAM, "CM", caseManagers, Role.CASE_MANAGER, LONDON);
        List<Long> appraiserIds = PeopleRows.people(app.jdbcUrl(), TEAM, "AP", appraisers, Role.APPRAISER, LONDON);
        for (int a = 0; a < appraisers; a++) {
            List<Long> theirs = new ArrayList<>();
            for (int m = a; m < caseManagers; m += appraisers) {
                theirs.add(managerIds.get(m));
            }
            PeopleRows.assign(app.jdbcUrl(), 2026, theirs, appraiserIds.get(a));
        }
        app.bean(Calendars.class).current(TEAM);
        return caseManagers;
    }
}
