package com.appraisalbot.slack.home;

import com.appraisalbot.calendar.Cycle;
import com.appraisalbot.people.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a {@link HomeSection} needs to draw its part for one viewer.
 *
 * @param viewer the person whose Home it is, resolved from Slack's signed user ID
 * @param cycle the team's current cycle year with its deadlines
 * @param today today in the provision's time zone
 * @param now when the Home is built, for the "Updated" line
 * @param zone the provision's time zone, in which deadlines fall
 * @param pages which page each list on the Home shows
 * @param firstOpen whether the person opens the Home for the first time
 * @param appraisees the viewer's appraisees and where they stand, read once for every section
 */
public record HomeContext(
        Person viewer,
        Cycle cycle,
        LocalDate today,
        Instant now,
        ZoneId zone,
        HomePages pages,
        boolean firstOpen,
        Appraisees appraisees) {}
