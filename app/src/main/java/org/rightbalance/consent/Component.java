package org.rightbalance.consent;

/** The parts of the programme a family can take up, each with its own consent. */
public enum Component {
    FAMILY_GROUP_CONFERENCE("Family group conference"),
    SYSTEMIC_DISCUSSION("Multi-agency systemic discussion"),
    MENTORING("Mentoring"),
    VIRTUAL_SCHOOL("Virtual School education support");

    private final String label;

    Component(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
