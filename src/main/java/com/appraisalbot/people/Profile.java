package com.appraisalbot.people;

import java.time.ZoneId;

/** What Slack says about a person: their name as shown in Slack and their time zone. */
public record Profile(String displayName, ZoneId timeZone) {}
