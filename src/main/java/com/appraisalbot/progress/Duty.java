package com.appraisalbot.progress;

import com.appraisalbot.calendar.Stage;
import com.appraisalbot.people.Role;

/**
 * Something someone must still do for a case manager's cycle: the case manager submitting their
 * objectives, their appraiser approving them, an SLT member signing off the final review.
 *
 * @param stage the deadline it counts towards
 * @param caseManagerId whose cycle it belongs to
 * @param actorRole who must act: the case manager themselves, their appraiser, or an SLT member
 * @param actorId the person who must act, when it is one person (null when any SLT member may)
 * @param action what to do, as a short imperative sentence for reminders and the Home tab
 */
public record Duty(Stage stage, long caseManagerId, Role actorRole, Long actorId, String action) {}
