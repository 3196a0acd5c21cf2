package com.appraisalbot.objectives;

/**
 * One agreed objective as the proforma holds it.
 *
 * @param objective what the case manager will achieve
 * @param successCriteria the success criteria and evidence required
 * @param ptsLink cross-reference to the Practising Case Managers Standards (PTS)
 * @param sipLink cross-reference to the Service Improvement Plan (SIP)
 */
public record Objective(String objective, String successCriteria, String ptsLink, String sipLink) {

    public static final Objective EMPTY = new Objective("", "", "", "");

    public Objective {
        objective = clean(objective);
        successCriteria = clean(successCriteria);
        ptsLink = clean(ptsLink);
        sipLink = clean(sipLink);
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    public boolean isEmpty() {
        return objective.isEmpty() && successCriteria.isEmpty() && ptsLink.isEmpty() && sipLink.isEmpty();
    }
}
