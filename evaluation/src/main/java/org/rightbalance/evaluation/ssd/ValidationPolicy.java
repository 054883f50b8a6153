package org.rightbalance.evaluation.ssd;

/** What {@link SsdReader} does with rows that break a rule (see {@code docs/data-format.md}). */
public enum ValidationPolicy {
    /** Any finding fails the read: nothing is returned, the exception carries the full report. */
    STOP,
    /**
     * Rows with findings are dropped, and so are rows that depend on a dropped row (a referral of a
     * dropped person, a plan of a dropped referral); the report counts the drops per file and rule.
     * Problems with a whole file (missing file or column, not UTF-8, not CSV) still fail the read.
     */
    DROP_AND_COUNT
}
