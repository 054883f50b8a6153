package org.rightbalance.stats.matching;

/**
 * The multivariate imbalance L1 of Iacus, King &amp; Porro (2011), "Multivariate matching methods that
 * are monotonic imbalance bounding", JASA 106(493), §5.1: with f_c and g_c the relative frequencies
 * of treated and control units in cell c of a multivariate histogram,
 * L1 = ½ Σ_c |f_c − g_c|, 0 for identical distributions and 1 for disjoint ones.
 *
 * <h2>The histogram</h2>
 * L1 depends on the histogram's cells, so it is measured, as the cem package measures it, on a
 * coarsening of its own chosen without regard to the matching (cem 1.1.x, functions
 * {@code imbalance()}, {@code L1.meas()} and {@code cem.imbalance()} in R/imb.meas.R; manual pages
 * {@code ?imbalance} and {@code ?L1.meas}: "If breaks is not specified, the Scott automated bin
 * calculation is used (which coarsens less than Sturges, which used in cem)"). By default:
 * <ul>
 * <li>a numeric variable is cut by {@link Coarsening.PrettyScott}: R's
 * {@code pretty(range(x), n = nclass.scott(x), min.n = 1)} breaks, Scott's number of bins rounded to
 * "nice" numbers, bins closed on the right as cem's {@code cut(x, breaks, include.lowest = TRUE)};</li>
 * <li>a categorical variable is taken exactly, level by level, even when matching grouped its levels
 * (cem measures L1 on the data as given, before its {@code grouping});</li>
 * <li>a cell is a combination of these coarsened values over all the match variables.</li>
 * </ul>
 * {@link CemSpec#withL1Coarsening} replaces the rule of any variable by another {@link Coarsening}
 * (cem's {@code imbalance(..., breaks = )}), applied as for matching. {@link CemResult#l1Coarsened()}
 * reports the coarsening used.
 *
 * <p>The breaks are computed once, from all units with complete match variables, and serve both
 * measures (cem's {@code imbalance()} computes them before it drops the units of weight 0).
 * {@code before} gives every such unit weight 1; {@code after} uses the matched units with their
 * matching weights, as cem's {@code imbalance(group, data, weights = w)}. Each group's frequencies are
 * its weights divided by the group's total, so any rescaling of one group's weights leaves L1
 * unchanged.
 *
 * <p>As the histogram is finer than the matching coarsening, matching usually lowers L1 without
 * reaching 0: the remaining imbalance within the matching strata shows. Only when every variable is
 * coarsened the same way for L1 as for matching (for instance only categorical variables, matched
 * exactly) does {@code after} come out 0, up to rounding, for every weighting.
 *
 * <p>Rows with a missing match variable are left out of both measures and of the breaks, so L1
 * equals cem's run on the complete rows.
 *
 * @param before L1 over all units with complete match variables, unweighted
 * @param after  L1 over matched units, weighted; NaN when nothing matched
 */
public record L1Imbalance(double before, double after) {
}
