package org.rightbalance.stats.model;

/**
 * One row of a regression table.
 *
 * @param term      the regressor's name ({@code (Intercept)} for the constant)
 * @param estimate  the coefficient
 * @param stdError  its standard error under the chosen variance estimator
 * @param statistic estimate / stdError (t or z)
 * @param pValue    two-sided p-value of the statistic
 * @param confLow   lower limit of the confidence interval
 * @param confHigh  upper limit of the confidence interval
 * @param df        degrees of freedom of the t reference distribution; infinite for z
 */
public record Coefficient(String term, double estimate, double stdError, double statistic, double pValue,
                          double confLow, double confHigh, double df) {
}
