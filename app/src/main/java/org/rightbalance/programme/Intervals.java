package org.rightbalance.programme;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * The small statistics of the programme page: a confidence interval for a proportion and for a mean.
 * Checked against R in {@code IntervalsTest} (fixtures in {@code fixtures/intervals/}).
 */
public final class Intervals {

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private Intervals() {
    }

    /** An estimate with the limits of its confidence interval. */
    public record Estimate(double estimate, double low, double high) {
    }

    /**
     * The Wilson score interval for a proportion x/n (Wilson 1927; Newcombe 1998, method 3; R's
     * {@code prop.test(x, n, correct = FALSE)$conf.int}):
     * <pre>
     *   p̂ = x / n,  z = Φ⁻¹((1 + level) / 2)
     *   centre    = (p̂ + z² / (2n)) / (1 + z² / n)
     *   half-width = z / (1 + z² / n) · √( p̂(1 − p̂) / n + z² / (4n²) )
     *   interval  = centre ± half-width
     * </pre>
     * Unlike p̂ ± z√(p̂(1−p̂)/n) it stays inside [0, 1] and keeps close to its nominal coverage for
     * the small numbers of one programme.
     *
     * @param successes x, from 0 to n
     * @param n         the number of children, at least 1
     * @param level     the confidence level, e.g. 0.95
     */
    public static Estimate wilson(long successes, long n, double level) {
        if (n < 1 || successes < 0 || successes > n) {
            throw new IllegalArgumentException("a proportion needs 0 <= x <= n and n >= 1; got x=" + successes + ", n=" + n);
        }
        checkLevel(level);
        double p = (double) successes / n;
        double z = STANDARD_NORMAL.inverseCumulativeProbability((1 + level) / 2);
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Estimate(p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * The t interval for a mean (R's {@code t.test(x, conf.level = level)$conf.int}):
     * <pre>
     *   x̄ ± t(n − 1, (1 + level) / 2) · s / √n,   s² = Σ (xᵢ − x̄)² / (n − 1)
     * </pre>
     * It assumes the mean is near normally distributed, which days on a plan (skewed) approach only
     * for a few dozen children or more; with fewer the page says the interval is rough.
     *
     * @param values at least two values
     */
    public static Estimate mean(double[] values, double level) {
        int n = values.length;
        if (n < 2) {
            throw new IllegalArgumentException("a t interval needs at least two values; got " + n);
        }
        checkLevel(level);
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double t = new TDistribution(n - 1, 1e-14).inverseCumulativeProbability((1 + level) / 2);
        double half = t * sd / Math.sqrt(n);
        return new Estimate(mean, mean - half, mean + half);
    }

    private static void checkLevel(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1; got " + level);
        }
    }
}
