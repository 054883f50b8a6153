package org.rightbalance.evaluation.cohort;

/** A child's cohort in the analysis table ({@code group} column). */
public enum Group {
    TREATED("treated"), COMPARISON("comparison");

    private final String label;

    Group(String label) {
        this.label = label;
    }

    /** As written in the {@code group} column. */
    public String label() {
        return label;
    }
}
