package org.rightbalance.access;

/** What a member of staff is on a particular case: the link that gives them need-to-know access. */
public enum Responsibility {
    SOCIAL_WORKER("Allocated social worker"),
    FGC_COORDINATOR("FGC coordinator"),
    MENTOR("Mentor"),
    VIRTUAL_SCHOOL_OFFICER("Virtual School officer");

    private final String label;

    Responsibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
