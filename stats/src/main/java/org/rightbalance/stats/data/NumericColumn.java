package org.rightbalance.stats.data;

import java.util.Objects;

/**
 * A column of numbers; a missing value is {@code NaN}.
 *
 * @param name   the column's name in its source
 * @param values the values, one per row (not copied: the table owns them)
 */
public record NumericColumn(String name, double[] values) implements Column {

    public NumericColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    public double value(int row) {
        return values[row];
    }

    @Override
    public String text(int row) {
        double v = values[row];
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Whether every non-missing value is 0 or 1. */
    public boolean isBinary() {
        for (double v : values) {
            if (!Double.isNaN(v) && v != 0.0 && v != 1.0) {
                return false;
            }
        }
        return true;
    }
}
