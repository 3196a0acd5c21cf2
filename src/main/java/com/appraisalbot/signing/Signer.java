package com.appraisalbot.signing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person acting in a role: who signs a version, or who wrote it.
 *
 * @param teamId the person's Slack team ID ({@code T...})
 * @param userId the person's Slack user ID ({@code U...} or {@code W...})
 * @param role the role they act in, upper case, such as {@code CASE_MANAGER}, {@code APPRAISER} or
 *     {@code SLT_MEMBER}; the same person may sign one version once in each role they hold
 */
public record Signer(String teamId, String userId, String role) {

    private static final Pattern SLACK_ID = Pattern.compile("[A-Z0-9]{1,32}");
    private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z_]{0,31}");

    public Signer {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        if (!SLACK_ID.matcher(teamId).matches() || !SLACK_ID.matcher(userId).matches()) {
            throw new IllegalArgumentException(
                    "A signer is named by Slack team and user IDs such as T024BE7LD and U024BE7LH: " + teamId + ", "
                            + userId);
        }
        if (!ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("A role is upper-case words joined by underscores: " + role);
        }
    }
}
