package org.rightbalance.stats.matching;

import java.util.Arrays;

/**
 * The breaks of {@link Coarsening.PrettyScott}, the cem package's default coarsening of a numeric
 * variable for L1, computed as R 4.2.2 computes them so that a value lying on a break falls in the
 * same bin as in R.
 *
 * <p>cem 1.1.x ({@code imbalance()} and {@code L1.meas()}, R/imb.meas.R) takes, for each numeric
 * variable, {@code pretty(range(x, na.rm = TRUE), n = nclass.scott(na.omit(x)), 1)} and cuts x on them
 * with {@code cut(x, breaks, include.lowest = TRUE, labels = FALSE)} (R/reduce.var.R). Here:
 * <ul>
 * <li>{@link #scottClasses}: {@code grDevices::nclass.scott}, h = 3.5·√var(x)·n^(−1/3) and
 * max(1, ⌈(max − min)/h⌉) classes, 1 when h is not positive;</li>
 * <li>{@link #pretty}: {@code base::pretty.default} with its defaults (shrink.sml 0.75, high.u.bias
 * 1.5, u5.bias 2.75, f.min 2⁻²⁰, no eps correction), i.e. the C routine {@code R_pretty}
 * (src/appl/pretty.c) followed by {@code seq.int(l, u, length.out = n + 1)} and the snapping of
 * breaks within 10⁻¹⁴ of a step from zero to zero;</li>
 * <li>{@link #binOf}: R's {@code .bincode} with {@code right = TRUE, include.lowest = TRUE}.</li>
 * </ul>
 * R's {@code var} accumulates in long double; here the mean is corrected by a second pass in double,
 * which can differ in the last bits and so change Scott's count only when (max − min)/h lies within
 * rounding of an integer.
 */
final class PrettyBreaks {

    private static final double SHRINK_SML = 0.75;
    private static final double HIGH_U_BIAS = 1.5;
    private static final double U5_BIAS = 0.5 + 1.5 * HIGH_U_BIAS;
    private static final double F_MIN = 0x1p-20;
    private static final double ROUNDING_EPS = 1e-10;
    private static final double DBL_EPSILON = Math.ulp(1.0);

    private PrettyBreaks() {
    }

    /**
     * cem's default breaks for L1 over the values of {@code x} at the rows where {@code among} is true
     * (all of them, outer ones included: b₀ ≤ min, b_k ≥ max).
     *
     * @throws IllegalArgumentException when no row is selected or a selected value is not finite
     */
    static double[] breaks(double[] x, boolean[] among) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (among[i]) {
                if (!Double.isFinite(x[i])) {
                    throw new IllegalArgumentException("pretty breaks need finite values, found " + x[i]);
                }
                min = Math.min(min, x[i]);
                max = Math.max(max, x[i]);
            }
        }
        if (min > max) {
            throw new IllegalArgumentException("pretty breaks need at least one value");
        }
        return pretty(min, max, scottClasses(x, among, min, max), 1);
    }

    /** R's {@code nclass.scott} of the selected values, whose range is [min, max]. */
    static int scottClasses(double[] x, boolean[] among, double min, double max) {
        long n = 0;
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            if (among[i]) {
                n++;
                sum += x[i];
            }
        }
        if (n < 2) {
            // R's var() is NA for one value and nclass.scott stops; one bin is the only sensible answer.
            return 1;
        }
        double mean = sum / n;
        double correction = 0;
        for (int i = 0; i < x.length; i++) {
            if (among[i]) {
                correction += x[i] - mean;
            }
        }
        mean += correction / n;
        double squares = 0;
        for (int i = 0; i < x.length; i++) {
            if (among[i]) {
                double d = x[i] - mean;
                squares += d * d;
            }
        }
        double variance = squares / (n - 1);
        double h = 3.5 * Math.sqrt(variance) * Math.pow(n, -1.0 / 3);
        if (!(h > 0)) {
            return 1;
        }
        double classes = Math.max(1, Math.ceil((max - min) / h));
        if (classes > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("Scott's rule asks for " + classes + " bins, too many to hold");
        }
        return (int) classes;
    }

    /**
     * R's {@code pretty(c(lo, up), n, min.n)} with every other argument at its default.
     *
     * @param lo   the smallest value, finite
     * @param up   the largest value, finite, at least {@code lo}
     * @param n    the desired number of intervals, at least {@code minN}
     * @param minN the least number of intervals
     */
    static double[] pretty(double lo, double up, int n, int minN) {
        if (!Double.isFinite(lo) || !Double.isFinite(up) || lo > up || n < 0 || minN < 0 || minN > n) {
            throw new IllegalArgumentException("pretty(" + lo + ", " + up + ", " + n + ", " + minN + ")");
        }
        // R_pretty (src/appl/pretty.c, R 4.2), with eps_correction = 0 and return_bounds = TRUE.
        double dx = up - lo;
        double cell;
        boolean small;
        if (dx == 0 && up == 0) {
            cell = 1;
            small = true;
        } else {
            cell = Math.max(Math.abs(lo), Math.abs(up));
            double u = 1 + ((U5_BIAS >= 1.5 * HIGH_U_BIAS + .5) ? 1 / (1 + HIGH_U_BIAS) : 1.5 / (1 + U5_BIAS));
            u *= Math.max(1, n) * DBL_EPSILON;
            small = dx < cell * u * 3;
        }
        if (small) {
            if (cell > 10) {
                cell = 9 + cell / 10;
            }
            cell *= SHRINK_SML;
            if (minN > 1) {
                cell /= minN;
            }
        } else {
            cell = dx;
            if (Double.isFinite(dx)) {
                if (n > 1) {
                    cell /= n;
                }
            } else if (n >= 2) {
                cell = up / n - lo / n;
            }
        }
        double subsmall = F_MIN * Double.MIN_NORMAL;
        if (subsmall == 0) {
            subsmall = Double.MIN_NORMAL;
        }
        if (cell < subsmall) {
            cell = subsmall;
        } else if (cell > Double.MAX_VALUE / 1.25) {
            cell = Double.MAX_VALUE / 1.25;
        }
        double base = powerOfTen((int) Math.floor(Math.log10(cell)));
        double unit = base;
        double candidate;
        if ((candidate = 2 * base) - cell < HIGH_U_BIAS * (cell - unit)) {
            unit = candidate;
            if ((candidate = 5 * base) - cell < U5_BIAS * (cell - unit)) {
                unit = candidate;
                if ((candidate = 10 * base) - cell < HIGH_U_BIAS * (cell - unit)) {
                    unit = candidate;
                }
            }
        }
        double ns = Math.floor(lo / unit + ROUNDING_EPS);
        double nu = Math.ceil(up / unit - ROUNDING_EPS);
        while (ns * unit > lo + ROUNDING_EPS * unit) {
            ns--;
        }
        while (!Double.isFinite(ns * unit)) {
            ns++;
        }
        while (nu * unit < up - ROUNDING_EPS * unit) {
            nu++;
        }
        while (!Double.isFinite(nu * unit)) {
            nu--;
        }
        int k = (int) (0.5 + nu - ns);
        int intervals;
        if (k < minN) {
            k = minN - k;
            if (lo == 0. && ns == 0. && up != 0.) {
                nu += k;
            } else if (up == 0. && nu == 0. && lo != 0.) {
                ns -= k;
            } else if (ns >= 0.) {
                nu += k / 2;
                ns -= k / 2 + k % 2;
            } else {
                ns -= k / 2;
                nu += k / 2 + k % 2;
            }
            intervals = minN;
        } else {
            intervals = k;
        }
        double l = lo;
        double u = up;
        if (ns * unit < l) {
            l = ns * unit;
        }
        if (nu * unit > u) {
            u = nu * unit;
        }
        // pretty.default: seq.int(l, u, length.out = n + 1), then breaks within rounding of zero are zero.
        double[] s = seqLength(l, u, intervals + 1);
        if (intervals != 0) {
            double delta = u / intervals - l / intervals;
            for (int i = 0; i < s.length; i++) {
                if (Math.abs(s[i]) < 1e-14 * delta) {
                    s[i] = 0;
                }
            }
        }
        return s;
    }

    /** R's {@code seq.int(from, to, length.out = length)} (src/main/seq.c, do_seq). */
    private static double[] seqLength(double from, double to, int length) {
        double[] s = new double[length];
        s[0] = from;
        if (length > 1) {
            s[length - 1] = to;
        }
        if (length > 2) {
            double intervals = length - 1;
            double by = to - from;
            if (Double.isFinite(by)) {
                by /= intervals;
                for (int i = 1; i < length - 1; i++) {
                    s[i] = from + i * by;
                }
            } else {
                by = to / intervals - from / intervals;
                double quarterFrom = from / 4;
                double quarterBy = by / 4;
                for (int i = 1; i < length - 1; i++) {
                    s[i] = Math.scalb(quarterFrom + i * quarterBy, 2);
                }
            }
        }
        return s;
    }

    /** 10^e rounded to the nearest double, as R's {@code pow(10., e)} gives it. */
    private static double powerOfTen(int e) {
        return Double.parseDouble("1e" + e);
    }

    /**
     * The bin of x among breaks b₀ &lt; … &lt; b_k: j (0-based) with b_j &lt; x ≤ b_{j+1}, and 0 for
     * x = b₀ — R's {@code .bincode(x, breaks, right = TRUE, include.lowest = TRUE)} minus one. Given
     * only the interior breaks b₁ … b_{k−1}, this is the number of them below x.
     */
    static int binOf(double x, double[] interior) {
        int lo = 0;
        int hi = interior.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (interior[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The interior breaks b₁ … b_{k−1} of {@code breaks}, duplicates dropped as cem's {@code unique(breaks)}. */
    static double[] interior(double[] breaks) {
        double[] distinct = new double[breaks.length];
        int count = 0;
        for (double b : breaks) {
            if (count == 0 || b != distinct[count - 1]) {
                distinct[count++] = b;
            }
        }
        return count <= 2 ? new double[0] : Arrays.copyOfRange(distinct, 1, count - 1);
    }
}
