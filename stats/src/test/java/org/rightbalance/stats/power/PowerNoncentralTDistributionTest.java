package org.rightbalance.stats.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.Fixtures;

class PowerNoncentralTDistributionTest {

    /** fixtures/power/nct_cdf.csv: R 4.2.2 pt(q, df, ncp) and pt(..., lower.tail = FALSE). */
    @Test
    void matchesRsPtOnAGridOfQuantilesDegreesOfFreedomAndNoncentralities() {
        List<Fixtures.Row> rows = Fixtures.read("power/nct_cdf.csv");
        assertThat(rows).hasSize(584);
        for (Fixtures.Row r : rows) {
            double q = r.num("q");
            double df = r.num("df");
            double ncp = r.num("ncp");
            assertThat(NoncentralT.cdf(q, df, ncp, true)).as("lower %s", r).isCloseTo(r.num("lower"), within(1e-9));
            assertThat(NoncentralT.cdf(q, df, ncp, false)).as("upper %s", r).isCloseTo(r.num("upper"), within(1e-9));
        }
    }

    @Test
    void reducesToTheCentralTWhenNoncentralityIsZeroAndTailsSumToOne() {
        assertThat(NoncentralT.cdf(2.0, 10, 0)).isCloseTo(0.963306, within(1e-6));
        assertThat(NoncentralT.cdf(1.3, 7, 1.1, true) + NoncentralT.cdf(1.3, 7, 1.1, false))
                .isCloseTo(1.0, within(1e-15));
    }

    @Test
    void centralQuantileInvertsTheCentralCdf() {
        for (double df : new double[] {1, 3, 30, 558, 1e5, 1e7}) {
            for (double p : new double[] {0.005, 0.025, 0.05, 0.5, 0.9}) {
                double q = NoncentralT.centralQuantile(p, df);
                assertThat(NoncentralT.centralCdf(q, df, true)).as("df=%s p=%s", df, p).isCloseTo(p, within(1e-12));
            }
        }
    }

    @Test
    void rejectsNonPositiveDegreesOfFreedom() {
        assertThatThrownBy(() -> NoncentralT.cdf(1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("df > 0");
    }
}
