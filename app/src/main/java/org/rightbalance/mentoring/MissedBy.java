package org.rightbalance.mentoring;

/** Who caused a session to be missed. The report records a child disengaging after a mentor stopped coming. */
public enum MissedBy {
    MENTOR("Mentor cancelled"),
    YOUNG_PERSON("Young person did not attend"),
    FAMILY("Family cancelled");

    private final String label;

    MissedBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
