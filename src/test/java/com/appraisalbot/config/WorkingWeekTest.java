package com.appraisalbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingWeekTest {

    @Test
    void readsHoursAndARangeOfDays() {
        WorkingWeek week = WorkingWeek.parse("08:30-16:00", "MON-THU");

        assertThat(week.start()).isEqualTo(LocalTime.of(8, 30));
        assertThat(week.end()).isEqualTo(LocalTime.of(16, 0));
        assertThat(week.days())
                .containsExactlyInAnyOrder(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    }

    @Test
    void readsAListOfDays() {
        assertThat(WorkingWeek.parse("09:00-17:00", "mon, wed,FRI").days())
                .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void hoursThatEndBeforeTheyStartAreNamed() {
        assertThatThrownBy(() -> WorkingWeek.parse("17:00-09:00", "MON-FRI"))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("REMINDER_HOURS");
    }

    @Test
    void unknownDaysAreNamed() {
        assertThatThrownBy(() -> WorkingWeek.parse("09:00-17:00", "MON-FUNDAY"))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("REMINDER_WORKING_DAYS");
    }

    @Test
    void aDigestDayOutsideTheWorkingWeekStopsStartUp() {
        assertThatThrownBy(() -> SettingsLoader.load(
                        java.util.Map.of(
                                "SLACK_BOT_TOKEN", "xoxb-0123456789abcdef",
                                "SLACK_SIGNING_SECRET", "secret",
                                "REMINDER_DIGEST_DAY", "SUNDAY"),
                        java.util.Map.of()))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("REMINDER_DIGEST_DAY");
    }
}
