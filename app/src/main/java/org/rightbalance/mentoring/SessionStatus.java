package org.rightbalance.mentoring;

/** Where a mentoring session is: planned, then held or missed. */
public enum SessionStatus {
    PLANNED("Planned"),
    HELD("Held"),
    MISSED("Missed");

    private final String label;

    SessionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
