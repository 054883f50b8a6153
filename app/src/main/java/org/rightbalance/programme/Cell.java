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

    public boolean suppressed() {
        return value == null;
    }
}
