/**
 * Statistical power, minimum detectable effect (MDE) and required sample size for two-group comparisons, with a
 * clustering design effect.
 *
 * <ul>
 *   <li>{@link org.rightbalance.stats.power.TwoProportionPower}: two proportions, unequal groups, Cohen's h
 *       (arcsine transformation) — R {@code pwr::pwr.2p2n.test};</li>
 *   <li>{@link org.rightbalance.stats.power.TwoMeanPower}: two means, unequal groups, noncentral t with
 *       ν = n1 + n2 − 2 — R {@code pwr::pwr.t2n.test}; the noncentral t CDF is
 *       {@link org.rightbalance.stats.power.NoncentralT} (AS 243, Lenth 1989);</li>
 *   <li>{@link org.rightbalance.stats.power.DesignEffect}: DEFF = 1 + (m − 1)·ICC (Donner &amp; Klar 2000); every
 *       calculation uses effective sizes n/DEFF per group.</li>
 * </ul>
 *
 * <p>Conventions: group 1 is the treated group, group 2 the comparison group; effects are group 1 minus group 2;
 * alternatives {@code two.sided}, {@code less}, {@code greater} as in pwr (two-sided power counts both tails).
 * Inputs are validated in record constructors and bad input raises {@link java.lang.IllegalArgumentException}
 * with a one-line message fit to show a user.
 *
 * <p>References: Cohen, J. (1988). <i>Statistical Power Analysis for the Behavioral Sciences</i>, 2nd ed.,
 * Lawrence Erlbaum (ch. 2 for t tests, ch. 6 for h). Champely, S. et al. <i>pwr: Basic Functions for Power
 * Analysis</i>, R package version 1.3-0 (reference manual: pwr.2p2n.test, pwr.t2n.test). Donner, A. &amp; Klar, N.
 * (2000). <i>Design and Analysis of Cluster Randomization Trials in Health Research</i>, Arnold. Lenth, R. V.
 * (1989). Algorithm AS 243, <i>Applied Statistics</i> 38(1):185–189.
 */
package org.rightbalance.stats.power;
