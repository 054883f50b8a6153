package org.rightbalance.stats.model;

import java.util.List;
import java.util.Objects;

/**
 * The numbers a regression is fitted to, after the model frame is built: complete cases only,
 * rows of zero weight removed.
 *
 * @param source          where the data came from, for messages
 * @param terms           the names of the columns of X ({@code (Intercept)} first when present)
 * @param x               the design matrix by column: {@code x[j][i]} is term j for observation i
 * @param y               the outcome
 * @param weights         the observation weights, or {@code null} for unweighted
 * @param cluster         each observation's cluster, coded 0..clusterCount-1, or {@code null}
 * @param clusterCount    the number of distinct clusters (0 when unclustered)
 * @param rows            for each observation, its row in the source table
 * @param lines           for each observation, its line in the source file, for messages
 * @param droppedMissing  rows left out because a value the model uses was missing
 * @param droppedZeroWeight rows left out because their weight was zero
 */
public record RegressionData(
        String source,
        List<String> terms,
        double[][] x,
        double[] y,
        double[] weights,
        int[] cluster,
        int clusterCount,
        int[] rows,
        long[] lines,
        int droppedMissing,
        int droppedZeroWeight) {

    public RegressionData {
        Objects.requireNonNull(source, "source");
        terms = List.copyOf(terms);
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != terms.size()) {
            throw new IllegalArgumentException(terms.size() + " terms but " + x.length + " columns");
        }
        for (double[] col : x) {
            if (col.length != y.length) {
                throw new IllegalArgumentException("column length " + col.length + " differs from outcome length " + y.length);
            }
        }
        if (weights != null && weights.length != y.length) {
            throw new IllegalArgumentException("weights length differs from outcome length");
        }
        if (cluster != null && cluster.length != y.length) {
            throw new IllegalArgumentException("cluster length differs from outcome length");
        }
    }

    /** Unweighted, unclustered data, for tests and simple callers. */
    public static RegressionData of(List<String> terms, double[][] x, double[] y) {
        int[] rows = new int[y.length];
        long[] lines = new long[y.length];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i;
            lines[i] = i + 2L;
        }
        return new RegressionData("data", terms, x, y, null, null, 0, rows, lines, 0, 0);
    }

    /** The same data with observation weights. */
    public RegressionData withWeights(double[] w) {
        return new RegressionData(source, terms, x, y, w, cluster, clusterCount, rows, lines, droppedMissing, droppedZeroWeight);
    }

    /** The same data with a cluster coding. */
    public RegressionData withClusters(int[] codes, int count) {
        return new RegressionData(source, terms, x, y, weights, codes, count, rows, lines, droppedMissing, droppedZeroWeight);
    }

    /** Number of observations. */
    public int n() {
        return y.length;
    }

    /** Number of columns of X. */
    public int k() {
        return x.length;
    }

    public boolean isWeighted() {
        return weights != null;
    }

    public boolean isClustered() {
        return cluster != null;
    }

    /** The weight of observation i (1 when unweighted). */
    public double weight(int i) {
        return weights == null ? 1.0 : weights[i];
    }

    /** The position of a term, or -1. */
    public int indexOf(String term) {
        return terms.indexOf(term);
    }
}
