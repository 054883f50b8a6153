package org.rightbalance.stats.regression;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.model.Coefficient;
import org.rightbalance.stats.model.RegressionData;

import java.util.ArrayList;
import java.util.List;

/**
 * Ordinary and weighted least squares with classical, heteroskedasticity-robust and
 * cluster-robust standard errors.
 *
 * <p>Coefficients: β̂ = (X'WX)⁻¹X'Wy by streamed Householder QR ({@link LeastSquares}). With
 * residuals eᵢ = yᵢ − xᵢ'β̂, B = (X'WX)⁻¹, n observations, k terms and G clusters:
 * <ul>
 *   <li><b>classical</b>: V = σ̂²B, σ̂² = Σwᵢeᵢ²/(n−k); t with n−k df.</li>
 *   <li><b>HC1</b>: V = n/(n−k) · B (Σ wᵢ²eᵢ² xᵢxᵢ') B; t with n−k df
 *       (MacKinnon &amp; White 1985; Stata {@code regress, vce(robust)}; estimatr {@code "HC1"}).</li>
 *   <li><b>CR1</b>: V = G/(G−1) · (n−1)/(n−k) · B (Σ_g u_g u_g') B with u_g = Σ_{i∈g} wᵢeᵢxᵢ;
 *       t with G−1 df — exactly Stata's {@code regress, vce(cluster)} ([U] 20.22; Cameron &amp;
 *       Miller 2015, J. Human Resources 50(2), eq. 11) and estimatr's {@code se_type = "stata"}.</li>
 *   <li><b>CR2</b>: the bias-reduced linearisation of Bell &amp; McCaffrey (2002, Survey
 *       Methodology 28(2)) as R estimatr's {@code "CR2"} (which follows clubSandwich):
 *       V = B (Σ_g X_g'W_gA_ge_g e_g'A_gW_gX_g) B with A_g = ([(I−H)(I−H)']_gg)^−½, H = XBX'W —
 *       unweighted, A_g = (I − H_gg)^−½; each coefficient's t has the Bell–McCaffrey
 *       Satterthwaite df (Σλ)²/Σλ² under the working model of independent errors of equal
 *       variance (Pustejovsky &amp; Tipton 2018, JBES 36(4), §3).</li>
 * </ul>
 *
 * <p><b>Memory.</b> Nothing is of size n×n, n_g×n_g or G×G. Observations are grouped by cluster
 * by a counting sort, and CR2 uses that A_g differs from the identity only on the span of the 2k
 * columns of [X_g, W_gX_g]: every quantity it needs comes from that 2k×2k Gram matrix and a
 * 2k-vector per cluster (see {@link #bellMcCaffrey}). A single cluster of a million rows is
 * therefore no harder than many small ones, where estimatr, which forms the n_g×n_g matrix, runs
 * out of memory. Eigenvalues of A_g's argument at or below 1e-12 take the Moore–Penrose inverse
 * square root (the factor becomes 0), as estimatr does.
 *
 * <p>Errors ({@link InvalidDataException}, one line): a collinear term, a constant outcome, fewer
 * observations than terms, a clustered estimator without clusters or with a single cluster.
 */
public final class LinearRegression {

    /** Eigenvalues at or below this are treated as zero when taking an inverse square root (as estimatr). */
    private static final double EIGEN_ZERO = 1e-12;

    private final VarianceEstimator variance;
    private final double confidenceLevel;

    /**
     * @param variance        the variance estimator
     * @param confidenceLevel e.g. 0.95
     */
    public LinearRegression(VarianceEstimator variance, double confidenceLevel) {
        if (variance == null) {
            throw new IllegalArgumentException("variance estimator is required");
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, was " + confidenceLevel);
        }
        this.variance = variance;
        this.confidenceLevel = confidenceLevel;
    }

    /** Classical standard errors and 95% intervals. */
    public LinearRegression() {
        this(VarianceEstimator.CLASSICAL, 0.95);
    }

    /** Fits the model to {@code data}. */
    public LinearRegressionResult fit(RegressionData data) {
        int n = data.n();
        int k = data.k();
        requireVaryingOutcome(data);
        if (variance.isClustered()) {
            if (!data.isClustered()) {
                throw new InvalidDataException(variance + " standard errors need a cluster column");
            }
            if (data.clusterCount() < 2) {
                throw new InvalidDataException(data.source() + ": cluster-robust standard errors need at least 2 clusters, found "
                        + data.clusterCount());
            }
        }
        if (n <= k) {
            throw new InvalidDataException(data.source() + ": " + n + " observations for " + k
                    + " terms leave no residual degrees of freedom");
        }
        LeastSquares.Solution ls = LeastSquares.solve(data.terms(), data.x(), data.y(), data.weights());
        double[] beta = ls.beta();
        double[][] bread = ls.xtwxInverse();
        double[] residuals = residuals(data, beta);

        double[][] cov;
        double[] df = new double[k];
        int clusters = variance.isClustered() ? data.clusterCount() : 0;
        switch (variance) {
            case CLASSICAL -> {
                double s2 = ls.rss() / (n - k);
                cov = scale(bread, s2);
                java.util.Arrays.fill(df, n - k);
            }
            case HC1 -> {
                double[][] meat = new double[k][k];
                double[] xi = new double[k];
                for (int i = 0; i < n; i++) {
                    double s = data.weight(i) * residuals[i];
                    row(data, i, xi);
                    addOuter(meat, xi, s * s);
                }
                cov = scale(sandwich(bread, meat), (double) n / (n - k));
                java.util.Arrays.fill(df, n - k);
            }
            case CR1 -> {
                ClusterIndex index = new ClusterIndex(data.cluster(), data.clusterCount());
                double[][] meat = new double[k][k];
                double[] u = new double[k];
                double[] xi = new double[k];
                for (int g = 0; g < clusters; g++) {
                    java.util.Arrays.fill(u, 0);
                    for (int p = index.start[g]; p < index.start[g + 1]; p++) {
                        int i = index.order[p];
                        row(data, i, xi);
                        double s = data.weight(i) * residuals[i];
                        for (int a = 0; a < k; a++) {
                            u[a] += s * xi[a];
                        }
                    }
                    addOuter(meat, u, 1.0);
                }
                double factor = (double) clusters / (clusters - 1) * (n - 1.0) / (n - k);
                cov = scale(sandwich(bread, meat), factor);
                java.util.Arrays.fill(df, clusters - 1);
            }
            case CR2 -> cov = bellMcCaffrey(data, residuals, bread, df);
            default -> throw new IllegalStateException("unknown variance estimator " + variance);
        }

        List<Coefficient> rows = new ArrayList<>(k);
        for (int j = 0; j < k; j++) {
            double se = Math.sqrt(cov[j][j]);
            rows.add(Coefficient.of(data.terms().get(j), beta[j], se, df[j], confidenceLevel));
        }
        return new LinearRegressionResult(rows, cov, variance, n, clusters, rSquared(data, ls.rss()),
                Math.sqrt(ls.rss() / (n - k)), data.droppedMissing(), data.droppedZeroWeight());
    }

    /**
     * CR2 covariance, filling {@code df} with each coefficient's Bell–McCaffrey degrees of freedom.
     *
     * <p>As estimatr (after clubSandwich) does for weighted fits, the working model is
     * independent errors of equal variance: with H = XBX'W, B_g = [(I−H)(I−H)']_gg
     * = I − X_gBX_g'W_g − W_gX_gBX_g' + X_gQX_g', Q = B(X'W²X)B, and A_g = B_g^−½ (Moore–Penrose
     * for eigenvalues ≤ 1e-12); u_g = X_g'W_gA_ge_g and V = B(Σu_gu_g')B. Unweighted, this is
     * A_g = (I − H_gg)^−½.
     *
     * <p>B_g − I = VΨV' with V = [X_g, W_gX_g] and Ψ = [[Q, −B], [−B, 0]], so A_g acts as the
     * identity outside the span of V's 2k columns and everything is computed from the 2k×2k Gram
     * matrix V'V and V'e_g. For coefficient j, with m_g = A_gW_gX_gBe_j, the df are
     * (tr P)²/‖P‖²_F for the G×G matrix P_gh = m_g'[(I−H)(I−H)']_gh m_h = δ_gh d_g + c_g'Ψc_h,
     * d_g = m_g'm_g, c_g = V'm_g; hence tr P = Σ(d_g + c_g'Ψc_g) and
     * ‖P‖²_F = Σd_g² + 2Σd_g c_g'Ψc_g + tr((ΨE)²) with E = Σc_gc_g' — never forming P.
     */
    private double[][] bellMcCaffrey(RegressionData data, double[] residuals, double[][] bread, double[] df) {
        int k = data.k();
        int k2 = 2 * k;
        int clusters = data.clusterCount();
        ClusterIndex index = new ClusterIndex(data.cluster(), clusters);
        double[] xi = new double[k];

        double[][] xw2x = new double[k][k];
        for (int i = 0; i < data.n(); i++) {
            row(data, i, xi);
            double w = data.weight(i);
            addOuter(xw2x, xi, w * w);
        }
        double[][] q = multiply(bread, multiply(xw2x, bread));
        double[][] psi = new double[k2][k2];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                psi[a][b] = q[a][b];
                psi[a][k + b] = -bread[a][b];
                psi[k + a][b] = -bread[a][b];
            }
        }

        double[][] meat = new double[k][k];
        double[] sumD = new double[k];
        double[] sumD2 = new double[k];
        double[] sumDcPc = new double[k];
        double[] sumCPc = new double[k];
        double[][][] e = new double[k][k2][k2];
        double[][] gram = new double[k2][k2];
        double[] ve = new double[k2];
        double[] vi = new double[k2];
        for (int g = 0; g < clusters; g++) {
            for (double[] r : gram) {
                java.util.Arrays.fill(r, 0);
            }
            java.util.Arrays.fill(ve, 0);
            for (int p = index.start[g]; p < index.start[g + 1]; p++) {
                int i = index.order[p];
                row(data, i, xi);
                double w = data.weight(i);
                for (int a = 0; a < k; a++) {
                    vi[a] = xi[a];
                    vi[k + a] = w * xi[a];
                }
                addOuter(gram, vi, 1.0);
                for (int a = 0; a < k2; a++) {
                    ve[a] += residuals[i] * vi[a];
                }
            }
            // Orthonormal basis of span(V): Q_v = V·F with F = P_r Δ_r^−½ from V'V = PΔP'.
            EigenDecompositionSymmetric gramEigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(gram, true));
            double[] delta = gramEigen.getEigenvalues();
            double maxDelta = 0;
            for (double d : delta) {
                maxDelta = Math.max(maxDelta, d);
            }
            List<double[]> fColumns = new ArrayList<>();
            for (int c = 0; c < delta.length; c++) {
                if (delta[c] > 1e-10 * maxDelta) {
                    double[] col = gramEigen.getEigenvector(c).toArray();
                    double s = 1 / Math.sqrt(delta[c]);
                    for (int a = 0; a < k2; a++) {
                        col[a] *= s;
                    }
                    fColumns.add(col);
                }
            }
            int rank = fColumns.size();
            if (rank == 0) {
                continue; // a cluster with no observations contributes nothing
            }
            double[][] f = new double[k2][rank];
            for (int c = 0; c < rank; c++) {
                for (int a = 0; a < k2; a++) {
                    f[a][c] = fColumns.get(c)[a];
                }
            }
            double[][] gf = multiply(gram, f);                       // V'Q_v
            double[][] s = multiply(transpose(gf), multiply(psi, gf)); // Q_v'(B_g − I)Q_v
            symmetrise(s);
            EigenDecompositionSymmetric sEigen = new EigenDecompositionSymmetric(new Array2DRowRealMatrix(s, false));
            double[] lambda = sEigen.getEigenvalues();
            double[][] z = sEigen.getV().getData();
            double[][] y = multiply(gf, z);                           // V'Q_vZ
            double[] dHalf = new double[rank];
            double[] dOne = new double[rank];
            for (int c = 0; c < rank; c++) {
                double eig = 1 + lambda[c];
                dHalf[c] = eig > EIGEN_ZERO ? 1 / Math.sqrt(eig) - 1 : -1;
                dOne[c] = eig > EIGEN_ZERO ? 1 / eig - 1 : -1;
            }
            double[][] vav = copy(gram);
            double[][] va2v = copy(gram);
            double[] vae = ve.clone();
            // Z'Q_v'e = Z'F'V'e
            double[] qe = multiply(transpose(multiply(f, z)), ve);
            for (int c = 0; c < rank; c++) {
                for (int a = 0; a < k2; a++) {
                    double ya = y[a][c];
                    vae[a] += dHalf[c] * ya * qe[c];
                    for (int b = 0; b < k2; b++) {
                        vav[a][b] += dHalf[c] * ya * y[b][c];
                        va2v[a][b] += dOne[c] * ya * y[b][c];
                    }
                }
            }
            double[] u = java.util.Arrays.copyOfRange(vae, k, k2);
            addOuter(meat, u, 1.0);

            // c_g = V'A_gW_gX_gBe_j = (V'AV)[:, k..2k) B e_j ; d_g = e_j'B (V'A²V)[k..2k, k..2k) B e_j
            double[][] vavRight = new double[k2][k];
            double[][] va2v22 = new double[k][k];
            for (int a = 0; a < k2; a++) {
                for (int b = 0; b < k; b++) {
                    vavRight[a][b] = vav[a][k + b];
                    if (a >= k) {
                        va2v22[a - k][b] = va2v[a][k + b];
                    }
                }
            }
            double[][] cMat = multiply(vavRight, bread);             // column j is c_g for coefficient j
            double[][] dMat = multiply(bread, multiply(va2v22, bread));
            double[][] psiC = multiply(psi, cMat);
            for (int j = 0; j < k; j++) {
                double d = dMat[j][j];
                double cPc = 0;
                for (int a = 0; a < k2; a++) {
                    cPc += cMat[a][j] * psiC[a][j];
                }
                sumD[j] += d;
                sumD2[j] += d * d;
                sumDcPc[j] += d * cPc;
                sumCPc[j] += cPc;
                double[][] ej = e[j];
                for (int a = 0; a < k2; a++) {
                    double ca = cMat[a][j];
                    for (int b = 0; b < k2; b++) {
                        ej[a][b] += ca * cMat[b][j];
                    }
                }
            }
        }
        for (int j = 0; j < k; j++) {
            double[][] pe = multiply(psi, e[j]);
            double trSquare = 0;
            for (int a = 0; a < k2; a++) {
                for (int b = 0; b < k2; b++) {
                    trSquare += pe[a][b] * pe[b][a];
                }
            }
            double trace = sumD[j] + sumCPc[j];
            double frob = sumD2[j] + 2 * sumDcPc[j] + trSquare;
            df[j] = trace * trace / frob;
        }
        return sandwich(bread, meat);
    }

    private static void requireVaryingOutcome(RegressionData data) {
        double[] y = data.y();
        for (int i = 1; i < y.length; i++) {
            if (y[i] != y[0]) {
                return;
            }
        }
        throw new InvalidDataException(data.source() + ": the outcome is " + y[0]
                + " in every row used; a constant outcome cannot be regressed on anything");
    }

    private static double[] residuals(RegressionData data, double[] beta) {
        int n = data.n();
        double[] e = data.y().clone();
        double[][] x = data.x();
        for (int j = 0; j < beta.length; j++) {
            double b = beta[j];
            double[] col = x[j];
            for (int i = 0; i < n; i++) {
                e[i] -= b * col[i];
            }
        }
        return e;
    }

    private static double rSquared(RegressionData data, double rss) {
        boolean intercept = data.terms().contains(org.rightbalance.stats.model.Formula.INTERCEPT);
        double[] y = data.y();
        double centre = 0;
        if (intercept) {
            double sw = 0;
            for (int i = 0; i < y.length; i++) {
                centre += data.weight(i) * y[i];
                sw += data.weight(i);
            }
            centre /= sw;
        }
        double tss = 0;
        for (int i = 0; i < y.length; i++) {
            double d = y[i] - centre;
            tss += data.weight(i) * d * d;
        }
        return 1 - rss / tss;
    }

    private static void row(RegressionData data, int i, double[] out) {
        double[][] x = data.x();
        for (int j = 0; j < out.length; j++) {
            out[j] = x[j][i];
        }
    }

    static void addOuter(double[][] m, double[] v, double scale) {
        for (int a = 0; a < v.length; a++) {
            double va = scale * v[a];
            double[] ma = m[a];
            for (int b = 0; b < v.length; b++) {
                ma[b] += va * v[b];
            }
        }
    }

    static double[][] sandwich(double[][] bread, double[][] meat) {
        return multiply(bread, multiply(meat, bread));
    }

    static double[][] scale(double[][] m, double s) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] *= s;
            }
        }
        return out;
    }

    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        int inner = b.length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < inner; l++) {
                double ail = a[i][l];
                if (ail == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    out[i][j] += ail * b[l][j];
                }
            }
        }
        return out;
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = dot(a[i], v);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double[][] transpose(double[][] m) {
        double[][] t = new double[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[0].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    private static void symmetrise(double[][] m) {
        for (int i = 0; i < m.length; i++) {
            for (int j = i + 1; j < m.length; j++) {
                double avg = (m[i][j] + m[j][i]) / 2;
                m[i][j] = avg;
                m[j][i] = avg;
            }
        }
    }
}
