package org.rightbalance.stats.matching;

/**
 * The multivariate imbalance L1 of Iacus, King &amp; Porro (2011), "Multivariate matching methods that
 * are monotonic imbalance bounding", JASA 106(493), §5.1: with f_c and g_c the relative frequencies
 * of treated and control units in cell c of a multivariate histogram,
 * L1 = ½ Σ_c |f_c − g_c|, 0 for identical distributions and 1 for disjoint ones.
 *
 * <p>The histogram's cells are the strata of the matching coarsening (every match variable coarsened
 * as for matching). Before matching the frequencies are unweighted counts over all units with
 * complete match variables; after matching they are sums of matching weights over matched units.
 * On this coarsening CEM's weights make each matched stratum's weighted share the same in both groups,
 * so {@code after} is 0 up to rounding — the balance CEM guarantees by construction; {@code before}
 * measures how far apart the groups started.
 *
 * @param before L1 over all units, unweighted
 * @param after  L1 over matched units, weighted; NaN when nothing matched
 */
public record L1Imbalance(double before, double after) {
}
