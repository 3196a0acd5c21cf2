package com.appraisalbot.signing;

import java.util.Optional;

/** Reads a record's name from columns that may have been edited behind the app's back. */
final class RecordNames {

    private RecordNames() {}

    static Optional<RecordKey> of(String teamId, String recordType, String subjectKey) {
        try {
            return Optional.of(new RecordKey(teamId, recordType, subjectKey));
        } catch (IllegalArgumentException e) {
            // The verifier reports the edit itself; a name it cannot read must not stop the check.
            return Optional.empty();
        }
    }
}
