package org.rightbalance.stats.regression;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.Fixtures;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.model.ModelFrame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * NIST Statistical Reference Datasets, linear regression, Longley (higher difficulty):
 * certified values from https://www.itl.nist.gov/div898/strd/lls/data/Longley.shtml
 * (data in fixtures/ols/longley.csv, made by make_ols_fixtures.R from R's datasets::longley in
 * NIST's units). Tolerances as Hipparchus' testLongly: coefficients 1e-8 relative, errors 1e-6.
 */
class LongleyTest {

    private static final String[] TERMS = {"(Intercept)", "x1", "x2", "x3", "x4", "x5", "x6"};
    private static final double[] CERTIFIED_ESTIMATE = {
        -3482258.63459582, 15.0618722713733, -0.358191792925910E-01, -2.02022980381683,
        -1.03322686717359, -0.511041056535807E-01, 1829.15146461355};
    private static final double[] CERTIFIED_STD_ERROR = {
        890420.383607373, 84.9149257747669, 0.334910077722432E-01, 0.488399681651699,
        0.214274163161675, 0.226073200069370, 455.478499142212};
    private static final double CERTIFIED_RESIDUAL_SD = 304.854073561965;
    private static final double CERTIFIED_R_SQUARED = 0.995479004577296;

    @Test
    void ordinaryLeastSquaresReproducesNistCertifiedLongleyValues() {
        var data = ModelFrame.build(Fixtures.table("ols/longley.csv"),
                Formula.parse("y ~ x1 + x2 + x3 + x4 + x5 + x6"), null, null);

        LinearRegressionResult fit = new LinearRegression().fit(data);

        for (int j = 0; j < TERMS.length; j++) {
            Coefficient c = fit.coefficients().get(j);
            assertThat(c.term()).isEqualTo(TERMS[j]);
            assertThat(c.estimate()).as("estimate of %s", TERMS[j])
                    .isCloseTo(CERTIFIED_ESTIMATE[j], within(Math.abs(CERTIFIED_ESTIMATE[j]) * 1e-8));
            assertThat(c.stdError()).as("standard error of %s", TERMS[j])
                    .isCloseTo(CERTIFIED_STD_ERROR[j], within(CERTIFIED_STD_ERROR[j] * 1e-6));
        }
        assertThat(fit.sigma()).isCloseTo(CERTIFIED_RESIDUAL_SD, within(CERTIFIED_RESIDUAL_SD * 1e-8));
        assertThat(fit.rSquared()).isCloseTo(CERTIFIED_R_SQUARED, within(1e-10));
        assertThat(fit.n()).isEqualTo(16);
    }
}
