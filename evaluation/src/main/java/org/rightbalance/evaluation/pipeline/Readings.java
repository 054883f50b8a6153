package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.plan.OutcomeDefinition;
import org.rightbalance.stats.model.Coefficient;

import java.util.Locale;

/**
 * Plain-English readings of a model that never claim more than the design allows: a p-value at or above
 * the significance level is "no evidence of an effect", never "no effect"; one below it is "evidence of a
 * difference", an association in a matched comparison that unmeasured selection could explain, never
 * proof that the programme caused it.
 */
final class Readings {

    private Readings() {
    }

    static String read(OutcomeDefinition outcome, String estimator, boolean sensitivity, Coefficient effect,
                       double level, String cutoff) {
        Locale l = Locale.ROOT;
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
        String what = estimator.equals("logit") ? "By the logit's average marginal effect on the treated, "
                : "By weighted least squares, ";
        String measure = outcome.isBinary() ? "rate of " + outcome.description() : outcome.description().replace("days on", "time on");
        String sentence = what + "treated children's " + measure + " was "
                + (direction.equals("no different") ? "no different from"
                : size + " " + scale + " " + direction + " than")
                + " matched comparison children's (" + Math.round(level * 100) + "% CI " + interval + " " + scale + ")"
                + (sensitivity ? ", controlling for key referrals after " + cutoff : "") + "; ";
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
