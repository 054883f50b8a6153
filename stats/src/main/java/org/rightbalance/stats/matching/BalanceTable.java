package org.rightbalance.stats.matching;

import org.hipparchus.distribution.continuous.TDistribution;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.Column;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Covariate balance before and after matching, as MatchIt 4.5.1's {@code summary(m, un = TRUE)}
 * (functions {@code bal1var}, {@code wm}, {@code wvar}, {@code pooled_sd}, {@code qqsum}, {@code nn}),
 * with a p-value per row.
 *
 * <p>Let t index treated and c control units, w the weights (1 before matching, the matching weights
 * after; unmatched units have weight 0 and stay in the sums), and a variable binary when all its
 * values are 0 or 1.
 * <ul>
 * <li>Means: Σwx / Σw in each group.</li>
 * <li>Weighted variance ({@code wvar}), with weights normalised to sum to 1 in the group:
 * p(1 − p) for a binary variable (p its weighted mean); otherwise Σw(x − x̄)² / (1 − Σw²), the
 * sample variance (n − 1 denominator) when weights are equal.</li>
 * <li>Standardised mean difference: (x̄_t − x̄_c) / s, where s never uses the matching weights: it is
 * the treated units' SD for ATT, the controls' for ATC, and √((s_t² + s_c²)/2) for ATE, all over the
 * unmatched sample. If s is not finite or below √ε, the pooled SD of MatchIt's {@code pooled_sd}
 * (contribution proportional to group size) replaces it. When |x̄_t − x̄_c| ≤ √ε ≈ 1.5e-8 the raw
 * difference is reported unstandardised, as MatchIt does. NaN when both groups have fewer than two
 * units of non-zero weight.</li>
 * <li>Variance ratio: wvar_t / wvar_c with the weights of that side; NaN for binary variables.</li>
 * <li>eCDF mean and max: with weights normalised within each group, the mean and the maximum over the
 * distinct values v of the whole sample of |F_t(v) − F_c(v)|; both equal |x̄_t − x̄_c| for a binary
 * variable.</li>
 * <li>Effective sample size per group: (Σw)² / Σw², the "Matched (ESS)" of MatchIt's summary.</li>
 * <li>p-value: the treatment coefficient's of the weighted least-squares regression of the variable
 * on an intercept and the treatment indicator, over all units (before) or the matched units with their
 * weights (after), with HC1 heteroskedasticity-robust variance and a t reference with n − 2 degrees of
 * freedom — R's {@code lm(x ~ treat, weights = w)} with {@code sandwich::vcovHC(type = "HC1")}. With a
 * single binary regressor the coefficient is x̄_t − x̄_c and the HC1 variance is
 * n/(n − 2)·(Σ_t w²(x − x̄_t)²/(Σ_t w)² + Σ_c w²(x − x̄_c)²/(Σ_c w)²), so the test is a weighted
 * two-sample comparison of means that does not assume equal variances (a weighted Welch-type test).
 * MatchIt itself reports no p-values; they are here because balance tables in evaluation reports
 * (such as Table 2 of the 2020 report this project reproduces) show them.</li>
 * </ul>
 * MatchIt's "Std. Pair Dist." column is not computed: it needs every within-stratum treated-control
 * pair, which is quadratic in the stratum sizes.
 */
public final class BalanceTable {

    /** MatchIt's threshold {@code sqrt(.Machine$double.eps)}. */
    private static final double SQRT_EPS = Math.sqrt(Math.ulp(1.0));

    private BalanceTable() {
    }

    /** The balance of the match variables of {@code match}, over its rows with complete match variables. */
    public static BalanceResult compute(Table table, CemResult match) {
        return compute(table, match.spec().matchVariables(), match.treatment(), match.weight(), match.complete(),
                match.spec().estimand());
    }

    /**
     * The balance of {@code variables} in the rows where {@code include} is true (all rows when null).
     *
     * @param treatment per row, 1 treated or 0 control
     * @param weight    per row, the matching weight (0 for unmatched units)
     * @param estimand  decides the standard deviation of the standardised mean difference
     */
    public static BalanceResult compute(Table table, List<String> variables, int[] treatment, double[] weight,
                                        boolean[] include, Estimand estimand) {
        int total = table.rowCount();
        int n = 0;
        for (int i = 0; i < total; i++) {
            if (include == null || include[i]) {
                n++;
            }
        }
        int[] rowOf = new int[n];
        int[] t = new int[n];
        double[] w = new double[n];
        double[] ones = new double[n];
        Arrays.fill(ones, 1.0);
        for (int i = 0, j = 0; i < total; i++) {
            if (include == null || include[i]) {
                rowOf[j] = i;
                t[j] = treatment[i];
                w[j] = weight[i];
                j++;
            }
        }
        List<BalanceRow> rows = new ArrayList<>();
        double[] x = new double[n];
        for (String name : variables) {
            Column column = table.column(name);
            if (column instanceof NumericColumn numbers) {
                for (int j = 0; j < n; j++) {
                    x[j] = numbers.value(rowOf[j]);
                }
                rows.add(row(name, name, null, x, t, w, ones, estimand));
            } else {
                CategoricalColumn cat = (CategoricalColumn) column;
                boolean[] present = new boolean[cat.levelCount()];
                for (int j = 0; j < n; j++) {
                    int c = cat.code(rowOf[j]);
                    if (c >= 0) {
                        present[c] = true;
                    }
                }
                // One indicator per level that occurs (MatchIt drops unused levels), in sorted order.
                for (int level = 0; level < present.length; level++) {
                    if (!present[level]) {
                        continue;
                    }
                    for (int j = 0; j < n; j++) {
                        x[j] = cat.code(rowOf[j]) == level ? 1.0 : 0.0;
                    }
                    String label = cat.levels().get(level);
                    rows.add(row(name + label, name, label, x, t, w, ones, estimand));
                }
            }
        }
        int allT = 0;
        int matchedT = 0;
        int matchedC = 0;
        double sumT = 0;
        double sumSqT = 0;
        double sumC = 0;
        double sumSqC = 0;
        for (int j = 0; j < n; j++) {
            if (t[j] == 1) {
                allT++;
                sumT += w[j];
                sumSqT += w[j] * w[j];
                matchedT += w[j] > 0 ? 1 : 0;
            } else {
                sumC += w[j];
                sumSqC += w[j] * w[j];
                matchedC += w[j] > 0 ? 1 : 0;
            }
        }
        return new BalanceResult(estimand, rows, new GroupCounts(allT, n - allT), new GroupCounts(matchedT, matchedC),
                sumSqT == 0 ? 0 : sumT * sumT / sumSqT, sumSqC == 0 ? 0 : sumC * sumC / sumSqC);
    }

    private static BalanceRow row(String name, String variable, String level, double[] x, int[] t, double[] w,
                                  double[] ones, Estimand estimand) {
        boolean binary = true;
        for (double v : x) {
            if (v != 0.0 && v != 1.0) {
                binary = false;
                break;
            }
        }
        double sd = standardiser(x, t, binary, estimand);
        int[] order = binary ? null : SortableOrder.ascending(x);
        return new BalanceRow(name, variable, level, binary, side(x, t, ones, binary, sd, order),
                side(x, t, w, binary, sd, order));
    }

    /** The SD dividing the mean difference, from the unweighted sample whatever the side. */
    private static double standardiser(double[] x, int[] t, boolean binary, Estimand estimand) {
        double sd = switch (estimand) {
            case ATT -> Math.sqrt(wvar(x, t, 1, null, binary));
            case ATC -> Math.sqrt(wvar(x, t, 0, null, binary));
            case ATE -> Math.sqrt((wvar(x, t, 1, null, binary) + wvar(x, t, 0, null, binary)) / 2);
        };
        if (!Double.isFinite(sd) || sd < SQRT_EPS) {
            sd = pooledSdProportional(x, t, binary);
        }
        return sd;
    }

    private static BalanceRow.Side side(double[] x, int[] t, double[] w, boolean binary, double sd, int[] order) {
        double[] sum = new double[2];
        double[] sumX = new double[2];
        int[] nonZero = new int[2];
        for (int j = 0; j < x.length; j++) {
            sum[t[j]] += w[j];
            sumX[t[j]] += w[j] * x[j];
            nonZero[t[j]] += w[j] != 0 ? 1 : 0;
        }
        double meanT = sumX[1] / sum[1];
        double meanC = sumX[0] / sum[0];
        double diff = meanT - meanC;
        boolean tooSmall = nonZero[1] < 2 && nonZero[0] < 2;
        double smd;
        if (Math.abs(diff) > SQRT_EPS) {
            smd = tooSmall ? Double.NaN : diff / sd;
        } else {
            smd = diff;
        }
        double varianceRatio = Double.NaN;
        double ecdfMean;
        double ecdfMax;
        if (binary) {
            ecdfMean = Math.abs(diff);
            ecdfMax = Math.abs(diff);
        } else if (tooSmall) {
            ecdfMean = Double.NaN;
            ecdfMax = Double.NaN;
        } else {
            varianceRatio = wvar(x, t, 1, w, false) / wvar(x, t, 0, w, false);
            double[] ecdf = ecdfDifferences(x, t, w, sum, order);
            ecdfMean = ecdf[0];
            ecdfMax = ecdf[1];
        }
        return new BalanceRow.Side(meanT, meanC, smd, varianceRatio, ecdfMean, ecdfMax, hc1PValue(x, t, w));
    }

    /** MatchIt's {@code wvar} over one group; {@code w == null} for equal weights. */
    private static double wvar(double[] x, int[] t, int group, double[] w, boolean binary) {
        double total = 0;
        for (int j = 0; j < x.length; j++) {
            if (t[j] == group) {
                total += w == null ? 1.0 : w[j];
            }
        }
        double mean = 0;
        double sumSq = 0;
        for (int j = 0; j < x.length; j++) {
            if (t[j] == group) {
                double wj = (w == null ? 1.0 : w[j]) / total;
                mean += wj * x[j];
                sumSq += wj * wj;
            }
        }
        if (binary) {
            return mean * (1 - mean);
        }
        double ss = 0;
        for (int j = 0; j < x.length; j++) {
            if (t[j] == group) {
                double wj = (w == null ? 1.0 : w[j]) / total;
                double d = x[j] - mean;
                ss += wj * d * d;
            }
        }
        return ss / (1 - sumSq);
    }

    /** MatchIt's {@code pooled_sd(contribution = "proportional")}, unweighted. */
    private static double pooledSdProportional(double[] x, int[] t, boolean binary) {
        double[] sum = new double[2];
        int[] count = new int[2];
        for (int j = 0; j < x.length; j++) {
            sum[t[j]] += x[j];
            count[t[j]]++;
        }
        int n = x.length;
        if (binary) {
            double v = 0;
            for (int g = 0; g < 2; g++) {
                v += sum[g] * (1 - sum[g] / count[g]) / n;
            }
            return Math.sqrt(v);
        }
        double ss = 0;
        for (int j = 0; j < x.length; j++) {
            double d = x[j] - sum[t[j]] / count[t[j]];
            ss += d * d;
        }
        return Math.sqrt(ss / (n - 2));
    }

    /**
     * Mean and max over the distinct values v of |F_t(v) − F_c(v)|, each group's weights normalised to
     * sum to 1: MatchIt's {@code qqsum(standardize = TRUE)}, which walks the units in order of x and
     * reads the running difference at the last unit of each run of equal values. Units of weight 0
     * still contribute their values as points where the difference is read, as in MatchIt.
     */
    private static double[] ecdfDifferences(double[] x, int[] t, double[] w, double[] groupSum, int[] order) {
        double cumulative = 0;
        double sum = 0;
        double max = 0;
        int distinct = 0;
        for (int k = 0; k < order.length; k++) {
            int j = order[k];
            cumulative += t[j] == 1 ? w[j] / groupSum[1] : -w[j] / groupSum[0];
            if (k + 1 == order.length || x[order[k + 1]] != x[j]) {
                double d = Math.abs(cumulative);
                sum += d;
                max = Math.max(max, d);
                distinct++;
            }
        }
        return new double[]{sum / distinct, max};
    }

    /** Two-sided p-value of the treatment coefficient of WLS x ~ 1 + treat, HC1, over units with w &gt; 0. */
    private static double hc1PValue(double[] x, int[] t, double[] w) {
        double[] sum = new double[2];
        double[] sumX = new double[2];
        int n = 0;
        for (int j = 0; j < x.length; j++) {
            if (w[j] > 0) {
                sum[t[j]] += w[j];
                sumX[t[j]] += w[j] * x[j];
                n++;
            }
        }
        if (n <= 2 || sum[0] == 0 || sum[1] == 0) {
            return Double.NaN;
        }
        double[] mean = {sumX[0] / sum[0], sumX[1] / sum[1]};
        double[] meat = new double[2];
        for (int j = 0; j < x.length; j++) {
            if (w[j] > 0) {
                double e = w[j] * (x[j] - mean[t[j]]);
                meat[t[j]] += e * e;
            }
        }
        double hc0 = meat[1] / (sum[1] * sum[1]) + meat[0] / (sum[0] * sum[0]);
        double hc1 = hc0 * n / (n - 2.0);
        double statistic = (mean[1] - mean[0]) / Math.sqrt(hc1);
        if (Double.isNaN(statistic)) {
            return Double.NaN;
        }
        return 2 * new TDistribution(n - 2.0).cumulativeProbability(-Math.abs(statistic));
    }
}
