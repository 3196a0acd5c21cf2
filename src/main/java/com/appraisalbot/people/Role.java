package com.appraisalbot.people;

/** What a person does in the cycle. One person may hold several roles. */
public enum Role {
    CASE_MANAGER("Case manager"),
    APPRAISER("Appraiser"),
    SLT_MEMBER("SLT member"),
    HEAD_OF_SERVICES("Head of Services"),
    ADMIN("Admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role's name as people say it. */
    public String label() {
        return label;
    }
}
