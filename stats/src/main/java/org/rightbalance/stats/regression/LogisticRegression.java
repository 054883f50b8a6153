package org.rightbalance.stats.regression;

import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.model.RegressionData;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Logistic regression (logit) by weighted maximum likelihood, with classical, robust or
 * cluster-robust standard errors and z inference.
 *
 * <p><b>Model.</b> P(yᵢ = 1 | xᵢ) = pᵢ = F(ηᵢ), ηᵢ = xᵢᵀβ, F(t) = 1/(1 + e⁻ᵗ). The estimate maximises
 * the weighted log likelihood ℓ(β) = Σ wᵢ[yᵢ log pᵢ + (1 − yᵢ) log(1 − pᵢ)]. The weights are
 * sampling or matching weights: the point estimate is that of R's
 * {@code glm(y ~ ..., family = binomial, weights = w)} (or {@code quasibinomial}) and of Stata's
 * {@code logit y ... [pweight = w]}.
 *
 * <p><b>Algorithm.</b> Newton–Raphson, which for the canonical logit link is Fisher scoring, i.e.
 * iteratively reweighted least squares (McCullagh &amp; Nelder, <i>Generalized Linear Models</i>,
 * 2nd ed., 1989, §2.5 and §4.4): with score U(β) = Σ wᵢ(yᵢ − pᵢ)xᵢ and information
 * H(β) = Σ wᵢpᵢ(1 − pᵢ)xᵢxᵢᵀ, the step is δ = H⁻¹U, solved by Cholesky factorisation of H. The step
 * is halved (up to 30 times) while it increases the deviance D = −2ℓ. Iteration starts from β = 0
 * with the intercept at the logit of the weighted mean outcome, and has converged when
 * |D − D_old| / (|D| + 0.1) &lt; tolerance and the next Newton step would move no coefficient βⱼ by
 * more than 10⁻³ / maxᵢ|xᵢⱼ| (a flat deviance alone is also what separation looks like). The
 * deviance criterion is R's {@code glm.fit}'s, with a default tolerance of 10⁻¹² instead of R's
 * 10⁻⁸, which costs about one more step and makes the coefficients agree with a fully converged fit
 * to about 10⁻¹⁰ relative (tested against R at 10⁻⁹, and against closed forms on a million rows).
 * Each iteration is one pass over the rows, in parallel chunks whose partial sums are added in a
 * fixed order (results do not depend on thread timing); memory beyond the data is O(k²) per chunk,
 * plus O(G·k) for the cluster sums. Ten million rows with eight terms and three million clusters
 * take a few seconds.
 *
 * <p><b>Checks.</b> Before fitting: the outcome must be 0 or 1 in every row and take both values;
 * terms must not be collinear (checked, when the starting information matrix is nearly singular,
 * by {@link LeastSquares#solve}, which names the term). Then <b>separation</b>, for which the maximum likelihood estimate does not exist (Albert &amp;
 * Anderson, <i>Biometrika</i> 71, 1984): every 0/1 regressor is checked cell by cell — if the
 * outcome is constant among the rows where it is 1 (or, with an intercept, where it is 0) its
 * coefficient is infinite — as Stata's {@code logit} does before estimating. Separation by a
 * combination of terms shows while fitting: the deviance stops changing but Newton steps keep moving
 * the diverging coefficients by about 1/|x|; iteration goes on until some fitted probabilities are
 * within {@value #EXTREME_PROBABILITY} of 0 or 1, and then the terms still moving are named.
 * (A true optimum with some extreme fitted probabilities is not separation: its steps stop.)
 * Separation is an {@link InvalidDataException}, never a silently huge coefficient.
 *
 * <p><b>Variance.</b> See {@link LogitVariance}: H⁻¹ at the estimate, or the sandwich
 * c · H⁻¹ M H⁻¹ with M the sum of outer products of per-observation or per-cluster scores, and
 * c = n/(n − 1) (HC1) or G/(G − 1) (CR1), as Stata [R] logit with {@code vce(robust)} or
 * {@code vce(cluster)} ([U] 20.22, [P] _robust; Cameron &amp; Miller, <i>J. Human Resources</i>
 * 50(2), 2015). Cluster scores s_g = Σ_{i∈g} wᵢ(yᵢ − pᵢ)xᵢ are accumulated in one pass into a G×k
 * array.
 *
 * @param variance        the covariance estimator
 * @param confidenceLevel level of the normal confidence intervals, in (0, 1)
 * @param maxIterations   the most Newton steps to take, at least 1
 * @param tolerance       convergence threshold on the relative change in deviance, positive
 */
public record LogisticRegression(LogitVariance variance, double confidenceLevel, int maxIterations,
                                 double tolerance) {

    /** Default relative deviance tolerance (R's {@code glm.control} uses 1e-8). */
    public static final double DEFAULT_TOLERANCE = 1e-12;

    /** Default iteration limit (R's {@code glm.control} uses 25, Stata 16000). */
    public static final int DEFAULT_MAX_ITERATIONS = 100;

    /** A fitted probability this close to 0 or 1 is "numerically 0 or 1", a sign of separation. */
    public static final double EXTREME_PROBABILITY = 1e-10;

    private static final int CHUNK_ROWS = 1 << 16;
    private static final int BLOCK = 512;
    /**
     * Cholesky pivot, relative to its diagonal, below which the start is checked for collinearity by
     * {@link LeastSquares#solve}: a residual norm of 1e-4 of the column's, far above the 1e-7 at
     * which LeastSquares calls a term collinear, so the cheap test never hides a collinear term.
     */
    private static final double NEAR_COLLINEAR = 1e-8;
    /** Cholesky pivot, relative to its diagonal, below which the information is singular. */
    private static final double SINGULAR = 1e-14;
    private static final int MAX_HALVINGS = 30;
    /** Scaled size of a further Newton step above which a coefficient is still diverging. */
    private static final double DIVERGING_STEP = 1e-3;

    /**
     * @throws IllegalArgumentException if a setting is out of range
     */
    public LogisticRegression {
        if (variance == null) {
            throw new IllegalArgumentException("a variance estimator is required");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, was " + confidenceLevel);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("at least one iteration is needed, was " + maxIterations);
        }
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be positive, was " + tolerance);
        }
    }

    /** 95% intervals, {@value #DEFAULT_MAX_ITERATIONS} iterations, tolerance {@value #DEFAULT_TOLERANCE}. */
    public LogisticRegression(LogitVariance variance) {
        this(variance, 0.95, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /**
     * Fits the model; messages call the outcome "the outcome".
     *
     * @see #fit(RegressionData, String)
     */
    public LogisticRegressionResult fit(RegressionData data) {
        return fit(data, null);
    }

    /**
     * Fits the model.
     *
     * @param data    the model frame: terms, 0/1 outcome, optional weights and clusters
     * @param outcome the outcome column's name, for messages ({@link RegressionData} does not carry
     *                it), or {@code null}
     * @return the fit; {@code converged()} is false if the iteration limit was reached first
     * @throws InvalidDataException     if the outcome is not 0/1 (naming file, line and column),
     *                                  is the same in every row, a term is collinear, or the data
     *                                  are separated (naming the terms whose coefficients are
     *                                  infinite), or a cluster-robust variance is asked of data in
     *                                  a single cluster
     * @throws IllegalArgumentException if a cluster-robust variance is asked of data without
     *                                  clusters
     */
    public LogisticRegressionResult fit(RegressionData data, String outcome) {
        if (variance.isClustered() && !data.isClustered()) {
            throw new IllegalArgumentException(variance + " standard errors need a cluster column; none was given for "
                    + data.source());
        }
        if (variance.isClustered() && data.clusterCount() < 2) {
            throw new InvalidDataException(data.source() + ": all " + data.n() + " rows are in one cluster;"
                    + " cluster-robust standard errors need at least two clusters");
        }
        Problem pb = new Problem(data, outcome);
        pb.checkOutcome();
        int k = data.k();
        double[] beta = new double[k];
        if (pb.intercept >= 0) {
            beta[pb.intercept] = Math.log(pb.sumWy / (pb.sumW - pb.sumWy));
        }
        Pass state = pb.pass(beta);
        // At the start p is the same in every row, so the information is a multiple of X'WX; if its
        // Cholesky factorisation is even close to failing, the QR of √W·X decides and names the term.
        if (Cholesky.factor(state.information(k), NEAR_COLLINEAR) == null) {
            LeastSquares.solve(data.terms(), data.x(), data.y(), data.weights());
        }
        pb.checkBinaryRegressors();
        int iterations = 0;
        boolean converged = false;
        boolean singular = false;
        for (int iter = 1; iter <= maxIterations; iter++) {
            double[] step = Cholesky.solve(state.information(k), state.score);
            if (step == null) {
                singular = true;
                break;
            }
            double t = 1;
            double[] trial = new double[k];
            Pass next = null;
            for (int h = 0; h <= MAX_HALVINGS; h++, t /= 2) {
                for (int j = 0; j < k; j++) {
                    trial[j] = beta[j] + t * step[j];
                }
                next = pb.pass(trial);
                if (next.deviance <= state.deviance + tolerance * (Math.abs(state.deviance) + 0.1)) {
                    break;
                }
            }
            iterations = iter;
            boolean small = Math.abs(next.deviance - state.deviance) / (Math.abs(next.deviance) + 0.1) < tolerance;
            beta = trial;
            state = next;
            if (small) {
                // A flat deviance is an optimum only if the next Newton step would stay put; under
                // separation the deviance flattens while the diverging coefficients keep moving by
                // about 1/|x| a step, so keep stepping until their fitted probabilities reach 0 or 1.
                double[] further = Cholesky.solve(state.information(k), state.score);
                if (further == null) {
                    singular = true;
                    break;
                }
                if (pb.moving(further).isEmpty()) {
                    converged = true;
                    break;
                }
                if (state.extreme > 0) {
                    break;
                }
            }
        }
        pb.checkSeparation(beta, state, converged, singular);

        double[][] bread = Cholesky.inverse(state.information(k));
        if (bread == null) {
            throw new InvalidDataException(data.source() + ": the information matrix of the logistic regression is singular;"
                    + " the coefficients are not identified");
        }
        double[][] cov = switch (variance) {
            case CLASSICAL -> bread;
            case HC0 -> sandwich(bread, pb.observationMeat(beta), 1.0);
            case HC1 -> sandwich(bread, pb.observationMeat(beta), pb.positive / (pb.positive - 1.0));
            case CR0 -> sandwich(bread, pb.clusterMeat(beta), 1.0);
            case CR1 -> sandwich(bread, pb.clusterMeat(beta),
                    data.clusterCount() / (data.clusterCount() - 1.0));
        };
        List<Coefficient> rows = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            rows.add(Coefficient.of(data.terms().get(j), beta[j], Math.sqrt(cov[j][j]),
                    Double.POSITIVE_INFINITY, confidenceLevel));
        }
        return new LogisticRegressionResult(data.source(), data.terms(), rows, cov, variance, confidenceLevel,
                -state.deviance / 2, state.deviance, pb.nullDeviance(), iterations, converged, pb.n, pb.sumW,
                data.clusterCount());
    }

    /** c · B M B. */
    private static double[][] sandwich(double[][] b, double[][] m, double c) {
        int k = b.length;
        double[][] bm = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += b[i][l] * m[l][j];
                }
                bm[i][j] = s;
            }
        }
        double[][] v = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                double s = 0;
                for (int l = 0; l < k; l++) {
                    s += bm[i][l] * b[l][j];
                }
                v[i][j] = c * s;
                v[j][i] = c * s;
            }
        }
        return v;
    }

    /** log(1 + eᵗ) without overflow. */
    static double softplus(double t) {
        return t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t));
    }

    /**
     * log(1 + e) for 0 ≤ e ≤ 1 with absolute error below 2·10⁻¹⁶ (relative below 10⁻¹²):
     * {@code Math.log(1 + e)} (a compiler intrinsic, unlike {@code Math.log1p}, which would double
     * the cost of a pass) for e &gt; 10⁻⁴, otherwise the series e − e²/2 + e³/3, whose error e⁴/4 is
     * below 10⁻¹⁶·e.
     */
    static double log1p(double e) {
        return e > 1e-4 ? Math.log(1 + e) : e * (1 - e * (0.5 - e / 3));
    }

    /** The logistic distribution function F(t) = 1/(1 + e⁻ᵗ). */
    static double logistic(double t) {
        return 1 / (1 + Math.exp(-t));
    }

    /** Sums over all rows at one β: deviance, score, packed lower-triangular information. */
    private record Pass(double deviance, double[] score, double[] info, int extreme) {

        double[][] information(int k) {
            double[][] h = new double[k][k];
            for (int i = 0, p = 0; i < k; i++) {
                for (int j = 0; j <= i; j++, p++) {
                    h[i][j] = info[p];
                    h[j][i] = info[p];
                }
            }
            return h;
        }
    }

    /** The data with what is derived from it once. */
    private final class Problem {
        final RegressionData data;
        final String outcome;
        final double[][] x;
        final double[] y;
        final double[] w;
        final int n;
        final int k;
        final int intercept;
        final double[] scale;
        double sumW;
        double sumWy;
        /** Rows of positive weight: the n of HC1's n/(n − 1) (ModelFrame has already dropped zeros). */
        int positive;

        Problem(RegressionData data, String outcome) {
            this.data = data;
            this.outcome = outcome;
            this.x = data.x();
            this.y = data.y();
            this.w = data.weights();
            this.n = data.n();
            this.k = data.k();
            this.intercept = data.indexOf(Formula.INTERCEPT);
            this.scale = new double[k];
            for (int j = 0; j < k; j++) {
                double m = 0;
                for (double v : x[j]) {
                    m = Math.max(m, Math.abs(v));
                }
                scale[j] = m;
            }
        }

        double weight(int i) {
            return w == null ? 1.0 : w[i];
        }

        String outcomeName() {
            return outcome == null ? "the outcome" : "the outcome '" + outcome + "'";
        }

        void checkOutcome() {
            for (int i = 0; i < n; i++) {
                double v = y[i];
                if (v != 0 && v != 1) {
                    String rule = format(v) + " is not 0 or 1; a logistic regression needs a binary outcome";
                    throw outcome == null
                            ? new InvalidDataException(data.source() + ", line " + data.lines()[i] + ": outcome " + rule)
                            : InvalidDataException.atValue(data.source(), data.lines()[i], outcome, rule);
                }
                double wi = weight(i);
                sumW += wi;
                sumWy += wi * v;
                if (wi > 0) {
                    positive++;
                }
            }
            if (sumWy == 0 || sumWy == sumW) {
                int v = sumWy == 0 ? 0 : 1;
                throw new InvalidDataException(data.source() + ": " + outcomeName() + " is " + v + " in every row used ("
                        + n + " rows); a logistic regression needs both 0s and 1s");
            }
        }

        /** Separation by a single 0/1 regressor, found from its 2×2 table with the outcome. */
        void checkBinaryRegressors() {
            for (int j = 0; j < k; j++) {
                if (j == intercept) {
                    continue;
                }
                double[] c = x[j];
                long[][] cells = new long[2][2];
                boolean binary = true;
                for (int i = 0; i < n && binary; i++) {
                    if (weight(i) == 0) {
                        continue;
                    }
                    if (c[i] == 0 || c[i] == 1) {
                        cells[(int) c[i]][(int) y[i]]++;
                    } else {
                        binary = false;
                    }
                }
                if (!binary) {
                    continue;
                }
                String term = data.terms().get(j);
                boolean onePure = cells[1][0] == 0 || cells[1][1] == 0;
                boolean zeroPure = intercept >= 0 && (cells[0][0] == 0 || cells[0][1] == 0);
                if (onePure && cells[1][0] + cells[1][1] > 0) {
                    int v = cells[1][0] == 0 ? 1 : 0;
                    boolean complete = zeroPure && cells[0][v] == 0;
                    if (complete) {
                        throw new InvalidDataException(data.source() + ": '" + term + "' predicts " + outcomeName()
                                + " perfectly (it is " + v + " exactly where '" + term + "' = 1): complete separation;"
                                + " the logit coefficient of '" + term + "' is infinite");
                    }
                    throw new InvalidDataException(data.source() + ": " + outcomeName() + " is " + v
                            + " in every row where '" + term + "' = 1 (" + (cells[1][0] + cells[1][1])
                            + " rows): quasi-complete separation; the logit coefficient of '" + term + "' is infinite");
                }
                if (zeroPure && cells[0][0] + cells[0][1] > 0) {
                    int v = cells[0][0] == 0 ? 1 : 0;
                    throw new InvalidDataException(data.source() + ": " + outcomeName() + " is " + v
                            + " in every row where '" + term + "' = 0 (" + (cells[0][0] + cells[0][1])
                            + " rows): quasi-complete separation; the logit coefficients of '" + term + "' and '"
                            + Formula.INTERCEPT + "' are infinite");
                }
            }
        }

        /** Separation by a combination of terms, seen in the fit. */
        void checkSeparation(double[] beta, Pass state, boolean converged, boolean singular) {
            if (converged) {
                return;           // an optimum, possibly with some extreme fitted probabilities
            }
            if (state.extreme == 0) {
                if (singular) {
                    throw new InvalidDataException(data.source() + ": the information matrix of the logistic regression"
                            + " became singular while fitting; the coefficients are not identified");
                }
                return;           // the iteration limit came first; the result says not converged
            }
            double[] step = singular ? null : Cholesky.solve(state.information(k), state.score);
            List<String> diverging = step != null ? moving(step) : new ArrayList<>();
            if (step == null) {
                for (int j = 0; j < k; j++) {
                    if (Math.abs(beta[j]) * scale[j] > 10) {
                        diverging.add("'" + data.terms().get(j) + "'");
                    }
                }
            }
            String kind = state.extreme == n ? "complete separation" : "quasi-complete separation";
            String which = diverging.isEmpty() ? "some coefficients are"
                    : diverging.size() == 1 ? "the logit coefficient of " + diverging.get(0) + " is"
                    : "the logit coefficients of " + String.join(", ", diverging.subList(0, diverging.size() - 1))
                            + " and " + diverging.get(diverging.size() - 1) + " are";
            throw new InvalidDataException(data.source() + ": " + outcomeName() + " is predicted perfectly in "
                    + state.extreme + " of " + n + " rows (fitted probabilities within 1e-10 of 0 or 1): " + kind + "; " + which + " infinite");
        }

        /** The terms whose Newton step, times the term's largest |x|, exceeds {@value #DIVERGING_STEP}. */
        List<String> moving(double[] step) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                if (Math.abs(step[j]) * scale[j] > DIVERGING_STEP) {
                    terms.add("'" + data.terms().get(j) + "'");
                }
            }
            return terms;
        }

        Pass pass(double[] beta) {
            int chunks = (n + CHUNK_ROWS - 1) / CHUNK_ROWS;
            Pass[] parts = new Pass[chunks];
            IntStream range = IntStream.range(0, chunks);
            (chunks > 1 ? range.parallel() : range).forEach(c -> parts[c] = chunk(beta, c * CHUNK_ROWS,
                    Math.min(n, (c + 1) * CHUNK_ROWS)));
            int m = k * (k + 1) / 2;
            double dev = 0;
            double[] score = new double[k];
            double[] info = new double[m];
            int extreme = 0;
            for (Pass p : parts) {
                dev += p.deviance;
                extreme += p.extreme;
                for (int j = 0; j < k; j++) {
                    score[j] += p.score[j];
                }
                for (int j = 0; j < m; j++) {
                    info[j] += p.info[j];
                }
            }
            return new Pass(dev, score, info, extreme);
        }

        /**
         * The sums over rows [from, to), column by column over sub-blocks of {@value #BLOCK} rows so
         * that the inner loops run over contiguous arrays.
         */
        private Pass chunk(double[] beta, int from, int to) {
            double dev = 0;
            double[] score = new double[k];
            double[] info = new double[k * (k + 1) / 2];
            double[] eta = new double[BLOCK];
            double[] r = new double[BLOCK];
            double[] v = new double[BLOCK];
            double[] vx = new double[BLOCK];
            int extreme = 0;
            for (int start = from; start < to; start += BLOCK) {
                int m = Math.min(BLOCK, to - start);
                java.util.Arrays.fill(eta, 0, m, 0.0);
                for (int j = 0; j < k; j++) {
                    double[] c = x[j];
                    double bj = beta[j];
                    for (int t = 0; t < m; t++) {
                        eta[t] += c[start + t] * bj;
                    }
                }
                for (int t = 0; t < m; t++) {
                    int i = start + t;
                    double et = eta[t];
                    double wi = w == null ? 1.0 : w[i];
                    // one exponential and one logarithm per row: e = exp(−|η|), log(1 + e^{∓η}) from log(1 + e)
                    double e = Math.exp(-Math.abs(et));
                    double small = e / (1 + e);
                    double p = et >= 0 ? 1 - small : small;
                    if (small < EXTREME_PROBABILITY) {
                        extreme++;
                    }
                    double yi = y[i];
                    boolean against = (yi == 1) == (et < 0);     // the outcome is on the less likely side
                    dev += wi * (log1p(e) + (against ? Math.abs(et) : 0));
                    r[t] = wi * (yi - p);
                    v[t] = wi * small * (1 - small);
                }
                for (int a = 0, pos = 0; a < k; a++) {
                    double[] ca = x[a];
                    double sa = 0;
                    for (int t = 0; t < m; t++) {
                        double xa = ca[start + t];
                        sa += r[t] * xa;
                        vx[t] = v[t] * xa;
                    }
                    score[a] += sa;
                    for (int b = 0; b <= a; b++, pos++) {
                        double[] cb = x[b];
                        double sab = 0;
                        for (int t = 0; t < m; t++) {
                            sab += vx[t] * cb[start + t];
                        }
                        info[pos] += sab;
                    }
                }
            }
            return new Pass(2 * dev, score, info, extreme);
        }

        double nullDeviance() {
            double p0 = intercept >= 0 ? sumWy / sumW : 0.5;
            double eta = Math.log(p0 / (1 - p0));
            return 2 * (sumWy * softplus(-eta) + (sumW - sumWy) * softplus(eta));
        }

        /** Σᵢ sᵢsᵢᵀ. */
        double[][] observationMeat(double[] beta) {
            double[][] m = new double[k][k];
            double[] xi = new double[k];
            for (int i = 0; i < n; i++) {
                double eta = 0;
                for (int j = 0; j < k; j++) {
                    xi[j] = x[j][i];
                    eta += xi[j] * beta[j];
                }
                double r = weight(i) * (y[i] - logistic(eta));
                double r2 = r * r;
                for (int a = 0; a < k; a++) {
                    double ra = r2 * xi[a];
                    for (int b = 0; b <= a; b++) {
                        m[a][b] += ra * xi[b];
                    }
                }
            }
            return symmetrise(m);
        }

        /** Σ_g s_g s_gᵀ, the cluster score sums accumulated in one pass. */
        double[][] clusterMeat(double[] beta) {
            int g = data.clusterCount();
            int[] cl = data.cluster();
            double[] s = new double[g * k];
            for (int i = 0; i < n; i++) {
                double eta = 0;
                for (int j = 0; j < k; j++) {
                    eta += x[j][i] * beta[j];
                }
                double r = weight(i) * (y[i] - logistic(eta));
                int base = cl[i] * k;
                for (int j = 0; j < k; j++) {
                    s[base + j] += r * x[j][i];
                }
            }
            double[][] m = new double[k][k];
            for (int c = 0; c < g; c++) {
                int base = c * k;
                for (int a = 0; a < k; a++) {
                    double sa = s[base + a];
                    for (int b = 0; b <= a; b++) {
                        m[a][b] += sa * s[base + b];
                    }
                }
            }
            return symmetrise(m);
        }

        private double[][] symmetrise(double[][] m) {
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < a; b++) {
                    m[b][a] = m[a][b];
                }
            }
            return m;
        }
    }

    /** A number as a person wrote it: 2 rather than 2.0. */
    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Cholesky factorisation of small symmetric positive definite matrices. */
    static final class Cholesky {

        private Cholesky() {
        }

        /** Lower L with LLᵀ = a, or null when a pivot is at most {@code tolerance} times its diagonal. */
        static double[][] factor(double[][] a, double tolerance) {
            int k = a.length;
            double[][] l = new double[k][k];
            for (int j = 0; j < k; j++) {
                double d = a[j][j];
                for (int p = 0; p < j; p++) {
                    d -= l[j][p] * l[j][p];
                }
                if (!(d > tolerance * a[j][j]) || !(a[j][j] > 0)) {
                    return null;
                }
                double ljj = Math.sqrt(d);
                l[j][j] = ljj;
                for (int i = j + 1; i < k; i++) {
                    double s = a[i][j];
                    for (int p = 0; p < j; p++) {
                        s -= l[i][p] * l[j][p];
                    }
                    l[i][j] = s / ljj;
                }
            }
            return l;
        }

        static double[] solve(double[][] a, double[] b) {
            double[][] l = factor(a, SINGULAR);
            return l == null ? null : substitute(l, b);
        }

        /** Solves LLᵀv = b by forward and back substitution. */
        private static double[] substitute(double[][] l, double[] b) {
            int k = l.length;
            double[] z = new double[k];
            for (int i = 0; i < k; i++) {
                double s = b[i];
                for (int p = 0; p < i; p++) {
                    s -= l[i][p] * z[p];
                }
                z[i] = s / l[i][i];
            }
            double[] v = new double[k];
            for (int i = k - 1; i >= 0; i--) {
                double s = z[i];
                for (int p = i + 1; p < k; p++) {
                    s -= l[p][i] * v[p];
                }
                v[i] = s / l[i][i];
            }
            return v;
        }

        static double[][] inverse(double[][] a) {
            double[][] l = factor(a, SINGULAR);
            if (l == null) {
                return null;
            }
            int k = a.length;
            double[][] inv = new double[k][k];
            for (int j = 0; j < k; j++) {
                double[] e = new double[k];
                e[j] = 1;
                double[] col = substitute(l, e);
                for (int i = 0; i < k; i++) {
                    inv[i][j] = col[i];
                }
            }
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < i; j++) {
                    double s = (inv[i][j] + inv[j][i]) / 2;
                    inv[i][j] = s;
                    inv[j][i] = s;
                }
            }
            return inv;
        }
    }
}
