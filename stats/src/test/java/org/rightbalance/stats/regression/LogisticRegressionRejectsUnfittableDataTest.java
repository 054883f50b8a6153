package org.rightbalance.stats.regression;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.model.ModelFrame;
import org.rightbalance.stats.model.RegressionData;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Data for which a logit has no finite maximum likelihood estimate, or is not a logit at all, are
 * reported as one-line messages naming the file, line, column or terms — never a silently huge
 * coefficient. The data go through {@link CsvTableReader} and {@link ModelFrame} as a user's would.
 */
class LogisticRegressionRejectsUnfittableDataTest {

    private static final LogisticRegression LOGIT = new LogisticRegression(LogitVariance.HC1);

    /** Reads "y,treated,x,w,fam" rows (header added) as the file y.csv. */
    private static RegressionData frame(String formula, String weights, String rows) {
        Map<String, ColumnKind> columns = new LinkedHashMap<>();
        columns.put("y", ColumnKind.NUMERIC);
        columns.put("treated", ColumnKind.NUMERIC);
        columns.put("x", ColumnKind.NUMERIC);
        columns.put("w", ColumnKind.NUMERIC);
        columns.put("fam", ColumnKind.CATEGORICAL);
        var table = CsvTableReader.read("y.csv", new StringReader("y,treated,x,w,fam\n" + rows), columns);
        return ModelFrame.build(table, Formula.parse(formula), weights, "fam");
    }

    /** Twelve rows where neither treated nor x separates y. */
    private static final String OVERLAPPING = """
            0,0,1.0,1,a
            1,0,2.0,1,a
            0,0,3.0,2,b
            1,0,4.5,1,b
            0,0,5.0,1,c
            0,1,6.0,1,c
            1,1,7.0,1,d
            0,1,8.0,1,d
            1,1,9.0,1,e
            1,1,2.5,1,e
            0,1,3.5,1,f
            1,0,6.5,1,f
            """;

    @Test
    void outcomeOtherThanZeroOrOneIsReportedWithFileLineAndColumn() {
        RegressionData data = frame("y ~ treated", null, """
                0,0,1,1,a
                1,1,2,1,b
                2,0,3,1,c
                1,1,4,1,d
                """);

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("y.csv, line 4, column 'y': 2 is not 0 or 1; a logistic regression needs a binary outcome");
    }

    @Test
    void outcomeWithoutAGivenNameIsStillLocatedByFileAndLine() {
        RegressionData data = frame("y ~ treated", null, "0,0,1,1,a\n0.5,1,2,1,b\n");

        assertThatThrownBy(() -> LOGIT.fit(data))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("y.csv, line 3: outcome 0.5 is not 0 or 1; a logistic regression needs a binary outcome");
    }

    @Test
    void constantOutcomeIsReported() {
        RegressionData data = frame("y ~ treated", null, "1,0,1,1,a\n1,1,2,1,b\n1,0,3,1,c\n1,1,4,1,d\n");

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("y.csv: the outcome 'y' is 1 in every row used (4 rows); a logistic regression needs both 0s and 1s");
    }

    @Test
    void treatmentThatPredictsTheOutcomeExactlyIsCompleteSeparation() {
        RegressionData data = frame("y ~ treated + x", null, """
                0,0,1,1,a
                0,0,2,1,b
                0,0,3,1,c
                1,1,4,1,d
                1,1,5,1,e
                1,1,1,1,f
                """);

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("y.csv: 'treated' predicts the outcome 'y' perfectly (it is 1 exactly where 'treated' = 1):"
                        + " complete separation; the logit coefficient of 'treated' is infinite");
    }

    @Test
    void outcomeConstantAmongTheTreatedIsQuasiCompleteSeparation() {
        RegressionData data = frame("y ~ treated + x", null, """
                0,0,1,1,a
                1,0,2,1,b
                0,0,3,1,c
                1,1,4,1,d
                1,1,5,1,e
                1,1,1,1,f
                """);

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("y.csv: the outcome 'y' is 1 in every row where 'treated' = 1 (3 rows):"
                        + " quasi-complete separation; the logit coefficient of 'treated' is infinite");
    }

    @Test
    void outcomeConstantAmongTheUntreatedIsQuasiCompleteSeparation() {
        RegressionData data = frame("y ~ treated + x", null, """
                0,0,1,1,a
                0,0,2,1,b
                0,0,3,1,c
                1,1,4,1,d
                0,1,5,1,e
                1,1,1,1,f
                """);

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("y.csv: the outcome 'y' is 0 in every row where 'treated' = 0 (3 rows):"
                        + " quasi-complete separation; the logit coefficients of 'treated' and '(Intercept)' are infinite");
    }

    @Test
    void aThresholdOnANumericTermIsCompleteSeparation() {
        RegressionData data = frame("y ~ treated + x", null, """
                0,0,1.0,1,a
                0,1,2.0,1,a
                0,0,3.0,1,b
                0,1,4.0,1,b
                0,0,4.9,1,c
                1,1,5.1,1,c
                1,0,6.0,1,d
                1,1,7.0,1,d
                1,0,8.0,1,e
                1,1,9.0,1,e
                """);

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("y.csv: the outcome 'y' is predicted perfectly in 10 of 10 rows")
                .hasMessageContaining("complete separation")
                .hasMessageContaining("'x'")
                .hasMessageEndingWith("infinite");
    }

    @Test
    void aThresholdWithTiesAtItIsQuasiCompleteSeparation() {
        RegressionData data = frame("y ~ treated + x", null, """
                0,0,1.0,1,a
                0,1,2.0,1,a
                0,0,3.0,1,b
                0,1,4.0,1,b
                0,0,5.0,1,c
                1,1,5.0,1,c
                1,0,5.0,1,d
                0,1,5.0,1,d
                1,0,8.0,1,e
                1,1,9.0,1,e
                """);

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("quasi-complete separation")
                .hasMessageEndingWith("the logit coefficients of '(Intercept)' and 'x' are infinite");
    }

    @Test
    void aFewSeparatedRowsAmongManyAreFoundThoughTheDevianceStopsChanging() {
        // 20,000 overlapping rows with x = 0, and 10 rows with x = 2 whose outcome is always 1:
        // the coefficient of x is +∞, but the deviance of the separated rows is soon too small to
        // register against the rest.
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            rows.append(i % 3 == 0 ? 1 : 0).append(',').append(i % 2).append(",0,1,f").append(i % 500).append('\n');
        }
        for (int i = 0; i < 10; i++) {
            rows.append("1,").append(i % 2).append(',').append(2).append(",1,g").append(i).append('\n');
        }
        RegressionData data = frame("y ~ treated + x", null, rows.toString());

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("quasi-complete separation")
                .hasMessageEndingWith("the logit coefficient of 'x' is infinite");
    }

    @Test
    void separationAmongRowsOfPositiveWeightIsFoundWhenOnlyAZeroWeightRowBreaksIt() {
        RegressionData data = frame("y ~ treated", "w", """
                0,0,1,1.5,a
                1,0,2,0.5,b
                0,1,3,0,c
                1,1,4,2,d
                1,1,5,1,e
                """);

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("is 1 in every row where 'treated' = 1 (2 rows)");
    }

    @Test
    void overlappingDataAreFittedWithFiniteCoefficients() {
        LogisticRegressionResult fit = LOGIT.fit(frame("y ~ treated + x", null, OVERLAPPING), "y");

        assertThat(fit.converged()).isTrue();
        assertThat(fit.coefficients()).allSatisfy(c -> assertThat(c.estimate()).isFinite());
    }

    @Test
    void aSingleOverlappingRowMakesTheEstimateFiniteThoughLarge() {
        LogisticRegressionResult fit = LOGIT.fit(frame("y ~ x", null, """
                0,0,1.0,1,a
                0,0,2.0,1,a
                0,0,3.0,1,b
                0,0,4.0,1,b
                1,0,4.5,1,c
                0,0,5.5,1,c
                1,0,6.0,1,d
                1,0,7.0,1,d
                1,0,8.0,1,e
                1,0,9.0,1,e
                """), "y");

        assertThat(fit.converged()).isTrue();
        assertThat(fit.coefficient("x").estimate()).isBetween(1.0, 20.0);
    }

    @Test
    void aGenuineOptimumWithFittedProbabilitiesNearZeroAndOneIsNotSeparation() {
        // R 4.2.2: x <- seq(-30, 30, length.out = 601); y <- as.numeric(x > 0)
        //          mid <- which(abs(x) < 2); y[mid] <- rep(c(0, 1, 1, 0), length.out = length(mid))
        //          glm(y ~ x, binomial, control = glm.control(epsilon = 1e-14))
        // converges with 119 fitted probabilities within 1e-10 of 0 or 1.
        StringBuilder rows = new StringBuilder();
        int mid = 0;
        for (int i = 0; i < 601; i++) {
            double x = -30 + 60.0 * i / 600;
            int y = x > 0 ? 1 : 0;
            if (Math.abs(x) < 2) {
                y = new int[]{0, 1, 1, 0}[mid++ % 4];
            }
            rows.append(y).append(",0,").append(x).append(",1,f").append(i).append('\n');
        }
        LogisticRegressionResult fit = new LogisticRegression(LogitVariance.CLASSICAL).fit(frame("y ~ x", null, rows.toString()), "y");

        assertThat(fit.converged()).isTrue();
        assertThat(fit.coefficient("(Intercept)").estimate()).isCloseTo(0.047803343193860953, withinPercentage(1e-4));
        assertThat(fit.coefficient("x").estimate()).isCloseTo(0.95606686387661044, withinPercentage(1e-4));
        assertThat(fit.coefficient("(Intercept)").stdError()).isCloseTo(0.3093106775963107, withinPercentage(1e-4));
        assertThat(fit.coefficient("x").stdError()).isCloseTo(0.1629833176990125, withinPercentage(1e-4));
    }

    @Test
    void collinearTermIsNamed() {
        RegressionData data = frame("y ~ treated + x + w", null, OVERLAPPING.replace(",2,b", ",1,b"));

        assertThatThrownBy(() -> LOGIT.fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageStartingWith("term 'w' is a linear combination of the terms before it ((Intercept), treated, x)");
    }

    @Test
    void iterationLimitReachedIsReportedAsNotConverged() {
        LogisticRegressionResult fit = new LogisticRegression(LogitVariance.CLASSICAL, 0.95, 1, 1e-10)
                .fit(frame("y ~ treated + x", null, OVERLAPPING), "y");

        assertThat(fit.converged()).isFalse();
        assertThat(fit.iterations()).isEqualTo(1);
    }

    @Test
    void clusterRobustErrorsNeedClusters() {
        RegressionData data = frame("y ~ treated + x", null, OVERLAPPING);
        RegressionData unclustered = data.withClusters(null, 0);

        assertThatThrownBy(() -> new LogisticRegression(LogitVariance.CR1).fit(unclustered, "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cluster");
    }

    @Test
    void clusterRobustErrorsNeedTwoClusters() {
        RegressionData data = frame("y ~ treated + x", null, OVERLAPPING.replaceAll(",[a-f]\n", ",a\n"));

        assertThat(data.clusterCount()).isEqualTo(1);
        assertThatThrownBy(() -> new LogisticRegression(LogitVariance.CR1).fit(data, "y"))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("y.csv: all 12 rows are in one cluster; cluster-robust standard errors need at least two clusters");
    }

    @Test
    void marginalEffectNeedsAZeroOneTerm() {
        RegressionData data = frame("y ~ treated + x", null, OVERLAPPING);
        LogisticRegressionResult fit = LOGIT.fit(data, "y");

        assertThatThrownBy(() -> AverageMarginalEffect.of(data, fit, "x", false))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("y.csv, line 3, column 'x': 2 is not 0 or 1; a marginal treatment effect needs a 0/1 treatment");
        assertThatThrownBy(() -> AverageMarginalEffect.of(data, fit, "age", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no term 'age'");
    }

    @Test
    void settingsOutOfRangeAreRejected() {
        assertThatThrownBy(() -> new LogisticRegression(LogitVariance.HC1, 1.0, 10, 1e-10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogisticRegression(LogitVariance.HC1, 0.95, 0, 1e-10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LogisticRegression(LogitVariance.HC1, 0.95, 10, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
