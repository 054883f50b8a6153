package org.rightbalance.stats.matching;

/**
 * One row of a balance table: a numeric variable, or one level of a categorical variable as a 0/1
 * indicator (named variable + level, as MatchIt's {@code summary()} names the columns of its model
 * matrix, e.g. {@code sexF}).
 *
 * @param name     the row's label
 * @param variable the match variable it comes from
 * @param level    the level for an indicator row; {@code null} for a numeric variable
 * @param binary   whether every value is 0 or 1 (indicators always are), which changes the variance
 *                 formula and leaves the variance ratio undefined
 * @param before   statistics over all units, unweighted
 * @param after    statistics over the matched units with the matching weights
 */
public record BalanceRow(String name, String variable, String level, boolean binary, Side before, Side after) {

    /**
     * Balance statistics for one sample.
     *
     * @param meanTreated   weighted mean among treated units
     * @param meanControl   weighted mean among control units
     * @param stdMeanDiff   (meanTreated − meanControl) / s, s from the unmatched sample (see
     *                      {@link BalanceTable}); the raw difference when it is below √ε ≈ 1.5e-8
     * @param varianceRatio weighted variance of treated over control; NaN for a binary row
     * @param ecdfMean      mean absolute difference of the groups' weighted empirical CDFs over the
     *                      distinct values; |difference in means| for a binary row
     * @param ecdfMax       the largest such difference
     * @param pValue        two-sided p-value of the group difference: WLS of the variable on an intercept
     *                      and the treatment with HC1 standard errors, t with n − 2 degrees of freedom
     */
    public record Side(double meanTreated, double meanControl, double stdMeanDiff, double varianceRatio,
                       double ecdfMean, double ecdfMax, double pValue) {
    }
}
