package org.rightbalance.cli;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.power.Alternative;
import org.rightbalance.stats.power.DesignEffect;
import org.rightbalance.stats.power.TwoGroupDesign;
import org.rightbalance.stats.power.TwoProportionPower;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsPowerAndEValueCommandTest {

    private static JsonNode json(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void groupSizesWithoutAnEffectAskForTheMinimumDetectableEffect() {
        JsonNode json = json(CliRun.of("stats", "power", "--proportion", "--n1", "120", "--n2", "440",
                "--baseline", "0.111", "--cluster-size", "1.25", "--icc", "0.3", "--json"));

        var expected = TwoProportionPower.minimumDetectableEffect(
                new TwoGroupDesign(120, 440, 0.05, Alternative.TWO_SIDED, new DesignEffect(1.25, 0.3)), 0.8, 0.111);
        assertThat(json.get("question").asString()).isEqualTo("minimum_detectable_effect");
        assertThat(json.get("design_effect").asDouble()).isCloseTo(1.075, within(1e-12));
        assertThat(json.get("detectable_lower").asDouble()).isCloseTo(expected.lowerProportion(), within(1e-12));
        assertThat(json.get("detectable_higher").asDouble()).isCloseTo(expected.higherProportion(), within(1e-12));
        assertThat(json.get("summary").asString()).contains("0.111");
    }

    @Test
    void anEffectWithoutGroupSizesAsksForTheSampleNeeded() {
        JsonNode json = json(CliRun.of("stats", "power", "--proportion", "--baseline", "0.111", "--p1", "0.061",
                "--ratio", "3.67", "--json"));

        assertThat(json.get("question").asString()).isEqualTo("sample_size");
        assertThat(json.get("required_n2").asLong()).isGreaterThan(json.get("required_n1").asLong());
        assertThat(json.get("power").asDouble()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void groupSizesAndAnEffectAskForPower() {
        JsonNode json = json(CliRun.of("stats", "power", "--mean", "--n1", "65", "--n2", "403", "--sd", "191",
                "--difference", "31.5", "--json"));

        assertThat(json.get("question").asString()).isEqualTo("power");
        assertThat(json.get("power").asDouble()).isBetween(0.05, 0.8);
    }

    @Test
    void powerWithOnlyOneGroupSizeIsAnOptionError() {
        CliRun run = CliRun.of("stats", "power", "--proportion", "--n1", "120", "--baseline", "0.1");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("give both group sizes");
    }

    @Test
    void eValueOfAProtectiveRiskRatioUsesItsInverse() {
        JsonNode json = json(CliRun.of("stats", "evalue", "--measure", "rr", "--estimate", "0.8", "--lower", "0.71",
                "--upper", "0.91", "--json"));

        // VanderWeele & Ding (2017): RR 0.80 (0.71-0.91) has E-values 1.81 and 1.43.
        assertThat(json.get("evalue").asDouble()).isCloseTo(1.81, within(0.005));
        assertThat(json.get("evalue_confidence_limit").asDouble()).isCloseTo(1.43, within(0.005));
    }

    @Test
    void eValueOfAMeanDifferenceNeedsItsStandardDeviation() {
        CliRun run = CliRun.of("stats", "evalue", "--measure", "md", "--estimate", "31.5", "--se", "25.5");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("rightbalance: --measure md needs --sd");
    }
}
