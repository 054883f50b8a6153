package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.plan.OutcomeDefinition;
import org.rightbalance.stats.model.Coefficient;

import java.util.Locale;

/**
 * Plain-English readings of a model that never claim more than the design allows: a p-value at or above
 * the significance level is "no evidence of an effect", never "no effect"; one below it is "evidence of a
 * difference", an association in a matched comparison that unmeasured selection could explain, never
 * proof that the programme caused it. An estimate, interval or p-value that is not a finite number (a sample
 * too small to support it) is said to be not computable; no direction or significance is read from it.
 */
final class Readings {

    private Readings() {
    }

    static String read(OutcomeDefinition outcome, String estimator, boolean sensitivity, Coefficient effect,
                       double level, String cutoff) {
        Locale l = Locale.ROOT;
        String what = estimator.equals("logit") ? "By the logit's average marginal effect on the treated, "
                : "By weighted least squares, ";
        String measure = outcome.isBinary() ? "rate of " + outcome.description() : outcome.description().replace("days on", "time on");
        String controlling = sensitivity ? ", controlling for key referrals after " + cutoff : "";
        if (!Double.isFinite(effect.estimate())) {
            return what + "the difference between treated and matched comparison children's " + measure
                    + controlling + " could not be computed from this sample, so it says nothing about the "
                    + "programme's effect.";
        }
        boolean intervalKnown = Double.isFinite(effect.confLow()) && Double.isFinite(effect.confHigh());
        String scale;
        String size;
        String interval;
        if (outcome.isBinary()) {
            scale = "percentage points";
            size = String.format(l, "%.1f", 100 * Math.abs(effect.estimate()));
            interval = String.format(l, "%.1f to %.1f", 100 * effect.confLow(), 100 * effect.confHigh());
        } else {
            scale = "days";
            size = String.format(l, "%.1f", Math.abs(effect.estimate()));
            interval = String.format(l, "%.1f to %.1f", effect.confLow(), effect.confHigh());
        }
        String direction = effect.estimate() > 0 ? (outcome.isBinary() ? "higher" : "longer")
                : effect.estimate() < 0 ? (outcome.isBinary() ? "lower" : "shorter") : "no different";
        String sentence = what + "treated children's " + measure + " was "
                + (direction.equals("no different") ? "no different from"
                : size + " " + scale + " " + direction + " than")
                + " matched comparison children's (" + Math.round(level * 100) + "% CI "
                + (intervalKnown ? interval + " " + scale : "not estimable") + ")" + controlling + "; ";
        if (!intervalKnown || !Double.isFinite(effect.pValue())) {
            return sentence + "its confidence interval or p-value could not be computed from this sample, so it "
                    + "gives no evidence either way about an effect of the programme.";
        }
        double alpha = 1 - level;
        if (effect.pValue() >= alpha) {
            return sentence + "no evidence of an effect (" + p(effect.pValue())
                    + "). This does not show that the programme had no effect: the sample may be too small to detect one.";
        }
        return sentence + "evidence of a difference (" + p(effect.pValue()) + "). This is an association in a "
                + "matched comparison; unmeasured differences between the groups, such as practitioners' choice of "
                + "cases, could explain it.";
    }

    static String p(double p) {
        if (p < 0.001) {
            return "p < 0.001";
        }
        return String.format(Locale.ROOT, p < 0.01 ? "p = %.3f" : "p = %.2f", p);
    }
}
