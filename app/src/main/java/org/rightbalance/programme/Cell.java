package org.rightbalance.programme;

/**
 * A count of children on an aggregate page, with small numbers suppressed: counts from 1 to 9 are
 * shown as "&lt;10" (and {@code value} is null), so that no child can be picked out of a table.
 */
public record Cell(Long value, String text) {

    /** Counts below this (and above zero) are suppressed. */
    public static final int THRESHOLD = 10;

    public static Cell of(long count) {
        if (count > 0 && count < THRESHOLD) {
            return new Cell(null, "<" + THRESHOLD);
        }
        return new Cell(count, Long.toString(count));
    }

    /**
     * A count shown as it is: for staff workloads (a worker's open cases), which say nothing about
     * any child and which managers need exactly — mentors said they were overworked (report, chapter 3).
     */
    public static Cell exact(long count) {
        return new Cell(count, Long.toString(count));
    }

    public boolean suppressed() {
        return value == null;
    }
}
