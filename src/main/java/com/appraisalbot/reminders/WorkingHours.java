package com.appraisalbot.reminders;

import com.appraisalbot.config.WorkingWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a reminder may arrive: within the working hours of a working day, in the recipient's own
 * time zone. Daylight-saving changes are handled by {@link java.time.ZonedDateTime}: an opening
 * time that falls in a spring-forward gap moves to the first valid moment after it.
 */
public final class WorkingHours {

    private final WorkingWeek week;

    public WorkingHours(WorkingWeek week) {
        this.week = week;
    }

    /** The first moment at or after {@code notBefore} that is within working hours in {@code zone}. */
    public Instant nextOpening(Instant notBefore, ZoneId zone) {
        ZonedDateTime at = notBefore.atZone(zone);
        LocalDate day = at.toLocalDate();
        // A working week has at least one working day, so eight days always find an opening.
        for (int i = 0; i < 8; i++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            ZonedDateTime opens = day.atTime(week.start()).atZone(zone);
            ZonedDateTime closes = day.atTime(week.end()).atZone(zone);
            if (at.isBefore(closes)) {
                return at.isBefore(opens) ? opens.toInstant() : at.toInstant();
            }
        }
        throw new IllegalStateException("No working day in a week of " + week);
    }

    /** The opening of the working day on {@code date} in {@code zone}, or of the next working day. */
    public Instant openingOn(LocalDate date, ZoneId zone) {
        return nextOpening(date.atStartOfDay(zone).toInstant(), zone);
    }

    /** Whether {@code instant} falls within working hours in {@code zone}. */
    public boolean isOpen(Instant instant, ZoneId zone) {
        return nextOpening(instant, zone).equals(instant);
    }

    /** {@code date} if it is a working day, otherwise the working day before it. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    public boolean isWorkingDay(LocalDate date) {
        return week.days().contains(date.getDayOfWeek());
    }
}
