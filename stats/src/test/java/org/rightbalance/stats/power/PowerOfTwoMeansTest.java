package org.rightbalance.stats.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.Fixtures;

/**
 * Parity with R pwr 1.3-0 {@code pwr.t2n.test} (fixtures/power/generate_power_fixtures.R); see
 * {@link PowerOfTwoProportionsTest} for how solved values are compared given pwr's uniroot tolerance.
 * Power below 1e-3 is compared to 1e-9 absolute: both R (in long double) and this code (in double) form
 * some noncentral-t tails as 1 − (sum near 1), so values ~1e-13 carry only absolute accuracy.
 */
class PowerOfTwoMeansTest {

    private static final double REL = 1e-6;

    @Test
    void powerMatchesPwrForAllAlternativesAlphasAndUnequalGroups() {
        List<Fixtures.Row> rows = Fixtures.read("power/t2n_power.csv");
        assertThat(rows).hasSize(486);
        for (Fixtures.Row r : rows) {
            TwoGroupDesign design = new TwoGroupDesign(r.num("n1"), r.num("n2"), r.num("alpha"),
                    Alternative.parse(r.text("alternative")));
            double power = TwoMeanPower.power(design, r.num("d")).power();
            assertThat(Fixtures.close(power, r.num("power"), REL, 1e-3)).as("%s: got %s", r, power).isTrue();
        }
    }

    @Test
    void solvedEffectAndSecondGroupSizeMatchPwrsRoots() {
        List<Fixtures.Row> rows = Fixtures.read("power/t2n_solve.csv");
        assertThat(rows).hasSizeGreaterThan(150);
        for (Fixtures.Row r : rows) {
            Alternative alt = Alternative.parse(r.text("alternative"));
            double alpha = r.num("alpha");
            double target = r.num("power");
            double root;
            double powerAtPwrRoot;
            if (r.text("solve").equals("effect")) {
                TwoGroupDesign design = new TwoGroupDesign(r.num("n1"), r.num("n2"), alpha, alt);
                root = TwoMeanPower.minimumDetectableEffect(design, target, Double.NaN).d();
                powerAtPwrRoot = TwoMeanPower.power(design, r.num("pwr_root")).power();
            } else {
                root = TwoMeanPower.secondGroupSize(r.num("n1"), r.num("effect"), target, alpha, alt,
                        DesignEffect.NONE).n2Exact();
                powerAtPwrRoot = TwoMeanPower.power(
                        new TwoGroupDesign(r.num("n1"), r.num("pwr_root"), alpha, alt), r.num("effect")).power();
            }
            PwrRoots.assertAgrees(r, root, powerAtPwrRoot);
        }
    }

    @Test
    void minimumDetectableEffectIsExpressedInOutcomeUnitsGivenTheSd() {
        TwoGroupDesign d = new TwoGroupDesign(65, 403, 0.05, Alternative.TWO_SIDED);
        MeanMde mde = TwoMeanPower.minimumDetectableEffect(d, 0.8, 190);
        assertThat(mde.difference()).isCloseTo(mde.d() * 190, within(1e-12));
        assertThat(TwoMeanPower.power(d, mde.difference(), 190).power()).isCloseTo(0.8, within(1e-10));
    }

    @Test
    void tinyGroupsStillSolveAndAHugeEffectNeedsOnlyTheMinimumGroupSize() {
        TwoGroupDesign tiny = new TwoGroupDesign(2, 2, 0.05, Alternative.TWO_SIDED);
        double d = TwoMeanPower.minimumDetectableEffect(tiny, 0.8, Double.NaN).d();
        assertThat(TwoMeanPower.power(tiny, d).power()).isCloseTo(0.8, within(1e-10));
        SampleSize s = TwoMeanPower.secondGroupSize(100, 5, 0.8, 0.05, Alternative.TWO_SIDED, DesignEffect.NONE);
        assertThat(s.n2()).isEqualTo(2);
        assertThat(s.achievedPower()).isGreaterThan(0.8);
    }
}
