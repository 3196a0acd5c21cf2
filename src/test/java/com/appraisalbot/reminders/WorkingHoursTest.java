package com.appraisalbot.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import com.appraisalbot.config.WorkingWeek;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final WorkingHours hours = new WorkingHours(WorkingWeek.parse("09:00-17:00", "MON-FRI"));

    private Instant next(String instant) {
        return hours.nextOpening(Instant.parse(instant), LONDON);
    }

    @Test
    void withinHoursIsOpenAtOnce() {
        assertThat(next("2026-09-16T10:30:00Z")).isEqualTo(Instant.parse("2026-09-16T10:30:00Z"));
    }

    @Test
    void afterHoursWaitsForTheNextMorning() {
        assertThat(next("2026-09-16T16:00:00Z")).isEqualTo(Instant.parse("2026-09-17T08:00:00Z"));
    }

    @Test
    void aFridayEveningWaitsForMonday() {
        assertThat(next("2026-09-18T16:00:00Z")).isEqualTo(Instant.parse("2026-09-21T08:00:00Z"));
    }

    @Test
    void theClocksGoingBackMovesTheOpeningInUtc() {
        assertThat(next("2026-10-24T12:00:00Z")).isEqualTo(Instant.parse("2026-10-26T09:00:00Z"));
    }

    @Test
    void closingTimeIsClosed() {
        assertThat(hours.isOpen(Instant.parse("2026-09-16T16:00:00Z"), LONDON)).isFalse();
        assertThat(hours.isOpen(Instant.parse("2026-09-16T15:59:59Z"), LONDON)).isTrue();
    }
}
