package com.appraisalbot.approvals;

import java.util.Optional;

/**
 * Where one person's record stands: its newest version sent for approval and the decision on it.
 *
 * @param outcome empty while the version awaits a decision
 */
public record LatestRequest(long subjectId, long versionId, int versionNumber, Optional<Decision.Outcome> outcome) {

    public boolean awaitingDecision() {
        return outcome.isEmpty();
    }

    public boolean approved() {
        return outcome.equals(Optional.of(Decision.Outcome.APPROVED));
    }

    public boolean returned() {
        return outcome.equals(Optional.of(Decision.Outcome.RETURNED));
    }
}
