package org.rightbalance.stats.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A rectangular data set held by column, as the estimators read it.
 *
 * <p>The table remembers where each row came from ({@link #lineOf(int)}) so that a rule broken by a
 * value found later, during estimation, can still be reported at its line in the source file.
 */
public final class Table {

    private final String source;
    private final int rowCount;
    private final Map<String, Column> columns;
    private final long[] lines;

    /**
     * @param source  a name for the data's origin, used in messages (usually the file name)
     * @param columns the columns, all of the same length
     * @param lines   the source line of each row, or {@code null} to number rows from line 2
     *                (a header on line 1)
     */
    public Table(String source, List<? extends Column> columns, long[] lines) {
        this.source = Objects.requireNonNull(source, "source");
        Map<String, Column> byName = new LinkedHashMap<>();
        int n = -1;
        for (Column c : columns) {
            if (n >= 0 && c.size() != n) {
                throw new IllegalArgumentException("column " + c.name() + " has " + c.size() + " rows, expected " + n);
            }
            n = c.size();
            if (byName.put(c.name(), c) != null) {
                throw new IllegalArgumentException("duplicate column " + c.name());
            }
        }
        this.rowCount = Math.max(n, 0);
        this.columns = Collections.unmodifiableMap(byName);
        if (lines != null && lines.length != rowCount) {
            throw new IllegalArgumentException("lines has " + lines.length + " entries, expected " + rowCount);
        }
        this.lines = lines;
    }

    public static Table of(String source, Column... columns) {
        return new Table(source, List.of(columns), null);
    }

    public String source() {
        return source;
    }

    public int rowCount() {
        return rowCount;
    }

    public List<String> columnNames() {
        return List.copyOf(columns.keySet());
    }

    public Optional<Column> find(String name) {
        return Optional.ofNullable(columns.get(name));
    }

    /** The named column; an {@link InvalidDataException} naming the source when it is absent. */
    public Column column(String name) {
        Column c = columns.get(name);
        if (c == null) {
            throw new InvalidDataException(source + ": no column '" + name + "' (columns are: "
                    + String.join(", ", columns.keySet()) + ")");
        }
        return c;
    }

    /** The named column, which must hold numbers; otherwise an error at the first value that is not one. */
    public NumericColumn numeric(String name) {
        Column c = column(name);
        if (c instanceof NumericColumn n) {
            return n;
        }
        CategoricalColumn cat = (CategoricalColumn) c;
        for (int i = 0; i < rowCount; i++) {
            if (!cat.isMissing(i) && Double.isNaN(CsvTableReader.parseNumber(cat.text(i)))) {
                throw InvalidDataException.atValue(source, lineOf(i), name,
                        "'" + cat.text(i) + "' is not a number");
            }
        }
        throw InvalidDataException.atColumn(source, name, "must hold numbers");
    }

    /** The source line of row {@code row} (0-based), for messages. */
    public long lineOf(int row) {
        return lines == null ? row + 2L : lines[row];
    }
}
