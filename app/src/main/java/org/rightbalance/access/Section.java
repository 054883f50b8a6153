package org.rightbalance.access;

/**
 * The parts of a child's record. Need-to-know access is decided per section: a mentor needs the
 * mentoring record and the shared outcome of the systemic discussion, not the family's history.
 */
public enum Section {
    CASE_SUMMARY("Summary"),
    FAMILY_NETWORK("Family and network"),
    REFERRAL("Referral"),
    CONSENT("Consent"),
    CONFERENCE("Family group conference"),
    SYSTEMIC_DISCUSSION("Systemic discussion"),
    MENTORING("Mentoring"),
    VIRTUAL_SCHOOL("Virtual School"),
    SOCIAL_CARE_EVENTS("Plans and events"),
    CLOSURE("Closure"),
    ACCESS_LOG("Who has looked at this record");

    private final String label;

    Section(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
