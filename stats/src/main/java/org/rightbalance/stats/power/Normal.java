package org.rightbalance.stats.power;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;

/** Standard normal CDF and quantile, accurate in both tails. Package-private helper. */
final class Normal {

    private static final NormalDistribution STANDARD = new NormalDistribution(0, 1);
    private static final double SQRT2 = Math.sqrt(2);
    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    private Normal() {
    }

    /** Φ(x) = erfc(−x/√2)/2 (erfc keeps relative accuracy in the lower tail). */
    static double cdf(double x) {
        return 0.5 * Erf.erfc(-x / SQRT2);
    }

    /** 1 − Φ(x) = Φ(−x). */
    static double upper(double x) {
        return cdf(-x);
    }

    /**
     * Φ⁻¹(p): Hipparchus' inverse error function, polished by two Newton steps on {@link #cdf} so the
     * result is as accurate as the CDF itself (the tail is taken on the side of p &lt; 0.5).
     */
    static double quantile(double p) {
        if (p > 0.5) {
            return -quantile(1 - p);
        }
        if (p == 0.5) {
            return 0;
        }
        double x = STANDARD.inverseCumulativeProbability(p);
        for (int i = 0; i < 2 && Double.isFinite(x); i++) {
            double dens = INV_SQRT_2PI * Math.exp(-0.5 * x * x);
            if (dens <= 0) {
                break;
            }
            x -= (cdf(x) - p) / dens;
        }
        return x;
    }

    /** The upper-tail quantile: x with 1 − Φ(x) = p, i.e. −Φ⁻¹(p). */
    static double upperQuantile(double p) {
        return -quantile(p);
    }
}
