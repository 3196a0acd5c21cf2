package com.appraisalbot.objectives;

/** The four agreed objectives every case manager has, in the policy's order (Appendix 2). */
public enum ObjectiveArea {
    YOUNG_PERSON_PROGRESS(1, "Young Person progress"),
    DEPARTMENTAL(2, "Departmental"),
    WHOLE_PROVISION(3, "Whole provision"),
    PROFESSIONAL_DEVELOPMENT(4, "Professional development");

    private final int number;
    private final String label;

    ObjectiveArea(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    /** "Objective 1: Young Person progress". */
    public String title() {
        return "Objective " + number + ": " + label;
    }

    public static ObjectiveArea numbered(int number) {
        for (ObjectiveArea area : values()) {
            if (area.number == number) {
                return area;
            }
        }
        throw new IllegalArgumentException("There is no objective " + number + "; they are numbered 1 to 4");
    }
}
