package com.appraisalbot.reminders;

import com.appraisalbot.people.Role;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people a reminder plan needs, by person ID: each one's Slack user ID and time zone, their
 * appraiser in the cycle year, and who holds which role. Plain values, so the plan is a pure
 * function that tests can drive without a database.
 *
 * @param people everyone in the team who may receive a reminder
 * @param appraiserOf each appraised person's appraiser in the cycle year
 * @param holders the people holding each role
 */
public record Roster(Map<Long, Member> people, Map<Long, Long> appraiserOf, Map<Role, Set<Long>> holders) {

    /** One person as far as reminders are concerned. */
    public record Member(long id, String slackUserId, String displayName, ZoneId timeZone) {}

    public Optional<Member> member(long personId) {
        return Optional.ofNullable(people.get(personId));
    }

    public Optional<Long> appraiserOf(long personId) {
        return Optional.ofNullable(appraiserOf.get(personId));
    }

    public Set<Long> holders(Role role) {
        return holders.getOrDefault(role, Set.of());
    }
}
