package com.appraisalbot.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates written with Slack's date token, so each reader sees them in their own time zone and
 * format; the fallback is what clients that cannot render the token show.
 */
public final class SlackDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);

    private SlackDates() {}

    /**
     * A deadline day, such as "Wednesday, September 30th". The day is taken at noon in the
     * provision's zone, so readers anywhere from UTC-11 to UTC+11 still see the same date.
     */
    public static String day(LocalDate date, ZoneId provisionZone) {
        long seconds = date.atTime(LocalTime.NOON).atZone(provisionZone).toEpochSecond();
        return "<!date^" + seconds + "^{date_long_pretty}|" + DAY.format(date) + ">";
    }

    /** A moment, such as "Today at 9:41 AM". */
    public static String moment(Instant instant, ZoneId fallbackZone) {
        return "<!date^" + instant.getEpochSecond() + "^{date_short_pretty} at {time}|"
                + MOMENT.format(instant.atZone(fallbackZone)) + ">";
    }

    /** A plain date for text that cannot hold a token (modal errors, plain-text fields): "30 Sep 2026". */
    public static String plain(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(date);
    }
}
