package com.appraisalbot.signing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Names one signed record: the Slack team it belongs to, what kind of record it is ({@code objectives},
 * {@code midpoint-review}, {@code final-review}) and whose record it is ({@code person:42/cycle:2026}).
 *
 * @param teamId the Slack team ID ({@code T...})
 * @param recordType lower-case words joined by dashes, at most 64 characters
 * @param subjectKey what the record is about, at most 191 characters of printable text
 */
public record RecordKey(String teamId, String recordType, String subjectKey) {

    private static final Pattern TEAM_ID = Pattern.compile("[A-Z0-9]{1,32}");
    private static final Pattern RECORD_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final int MAX_SUBJECT_LENGTH = 191;

    public RecordKey {
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(subjectKey, "subjectKey");
        if (!TEAM_ID.matcher(teamId).matches()) {
            throw new IllegalArgumentException("A record's team must be a Slack team ID such as T024BE7LD: " + teamId);
        }
        if (!RECORD_TYPE.matcher(recordType).matches()) {
            throw new IllegalArgumentException(
                    "A record type is lower-case words joined by dashes, such as final-review: " + recordType);
        }
        // The ledger joins a record's names with line breaks, so a control character could forge one.
        if (subjectKey.isBlank()
                || subjectKey.length() > MAX_SUBJECT_LENGTH
                || subjectKey.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(
                    "A record's subject is 1 to 191 printable characters, such as person:42/cycle:2026: " + subjectKey);
        }
    }

    /** How people read the record's name, e.g. {@code objectives person:42/cycle:2026 (team T123)}. */
    @Override
    public String toString() {
        return recordType + " " + subjectKey + " (team " + teamId + ")";
    }
}
