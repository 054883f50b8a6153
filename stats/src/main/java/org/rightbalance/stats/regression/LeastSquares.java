package org.rightbalance.stats.regression;

import org.rightbalance.stats.data.InvalidDataException;

import java.util.List;

/**
 * Weighted least squares by Householder QR, streamed over blocks of rows so that memory does not
 * grow with the number of observations.
 *
 * <p>The rows of {@code [√w·X | √w·y]} are folded, one block at a time, into a (k+1)×(k+1) upper
 * triangular factor R̃: stacking the current R̃ on the next block and re-triangularising it gives
 * the R of all rows seen so far (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed., §5.2 and
 * §6.5.1, on updating the QR factorisation). Then β solves R β = Q'y by back substitution and the
 * residual sum of squares is R̃[k][k]² — without ever forming X'WX, whose condition number is the
 * square of X's (which is what makes NIST's Longley problem hard).
 *
 * <p>A term is <b>collinear</b> when the part of its column not explained by the earlier columns
 * has norm at most 1e-7 of the column's own norm — the tolerance of R's {@code lm} (LINPACK
 * {@code dqrdc2}). Collinear terms are an error naming the term, not a silently dropped column.
 */
public final class LeastSquares {

    /** Relative tolerance for collinearity, as R's {@code lm.fit(tol = 1e-07)}. */
    public static final double COLLINEARITY_TOLERANCE = 1e-7;

    private static final int BLOCK_ROWS = 2048;

    private LeastSquares() {
    }

    /**
     * The fitted coefficients and the factor R of √W·X.
     *
     * @param beta  the coefficients
     * @param r     the upper triangular k×k factor with R'R = X'WX
     * @param rss   the weighted residual sum of squares Σ wᵢ(yᵢ − xᵢ'β)²
     */
    public record Solution(double[] beta, double[][] r, double rss) {

        /** (X'WX)⁻¹ = R⁻¹R⁻ᵀ, the "bread" of every variance estimator. */
        public double[][] xtwxInverse() {
            double[][] rInv = rInverse();
            int k = rInv.length;
            double[][] m = new double[k][k];
            for (int i = 0; i < k; i++) {
                for (int j = i; j < k; j++) {
                    double s = 0;
                    for (int l = j; l < k; l++) {
                        s += rInv[i][l] * rInv[j][l];
                    }
                    m[i][j] = s;
                    m[j][i] = s;
                }
            }
            return m;
        }

        /** R⁻¹, upper triangular. */
        public double[][] rInverse() {
            int k = r.length;
            double[][] inv = new double[k][k];
            for (int j = k - 1; j >= 0; j--) {
                inv[j][j] = 1.0 / r[j][j];
                for (int i = j - 1; i >= 0; i--) {
                    double s = 0;
                    for (int l = i + 1; l <= j; l++) {
                        s += r[i][l] * inv[l][j];
                    }
                    inv[i][j] = -s / r[i][i];
                }
            }
            return inv;
        }
    }

    /**
     * Solves min Σ wᵢ(yᵢ − xᵢ'β)².
     *
     * @param terms   the names of the columns of x, for the collinearity message
     * @param x       columns of the design matrix, {@code x[j][i]}
     * @param y       the outcome (or IRLS working response)
     * @param weights observation weights, all positive, or {@code null} for 1
     * @throws InvalidDataException when a term is collinear with the terms before it, or there are
     *                              fewer observations than terms
     */
    public static Solution solve(List<String> terms, double[][] x, double[] y, double[] weights) {
        int k = x.length;
        int n = y.length;
        if (n < k) {
            throw new InvalidDataException("there are " + n + " observations but " + k
                    + " terms to estimate; a regression needs at least as many observations as terms");
        }
        int p = k + 1;
        double[] top = new double[p * p];          // current R̃, row-major
        double[] block = new double[(p + BLOCK_ROWS) * p];
        double[] norms = new double[k];
        for (int start = 0; start < n; start += BLOCK_ROWS) {
            int rows = Math.min(BLOCK_ROWS, n - start);
            System.arraycopy(top, 0, block, 0, p * p);
            for (int r = 0; r < rows; r++) {
                int i = start + r;
                double sw = weights == null ? 1.0 : Math.sqrt(weights[i]);
                int base = (p + r) * p;
                for (int j = 0; j < k; j++) {
                    double v = sw * x[j][i];
                    block[base + j] = v;
                    norms[j] += v * v;
                }
                block[base + k] = sw * y[i];
            }
            householder(block, p + rows, p);
            for (int i = 0; i < p; i++) {
                for (int j = 0; j < p; j++) {
                    top[i * p + j] = j < i ? 0.0 : block[i * p + j];
                }
            }
        }
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = i; j < k; j++) {
                r[i][j] = top[i * p + j];
            }
        }
        for (int j = 0; j < k; j++) {
            if (Math.abs(r[j][j]) <= COLLINEARITY_TOLERANCE * Math.sqrt(norms[j]) || norms[j] == 0) {
                String why = j == 0 ? "is zero in every row used"
                        : "is a linear combination of the terms before it (" + String.join(", ", terms.subList(0, j)) + ")";
                throw new InvalidDataException("term '" + terms.get(j) + "' " + why
                        + "; remove it or one of those terms (R would report NA for it)");
            }
        }
        double[] beta = new double[k];
        for (int i = k - 1; i >= 0; i--) {
            double s = top[i * p + k];
            for (int j = i + 1; j < k; j++) {
                s -= r[i][j] * beta[j];
            }
            beta[i] = s / r[i][i];
        }
        double last = top[k * p + k];
        return new Solution(beta, r, last * last);
    }

    /**
     * In-place Householder triangularisation of the m×p row-major matrix a: afterwards its top p×p
     * upper triangle is R (up to the signs of its rows).
     */
    private static void householder(double[] a, int m, int p) {
        for (int j = 0; j < p && j < m; j++) {
            double norm = 0;
            for (int i = j; i < m; i++) {
                double v = a[i * p + j];
                norm += v * v;
            }
            norm = Math.sqrt(norm);
            if (norm == 0) {
                continue;
            }
            double ajj = a[j * p + j];
            double alpha = ajj > 0 ? -norm : norm;
            // v = a[j..m, j] − alpha e1, stored in place; vᵀv = 2 norm (norm + |ajj|)
            a[j * p + j] = ajj - alpha;
            double vtv = 2 * norm * (norm + Math.abs(ajj));
            for (int c = j + 1; c < p; c++) {
                double dot = 0;
                for (int i = j; i < m; i++) {
                    dot += a[i * p + j] * a[i * p + c];
                }
                double f = 2 * dot / vtv;
                for (int i = j; i < m; i++) {
                    a[i * p + c] -= f * a[i * p + j];
                }
            }
            a[j * p + j] = alpha;
            for (int i = j + 1; i < m; i++) {
                a[i * p + j] = 0;
            }
        }
    }
}
