package org.rightbalance.stats.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.Fixtures;

/**
 * What the 2020 Right Balance for Families evaluation (Appendix 4: 120 treated vs 440 comparison children,
 * clustered in families) could detect. Reference values from fixtures/power/generate_power_fixtures.R.
 *
 * <p>ASSUMPTION (not reported by the evaluation, illustrative only): an average of m = 1.25 sampled children per
 * family and an intra-family correlation ICC = 0.3, so DEFF = 1.075 and the effective sizes are 111.6 and 409.3.
 */
class PowerRbff2020EvaluationExampleTest {

    private static final DesignEffect FAMILIES = new DesignEffect(1.25, 0.3);
    private static final TwoGroupDesign RBFF = new TwoGroupDesign(120, 440, 0.05, Alternative.TWO_SIDED, FAMILIES);

    private static Map<String, Double> reference() {
        Map<String, Double> m = new HashMap<>();
        for (Fixtures.Row r : Fixtures.read("power/rbff_example.csv")) {
            m.put(r.text("quantity"), r.num("value"));
        }
        return m;
    }

    @Test
    void reReferralStudyCouldOnlyDetectChangesOfAboutTenPercentagePointsFromEleven() {
        Map<String, Double> ref = reference();
        assertThat(FAMILIES.value()).isCloseTo(ref.get("deff"), within(1e-15));
        ProportionMde mde = TwoProportionPower.minimumDetectableEffect(RBFF, 0.8, 0.111);
        assertThat(mde.h()).isCloseTo(ref.get("h_mde"), within(1e-9));
        assertThat(mde.higherProportion()).isCloseTo(ref.get("p1_higher"), within(1e-9));
        assertThat(mde.lowerProportion()).isCloseTo(ref.get("p1_lower"), within(1e-9));
        // i.e. re-referral would have had to fall from 11.1% to about 3.6% (or rise to 22.1%) to be detected
        assertThat(mde.absoluteDecrease()).isCloseTo(-0.075, within(0.001));
        assertThat(mde.absoluteIncrease()).isCloseTo(0.110, within(0.001));

        assertThat(mde.summary()).isEqualTo("With group sizes 120 and 440 (effective 111.6 and 409.3 after a design "
                + "effect of 1.075), a two-sided test at alpha 0.05 has 80% power to detect a change from 0.111 to "
                + "0.036 or 0.221 (Cohen's h = 0.299).");

        ProportionMde escalation = TwoProportionPower.minimumDetectableEffect(RBFF, 0.8, 0.134);
        assertThat(escalation.higherProportion()).isCloseTo(ref.get("esc_p1_higher"), within(1e-9));
        assertThat(escalation.lowerProportion()).isCloseTo(ref.get("esc_p1_lower"), within(1e-9));
    }

    @Test
    void aFivePointReductionInReReferralHadRoughlyCoinFlipPower() {
        Map<String, Double> ref = reference();
        TwoGroupDesign oneSided = new TwoGroupDesign(120, 440, 0.05, Alternative.LESS, FAMILIES);
        double power = TwoProportionPower.power(oneSided, 0.061, 0.111).power();
        assertThat(power).isCloseTo(ref.get("power_reduction_5pt"), within(1e-10));
        assertThat(power).isBetween(0.5, 0.55);
    }

    @Test
    void detectingAFivePointReductionNeedsAboutThreeTimesTheSample() {
        Map<String, Double> ref = reference();
        SampleSize s = TwoProportionPower.sampleSize(new SampleSizeRequest(
                TwoProportionPower.cohensH(0.061, 0.111), 0.8, 0.05, Alternative.TWO_SIDED, 440.0 / 120, FAMILIES));
        assertThat(s.n1Exact()).isCloseTo(ref.get("n1_exact_5pt"), within(1e-6 * ref.get("n1_exact_5pt")));
        assertThat(s.n2Exact()).isCloseTo(ref.get("n2_exact_5pt"), within(1e-6 * ref.get("n2_exact_5pt")));
        assertThat(s.n1()).isEqualTo(331);
        assertThat(s.n2()).isEqualTo(1213);
    }

    @Test
    void daysOnPlanStudyCouldDetectAboutSeventyDays() {
        Map<String, Double> ref = reference();
        double sd = 25.541 / Math.sqrt(1.0 / 65 + 1.0 / 403);
        assertThat(sd).isCloseTo(ref.get("days_sd"), within(1e-9));
        MeanMde mde = TwoMeanPower.minimumDetectableEffect(
                new TwoGroupDesign(65, 403, 0.05, Alternative.TWO_SIDED), 0.8, sd);
        assertThat(mde.d()).isCloseTo(ref.get("days_d_mde"), within(1e-9));
        assertThat(mde.difference()).isCloseTo(ref.get("days_mde"), within(1e-6));
        assertThat(mde.summary()).isEqualTo("With group sizes 65 and 403, a two-sided test at alpha 0.05 has 80% "
                + "power to detect a difference in means of 71.70 (Cohen's d = 0.375 with SD 191.1).");
    }
}
