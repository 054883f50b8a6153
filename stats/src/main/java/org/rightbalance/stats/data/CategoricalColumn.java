package org.rightbalance.stats.data;

import java.util.List;
import java.util.Objects;

/**
 * A column of labels, stored as codes into a list of levels; a missing value has code {@code -1}.
 *
 * <p>Levels are in sorted (code-point) order, as R orders the levels of a factor in the C locale,
 * so the first level is the reference category of indicator terms.
 *
 * @param name   the column's name in its source
 * @param codes  for each row, the index of its level, or -1 when missing (not copied)
 * @param levels the distinct labels, sorted
 */
public record CategoricalColumn(String name, int[] codes, List<String> levels) implements Column {

    public CategoricalColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(codes, "codes");
        levels = List.copyOf(levels);
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] < 0;
    }

    public int code(int row) {
        return codes[row];
    }

    public int levelCount() {
        return levels.size();
    }

    @Override
    public String text(int row) {
        int c = codes[row];
        return c < 0 ? "" : levels.get(c);
    }
}
