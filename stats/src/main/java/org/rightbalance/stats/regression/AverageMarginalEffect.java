package org.rightbalance.stats.regression;

import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.model.RegressionData;

import java.util.Objects;

/**
 * The average marginal effect of a 0/1 regressor d (a treatment) in a fitted logistic regression,
 * on the probability scale, with a delta-method standard error — the "marginal treatment effect"
 * reported beside a logit's odds ratios.
 *
 * <p>For each row i of the set S averaged over, let η₁ᵢ and η₀ᵢ be its linear predictor with d set
 * to 1 and to 0 and the other regressors as observed. Then
 * <pre>
 *   AME = Σ_{i∈S} wᵢ [F(η₁ᵢ) − F(η₀ᵢ)] / Σ_{i∈S} wᵢ,
 *   g   = ∂AME/∂β = Σ_{i∈S} wᵢ [f(η₁ᵢ) x₁ᵢ − f(η₀ᵢ) x₀ᵢ] / Σ_{i∈S} wᵢ,   f = F(1 − F),
 *   se  = √(gᵀ V g),
 * </pre>
 * with x₁ᵢ, x₀ᵢ the row with d set to 1 and 0 and V the coefficient covariance of the fit (so a
 * cluster-robust fit gives a cluster-robust effect). S is every row (an average treatment effect,
 * as Stata's {@code margins, dydx(d)} for a factor-variable d) or only the rows with d = 1
 * ({@code margins, dydx(d) subpop(if d == 1)}, the effect on the treated). The regressors are held
 * at their observed values, so the variance is that of Stata's default {@code vce(delta)}
 * (Stata [R] margins, "Methods and formulas"; Greene, <i>Econometric Analysis</i>, 7th ed., §17.3).
 * Inference is by z.
 *
 * <p>Computed in one pass over the rows. The fit does not keep the design matrix, so the data it
 * was fitted to are passed again.
 *
 * @param term            the 0/1 regressor
 * @param overTreatedOnly whether the average is over rows with d = 1 only
 * @param effect          the AME with its standard error, z, p and normal interval (df = +∞)
 * @param meanIfTreated   the weighted average of F(η₁) over S
 * @param meanIfUntreated the weighted average of F(η₀) over S
 * @param observations    rows averaged over
 * @param sumOfWeights    Σ_{i∈S} wᵢ
 */
public record AverageMarginalEffect(String term, boolean overTreatedOnly, Coefficient effect,
                                    double meanIfTreated, double meanIfUntreated, int observations,
                                    double sumOfWeights) {

    /**
     * @param data            the data {@code fit} was fitted to
     * @param fit             the fitted logistic regression
     * @param term            the name of a 0/1 term of the model, e.g. {@code treated}
     * @param overTreatedOnly average over rows with {@code term} = 1 only (ATT) rather than all rows
     * @throws IllegalArgumentException if the data are not those of the fit, or the model has no
     *                                  such term
     * @throws InvalidDataException     if the term takes a value other than 0 or 1, or no row has
     *                                  it equal to 1 when averaging over the treated
     */
    public static AverageMarginalEffect of(RegressionData data, LogisticRegressionResult fit, String term,
                                           boolean overTreatedOnly) {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(fit, "fit");
        if (!data.terms().equals(fit.terms()) || data.n() != fit.observations()) {
            throw new IllegalArgumentException("the data (" + data.n() + " rows, terms " + data.terms()
                    + ") are not those the logistic regression was fitted to (" + fit.observations()
                    + " rows, terms " + fit.terms() + ")");
        }
        int d = fit.indexOf(term);
        int k = data.k();
        int n = data.n();
        double[][] x = data.x();
        double[] b = fit.estimates();
        double[] col = x[d];
        for (int i = 0; i < n; i++) {
            if (col[i] != 0 && col[i] != 1) {
                throw InvalidDataException.atValue(data.source(), data.lines()[i], term, LogisticRegression.format(col[i])
                        + " is not 0 or 1; a marginal treatment effect needs a 0/1 treatment");
            }
        }
        double sumW = 0;
        double sum1 = 0;
        double sum0 = 0;
        double[] g = new double[k];
        int used = 0;
        for (int i = 0; i < n; i++) {
            if (overTreatedOnly && col[i] != 1) {
                continue;
            }
            double w = data.weight(i);
            double base = 0;
            for (int j = 0; j < k; j++) {
                if (j != d) {
                    base += b[j] * x[j][i];
                }
            }
            double p1 = LogisticRegression.logistic(base + b[d]);
            double p0 = LogisticRegression.logistic(base);
            double f1 = p1 * (1 - p1);
            double f0 = p0 * (1 - p0);
            for (int j = 0; j < k; j++) {
                if (j != d) {
                    g[j] += w * (f1 - f0) * x[j][i];
                }
            }
            g[d] += w * f1;
            sum1 += w * p1;
            sum0 += w * p0;
            sumW += w;
            used++;
        }
        if (used == 0) {
            throw InvalidDataException.atColumn(data.source(), term,
                    "no row has '" + term + "' = 1, so there is no effect on the treated to average");
        }
        for (int j = 0; j < k; j++) {
            g[j] /= sumW;
        }
        double[][] v = fit.covariance();
        double var = 0;
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                var += g[a] * v[a][c] * g[c];
            }
        }
        double m1 = sum1 / sumW;
        double m0 = sum0 / sumW;
        Coefficient effect = Coefficient.of(term, m1 - m0, Math.sqrt(var), Double.POSITIVE_INFINITY,
                fit.confidenceLevel());
        return new AverageMarginalEffect(term, overTreatedOnly, effect, m1, m0, used, sumW);
    }
}
