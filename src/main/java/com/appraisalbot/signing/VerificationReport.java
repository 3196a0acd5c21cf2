package com.appraisalbot.signing;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link RecordVerifier#verifyAll()} found.
 *
 * @param chainHead the hash of the newest ledger entry; noted somewhere outside the database, it
 *     shows later whether entries were cut off the end of the ledger together with their rows
 */
public record VerificationReport(
        int versionsChecked,
        int signaturesChecked,
        int ledgerEntriesChecked,
        List<VerificationFailure> failures,
        String chainHead) {

    public VerificationReport {
        failures = List.copyOf(failures);
    }

    /** True when every version, signature and ledger entry verified. */
    public boolean verified() {
        return failures.isEmpty();
    }

    /** The report for people: a summary line, then one line per failure. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(summary());
        failures.forEach(failure -> lines.add(failure.describe()));
        return lines;
    }

    /** One sentence: what was checked and whether it verified. */
    public String summary() {
        String checked = "Checked " + versionsChecked + " record versions, " + signaturesChecked + " signatures and "
                + ledgerEntriesChecked + " ledger entries (chain head " + chainHead + ")";
        return verified()
                ? checked + ": every record verifies."
                : checked + ": " + failures.size() + " problem" + (failures.size() == 1 ? "" : "s") + " found.";
    }
}
