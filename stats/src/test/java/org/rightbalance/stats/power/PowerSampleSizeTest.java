package org.rightbalance.stats.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.Fixtures;

/** Sample size with an allocation ratio n2 = ratio·n1 against n1 solved in R on pwr's own power functions. */
class PowerSampleSizeTest {

    @Test
    void perGroupSizesWithAllocationRatioMatchRSolvedOnPwrsPowerFunctions() {
        List<Fixtures.Row> rows = Fixtures.read("power/ratio_sample_size.csv");
        assertThat(rows).hasSize(144);
        for (Fixtures.Row r : rows) {
            SampleSizeRequest req = new SampleSizeRequest(r.num("effect"), r.num("power"), r.num("alpha"),
                    Alternative.parse(r.text("alternative")), r.num("ratio"), DesignEffect.NONE);
            SampleSize s = r.text("test").equals("p2p2n")
                    ? TwoProportionPower.sampleSize(req) : TwoMeanPower.sampleSize(req);
            assertThat(Fixtures.close(s.n1Exact(), r.num("n1_exact"), 1e-6, 1e-12)).as("%s: %s", r, s).isTrue();
            assertThat(Fixtures.close(s.n2Exact(), r.num("n2_exact"), 1e-6, 1e-12)).as("%s: %s", r, s).isTrue();
            assertThat(s.n1()).as("%s", r).isEqualTo((long) r.num("n1"));
            assertThat(s.n2()).as("%s", r).isEqualTo((long) r.num("n2"));
            assertThat(s.achievedPower()).as("%s", r).isGreaterThanOrEqualTo(r.num("power") - 1e-9);
        }
    }

    @Test
    void designEffectInflatesTheRequiredSizesByDeff() {
        DesignEffect deff = new DesignEffect(3, 0.05); // 1.1
        SampleSize plain = TwoMeanPower.sampleSize(new SampleSizeRequest(0.4, 0.8, 0.05, Alternative.TWO_SIDED, 2,
                DesignEffect.NONE));
        SampleSize clustered = TwoMeanPower.sampleSize(new SampleSizeRequest(0.4, 0.8, 0.05, Alternative.TWO_SIDED, 2,
                deff));
        assertThat(clustered.n1Exact()).isCloseTo(plain.n1Exact() * 1.1, within(1e-8));
        assertThat(clustered.n2Exact()).isCloseTo(2 * clustered.n1Exact(), within(1e-8));
        assertThat(clustered.designEffect()).isCloseTo(1.1, within(1e-15));
    }

    @Test
    void requestsAreValidatedWithOneLineMessages() {
        assertThatThrownBy(() -> new SampleSizeRequest(0.3, 0.8, 0.05, Alternative.LESS, 1, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a negative effect");
        assertThatThrownBy(() -> new SampleSizeRequest(0.3, 0.8, 0.05, Alternative.TWO_SIDED, 0, null))
                .hasMessageContaining("allocation ratio");
        assertThatThrownBy(() -> new SampleSizeRequest(0.3, 1.0, 0.05, Alternative.TWO_SIDED, 1, null))
                .hasMessage("target power must be in (0, 1), was 1.0");
    }
}
