package org.rightbalance.stats.model;

import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.Column;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Table} and a {@link Formula} into {@link RegressionData}, as R's
 * {@code model.frame} and {@code model.matrix} do.
 *
 * <ul>
 *   <li>Rows with a missing value in any column the model uses are left out and counted
 *       ({@code na.omit}).</li>
 *   <li>Rows of zero weight are left out before anything is counted; a negative weight is an error.</li>
 *   <li>A column of labels, or {@code factor(x)}, becomes one indicator per level present in the
 *       kept rows except the first (treatment contrasts), named column + level, as R names them.</li>
 *   <li>The outcome must be numeric.</li>
 * </ul>
 */
public final class ModelFrame {

    private ModelFrame() {
    }

    /**
     * @param weightsColumn the column of observation weights, or {@code null}
     * @param clusterColumn the column whose values identify clusters, or {@code null}
     */
    public static RegressionData build(Table table, Formula formula, String weightsColumn, String clusterColumn) {
        String source = table.source();
        Column response = table.column(formula.response());
        NumericColumn y = asNumber(table, response);
        List<Column> termColumns = new ArrayList<>();
        for (Formula.Term t : formula.terms()) {
            termColumns.add(table.column(t.column()));
        }
        NumericColumn w = weightsColumn == null ? null : asNumber(table, table.column(weightsColumn));
        Column cluster = clusterColumn == null ? null : table.column(clusterColumn);

        int rowCount = table.rowCount();
        boolean[] keep = new boolean[rowCount];
        int kept = 0;
        int missing = 0;
        int zeroWeight = 0;
        for (int i = 0; i < rowCount; i++) {
            boolean complete = !y.isMissing(i) && (cluster == null || !cluster.isMissing(i))
                    && (w == null || !w.isMissing(i));
            for (int t = 0; complete && t < termColumns.size(); t++) {
                complete = !termColumns.get(t).isMissing(i);
            }
            if (!complete) {
                missing++;
                continue;
            }
            if (w != null) {
                double wi = w.value(i);
                if (wi < 0) {
                    throw InvalidDataException.atValue(source, table.lineOf(i), weightsColumn,
                            "weight " + wi + " is negative; weights must be zero or more");
                }
                if (wi == 0) {
                    zeroWeight++;
                    continue;
                }
            }
            keep[i] = true;
            kept++;
        }
        if (kept == 0) {
            throw new InvalidDataException(source + ": no rows left to fit '" + formula + "' ("
                    + missing + " with missing values, " + zeroWeight + " with zero weight)");
        }

        int[] rows = new int[kept];
        long[] lines = new long[kept];
        for (int i = 0, r = 0; i < rowCount; i++) {
            if (keep[i]) {
                rows[r] = i;
                lines[r] = table.lineOf(i);
                r++;
            }
        }

        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        if (formula.intercept()) {
            names.add(Formula.INTERCEPT);
            double[] one = new double[kept];
            Arrays.fill(one, 1.0);
            columns.add(one);
        }
        for (int t = 0; t < termColumns.size(); t++) {
            Formula.Term term = formula.terms().get(t);
            Column c = termColumns.get(t);
            if (c instanceof NumericColumn num && !term.asFactor()) {
                double[] v = new double[kept];
                for (int r = 0; r < kept; r++) {
                    v[r] = num.value(rows[r]);
                }
                names.add(term.column());
                columns.add(v);
            } else {
                addIndicators(term.column(), c, rows, names, columns);
            }
        }

        double[] yv = new double[kept];
        double[] wv = w == null ? null : new double[kept];
        for (int r = 0; r < kept; r++) {
            yv[r] = y.value(rows[r]);
            if (wv != null) {
                wv[r] = w.value(rows[r]);
            }
        }
        int[] clusterCodes = null;
        int clusterCount = 0;
        if (cluster != null) {
            clusterCodes = new int[kept];
            clusterCount = codeClusters(cluster, rows, clusterCodes);
        }
        return new RegressionData(source, names, columns.toArray(new double[0][]), yv, wv, clusterCodes,
                clusterCount, rows, lines, missing, zeroWeight);
    }

    private static void addIndicators(String name, Column c, int[] rows, List<String> names, List<double[]> columns) {
        int kept = rows.length;
        // Levels present among the kept rows, in the column's sorted order (R's droplevels).
        List<String> levels;
        int[] codes = new int[kept];
        if (c instanceof CategoricalColumn cat) {
            boolean[] present = new boolean[cat.levelCount()];
            for (int r = 0; r < kept; r++) {
                present[cat.code(rows[r])] = true;
            }
            int[] remap = new int[cat.levelCount()];
            levels = new ArrayList<>();
            for (int l = 0; l < present.length; l++) {
                remap[l] = present[l] ? levels.size() : -1;
                if (present[l]) {
                    levels.add(cat.levels().get(l));
                }
            }
            for (int r = 0; r < kept; r++) {
                codes[r] = remap[cat.code(rows[r])];
            }
        } else {
            NumericColumn num = (NumericColumn) c;
            double[] distinct = new double[kept];
            for (int r = 0; r < kept; r++) {
                distinct[r] = num.value(rows[r]);
            }
            double[] sorted = Arrays.stream(distinct).distinct().sorted().toArray();
            levels = new ArrayList<>();
            for (int l = 0; l < sorted.length; l++) {
                levels.add(formatLevel(sorted[l]));
            }
            for (int r = 0; r < kept; r++) {
                codes[r] = Arrays.binarySearch(sorted, distinct[r]);
            }
        }
        for (int l = 1; l < levels.size(); l++) {
            double[] v = new double[kept];
            for (int r = 0; r < kept; r++) {
                v[r] = codes[r] == l ? 1.0 : 0.0;
            }
            names.add(name + levels.get(l));
            columns.add(v);
        }
    }

    /**
     * Numbers the clusters of the kept rows 0, 1, … in order of first appearance; returns how many.
     * Labels are renumbered through their level codes, without hashing a string per row.
     */
    private static int codeClusters(Column cluster, int[] rows, int[] out) {
        int count = 0;
        if (cluster instanceof CategoricalColumn cat) {
            int[] dense = new int[cat.levelCount()];
            Arrays.fill(dense, -1);
            for (int r = 0; r < rows.length; r++) {
                int level = cat.code(rows[r]);
                if (dense[level] < 0) {
                    dense[level] = count++;
                }
                out[r] = dense[level];
            }
            return count;
        }
        NumericColumn num = (NumericColumn) cluster;
        Map<Double, Integer> ids = new HashMap<>();
        for (int r = 0; r < rows.length; r++) {
            Integer code = ids.get(num.value(rows[r]));
            if (code == null) {
                code = count++;
                ids.put(num.value(rows[r]), code);
            }
            out[r] = code;
        }
        return count;
    }

    private static String formatLevel(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static NumericColumn asNumber(Table table, Column c) {
        return table.numeric(c.name());
    }
}
