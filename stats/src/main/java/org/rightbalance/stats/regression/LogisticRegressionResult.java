package org.rightbalance.stats.regression;

import org.rightbalance.stats.model.Coefficient;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A fitted logistic regression: the coefficients on the log-odds scale with z tests, their
 * covariance under the chosen {@link LogitVariance}, and the fit statistics.
 *
 * <p>Immutable: the covariance is copied in and out.
 *
 * @param source          where the data came from, for messages
 * @param terms           the names of the coefficients, in order
 * @param coefficients    one row per term: estimate, standard error, z, two-sided p, normal CI
 *                        (df = +∞)
 * @param covariance      the k×k covariance of the coefficients under {@code variance}
 * @param variance        the estimator used for {@code covariance}
 * @param confidenceLevel the level of the intervals, e.g. 0.95
 * @param logLikelihood   Σ wᵢ[yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)] — Stata's (pseudo) log likelihood;
 *                        equal to −deviance/2 because the outcome is 0/1
 * @param deviance        −2 · logLikelihood, as R's {@code deviance(glm(...))}
 * @param nullDeviance    the deviance of the model with the intercept only (p = weighted mean of
 *                        y), or with p = ½ when the model has no intercept, as R's
 *                        {@code null.deviance}
 * @param iterations      Newton steps taken
 * @param converged       whether the relative change in deviance fell below the tolerance
 * @param observations    rows of the data fitted (the model frame has already left out rows with
 *                        missing values or zero weight)
 * @param sumOfWeights    Σ wᵢ (= observations when unweighted)
 * @param clusters        the number of clusters in the data (0 when the data has none)
 */
public record LogisticRegressionResult(
        String source,
        List<String> terms,
        List<Coefficient> coefficients,
        double[][] covariance,
        LogitVariance variance,
        double confidenceLevel,
        double logLikelihood,
        double deviance,
        double nullDeviance,
        int iterations,
        boolean converged,
        int observations,
        double sumOfWeights,
        int clusters) {

    /**
     * An odds ratio exp(β) for one term, as Stata's {@code logit, or} reports it.
     *
     * @param term       the regressor
     * @param oddsRatio  exp(β)
     * @param stdError   exp(β) · se(β), the delta-method standard error Stata prints beside an
     *                   odds ratio (the test and interval are not based on it)
     * @param pValue     the p-value of the coefficient's z test (H₀: odds ratio = 1)
     * @param confLow    exp(lower limit of β's interval)
     * @param confHigh   exp(upper limit of β's interval)
     */
    public record OddsRatio(String term, double oddsRatio, double stdError, double pValue,
                            double confLow, double confHigh) {
    }

    public LogisticRegressionResult {
        Objects.requireNonNull(source, "source");
        terms = List.copyOf(terms);
        coefficients = List.copyOf(coefficients);
        Objects.requireNonNull(variance, "variance");
        covariance = copy(covariance);
        if (coefficients.size() != terms.size() || covariance.length != terms.size()) {
            throw new IllegalArgumentException("terms, coefficients and covariance differ in size");
        }
    }

    /** A copy of the covariance matrix of the coefficients. */
    @Override
    public double[][] covariance() {
        return copy(covariance);
    }

    /** The coefficient estimates, in term order. */
    public double[] estimates() {
        double[] b = new double[coefficients.size()];
        for (int j = 0; j < b.length; j++) {
            b[j] = coefficients.get(j).estimate();
        }
        return b;
    }

    /**
     * The row for {@code term}.
     *
     * @throws IllegalArgumentException if the model has no such term
     */
    public Coefficient coefficient(String term) {
        return coefficients.get(indexOf(term));
    }

    /** The odds ratios of all terms (the intercept's is the baseline odds). */
    public List<OddsRatio> oddsRatios() {
        List<OddsRatio> list = new ArrayList<>(coefficients.size());
        for (Coefficient c : coefficients) {
            double or = Math.exp(c.estimate());
            list.add(new OddsRatio(c.term(), or, or * c.stdError(), c.pValue(),
                    Math.exp(c.confLow()), Math.exp(c.confHigh())));
        }
        return List.copyOf(list);
    }

    /**
     * The odds ratio of {@code term}.
     *
     * @throws IllegalArgumentException if the model has no such term
     */
    public OddsRatio oddsRatio(String term) {
        return oddsRatios().get(indexOf(term));
    }

    /** McFadden's pseudo-R² = 1 − deviance / null deviance (Stata's "Pseudo R2"). */
    public double pseudoRSquared() {
        return 1 - deviance / nullDeviance;
    }

    int indexOf(String term) {
        int j = terms.indexOf(term);
        if (j < 0) {
            throw new IllegalArgumentException("no term '" + term + "' in the model (terms are: "
                    + String.join(", ", terms) + ")");
        }
        return j;
    }

    private static double[][] copy(double[][] m) {
        Objects.requireNonNull(m, "covariance");
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
