package org.rightbalance.stats.matching;

import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.Column;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.util.List;

/**
 * Reads a treatment column as 1 (treated) / 0 (control).
 *
 * <p>Numbers must be 0 or 1. Labels must be two: {@code 0}/{@code 1}, {@code FALSE}/{@code TRUE}, or
 * any two with the treated one named. MatchIt's {@code binarize} is laxer — any two numbers, the
 * smaller (or 0) being control, and for labels the first in sorted order — but a silently guessed
 * direction reverses every effect, so here it must be explicit. A missing treatment is an error, as
 * in MatchIt.
 */
public final class TreatmentCoding {

    private TreatmentCoding() {
    }

    public static int[] read(Table table, String name, String treatedLabel) {
        Column column = table.column(name);
        int n = table.rowCount();
        int[] treat = new int[n];
        if (column instanceof NumericColumn numbers) {
            if (treatedLabel != null) {
                throw InvalidDataException.atColumn(table.source(), name,
                        "holds numbers, so it must be 0 (control) or 1 (treated); a treated label applies only to a column of labels");
            }
            double[] v = numbers.values();
            for (int i = 0; i < n; i++) {
                if (v[i] == 1.0) {
                    treat[i] = 1;
                } else if (v[i] != 0.0) {
                    throw InvalidDataException.atValue(table.source(), table.lineOf(i), name,
                            Double.isNaN(v[i]) ? "the treatment is missing; every row needs 0 (control) or 1 (treated)"
                                    : "the treatment must be 0 (control) or 1 (treated), found '" + numbers.text(i) + "'");
                }
            }
            return treat;
        }
        CategoricalColumn labels = (CategoricalColumn) column;
        List<String> levels = labels.levels();
        int treatedCode = treatedCode(table, name, levels, treatedLabel);
        for (int i = 0; i < n; i++) {
            int c = labels.code(i);
            if (c < 0) {
                throw InvalidDataException.atValue(table.source(), table.lineOf(i), name,
                        "the treatment is missing; every row needs a treatment group");
            }
            treat[i] = c == treatedCode ? 1 : 0;
        }
        // With a third label present, the control label is the first non-treated label in the file,
        // so the error points at the first row that disagrees with it.
        int controlCode = -1;
        for (int i = 0; i < n; i++) {
            int c = labels.code(i);
            if (c == treatedCode) {
                continue;
            }
            if (controlCode < 0) {
                controlCode = c;
            } else if (c != controlCode) {
                throw InvalidDataException.atValue(table.source(), table.lineOf(i), name,
                        "the treatment must take two values ('" + levels.get(treatedCode) + "' treated, '"
                                + levels.get(controlCode) + "' control), found a third: '" + levels.get(c) + "'");
            }
        }
        return treat;
    }

    private static int treatedCode(Table table, String name, List<String> levels, String treatedLabel) {
        if (treatedLabel != null) {
            int code = levels.indexOf(treatedLabel);
            if (code < 0) {
                throw InvalidDataException.atColumn(table.source(), name, "has no row with the treated label '"
                        + treatedLabel + "' (labels are: " + String.join(", ", levels) + ")");
            }
            return code;
        }
        for (String[] pair : new String[][]{{"0", "1"}, {"FALSE", "TRUE"}}) {
            if (levels.stream().allMatch(l -> l.equals(pair[0]) || l.equals(pair[1]))) {
                return levels.indexOf(pair[1]);
            }
        }
        throw InvalidDataException.atColumn(table.source(), name, "holds labels (" + String.join(", ", levels)
                + "); say which label is the treated group, or code the column 0 (control) / 1 (treated)");
    }
}
