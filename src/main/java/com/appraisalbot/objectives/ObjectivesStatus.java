package com.appraisalbot.objectives;

import com.appraisalbot.approvals.Decision;
import java.util.Optional;

/**
 * Where a case manager's objectives stand in a cycle year.
 *
 * @param versionNumber the newest version submitted, 0 when none
 * @param decision the appraiser's decision on that version, if any
 * @param unsubmittedChanges whether the draft differs from the newest version submitted
 */
public record ObjectivesStatus(
        State state, int versionNumber, Optional<Decision> decision, boolean unsubmittedChanges) {

    public enum State {
        NOT_SUBMITTED("Not yet submitted"),
        AWAITING_APPROVAL("Waiting for your appraiser's approval"),
        RETURNED("Returned by your appraiser for changes"),
        AGREED("Agreed");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
