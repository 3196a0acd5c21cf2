package com.appraisalbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.calendar.CycleYear;
import com.appraisalbot.calendar.PolicyDefaults;
import com.appraisalbot.calendar.Stage;
import com.appraisalbot.config.WorkingWeek;
import com.appraisalbot.people.Role;
import com.appraisalbot.progress.Duty;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The plan as a pure function. The cycle's planning deadline is Wednesday 30 September 2026;
 * London is on summer time (UTC+1), so working hours open at 08:00Z.
 */
class ReminderPlanTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final long CASE_MANAGER = 1;
    private static final long APPRAISER = 2;
    private static final long HEAD = 3;
    private static final long IN_NEW_YORK = 4;
    private static final long IN_KIRITIMATI = 5;
    private static final long SLT = 6;
    private static final LocalDate DEADLINE = LocalDate.of(2026, 9, 30);

    private final ReminderPlan plan =
            new ReminderPlan(new WorkingHours(WorkingWeek.parse("09:00-17:00", "MON-FRI")), DayOfWeek.MONDAY, LONDON);

    private static CycleDates cycle(LocalDate planning, List<Integer> ladder) {
        Map<Stage, LocalDate> deadlines = new HashMap<>(PolicyDefaults.deadlines(new CycleYear(2026)));
        deadlines.put(Stage.PLANNING, planning);
        return new CycleDates("T1", new CycleYear(2026), deadlines, ladder, 7);
    }

    private static CycleDates cycle() {
        return cycle(DEADLINE, List.of(14, 7, 1));
    }

    private static Roster roster() {
        Map<Long, Roster.Member> people = new HashMap<>();
        people.put(CASE_MANAGER, member(CASE_MANAGER, "Europe/London"));
        people.put(APPRAISER, member(APPRAISER, "Europe/London"));
        people.put(HEAD, member(HEAD, "Europe/London"));
        people.put(IN_NEW_YORK, member(IN_NEW_YORK, "America/New_York"));
        people.put(IN_KIRITIMATI, member(IN_KIRITIMATI, "Pacific/Kiritimati"));
        people.put(SLT, member(SLT, "Europe/London"));
        Map<Long, Long> appraiserOf = Map.of(CASE_MANAGER, APPRAISER, IN_NEW_YORK, APPRAISER, IN_KIRITIMATI, APPRAISER);
        return new Roster(
                people, appraiserOf, Map.of(Role.HEAD_OF_SERVICES, Set.of(HEAD), Role.SLT_MEMBER, Set.of(SLT)));
    }

    private static Roster.Member member(long id, String zone) {
        return new Roster.Member(id, "U" + id, "Person " + id, ZoneId.of(zone));
    }

    private static Map<Long, List<Duty>> ownWork(long... caseManagers) {
        Map<Long, List<Duty>> outstanding = new HashMap<>();
        for (long id : caseManagers) {
            outstanding.put(id, List.of(new Duty(Stage.PLANNING, id, Role.CASE_MANAGER, id, "Submit objectives")));
        }
        return outstanding;
    }

    private List<DueReminder> due(String instant, Map<Long, List<Duty>> outstanding) {
        return plan.dueAt(Instant.parse(instant), cycle(), roster(), outstanding);
    }

    private static List<String> described(List<DueReminder> due) {
        return due.stream()
                .filter(r -> r.kind() != ReminderKind.DIGEST || due.stream().allMatch(d -> d.kind() == r.kind()))
                .map(r -> r.kind() + " " + r.rung() + " to " + r.recipientId() + " at " + r.dueAt())
                .toList();
    }

    private static List<DueReminder> withoutDigests(List<DueReminder> due) {
        return due.stream().filter(r -> r.kind() != ReminderKind.DIGEST).toList();
    }

    @Test
    void nothingIsDueBeforeTheFirstRungOpens() {
        assertThat(due("2026-09-16T07:59:59Z", ownWork(CASE_MANAGER))).isEmpty();
    }

    @Test
    void eachRungOfTheLadderComesAtTheOpeningOfItsDay() {
        assertThat(described(due("2026-09-16T08:00:00Z", ownWork(CASE_MANAGER))))
                .containsExactly("BEFORE_DEADLINE 14 to 1 at 2026-09-16T08:00:00Z");
        assertThat(described(due("2026-09-23T08:00:00Z", ownWork(CASE_MANAGER))))
                .containsExactly("BEFORE_DEADLINE 7 to 1 at 2026-09-23T08:00:00Z");
        assertThat(described(due("2026-09-29T08:00:00Z", ownWork(CASE_MANAGER))))
                .containsExactly("BEFORE_DEADLINE 1 to 1 at 2026-09-29T08:00:00Z");
    }

    @Test
    void aRungMissedByAShortDowntimeIsStillDueLate() {
        assertThat(described(due("2026-09-18T15:00:00Z", ownWork(CASE_MANAGER))))
                .containsExactly("BEFORE_DEADLINE 14 to 1 at 2026-09-16T08:00:00Z");
    }

    @Test
    void afterADowntimeSpanningSeveralRungsOnlyTheLatestIsDue() {
        assertThat(described(due("2026-09-29T12:00:00Z", ownWork(CASE_MANAGER))))
                .containsExactly("BEFORE_DEADLINE 1 to 1 at 2026-09-29T08:00:00Z");
    }

    @Test
    void nothingIsDueForSomeoneWhoseWorkIsDone() {
        assertThat(due("2026-09-29T12:00:00Z", Map.of())).isEmpty();
    }

    @Test
    void aRungOnAWeekendMovesToTheFridayBefore() {
        CycleDates mondayDeadline = cycle(LocalDate.of(2026, 10, 5), List.of(1));

        List<DueReminder> friday =
                plan.dueAt(Instant.parse("2026-10-02T08:00:00Z"), mondayDeadline, roster(), ownWork(CASE_MANAGER));

        assertThat(described(friday)).containsExactly("BEFORE_DEADLINE 1 to 1 at 2026-10-02T08:00:00Z");
    }

    @Test
    void theLadderFollowsTheCyclesReminderDays() {
        CycleDates threeDays = cycle(DEADLINE, List.of(3));

        List<DueReminder> due =
                plan.dueAt(Instant.parse("2026-09-27T10:00:00Z"), threeDays, roster(), ownWork(CASE_MANAGER));

        assertThat(described(due)).containsExactly("BEFORE_DEADLINE 3 to 1 at 2026-09-25T08:00:00Z");
    }

    @Test
    void movingTheDeadlineMakesANewOccasion() {
        DueReminder before = due("2026-09-29T08:00:00Z", ownWork(CASE_MANAGER)).get(0);
        DueReminder moved = plan.dueAt(
                        Instant.parse("2026-10-06T08:00:00Z"),
                        cycle(LocalDate.of(2026, 10, 7), List.of(14, 7, 1)),
                        roster(),
                        ownWork(CASE_MANAGER))
                .get(0);

        assertThat(moved.occasion()).isNotEqualTo(before.occasion());
        assertThat(before.occasion()).isEqualTo("BEFORE_DEADLINE/PLANNING/2026-09-30/1/1");
    }

    @Test
    void remindersOpenAtNineInTheRecipientsOwnTimeZone() {
        assertThat(due("2026-09-16T12:59:59Z", ownWork(IN_NEW_YORK))).isEmpty();
        assertThat(described(due("2026-09-16T13:00:00Z", ownWork(IN_NEW_YORK))))
                .containsExactly("BEFORE_DEADLINE 14 to 4 at 2026-09-16T13:00:00Z");
    }

    @Test
    void nothingIsDueBetweenTheDeadlinePassingAndTheNextMorning() {
        assertThat(withoutDigests(due("2026-09-30T23:00:00Z", ownWork(CASE_MANAGER))))
                .isEmpty();
        assertThat(withoutDigests(due("2026-10-01T07:59:59Z", ownWork(CASE_MANAGER))))
                .isEmpty();
    }

    @Test
    void escalationTellsThePersonThenTheirAppraiserThenTheHeadOfServices() {
        assertThat(described(due("2026-10-01T08:00:00Z", ownWork(CASE_MANAGER))))
                .containsExactly("OVERDUE 1 to 1 at 2026-10-01T08:00:00Z");
        assertThat(described(due("2026-10-02T08:00:00Z", ownWork(CASE_MANAGER))))
                .containsExactly(
                        "OVERDUE 1 to 1 at 2026-10-01T08:00:00Z",
                        "OVERDUE_TO_APPRAISER 2 to 2 at 2026-10-02T08:00:00Z");
        assertThat(described(due("2026-10-09T08:00:00Z", ownWork(CASE_MANAGER))))
                .contains("OVERDUE_TO_HEAD_OF_SERVICES 9 to 3 at 2026-10-09T08:00:00Z")
                .hasSize(3);
    }

    @Test
    void afterDowntimeEveryEscalationStepThatCameIsDue() {
        assertThat(due("2026-10-20T10:00:00Z", ownWork(CASE_MANAGER)))
                .extracting(DueReminder::kind)
                .containsExactlyInAnyOrder(
                        ReminderKind.OVERDUE,
                        ReminderKind.OVERDUE_TO_APPRAISER,
                        ReminderKind.OVERDUE_TO_HEAD_OF_SERVICES,
                        ReminderKind.DIGEST);
    }

    @Test
    void escalationNeverComesBeforeTheDeadlineHasPassedForTheProvision() {
        assertThat(due("2026-09-30T22:59:59Z", ownWork(IN_KIRITIMATI)))
                .extracting(DueReminder::kind)
                .containsExactly(ReminderKind.BEFORE_DEADLINE);
        assertThat(described(due("2026-09-30T23:00:00Z", ownWork(IN_KIRITIMATI))))
                .containsExactly("OVERDUE 1 to 5 at 2026-09-30T23:00:00Z");
    }

    @Test
    void escalationAfterAWeekendDeadlineWaitsForMonday() {
        CycleDates fridayDeadline = cycle(LocalDate.of(2026, 10, 2), List.of(1));

        List<DueReminder> saturday =
                plan.dueAt(Instant.parse("2026-10-03T10:00:00Z"), fridayDeadline, roster(), ownWork(CASE_MANAGER));
        List<DueReminder> monday =
                plan.dueAt(Instant.parse("2026-10-05T08:00:00Z"), fridayDeadline, roster(), ownWork(CASE_MANAGER));

        assertThat(withoutDigests(saturday)).isEmpty();
        assertThat(described(monday))
                .containsExactly(
                        "OVERDUE 1 to 1 at 2026-10-05T08:00:00Z",
                        "OVERDUE_TO_APPRAISER 2 to 2 at 2026-10-05T08:00:00Z");
    }

    @Test
    void anAppraisersApprovalGoesInTheirWeeklyDigestNotTheLadder() {
        Map<Long, List<Duty>> approval = Map.of(
                CASE_MANAGER,
                List.of(new Duty(Stage.PLANNING, CASE_MANAGER, Role.APPRAISER, APPRAISER, "Approve objectives")));

        assertThat(due("2026-09-28T07:59:59Z", approval)).isEmpty();
        assertThat(described(due("2026-09-29T08:00:00Z", approval)))
                .containsExactly("DIGEST 0 to 2 at 2026-09-28T08:00:00Z");
    }

    @Test
    void anAppraiseeWhoseDeadlinePassedIsInTheAppraisersDigest() {
        Map<Long, List<ReminderPlan.DigestItem>> items =
                plan.digestItems(Instant.parse("2026-10-05T08:00:00Z"), cycle(), roster(), ownWork(CASE_MANAGER));

        assertThat(items).containsOnlyKeys(APPRAISER);
        assertThat(items.get(APPRAISER)).singleElement().satisfies(item -> {
            assertThat(item.overdue()).isTrue();
            assertThat(item.duty().caseManagerId()).isEqualTo(CASE_MANAGER);
        });
    }

    @Test
    void anAppraiseeWhoBecameOverdueAfterTheDigestDayWaitsForNextWeeksDigest() {
        assertThat(plan.digestItems(Instant.parse("2026-10-02T08:00:00Z"), cycle(), roster(), ownWork(CASE_MANAGER)))
                .isEmpty();
    }

    @Test
    void aDutyAnySltMemberMayDoGoesInEverySltMembersDigest() {
        Map<Long, List<Duty>> signOff = Map.of(
                CASE_MANAGER, List.of(new Duty(Stage.PLANNING, CASE_MANAGER, Role.SLT_MEMBER, null, "Sign it off")));

        assertThat(described(due("2026-09-21T08:00:00Z", signOff)))
                .containsExactly("DIGEST 0 to 6 at 2026-09-21T08:00:00Z");
    }

    @Test
    void someoneNotOnTheRosterIsNeverReminded() {
        assertThat(due("2026-10-20T10:00:00Z", ownWork(99))).isEmpty();
    }

    @Test
    void theHeadOfServicesIsNotEscalatedTheirOwnDuty() {
        assertThat(due("2026-10-20T10:00:00Z", ownWork(HEAD)))
                .extracting(DueReminder::kind)
                .containsExactly(ReminderKind.OVERDUE);
    }

    @Test
    void aWeeksDigestIsDueLateUntilTheWeekEnds() {
        Map<Long, List<Duty>> approval = Map.of(
                CASE_MANAGER,
                List.of(new Duty(Stage.PLANNING, CASE_MANAGER, Role.APPRAISER, APPRAISER, "Approve objectives")));

        assertThat(due("2026-09-25T15:00:00Z", approval))
                .extracting(DueReminder::occasion)
                .containsExactly("DIGEST/2026-09-21");
    }
}
