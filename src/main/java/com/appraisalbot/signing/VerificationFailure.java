package com.appraisalbot.signing;

import java.util.Optional;

/**
 * One thing wrong with the signed records.
 *
 * @param record the record concerned; empty only for a fault of the ledger as a whole
 * @param versionNumber the version concerned, or 0 when the fault is not about one version
 * @param detail what was found, in a sentence, with the row or entry concerned
 */
public record VerificationFailure(Problem problem, Optional<RecordKey> record, int versionNumber, String detail) {

    /** The kinds of fault the verifier finds. */
    public enum Problem {
        /** The records key in use is not the one the ledger was written with; nothing could be checked. */
        WRONG_RECORDS_KEY("the records key is not the one these records were written with"),
        /** A version's content no longer has the hash it was written with. */
        CONTENT_CHANGED("content changed after it was written"),
        /** A signature's hash does not match the content of the version it is on. */
        SIGNATURE_MISMATCH("a signature does not match the version's content"),
        /** A version or signature row differs from what its ledger entry recorded. */
        ROW_CHANGED("changed after it was written, as the ledger shows"),
        /** A ledger entry was edited, or entries were deleted or reordered. */
        LEDGER_BROKEN("the ledger's chain is broken"),
        /** A version or signature has no ledger entry: it was inserted behind the app's back. */
        NOT_IN_LEDGER("inserted behind the app's back"),
        /** A ledger entry's version or signature row is gone. */
        ROW_DELETED("deleted");

        private final String summary;

        Problem(String summary) {
            this.summary = summary;
        }

        /** The fault in a few words, for people. */
        public String summary() {
            return summary;
        }
    }

    static VerificationFailure of(Problem problem, RecordKey record, int versionNumber, String detail) {
        return new VerificationFailure(problem, Optional.of(record), versionNumber, detail);
    }

    static VerificationFailure ofLedger(Problem problem, String detail) {
        return new VerificationFailure(problem, Optional.empty(), 0, detail);
    }

    /**
     * The failure in one line naming the record first, e.g. {@code objectives person:42/cycle:2026
     * (team T123), version 2: content changed after it was written (...)}.
     */
    public String describe() {
        String where = record.map(key -> versionNumber > 0 ? key + ", version " + versionNumber : key.toString())
                .orElse("The ledger");
        return where + ": " + problem.summary() + " (" + detail + ")";
    }
}
