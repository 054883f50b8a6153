package org.rightbalance.staff;

/**
 * What a member of staff does in the programme, in the report's words (chapter 3 and Appendix 8).
 * A role says what kind of records a person may see; which children's records is decided by their
 * assignment to the case (see {@code access.CaseAccess}). The permission matrix is docs/security.md.
 */
public enum Role {
    SOCIAL_WORKER("Social worker"),
    TEAM_MANAGER("Senior social worker or team manager"),
    FGC_COORDINATOR("Family group conference coordinator"),
    MENTOR("Mentor"),
    VIRTUAL_SCHOOL_OFFICER("Virtual School officer"),
    PROGRAMME_MANAGER("Programme manager"),
    EVALUATOR("Evaluator"),
    ADMINISTRATOR("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority of this role, e.g. {@code ROLE_MENTOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
