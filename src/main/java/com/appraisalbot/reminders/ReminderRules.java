package com.appraisalbot.reminders;

import com.appraisalbot.config.Settings;
import com.appraisalbot.config.WorkingWeek;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The reminder rules from the settings: working hours and days, and the digest day. */
@ApplicationScoped
class ReminderRules {

    @Produces
    @Singleton
    WorkingHours workingHours(Settings settings) {
        return new WorkingHours(WorkingWeek.of(settings.reminder()));
    }

    @Produces
    @Singleton
    ReminderPlan plan(WorkingHours hours, Settings settings) {
        return new ReminderPlan(
                hours, settings.reminder().digestDay(), settings.provision().timeZone());
    }
}
