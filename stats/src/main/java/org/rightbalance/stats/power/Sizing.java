package org.rightbalance.stats.power;

/** Shared sample-size logic for both tests. Package-private. */
final class Sizing {

    private Sizing() {
    }

    static SampleSize withRatio(PowerCurve curve, SampleSizeRequest r) {
        double deff = r.designEffect().value();
        double e = r.alternative() == Alternative.TWO_SIDED ? Math.abs(r.effect()) : r.effect();
        double ratio = r.allocationRatio();
        double n1Eff = curve.solveN1WithRatio(e, ratio, r.power(), r.alpha(), r.alternative());
        double n1Exact = n1Eff * deff;
        double n2Exact = ratio * n1Eff * deff;
        long n1 = Math.max(2, SampleSize.roundUp(n1Exact));
        long n2 = Math.max(2, SampleSize.roundUp(n2Exact));
        double achieved = curve.power(e, n1 / deff, n2 / deff, r.alpha(), r.alternative());
        return new SampleSize(n1Exact, n2Exact, n1, n2, deff, r.power(), achieved);
    }

    static SampleSize secondGroup(PowerCurve curve, double n1, double effect, double targetPower, double alpha,
                                  Alternative alternative, DesignEffect designEffect) {
        // validates sizes, alpha and alternative (n2 placeholder 1e9 is replaced by the solution)
        DesignEffect de = designEffect == null ? DesignEffect.NONE : designEffect;
        TwoGroupDesign design = new TwoGroupDesign(n1, Math.max(2 * de.value(), 2), alpha, alternative, de);
        TwoGroupDesign.checkPower(targetPower);
        if (!Double.isFinite(effect) || effect == 0) {
            throw new IllegalArgumentException("effect size must be a finite non-zero number, was " + effect);
        }
        double deff = de.value();
        double e = alternative == Alternative.TWO_SIDED ? Math.abs(effect) : effect;
        double n2Eff = curve.solveN2(e, design.effectiveN1(), targetPower, alpha, alternative);
        double n2Exact = n2Eff * deff;
        long n1r = SampleSize.roundUp(n1);
        long n2 = Math.max(2, SampleSize.roundUp(n2Exact));
        double achieved = curve.power(e, design.effectiveN1(), n2 / deff, alpha, alternative);
        return new SampleSize(n1, n2Exact, n1r, n2, deff, targetPower, achieved);
    }
}
