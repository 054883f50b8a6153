package org.rightbalance.evaluation.importing;

/**
 * The rules a merge of several sources is checked against ({@link ExtractMerger}, see {@code docs/ssda903.md},
 * "Combining sources", and {@code docs/cin-census.md}, "Importing several years"). Their own enum, since a merge
 * combines every format (SSD, SSDA903, CIN census), not one.
 */
public enum MergeRule {
    CONFLICTING_PERSON("conflicting-person", "a child is in two sources of the same collection year (or without one) "
            + "with different dates of birth or sex"),
    CONFLICTING_RECORD("conflicting-record", "an identifier (or a child's care period start) is in two sources of the "
            + "same collection year (or without one) with different values");

    private final String id;
    private final String description;

    MergeRule(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The stable id used in findings, e.g. {@code conflicting-record}. */
    public String id() {
        return id;
    }

    public String description() {
        return description;
    }
}
