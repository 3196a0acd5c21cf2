package com.appraisalbot.objectives;

/** Where evidence of progress comes from, as the policy's monitoring section lists. */
public enum EvidenceSource {
    SELF_ASSESSMENT("Self-assessment"),
    PEER_REVIEW("Peer review"),
    YOUNG_PERSON_TRACKING("Tracking of Young Person progress"),
    CRM_RECORDS("CRM records"),
    REFERRAL_RATE_REDUCTION("Referral rate reduction"),
    REPORTING_TO_LA("Quality of reporting to the local authority (LA)");

    private final String label;

    EvidenceSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
