package org.rightbalance.stats.power;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.analysis.solvers.AllowedSolution;

/**
 * The power of one two-group test as a function of (standardized effect, n1, n2), with the shared root
 * solving used for minimum detectable effects and sample sizes. Package-private.
 *
 * <p>Roots are found on the same brackets as R's {@code pwr} ({@code uniroot}) — n in
 * [2 + 10⁻¹⁰, 10⁹]; effect in [lowEffect, highEffect] per alternative — but with Hipparchus'
 * bracketing Brent solver at relative accuracy 10⁻¹⁴, so results are accurate to ~1e-12 relative,
 * whereas {@code pwr} calls {@code uniroot} with its default {@code tol = .Machine$double.eps^0.25}
 * ≈ 1.2·10⁻⁴ (absolute), which limits agreement with {@code pwr}'s own solved values to about that.
 */
abstract class PowerCurve {

    static final double N_LOW = 2 + 1e-10;
    static final double N_HIGH = 1e9;

    /** Power for effective group sizes n1, n2 (no design effect applied here). */
    abstract double power(double effect, double n1, double n2, double alpha, Alternative alternative);

    /** Name of the effect size in messages ("h", "d"). */
    abstract String effectName();

    /** Effect brackets as in pwr. */
    double lowEffect(Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> 1e-10;
            case LESS -> -10;
            case GREATER -> -5;
        };
    }

    double highEffect(Alternative alternative) {
        return switch (alternative) {
            case TWO_SIDED -> 10;
            case LESS -> 5;
            case GREATER -> 10;
        };
    }

    /** Standardized effect (h or d) giving {@code targetPower}, on pwr's bracket. */
    double solveEffect(TwoGroupDesign design, double targetPower) {
        TwoGroupDesign.checkPower(targetPower);
        double n1 = design.effectiveN1();
        double n2 = design.effectiveN2();
        Alternative alt = design.alternative();
        double lo = lowEffect(alt);
        double hi = highEffect(alt);
        return solve(e -> power(e, n1, n2, design.alpha(), alt) - targetPower, lo, hi, 0,
                () -> String.format(Locale.ROOT,
                        "power %s cannot be reached with effective sizes %.4g and %.4g at alpha %s (%s) "
                                + "for any %s in [%s, %s]",
                        targetPower, n1, n2, design.alpha(), alt.rName(), effectName(), lo, hi));
    }

    /**
     * Effective n2 giving {@code targetPower} with effective n1 fixed (the smallest allowed size, 2, when
     * even that reaches the target; pwr would fail there).
     */
    double solveN2(double effect, double n1, double targetPower, double alpha, Alternative alt) {
        if (power(effect, n1, N_LOW, alpha, alt) >= targetPower) {
            return N_LOW;
        }
        return solve(n2 -> power(effect, n1, n2, alpha, alt) - targetPower, N_LOW, N_HIGH, 1e-9,
                () -> String.format(Locale.ROOT,
                        "power %s cannot be reached with effective group 1 size %.4g for %s = %s at alpha %s (%s): "
                                + "no group 2 size between 2 and 1e9 suffices",
                        targetPower, n1, effectName(), effect, alpha, alt.rName()));
    }

    /** Effective n1 giving {@code targetPower} with n2 = ratio·n1 (both at least 2). */
    double solveN1WithRatio(double effect, double ratio, double targetPower, double alpha, Alternative alt) {
        double lo = Math.max(N_LOW, N_LOW / ratio);
        double hi = Math.min(N_HIGH, N_HIGH / ratio);
        if (power(effect, lo, ratio * lo, alpha, alt) >= targetPower) {
            return lo;
        }
        return solve(n1 -> power(effect, n1, ratio * n1, alpha, alt) - targetPower, lo, hi, 1e-9,
                () -> String.format(Locale.ROOT,
                        "power %s cannot be reached for %s = %s at alpha %s (%s) with any group sizes up to 1e9",
                        targetPower, effectName(), effect, alpha, alt.rName()));
    }

    private static double solve(DoubleUnaryOperator f, double lo, double hi, double absAccuracy,
                                java.util.function.Supplier<String> failure) {
        double flo = f.applyAsDouble(lo);
        double fhi = f.applyAsDouble(hi);
        if (flo == 0) {
            return lo;
        }
        if (fhi == 0) {
            return hi;
        }
        if (Double.isNaN(flo) || Double.isNaN(fhi) || Math.signum(flo) == Math.signum(fhi)) {
            throw new IllegalArgumentException(failure.get());
        }
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-14, absAccuracy, 1e-300, 5);
        return solver.solve(10_000, f::applyAsDouble, lo, hi, AllowedSolution.ANY_SIDE);
    }
}
