package org.rightbalance.stats.data;

/** How a column should be read from text. */
public enum ColumnKind {
    /** Every value must be a number (or missing); anything else is an error naming the line. */
    NUMERIC,
    /** Values are labels, even when they look like numbers (identifiers, codes). */
    CATEGORICAL,
    /** Numbers if every value is a number, labels otherwise — as R's {@code read.csv} decides. */
    AUTO
}
