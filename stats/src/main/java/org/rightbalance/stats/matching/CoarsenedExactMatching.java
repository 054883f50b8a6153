package org.rightbalance.stats.matching;

import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.Column;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Coarsened exact matching (Iacus, King &amp; Porro 2012, "Causal inference without balance checking:
 * coarsened exact matching", Political Analysis 20(1), 1–24), agreeing with R's MatchIt 4.5.1
 * {@code matchit(..., method = "cem")} (functions {@code cem_matchit} and {@code weights.subclass}).
 *
 * <h2>Algorithm</h2>
 * <ol>
 * <li>Each match variable is coarsened ({@link Coarsening}): categorical variables exactly or by the
 * user's groups of levels; numeric variables into bins by explicit cut points, a number of equal-width
 * bins, or by default Sturges' rule. Bins are left-closed [b, b′) with the outer bins open to ±∞, as
 * MatchIt's {@code findInterval(x, c(-Inf, interior, Inf))}; equal-width breaks are
 * min + i·(max − min)/k over the units being matched, and Sturges' k = ⌈log₂ n + 1⌉ with n all of them.</li>
 * <li>A stratum is a combination of coarsened values. Strata without both a treated and a control unit
 * are dropped: their units are unmatched, with weight 0.</li>
 * <li>Weights, with T_s, C_s, N_s = T_s + C_s the treated, control and all matched units of stratum s
 * and m_T, m_C the matched units of each group (MatchIt's {@code weights.subclass}, which rescales
 * the raw ratios so that each group's weights sum to its matched count):
 * <ul>
 * <li>ATT: treated 1; control (T_s/C_s)·m_C/m_T.</li>
 * <li>ATC: control 1; treated (C_s/T_s)·m_T/m_C.</li>
 * <li>ATE: treated (N_s/T_s)·m_T/(m_T + m_C); control (N_s/C_s)·m_C/(m_T + m_C).</li>
 * </ul></li>
 * <li>With k-to-k matching, each stratum keeps min(T_s, C_s) units of each group and every kept unit
 * has weight 1. MatchIt pairs units within a stratum by Mahalanobis distance (and makes each pair its
 * own subclass); here they are drawn at random with the given seed, so which units are kept differs
 * from MatchIt while the counts per stratum agree. Strata ids stay those of the coarsened strata.</li>
 * <li>The imbalance L1 is measured before and after matching on a histogram of its own, by default
 * the cem package's (Scott-sized {@code pretty} bins for numbers, categories exactly), not on the
 * matching strata: see {@link L1Imbalance}.</li>
 * </ol>
 *
 * <h2>Conventions that differ from MatchIt, on purpose</h2>
 * <ul>
 * <li>MatchIt refuses any missing covariate. Here a row with a missing match variable is unmatched,
 * counted in {@link CemResult#missing()}, and left out of everything else — breaks, Sturges' n,
 * strata, weights and L1 — so the result equals MatchIt run on the complete rows.</li>
 * <li>Stratum ids are 1, 2, … in order of each stratum's first row in the table (MatchIt numbers
 * them in order of first appearance among the control units); the grouping of rows is the same.</li>
 * <li>When nothing matches, MatchIt stops with "No units were matched"; here the result has no
 * matched units and a {@link ThinStrataDiagnosis} naming the variable to blame.</li>
 * <li>Exact matching on a numeric variable compares the numbers themselves; MatchIt compares them
 * formatted to 7 significant digits.</li>
 * </ul>
 *
 * <p>Cost: O(n·p) time for n rows and p variables (binning a value is a binary search among its
 * variable's breaks), plus p further passes of the same kind for the diagnosis and up to three per
 * variable for the L1 histogram (range and variance for its breaks, then binning); memory is one
 * {@code int} per row and variable, plus two per row for the L1 histogram, no object per row. Stratum keys are
 * mixed-radix codes of the variables' codes, renumbered densely (through an array when there are at
 * most max(n, 2²⁰) possible keys, else a primitive hash) whenever another variable would overflow 63
 * bits.
 */
public final class CoarsenedExactMatching {

    /** Up to this many possible stratum keys (or one per row, if more) are renumbered through an array. */
    private static final int DIRECT_TABLE_LIMIT = 1 << 20;

    private final CemSpec spec;

    public CoarsenedExactMatching(CemSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
    }

    public CemSpec spec() {
        return spec;
    }

    /**
     * Matches the rows of {@code table}.
     *
     * @throws InvalidDataException when a named column is absent, the treatment is not 0/1 (naming the
     *                              line and column of the first bad value), or either group is empty
     */
    public CemResult fit(Table table) {
        int n = table.rowCount();
        int[] treat = TreatmentCoding.read(table, spec.treatment(), spec.treatedLabel());
        List<Column> columns = new ArrayList<>();
        for (String name : spec.matchVariables()) {
            columns.add(table.column(name));
        }
        requireBothGroups(table, treat, null, "");

        boolean[] complete = new boolean[n];
        int completeCount = 0;
        for (int i = 0; i < n; i++) {
            boolean ok = true;
            for (Column c : columns) {
                if (c.isMissing(i)) {
                    ok = false;
                    break;
                }
            }
            complete[i] = ok;
            if (ok) {
                completeCount++;
            }
        }
        requireBothGroups(table, treat, complete, " with every match variable present ("
                + String.join(", ", spec.matchVariables()) + ")");

        int p = columns.size();
        int[][] codes = new int[p][];
        int[] cardinality = new int[p];
        List<CoarsenedVariable> coarsened = new ArrayList<>(p);
        for (int v = 0; v < p; v++) {
            Column column = columns.get(v);
            Coarsening rule = spec.coarsening().getOrDefault(column.name(),
                    column instanceof NumericColumn ? Coarsening.sturges() : Coarsening.exact());
            VariableCodes vc = code(table, column, rule, complete, completeCount);
            codes[v] = vc.codes;
            cardinality[v] = vc.cardinality;
            coarsened.add(new CoarsenedVariable(column.name(), column instanceof NumericColumn, rule,
                    vc.cutPoints, distinctCodes(vc.codes, vc.cardinality, complete)));
        }

        int[] allVariables = new int[p];
        Arrays.setAll(allVariables, v -> v);
        Cells cells = cells(codes, cardinality, allVariables, complete);
        int[] treatedIn = new int[cells.count];
        int[] controlIn = new int[cells.count];
        for (int i = 0; i < n; i++) {
            int c = cells.cell[i];
            if (c >= 0) {
                if (treat[i] == 1) {
                    treatedIn[c]++;
                } else {
                    controlIn[c]++;
                }
            }
        }
        // Cell ids follow first appearance in the table, so numbering the cells with both groups in id
        // order gives strata ids in order of each stratum's first row.
        int[] stratumOfCell = new int[cells.count];
        int strata = 0;
        for (int c = 0; c < cells.count; c++) {
            stratumOfCell[c] = treatedIn[c] > 0 && controlIn[c] > 0 ? ++strata : 0;
        }
        int[] stratum = new int[n];
        for (int i = 0; i < n; i++) {
            int c = cells.cell[i];
            stratum[i] = c >= 0 ? stratumOfCell[c] : 0;
        }
        if (spec.k2kSeed().isPresent() && strata > 0) {
            keepKToK(stratum, treat, strata, spec.k2kSeed().getAsLong());
        }
        double[] weight = weights(stratum, treat, strata, spec.estimand());

        int matchedT = 0;
        int matchedC = 0;
        int unmatchedT = 0;
        int unmatchedC = 0;
        int missingT = 0;
        int missingC = 0;
        for (int i = 0; i < n; i++) {
            if (!complete[i]) {
                if (treat[i] == 1) {
                    missingT++;
                } else {
                    missingC++;
                }
            } else if (stratum[i] > 0) {
                if (treat[i] == 1) {
                    matchedT++;
                } else {
                    matchedC++;
                }
            } else if (treat[i] == 1) {
                unmatchedT++;
            } else {
                unmatchedC++;
            }
        }
        List<CoarsenedVariable> l1Coarsened = new ArrayList<>(p);
        L1Imbalance l1 = measureL1(table, columns, codes, cardinality, coarsened, complete, completeCount, treat,
                matchedT + matchedC == 0 ? null : weight, l1Coarsened);
        ThinStrataDiagnosis diagnosis = diagnose(codes, cardinality, complete, treat, coarsened,
                matchedT, matchedT + unmatchedT, matchedC, unmatchedC, strata);
        return new CemResult(table.source(), spec, treat, complete, stratum, weight,
                new GroupCounts(matchedT, matchedC), new GroupCounts(unmatchedT, unmatchedC),
                new GroupCounts(missingT, missingC), strata, l1, coarsened, diagnosis, l1Coarsened);
    }

    private void requireBothGroups(Table table, int[] treat, boolean[] among, String where) {
        int treated = 0;
        int control = 0;
        for (int i = 0; i < treat.length; i++) {
            if (among == null || among[i]) {
                if (treat[i] == 1) {
                    treated++;
                } else {
                    control++;
                }
            }
        }
        if (treated == 0 || control == 0) {
            String empty = treated == 0 ? "treated (1)" : "control (0)";
            throw InvalidDataException.atColumn(table.source(), spec.treatment(), "there are no " + empty
                    + " rows" + where + "; matching needs both groups");
        }
    }

    // ---------------------------------------------------------------- coarsening

    private record VariableCodes(int[] codes, int cardinality, double[] cutPoints) {
    }

    private static VariableCodes code(Table table, Column column, Coarsening rule, boolean[] complete, int completeCount) {
        int n = column.size();
        int[] codes = new int[n];
        if (column instanceof CategoricalColumn cat) {
            int levels = cat.levelCount();
            int[] recode = new int[levels];
            Arrays.setAll(recode, l -> l);
            int cardinality = levels;
            if (rule instanceof Coarsening.Groups g) {
                // A grouped level takes a code past the levels, one per group: every level of a group
                // then shares a code, as MatchIt's relabelling of a group's levels to its first.
                for (int gi = 0; gi < g.groups().size(); gi++) {
                    for (String label : g.groups().get(gi)) {
                        int l = cat.levels().indexOf(label);
                        if (l >= 0) {
                            recode[l] = levels + gi;
                        }
                    }
                }
                cardinality = levels + g.groups().size();
            } else if (!(rule instanceof Coarsening.Exact)) {
                throw InvalidDataException.atColumn(table.source(), column.name(),
                        "holds labels, so it can be matched exactly or by groups of labels, not cut into bins");
            }
            for (int i = 0; i < n; i++) {
                codes[i] = complete[i] ? recode[cat.code(i)] : -1;
            }
            return new VariableCodes(codes, Math.max(cardinality, 1), new double[0]);
        }
        double[] x = ((NumericColumn) column).values();
        if (rule instanceof Coarsening.Groups) {
            throw InvalidDataException.atColumn(table.source(), column.name(),
                    "holds numbers; groups of levels apply to a column of labels (use cut points for numbers)");
        }
        if (rule instanceof Coarsening.Exact) {
            LongIntHashMap values = new LongIntHashMap(1024);
            for (int i = 0; i < n; i++) {
                // + 0.0 makes −0.0 and 0.0 one value.
                codes[i] = complete[i] ? values.idOf(Double.doubleToLongBits(x[i] + 0.0)) : -1;
            }
            return new VariableCodes(codes, Math.max(values.size(), 1), new double[0]);
        }
        if (rule instanceof Coarsening.PrettyScott) {
            for (int i = 0; i < n; i++) {
                if (complete[i] && !Double.isFinite(x[i])) {
                    throw InvalidDataException.atColumn(table.source(), column.name(),
                            "holds " + x[i] + " on row " + (i + 1) + "; pretty breaks need finite numbers");
                }
            }
            double[] interior = interiorBreaks(x, complete, completeCount, rule);
            binAll(x, complete, interior, true, codes);
            return new VariableCodes(codes, interior.length + 1, interior);
        }
        double[] interior = interiorBreaks(x, complete, completeCount, rule);
        binAll(x, complete, interior, false, codes);
        return new VariableCodes(codes, interior.length + 1, interior);
    }

    private static final int BIN_CACHE_BITS = 12;

    /**
     * The bin of every complete row ({@link PrettyBreaks#binOf} when {@code rightClosed}, else
     * {@link #binOf}), −1 for the others. Administrative columns hold few distinct values (flags,
     * quarters, ages in days), so a small direct-mapped cache of value → bin answers most rows
     * without the unpredictable branches of a binary search; a miss just searches.
     */
    private static void binAll(double[] x, boolean[] complete, double[] interior, boolean rightClosed, int[] codes) {
        int size = 1 << BIN_CACHE_BITS;
        long[] keys = new long[size];
        int[] bins = new int[size];
        java.util.Arrays.fill(bins, -1);
        for (int i = 0; i < x.length; i++) {
            if (!complete[i]) {
                codes[i] = -1;
                continue;
            }
            long bits = Double.doubleToRawLongBits(x[i]);
            int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - BIN_CACHE_BITS));
            if (bins[slot] >= 0 && keys[slot] == bits) {
                codes[i] = bins[slot];
            } else {
                int bin = rightClosed ? PrettyBreaks.binOf(x[i], interior) : binOf(x[i], interior);
                keys[slot] = bits;
                bins[slot] = bin;
                codes[i] = bin;
            }
        }
    }

    /**
     * The interior breaks; the outer ones are −∞ and +∞, except for {@link Coarsening.PrettyScott}, whose
     * outer breaks enclose the data (and whose bins are closed on the right).
     */
    static double[] interiorBreaks(double[] x, boolean[] complete, int completeCount, Coarsening rule) {
        if (rule instanceof Coarsening.CutPoints cuts) {
            return cuts.cuts().clone();
        }
        if (rule instanceof Coarsening.PrettyScott) {
            return PrettyBreaks.interior(PrettyBreaks.breaks(x, complete));
        }
        int k = rule instanceof Coarsening.Bins b ? b.count() : sturgesBins(completeCount);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (complete[i]) {
                min = Math.min(min, x[i]);
                max = Math.max(max, x[i]);
            }
        }
        double[] interior = new double[k - 1];
        // R's seq(min, max, length = k + 1): from + i * ((to - from) / (k)), each break computed
        // afresh rather than accumulated, so the breaks agree with R to the last bit.
        double by = (max - min) / k;
        for (int i = 1; i < k; i++) {
            interior[i - 1] = min == max ? min : min + i * by;
        }
        return interior;
    }

    /** Sturges' rule, R's {@code nclass.Sturges}: ⌈log₂ n + 1⌉. */
    static int sturgesBins(int n) {
        // log2 of a power of two is exact in R; Math.log(n) / Math.log(2) may land a hair below it.
        double log2 = Integer.bitCount(n) == 1 ? Integer.numberOfTrailingZeros(n) : Math.log(n) / Math.log(2);
        return (int) Math.ceil(log2 + 1);
    }

    /** The number of interior breaks at or below x: R's findInterval minus one, a 0-based bin. */
    static int binOf(double x, double[] interior) {
        int lo = 0;
        int hi = interior.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (interior[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int distinctCodes(int[] codes, int cardinality, boolean[] complete) {
        boolean[] seen = new boolean[cardinality];
        int count = 0;
        for (int i = 0; i < codes.length; i++) {
            if (complete[i] && !seen[codes[i]]) {
                seen[codes[i]] = true;
                count++;
            }
        }
        return count;
    }

    // ---------------------------------------------------------------- strata

    /** Each row's cell (0.. count−1 in order of first appearance), or −1 for an incomplete row. */
    private record Cells(int[] cell, int count) {
    }

    private static Cells cells(int[][] codes, int[] cardinality, int[] variables, boolean[] complete) {
        int n = complete.length;
        int[] dense = null;
        long denseCount = 1;
        int v = 0;
        do {
            // Take as many variables as fit a mixed-radix long after the codes renumbered so far.
            long radix = denseCount;
            int end = v;
            while (end < variables.length && radix <= Long.MAX_VALUE / cardinality[variables[end]]) {
                radix *= cardinality[variables[end]];
                end++;
            }
            int[] next = new int[n];
            int count = 0;
            if (radix <= Math.max(n, DIRECT_TABLE_LIMIT)) {
                // Few possible keys (the usual case: a handful of categories and bins): a plain array
                // indexed by key renumbers them, several times faster than hashing.
                int[] table = new int[(int) radix];
                Arrays.fill(table, -1);
                for (int i = 0; i < n; i++) {
                    if (!complete[i]) {
                        next[i] = -1;
                        continue;
                    }
                    int key = dense == null ? 0 : dense[i];
                    for (int j = v; j < end; j++) {
                        key = key * cardinality[variables[j]] + codes[variables[j]][i];
                    }
                    int id = table[key];
                    if (id < 0) {
                        id = count++;
                        table[key] = id;
                    }
                    next[i] = id;
                }
            } else {
                LongIntHashMap ids = new LongIntHashMap(1 << 12);
                for (int i = 0; i < n; i++) {
                    if (!complete[i]) {
                        next[i] = -1;
                        continue;
                    }
                    long key = dense == null ? 0 : dense[i];
                    for (int j = v; j < end; j++) {
                        key = key * cardinality[variables[j]] + codes[variables[j]][i];
                    }
                    next[i] = ids.idOf(key);
                }
                count = ids.size();
            }
            dense = next;
            denseCount = count;
            v = end;
        } while (v < variables.length);
        return new Cells(dense, (int) denseCount);
    }

    /** Keeps min(T_s, C_s) randomly drawn units of each group in every stratum; the rest become unmatched. */
    private static void keepKToK(int[] stratum, int[] treat, int strata, long seed) {
        int n = stratum.length;
        // Counting sort of the matched rows by (stratum, group), then a partial Fisher–Yates shuffle
        // of each bucket: no per-row objects, and the draw depends only on the seed and row order.
        int buckets = 2 * (strata + 1);
        int[] start = new int[buckets + 1];
        for (int i = 0; i < n; i++) {
            if (stratum[i] > 0) {
                start[2 * stratum[i] + treat[i] + 1]++;
            }
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] rows = new int[start[buckets]];
        int[] fill = Arrays.copyOf(start, buckets);
        for (int i = 0; i < n; i++) {
            if (stratum[i] > 0) {
                rows[fill[2 * stratum[i] + treat[i]]++] = i;
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int s = 1; s <= strata; s++) {
            int c0 = 2 * s;
            int c1 = 2 * s + 1;
            int controls = start[c0 + 1] - start[c0];
            int treated = start[c1 + 1] - start[c1];
            int keep = Math.min(controls, treated);
            for (int bucket : new int[]{c0, c1}) {
                int from = start[bucket];
                int size = start[bucket + 1] - from;
                for (int j = 0; j < keep; j++) {
                    int pick = from + j + random.nextInt(size - j);
                    int tmp = rows[from + j];
                    rows[from + j] = rows[pick];
                    rows[pick] = tmp;
                }
                for (int j = keep; j < size; j++) {
                    stratum[rows[from + j]] = 0;
                }
            }
        }
    }

    /** MatchIt's {@code weights.subclass}: stratum ratios, then rescaled to each group's matched count. */
    static double[] weights(int[] stratum, int[] treat, int strata, Estimand estimand) {
        int n = stratum.length;
        int[] treatedIn = new int[strata + 1];
        int[] controlIn = new int[strata + 1];
        int matchedT = 0;
        int matchedC = 0;
        for (int i = 0; i < n; i++) {
            if (stratum[i] > 0) {
                if (treat[i] == 1) {
                    treatedIn[stratum[i]]++;
                    matchedT++;
                } else {
                    controlIn[stratum[i]]++;
                    matchedC++;
                }
            }
        }
        double[] w = new double[n];
        double sumT = 0;
        double sumC = 0;
        for (int i = 0; i < n; i++) {
            int s = stratum[i];
            if (s == 0) {
                continue;
            }
            double t = treatedIn[s];
            double c = controlIn[s];
            w[i] = switch (estimand) {
                case ATT -> treat[i] == 1 ? 1.0 : t / c;
                case ATC -> treat[i] == 1 ? c / t : 1.0;
                case ATE -> treat[i] == 1 ? (t + c) / t : (t + c) / c;
            };
            if (treat[i] == 1) {
                sumT += w[i];
            } else {
                sumC += w[i];
            }
        }
        // The group that keeps weight 1 is rescaled by exactly 1, so one formula serves all three.
        double scaleT = sumT == 0 ? 0 : matchedT / sumT;
        double scaleC = sumC == 0 ? 0 : matchedC / sumC;
        for (int i = 0; i < n; i++) {
            if (stratum[i] > 0) {
                w[i] *= treat[i] == 1 ? scaleT : scaleC;
            }
        }
        return w;
    }

    // ---------------------------------------------------------------- imbalance and diagnosis

    /**
     * L1 before (complete rows, unweighted) and after (matched rows, weighted; NaN when {@code weight}
     * is null, nothing having matched) on the L1 histogram; adds how each variable was coarsened for it
     * to {@code l1Coarsened}.
     */
    private L1Imbalance measureL1(Table table, List<Column> columns, int[][] matchCodes, int[] matchCardinality,
                                  List<CoarsenedVariable> matchCoarsened, boolean[] complete, int completeCount,
                                  int[] treat, double[] weight, List<CoarsenedVariable> l1Coarsened) {
        Cells cells = l1Cells(table, columns, matchCodes, matchCardinality, matchCoarsened, complete, completeCount,
                l1Coarsened);
        return new L1Imbalance(l1(cells.cell, cells.count, treat, null),
                weight == null ? Double.NaN : l1(cells.cell, cells.count, treat, weight));
    }

    /**
     * Each complete row's cell of the L1 histogram (−1 for an incomplete row), ids 0, 1, … in order of
     * first appearance. Variables are folded in one at a time, each one's codes made, used and dropped
     * (or shared with matching when the rule is the same), so the histogram costs one {@code int} per
     * row, plus one more while a variable is being folded in, whatever the number of variables.
     */
    private Cells l1Cells(Table table, List<Column> columns, int[][] matchCodes, int[] matchCardinality,
                          List<CoarsenedVariable> matchCoarsened, boolean[] complete, int completeCount,
                          List<CoarsenedVariable> l1Coarsened) {
        int n = complete.length;
        int[] cell = new int[n];
        for (int i = 0; i < n; i++) {
            cell[i] = complete[i] ? 0 : -1;
        }
        long count = 1;
        for (int v = 0; v < columns.size(); v++) {
            Column column = columns.get(v);
            boolean numeric = column instanceof NumericColumn;
            Coarsening rule = spec.l1Coarsening().getOrDefault(column.name(),
                    numeric ? Coarsening.prettyScott() : Coarsening.exact());
            int[] codes;
            int cardinality;
            double[] cutPoints;
            int levels;
            if (rule.equals(matchCoarsened.get(v).rule())) {
                codes = matchCodes[v];
                cardinality = matchCardinality[v];
                cutPoints = matchCoarsened.get(v).cutPoints();
                levels = matchCoarsened.get(v).levels();
            } else {
                VariableCodes vc = code(table, column, rule, complete, completeCount);
                codes = vc.codes;
                cardinality = vc.cardinality;
                cutPoints = vc.cutPoints;
                levels = distinctCodes(vc.codes, vc.cardinality, complete);
            }
            l1Coarsened.add(new CoarsenedVariable(column.name(), numeric, rule, cutPoints, levels));
            long keys = count * cardinality;
            int next = 0;
            if (keys <= Math.max(n, DIRECT_TABLE_LIMIT)) {
                int[] ids = new int[(int) keys];
                Arrays.fill(ids, -1);
                for (int i = 0; i < n; i++) {
                    if (cell[i] < 0) {
                        continue;
                    }
                    int key = cell[i] * cardinality + codes[i];
                    int id = ids[key];
                    if (id < 0) {
                        id = next++;
                        ids[key] = id;
                    }
                    cell[i] = id;
                }
            } else {
                LongIntHashMap ids = new LongIntHashMap(1 << 12);
                for (int i = 0; i < n; i++) {
                    if (cell[i] >= 0) {
                        cell[i] = ids.idOf((long) cell[i] * cardinality + codes[i]);
                    }
                }
                next = ids.size();
            }
            count = next;
        }
        return new Cells(cell, (int) count);
    }

    /** ½ Σ_cells |f − g| over complete rows; with weights, over rows of positive weight. */
    private static double l1(int[] cellOf, int cellCount, int[] treat, double[] weight) {
        double[] t = new double[cellCount];
        double[] c = new double[cellCount];
        double totalT = 0;
        double totalC = 0;
        for (int i = 0; i < treat.length; i++) {
            int cell = cellOf[i];
            if (cell < 0) {
                continue;
            }
            double w = weight == null ? 1.0 : weight[i];
            if (treat[i] == 1) {
                t[cell] += w;
                totalT += w;
            } else {
                c[cell] += w;
                totalC += w;
            }
        }
        double sum = 0;
        for (int k = 0; k < cellCount; k++) {
            sum += Math.abs(t[k] / totalT - c[k] / totalC);
        }
        return sum / 2;
    }

    private static ThinStrataDiagnosis diagnose(int[][] codes, int[] cardinality, boolean[] complete, int[] treat,
                                                List<CoarsenedVariable> coarsened, int treatedMatched,
                                                int treatedTotal, int controlMatched, int controlUnmatched,
                                                int strata) {
        int p = codes.length;
        List<ThinStrataDiagnosis.Variable> variables = new ArrayList<>(p);
        String worst = null;
        int worstIndex = -1;
        int best = treatedMatched;
        if (treatedMatched == treatedTotal && controlUnmatched == 0) {
            // Everything matched: leaving a variable out only merges strata, so every unit still
            // matches — no need for p more passes over the data.
            for (CoarsenedVariable v : coarsened) {
                variables.add(new ThinStrataDiagnosis.Variable(v.name(), v.levels(), treatedMatched, controlMatched));
            }
            return new ThinStrataDiagnosis(treatedMatched, treatedTotal, variables, Optional.empty(),
                    "All " + treatedTotal + " treated units matched, in " + strata + " strata.");
        }
        for (int left = 0; left < p; left++) {
            int[] others = new int[p - 1];
            for (int v = 0, j = 0; v < p; v++) {
                if (v != left) {
                    others[j++] = v;
                }
            }
            int[] matchedWithout = matchedCounts(codes, cardinality, others, complete, treat);
            String name = coarsened.get(left).name();
            variables.add(new ThinStrataDiagnosis.Variable(name, coarsened.get(left).levels(),
                    matchedWithout[1], matchedWithout[0]));
            if (matchedWithout[1] > best) {
                best = matchedWithout[1];
                worst = name;
                worstIndex = left;
            }
        }
        String explanation;
        if (treatedMatched == treatedTotal) {
            explanation = "All " + treatedTotal + " treated units matched, in " + strata + " strata.";
        } else if (worst != null) {
            CoarsenedVariable w = coarsened.get(worstIndex);
            explanation = (treatedMatched == 0 ? "No" : "Only " + treatedMatched + " of " + treatedTotal)
                    + " treated units matched" + (treatedMatched == 0 ? " (of " + treatedTotal + ")" : "")
                    + "; '" + worst + "' thins the strata most: with its " + w.levels() + " "
                    + (w.numeric() && w.cutPoints().length > 0 ? "bins" : "values")
                    + " left out, " + best + " would match. Coarsen it (fewer bins or grouped values) or match without it.";
        } else {
            explanation = (treatedMatched == 0 ? "No" : "Only " + treatedMatched + " of " + treatedTotal)
                    + " treated units matched" + (treatedMatched == 0 ? " (of " + treatedTotal + ")" : "")
                    + "; leaving out any one variable matches no more, so the combination of variables is too fine."
                    + " Coarsen several of them or match on fewer.";
        }
        return new ThinStrataDiagnosis(treatedMatched, treatedTotal, variables, Optional.ofNullable(worst), explanation);
    }

    /** Control and treated units in cells holding both groups, when matching on {@code variables}. */
    private static int[] matchedCounts(int[][] codes, int[] cardinality, int[] variables, boolean[] complete, int[] treat) {
        int[] cell;
        int count;
        if (variables.length == 0) {
            cell = new int[complete.length];
            for (int i = 0; i < cell.length; i++) {
                cell[i] = complete[i] ? 0 : -1;
            }
            count = 1;
        } else {
            Cells cells = cells(codes, cardinality, variables, complete);
            cell = cells.cell;
            count = cells.count;
        }
        int[] t = new int[count];
        int[] c = new int[count];
        for (int i = 0; i < cell.length; i++) {
            if (cell[i] >= 0) {
                if (treat[i] == 1) {
                    t[cell[i]]++;
                } else {
                    c[cell[i]]++;
                }
            }
        }
        int[] matched = new int[2];
        for (int k = 0; k < count; k++) {
            if (t[k] > 0 && c[k] > 0) {
                matched[1] += t[k];
                matched[0] += c[k];
            }
        }
        return matched;
    }
}
