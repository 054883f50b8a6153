package org.rightbalance.analysis;

import org.rightbalance.stats.power.MeanMde;
import org.rightbalance.stats.power.PowerResult;
import org.rightbalance.stats.power.ProportionMde;
import org.rightbalance.stats.power.SampleSize;
import org.rightbalance.stats.power.SampleSizeRequest;
import org.rightbalance.stats.power.TwoGroupDesign;
import org.rightbalance.stats.power.TwoMeanPower;
import org.rightbalance.stats.power.TwoProportionPower;

/** Answers a {@link PowerRequest}: power, minimum detectable effect, or sample size. */
public final class PowerService {

    /**
     * The answer; exactly one of the result fields is set, as the question says.
     *
     * @param effectSize Cohen's h (proportions) or d (means) of the given or detectable effect
     */
    public record PowerAnswer(PowerRequest.Question question, double effectSize, PowerResult power,
                              ProportionMde proportionMde, MeanMde meanMde, SampleSize sampleSize, String summary) {
    }

    public PowerAnswer answer(PowerRequest r) {
        boolean proportion = r.outcome() == PowerRequest.Outcome.PROPORTION;
        return switch (r.question()) {
            case POWER -> {
                TwoGroupDesign design = design(r);
                PowerResult p = proportion
                        ? TwoProportionPower.power(design, r.treatedValue(), r.baseline())
                        : TwoMeanPower.power(design, r.difference(), r.sd());
                String what = proportion
                        ? String.format(java.util.Locale.ROOT, "a change from %.3f to %.3f", r.baseline(), r.treatedValue())
                        : String.format(java.util.Locale.ROOT, "a difference of %s (SD %s)", num(r.difference()), num(r.sd()));
                String summary = String.format(java.util.Locale.ROOT, "With %s has %.1f%% power to detect %s.",
                        design.describe(), 100 * p.power(), what);
                yield new PowerAnswer(r.question(), p.effectSize(), p, null, null, null, summary);
            }
            case MINIMUM_DETECTABLE_EFFECT -> {
                TwoGroupDesign design = design(r);
                if (proportion) {
                    ProportionMde mde = TwoProportionPower.minimumDetectableEffect(design, r.targetPower(), r.baseline());
                    yield new PowerAnswer(r.question(), mde.h(), null, mde, null, null, mde.summary());
                }
                MeanMde mde = TwoMeanPower.minimumDetectableEffect(design, r.targetPower(), r.sd());
                yield new PowerAnswer(r.question(), mde.d(), null, null, mde, null, mde.summary());
            }
            case SAMPLE_SIZE -> {
                double effect = proportion ? TwoProportionPower.cohensH(r.treatedValue(), r.baseline())
                        : r.difference() / r.sd();
                SampleSizeRequest request = new SampleSizeRequest(effect, r.targetPower(), r.alpha(), r.alternative(),
                        r.ratio(), r.designEffect());
                SampleSize n = proportion ? TwoProportionPower.sampleSize(request) : TwoMeanPower.sampleSize(request);
                String summary = String.format(java.util.Locale.ROOT,
                        "To detect %s with %.0f%% power (alpha %s, %s), the treated group needs %d and the comparison group %d"
                                + " (%d in all%s).",
                        proportion ? String.format(java.util.Locale.ROOT, "a change from %.3f to %.3f", r.baseline(), r.treatedValue())
                                : "a difference of " + num(r.difference()) + " (d = " + String.format(java.util.Locale.ROOT, "%.3f", effect) + ")",
                        100 * r.targetPower(), num(r.alpha()), r.alternative().rName(), n.n1(), n.n2(), n.total(),
                        r.designEffect().value() > 1 ? String.format(java.util.Locale.ROOT, ", design effect %.3f", r.designEffect().value()) : "");
                yield new PowerAnswer(r.question(), effect, null, null, null, n, summary);
            }
        };
    }

    private static TwoGroupDesign design(PowerRequest r) {
        return new TwoGroupDesign(r.n1(), r.n2(), r.alpha(), r.alternative(), r.designEffect());
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
