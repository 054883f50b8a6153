package org.rightbalance.stats.data;

/** One column of a {@link Table}: numbers, or labels from a fixed set of levels. */
public sealed interface Column permits NumericColumn, CategoricalColumn {

    String name();

    int size();

    /** Whether the value in {@code row} is missing (empty or {@code NA} in the source). */
    boolean isMissing(int row);

    /** The value in {@code row} as text, as it would be written back to a CSV file ("" when missing). */
    String text(int row);
}
