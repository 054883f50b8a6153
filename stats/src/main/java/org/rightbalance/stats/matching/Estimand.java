package org.rightbalance.stats.matching;

/**
 * The population whose effect the matching weights target, as MatchIt's {@code estimand} argument.
 *
 * <p>It decides the weights ({@link CoarsenedExactMatching}) and, in the balance table, which
 * standard deviation divides the standardised mean difference ({@link BalanceTable}).
 */
public enum Estimand {
    /** Average effect on the treated: treated units keep weight 1. */
    ATT,
    /** Average effect on the controls: control units keep weight 1. */
    ATC,
    /** Average effect in the whole matched population: both groups reweighted to the stratum totals. */
    ATE
}
