package com.appraisalbot.config;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The hours and days in which people may be sent reminders, read from {@code REMINDER_HOURS} and
 * {@code REMINDER_WORKING_DAYS}. The times are local to whoever receives the reminder.
 *
 * @param start the first moment of the working day
 * @param end the moment the working day ends (exclusive); always after {@code start}
 * @param days the working days; never empty
 */
public record WorkingWeek(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    public WorkingWeek {
        if (!end.isAfter(start) || days.isEmpty()) {
            throw new IllegalArgumentException("A working week needs a day that ends after it starts and a day");
        }
        days = Set.copyOf(days);
    }

    /** The working week the settings describe. */
    public static WorkingWeek of(Settings.Reminder settings) {
        return parse(settings.hours(), settings.workingDays());
    }

    /**
     * Reads the two settings.
     *
     * @throws SettingsException naming the setting that is malformed
     */
    public static WorkingWeek parse(String hours, String workingDays) {
        LocalTime[] times = parseHours(hours);
        return new WorkingWeek(times[0], times[1], parseDays(workingDays));
    }

    private static LocalTime[] parseHours(String hours) {
        String[] parts = hours.trim().split("\\s*-\\s*");
        String problem = "Setting REMINDER_HOURS must be a start and an end time such as 09:00-17:00, the end"
                + " after the start; it is '" + hours + "'.";
        if (parts.length != 2) {
            throw new SettingsException(problem);
        }
        try {
            LocalTime start = LocalTime.parse(parts[0]);
            LocalTime end = LocalTime.parse(parts[1]);
            if (!end.isAfter(start)) {
                throw new SettingsException(problem);
            }
            return new LocalTime[] {start, end};
        } catch (DateTimeParseException e) {
            throw new SettingsException(problem, e);
        }
    }

    private static Set<DayOfWeek> parseDays(String workingDays) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        try {
            for (String part : workingDays.split(",")) {
                String[] range = part.trim().split("\\s*-\\s*");
                DayOfWeek from = day(range[0]);
                DayOfWeek to = range.length == 2 ? day(range[1]) : from;
                if (range.length > 2 || to.compareTo(from) < 0) {
                    throw new IllegalArgumentException(part);
                }
                days.addAll(EnumSet.range(from, to));
            }
        } catch (IllegalArgumentException e) {
            throw new SettingsException(
                    "Setting REMINDER_WORKING_DAYS must list days such as MON-FRI or MON,TUE,THU; it is '" + workingDays
                            + "'.",
                    e);
        }
        return days;
    }

    private static DayOfWeek day(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (upper.length() >= 3 && day.name().startsWith(upper)) {
                return day;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
