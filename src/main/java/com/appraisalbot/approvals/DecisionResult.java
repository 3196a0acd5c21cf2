package com.appraisalbot.approvals;

import java.util.Optional;

/**
 * What an approver's click did.
 *
 * @param request the version's approval request
 * @param decision the decision now standing on the version: the one just made, or the earlier one
 * @param latestVersionNumber the record's newest version number, which differs from the request's when
 *     a newer version has replaced it
 */
public record DecisionResult(
        Status status, ApprovalRequest request, Optional<Decision> decision, int latestVersionNumber) {

    public enum Status {
        /** The decision was recorded now. */
        DECIDED,
        /** Someone had already decided on this version; nothing changed. */
        ALREADY_DECIDED,
        /** A newer version replaced this one, so deciding on it would mean nothing; nothing changed. */
        SUPERSEDED
    }

    static DecisionResult decided(ApprovalRequest request, Decision decision) {
        return new DecisionResult(Status.DECIDED, request, Optional.of(decision), request.versionNumber());
    }

    static DecisionResult alreadyDecided(ApprovalRequest request, Decision decision) {
        return new DecisionResult(Status.ALREADY_DECIDED, request, Optional.of(decision), request.versionNumber());
    }

    static DecisionResult superseded(ApprovalRequest request, int latestVersionNumber) {
        return new DecisionResult(Status.SUPERSEDED, request, Optional.empty(), latestVersionNumber);
    }
}
