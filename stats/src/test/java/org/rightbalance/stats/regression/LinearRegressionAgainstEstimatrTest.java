package org.rightbalance.stats.regression;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightbalance.stats.Fixtures;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.model.ModelFrame;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every variance estimator, weighted and unweighted, against R estimatr 1.0.0 {@code lm_robust} on
 * synthetic families of very unequal size (fixtures/ols/make_ols_fixtures.R). Relative tolerance
 * 1e-6 on estimate, standard error, statistic, p-value, interval and degrees of freedom.
 */
class LinearRegressionAgainstEstimatrTest {

    private static final double TOLERANCE = 1e-6;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "unweighted_classical, classical, false",
        "weighted_classical, classical, true",
        "unweighted_HC1, hc1, false",
        "weighted_HC1, hc1, true",
        "unweighted_stata, cr1, false",
        "weighted_stata, cr1, true",
        "unweighted_CR2, cr2, false",
        "weighted_CR2, cr2, true"})
    void agreesWithEstimatr(String model, String vce, boolean weighted) {
        VarianceEstimator estimator = VarianceEstimator.parse(vce);
        var data = ModelFrame.build(Fixtures.table("ols/clustered.csv"), Formula.parse("y ~ treated + age + sex"),
                weighted ? "w" : null, estimator.isClustered() ? "family" : null);

        LinearRegressionResult fit = new LinearRegression(estimator, 0.95).fit(data);

        List<String[]> expected = expectedRows(model);
        assertThat(fit.coefficients()).hasSize(expected.size());
        for (int j = 0; j < expected.size(); j++) {
            String[] e = expected.get(j);
            Coefficient c = fit.coefficients().get(j);
            assertThat(c.term()).isEqualTo(e[1]);
            assertClose(model, c.term(), "estimate", c.estimate(), e[2]);
            assertClose(model, c.term(), "std_error", c.stdError(), e[3]);
            assertClose(model, c.term(), "statistic", c.statistic(), e[4]);
            assertClose(model, c.term(), "p_value", c.pValue(), e[5]);
            assertClose(model, c.term(), "conf_low", c.confLow(), e[6]);
            assertClose(model, c.term(), "conf_high", c.confHigh(), e[7]);
            assertClose(model, c.term(), "df", c.df(), e[8]);
            assertThat(fit.n()).isEqualTo(Integer.parseInt(e[9]));
            assertThat(fit.clusters()).isEqualTo(Integer.parseInt(e[10]));
            assertClose(model, c.term(), "r_squared", fit.rSquared(), e[11]);
        }
    }

    private static void assertClose(String model, String term, String what, double actual, String expected) {
        double e = Double.parseDouble(expected);
        assertThat(Fixtures.relativeError(actual, e))
                .as("%s %s %s: got %s, R says %s", model, term, what, actual, e)
                .isLessThan(TOLERANCE);
    }

    private static List<String[]> expectedRows(String model) {
        Table t = Fixtures.table("ols/ols_expected.csv");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < t.rowCount(); i++) {
            if (t.column("model").text(i).equals(model)) {
                String[] r = new String[t.columnNames().size()];
                for (int c = 0; c < r.length; c++) {
                    r[c] = t.column(t.columnNames().get(c)).text(i);
                }
                rows.add(r);
            }
        }
        return rows;
    }
}
