package com.appraisalbot.reviews.proforma;

import com.appraisalbot.objectives.ObjectivesPlan;
import com.appraisalbot.people.Role;
import com.appraisalbot.reviews.ReviewRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the policy's Appendix 2 proforma shows for one case manager's cycle year, read from
 * the signed records, with what a reader needs to check a printed copy against them.
 *
 * @param objectives the agreed objectives' newest version; empty when none was recorded
 * @param sltComment the SLT member's review comment; empty before the SLT sign-off
 * @param signatures the final review's signatures by role, each with the signer's name and date
 * @param records one line per signed record: its name, version, SHA-256 and signatures
 * @param ledgerHead the ledger's newest entry when the proforma was made, as {@code N:hash}
 */
public record Proforma(
        String yearLabel,
        String caseManager,
        String designation,
        String appraiser,
        Optional<ObjectivesPlan> objectives,
        Optional<ReviewRecord> midpoint,
        Optional<ReviewRecord> finalReview,
        Optional<String> sltComment,
        Map<Role, SignatureLine> signatures,
        Outcome outcome,
        List<RecordLine> records,
        String ledgerHead,
        Instant madeAt) {

    public Proforma {
        signatures = Map.copyOf(signatures);
        records = List.copyOf(records);
    }

    /** Who signed in a role and on which day, in the provision's time zone. */
    public record SignatureLine(String name, LocalDate date) {}

    /** One signed record as the check lines at the end show it. */
    public record RecordLine(String name, int version, String contentSha256, String signedBy) {}

    /**
     * The pay criteria as the stored records stand.
     *
     * @param successful this year's appraisal is successful
     * @param previousSuccessful the previous cycle year's was
     */
    public record Outcome(boolean successful, boolean previousSuccessful) {

        public boolean sustained() {
            return successful && previousSuccessful;
        }
    }
}
