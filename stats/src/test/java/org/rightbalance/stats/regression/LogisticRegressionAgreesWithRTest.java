package org.rightbalance.stats.regression;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.model.ModelFrame;
import org.rightbalance.stats.model.RegressionData;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Agreement with R 4.2.2 {@code glm} and sandwich 3.0-2 on synthetic matched, clustered data.
 * Expected values come from {@code src/test/resources/fixtures/logit/make_fixtures.R}, which
 * documents each quantity; every comparison is at 1e-6 relative.
 */
class LogisticRegressionAgreesWithRTest {

    private static final double REL = 1e-4;   // percent, i.e. 1e-6 relative
    private static Table table;
    private static Map<String, Double> expected;

    @BeforeAll
    static void readFixtures() throws IOException, URISyntaxException {
        Map<String, ColumnKind> columns = new LinkedHashMap<>();
        columns.put("y", ColumnKind.NUMERIC);
        columns.put("treated", ColumnKind.NUMERIC);
        columns.put("age", ColumnKind.NUMERIC);
        columns.put("region", ColumnKind.CATEGORICAL);
        columns.put("fam", ColumnKind.CATEGORICAL);
        columns.put("w", ColumnKind.NUMERIC);
        table = CsvTableReader.read(fixture("logit_data.csv"), columns);
        expected = new HashMap<>();
        List<String> lines = Files.readAllLines(fixture("expected.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            expected.put(f[0] + "/" + f[1] + "/" + f[2], Double.parseDouble(f[3]));
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(LogisticRegressionAgreesWithRTest.class.getResource("/fixtures/logit/" + name).toURI());
    }

    private static double r(String rCase, String quantity, String term) {
        Double v = expected.get(rCase + "/" + quantity + "/" + term);
        assertThat(v).as("R value %s/%s/%s", rCase, quantity, term).isNotNull();
        return v;
    }

    private static RegressionData data(String rCase) {
        return ModelFrame.build(table, Formula.parse("y ~ treated + age + region"),
                rCase.equals("weighted") ? "w" : null, "fam");
    }

    static Stream<Arguments> casesAndEstimators() {
        return Stream.of("unweighted", "weighted").flatMap(c -> Stream.of(
                Arguments.of(c, LogitVariance.CLASSICAL, "classical"),
                Arguments.of(c, LogitVariance.HC0, "hc0"),
                Arguments.of(c, LogitVariance.HC1, "hc1"),
                Arguments.of(c, LogitVariance.CR1, "cr1")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("casesAndEstimators")
    void coefficientsAndStandardErrorsMatchGlmAndSandwich(String rCase, LogitVariance v, String rName) {
        LogisticRegressionResult fit = new LogisticRegression(v).fit(data(rCase), "y");

        assertThat(fit.converged()).isTrue();
        assertThat(fit.terms()).containsExactly("(Intercept)", "treated", "age", "regionNorth", "regionSouth", "regionWest");
        for (Coefficient c : fit.coefficients()) {
            assertThat(c.estimate()).as("coef %s", c.term()).isCloseTo(r(rCase, "coef", c.term()), withinPercentage(REL));
            assertThat(c.stdError()).as("se_%s %s", rName, c.term())
                    .isCloseTo(r(rCase, "se_" + rName, c.term()), withinPercentage(REL));
            assertThat(c.df()).isInfinite();
            assertThat(c.statistic()).isEqualTo(c.estimate() / c.stdError());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("casesAndEstimators")
    void averageMarginalEffectOfTreatmentMatchesDeltaMethodInR(String rCase, LogitVariance v, String rName) {
        RegressionData data = data(rCase);
        LogisticRegressionResult fit = new LogisticRegression(v).fit(data, "y");

        AverageMarginalEffect all = AverageMarginalEffect.of(data, fit, "treated", false);
        AverageMarginalEffect att = AverageMarginalEffect.of(data, fit, "treated", true);

        assertThat(all.effect().estimate()).isCloseTo(r(rCase, "ame_all_estimate", "treated"), withinPercentage(REL));
        assertThat(all.effect().stdError()).isCloseTo(r(rCase, "ame_all_se_" + rName, "treated"), withinPercentage(REL));
        assertThat(att.effect().estimate()).isCloseTo(r(rCase, "ame_att_estimate", "treated"), withinPercentage(REL));
        assertThat(att.effect().stdError()).isCloseTo(r(rCase, "ame_att_se_" + rName, "treated"), withinPercentage(REL));
        assertThat(all.observations()).isEqualTo(data.n());
        assertThat(att.observations()).isLessThan(data.n());
        assertThat(all.meanIfTreated() - all.meanIfUntreated()).isCloseTo(all.effect().estimate(), within(1e-15));
    }

    @Test
    void fitStatisticsMatchGlm() {
        for (String rCase : List.of("unweighted", "weighted")) {
            LogisticRegressionResult fit = new LogisticRegression(LogitVariance.CR1).fit(data(rCase), "y");

            assertThat(fit.deviance()).isCloseTo(r(rCase, "deviance", ""), withinPercentage(REL));
            assertThat(fit.logLikelihood()).isCloseTo(r(rCase, "loglik", ""), withinPercentage(REL));
            assertThat(fit.nullDeviance()).isCloseTo(r(rCase, "null_deviance", ""), withinPercentage(REL));
            assertThat(fit.observations()).isEqualTo((int) r(rCase, "n", ""));
            assertThat(fit.clusters()).isEqualTo((int) r(rCase, "clusters", ""));
            assertThat(fit.iterations()).isBetween(3, 10);
        }
    }

    @Test
    void weightedFitDropsZeroWeightRowsAndTheirEmptyFamilies() {
        RegressionData data = data("weighted");

        assertThat(data.droppedZeroWeight()).isEqualTo(120);
        LogisticRegressionResult fit = new LogisticRegression(LogitVariance.CR1).fit(data, "y");
        assertThat(fit.observations()).isEqualTo(1880);
        assertThat(fit.clusters()).isEqualTo(815);
    }

    @Test
    void oddsRatiosAreExponentiatedCoefficientsAndLimits() {
        LogisticRegressionResult fit = new LogisticRegression(LogitVariance.CR1).fit(data("weighted"), "y");

        Coefficient b = fit.coefficient("treated");
        LogisticRegressionResult.OddsRatio or = fit.oddsRatio("treated");
        assertThat(or.oddsRatio()).isCloseTo(Math.exp(r("weighted", "coef", "treated")), withinPercentage(REL));
        assertThat(or.confLow()).isEqualTo(Math.exp(b.confLow()));
        assertThat(or.confHigh()).isEqualTo(Math.exp(b.confHigh()));
        assertThat(or.stdError()).isEqualTo(or.oddsRatio() * b.stdError());
        assertThat(or.pValue()).isEqualTo(b.pValue());
        // 95% normal interval: β ± 1.959964·se
        assertThat(b.confHigh() - b.estimate()).isCloseTo(1.959963984540054 * b.stdError(), within(1e-12));
        assertThat(fit.oddsRatios()).hasSize(6);
    }

    @Test
    void confidenceLevelIsConfigurable() {
        LogisticRegressionResult fit = new LogisticRegression(LogitVariance.HC1, 0.90,
                LogisticRegression.DEFAULT_MAX_ITERATIONS, LogisticRegression.DEFAULT_TOLERANCE).fit(data("weighted"), "y");

        Coefficient b = fit.coefficient("age");
        assertThat(b.confHigh() - b.estimate()).isCloseTo(1.6448536269514722 * b.stdError(), within(1e-12));
        assertThat(fit.confidenceLevel()).isEqualTo(0.90);
    }
}
