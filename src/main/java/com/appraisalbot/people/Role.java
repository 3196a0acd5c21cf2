package com.appraisalbot.people;

/** What a person does in the cycle. One person may hold several roles. */
public enum Role {
    CASE_MANAGER("Case manager", "case manager"),
    APPRAISER("Appraiser", "appraiser"),
    SLT_MEMBER("SLT member", "SLT member"),
    HEAD_OF_SERVICES("Head of Services", "Head of Services"),
    ADMIN("Admin", "admin");

    private final String label;
    private final String inSentence;

    Role(String label, String inSentence) {
        this.label = label;
        this.inSentence = inSentence;
    }

    /** The role's name as people say it, capitalised as a label or heading: "SLT member". */
    public String label() {
        return label;
    }

    /** The role's name inside a sentence, lower case except for abbreviations and titles: "as SLT member". */
    public String inSentence() {
        return inSentence;
    }
}
