package org.rightbalance.stats.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * How much practitioner-selection confounding would explain away the 2020 evaluation's estimates (Appendix 4).
 * Reference values: fixtures/evalue/generate_evalue_fixtures.R (rows for RBFF).
 */
class EValueRbff2020EvaluationExampleTest {

    @Test
    void reReferralEstimateIsExplainedAwayByWeakConfoundingAndItsIntervalAlreadyIncludesTheNull() {
        double se = 0.033;
        EValueResult r = EValue.riskDifference(-0.007, -0.007 - 1.96 * se, -0.007 + 1.96 * se, 0.111);
        assertThat(r.rrEstimate()).isCloseTo(0.93693693693693691, within(1e-14));
        assertThat(r.pointEValue()).isCloseTo(1.3353338435531992, within(1e-12));
        assertThat(r.ciEValue()).isEqualTo(1.0);
        assertThat(r.interpretation()).startsWith("An unmeasured confounder would need to be associated with both "
                + "treatment and outcome by a risk ratio of at least 1.34 each");
    }

    @Test
    void daysOnPlanEstimateNeedsOnlyModestConfounding() {
        double sd = 25.541 / Math.sqrt(1.0 / 65 + 1.0 / 403);
        EValueResult r = EValue.meanDifference(31.487, 25.541, sd);
        assertThat(r.pointEValue()).isCloseTo(1.5953075396702836, within(1e-12));
        assertThat(r.ciEValue()).isEqualTo(1.0);
    }
}
