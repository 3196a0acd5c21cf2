package com.appraisalbot.objectives;

/** The professional development activities the policy lists. */
public enum CpdActivity {
    LEADING_LEARNING_COMMUNITY("Leading a Professional Learning Community"),
    JOINING_LEARNING_COMMUNITY("Participating in a Professional Learning Community"),
    TEAM_CASE_MANAGEMENT("Team case management"),
    PEER_OBSERVATION("Peer observation"),
    SHADOWING("Shadowing a colleague"),
    GOOD_PRACTICE_VISITS("Visits to observe good practice"),
    READING_AND_RESEARCH("Personal reading and research"),
    MENTORS_OR_COACHES("The use of mentors or coaches"),
    NEW_RESPONSIBILITY("New areas of responsibility, or working in a new area");

    private final String label;

    CpdActivity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
