package org.rightbalance.stats.matching;

import java.util.Arrays;
import java.util.List;

/**
 * How one match variable is coarsened before exact matching on the coarsened values, following
 * MatchIt 4.5.1's {@code cem_matchit} (its {@code cutpoints} and {@code grouping} arguments), or
 * before measuring the multivariate imbalance L1 ({@link L1Imbalance}), whose default for numbers is
 * {@link PrettyScott}.
 *
 * <p>For a numeric variable the breaks are {@code b₀ = −∞ < b₁ ≤ … ≤ b_{k−1} < b_k = +∞} and a value x
 * falls in bin j when b_{j−1} ≤ x &lt; b_j: R's {@code findInterval(x, breaks)}, bins closed on the
 * left and open on the right, so a value equal to a cut point goes to the bin above it. The one
 * exception is {@link PrettyScott}, cem's rule for L1, whose bins are closed on the right as cem cuts
 * them.
 */
public sealed interface Coarsening {

    /** Match on the exact value (a categorical variable's default; MatchIt's {@code cutpoints = 0} for numbers). */
    record Exact() implements Coarsening {
    }

    /**
     * Sturges' rule, MatchIt's default for numeric variables: k = ⌈log₂(n) + 1⌉ bins
     * ({@code grDevices::nclass.Sturges}, n counting both groups), then as {@link Bins}.
     */
    record Sturges() implements Coarsening {
    }

    /**
     * The cem package's default coarsening of a numeric variable for L1 (cem 1.1.x,
     * {@code imbalance()} and {@code L1.meas()} in R/imb.meas.R): the breaks are R's
     * {@code pretty(range(x), n = nclass.scott(x), min.n = 1)} — "nice" numbers (1, 2 or 5 times a
     * power of ten apart) covering the observed range in about k intervals, where k is Scott's
     * {@code grDevices::nclass.scott}: h = 3.5·sd(x)·n^(−1/3), k = max(1, ⌈(max − min)/h⌉), or 1 when
     * h = 0. As cem's {@code reduce.var} applies them with {@code cut(x, breaks, include.lowest = TRUE)},
     * the bins are closed on the right: (b_{j−1}, b_j], the first one [b₀, b₁]; a value equal to a
     * break goes to the bin below it. x is taken over the units with complete match variables. The
     * breaks are computed as R 4.2.2 computes them (its {@code R_pretty} and {@code seq.int}), so a value
     * lying on a break falls in the same bin as in R.
     */
    record PrettyScott() implements Coarsening {
    }

    /**
     * k equal-width bins over the observed range: interior breaks min + i·(max − min)/k for
     * i = 1..k−1 (R's {@code seq(min, max, length = k + 1)}), outer breaks replaced by ±∞, as
     * MatchIt does for a single number in {@code cutpoints}.
     *
     * @param count k, at least 1 (one bin puts every unit in the same bin: the variable has no effect)
     */
    record Bins(int count) implements Coarsening {
        public Bins {
            if (count < 1) {
                throw new IllegalArgumentException("the number of bins must be at least 1, was " + count);
            }
        }
    }

    /**
     * Explicit cut points c₁ &lt; … &lt; c_m (sorted, duplicates dropped): bins (−∞, c₁), [c₁, c₂), …,
     * [c_m, ∞), MatchIt's {@code c(-Inf, sort(unique(cuts)), Inf)}. Unlike MatchIt, a single cut point
     * is a cut point (MatchIt reads a single number as a count of bins; use {@link Bins} for that).
     *
     * @param cuts finite values, at least one
     */
    record CutPoints(double[] cuts) implements Coarsening {
        public CutPoints {
            if (cuts.length == 0) {
                throw new IllegalArgumentException("give at least one cut point");
            }
            for (double c : cuts) {
                if (!Double.isFinite(c)) {
                    throw new IllegalArgumentException("cut points must be finite numbers, found " + c);
                }
            }
            cuts = Arrays.stream(cuts).sorted().distinct().toArray();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof CutPoints other && Arrays.equals(cuts, other.cuts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cuts);
        }

        @Override
        public String toString() {
            return "CutPoints" + Arrays.toString(cuts);
        }
    }

    /**
     * Groups of levels of a categorical variable that count as one value; a level in no group stays
     * on its own. As MatchIt's {@code grouping}: each listed level is replaced by its group's first
     * level. Only for categorical variables (MatchIt would still bin a grouped numeric variable by
     * Sturges' rule afterwards, which is rarely what was meant).
     *
     * @param groups disjoint lists of level labels
     */
    record Groups(List<List<String>> groups) implements Coarsening {
        public Groups {
            groups = groups.stream().map(List::copyOf).toList();
            long distinct = groups.stream().flatMap(List::stream).distinct().count();
            long total = groups.stream().mapToLong(List::size).sum();
            if (distinct != total) {
                throw new IllegalArgumentException("a level may be in only one group: " + groups);
            }
            if (groups.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("a group of levels may not be empty");
            }
        }
    }

    static Coarsening exact() {
        return new Exact();
    }

    static Coarsening sturges() {
        return new Sturges();
    }

    static Coarsening prettyScott() {
        return new PrettyScott();
    }

    static Coarsening bins(int count) {
        return new Bins(count);
    }

    static Coarsening cutPoints(double... cuts) {
        return new CutPoints(cuts);
    }

    static Coarsening groups(List<List<String>> groups) {
        return new Groups(groups);
    }
}
