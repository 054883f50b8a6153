package org.rightbalance.stats.regression;

import org.junit.jupiter.api.Test;
import org.rightbalance.stats.data.CategoricalColumn;
import org.rightbalance.stats.data.InvalidDataException;
import org.rightbalance.stats.data.NumericColumn;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.model.Formula;
import org.rightbalance.stats.model.ModelFrame;
import org.rightbalance.stats.model.RegressionData;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LinearRegressionErrorsTest {

    @Test
    void collinearTermIsNamedInsteadOfSilentlyDropped() {
        Table t = Table.of("c.csv",
                new NumericColumn("y", new double[]{1, 2, 3, 5, 4}),
                new NumericColumn("a", new double[]{1, 0, 1, 0, 1}),
                new NumericColumn("b", new double[]{2, 0, 2, 0, 2}));
        RegressionData data = ModelFrame.build(t, Formula.parse("y ~ a + b"), null, null);

        assertThatThrownBy(() -> new LinearRegression().fit(data))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("term 'b'")
                .hasMessageContaining("(Intercept), a");
    }

    @Test
    void constantOutcomeIsAClearError() {
        Table t = Table.of("k.csv",
                new NumericColumn("y", new double[]{3, 3, 3, 3}),
                new NumericColumn("x", new double[]{1, 2, 3, 4}));
        RegressionData data = ModelFrame.build(t, Formula.parse("y ~ x"), null, null);

        assertThatThrownBy(() -> new LinearRegression().fit(data))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("k.csv: the outcome is 3.0 in every row used; a constant outcome cannot be regressed on anything");
    }

    @Test
    void clusteredErrorsNeedAClusterColumnAndTwoClusters() {
        Table t = Table.of("g.csv",
                new NumericColumn("y", new double[]{1, 2, 4, 3}),
                new NumericColumn("x", new double[]{1, 2, 3, 4}),
                new CategoricalColumn("family", new int[]{0, 0, 0, 0}, List.of("F1")));
        RegressionData unclustered = ModelFrame.build(t, Formula.parse("y ~ x"), null, null);
        RegressionData oneCluster = ModelFrame.build(t, Formula.parse("y ~ x"), null, "family");

        assertThatThrownBy(() -> new LinearRegression(VarianceEstimator.CR1, 0.95).fit(unclustered))
                .hasMessageContaining("need a cluster column");
        assertThatThrownBy(() -> new LinearRegression(VarianceEstimator.CR2, 0.95).fit(oneCluster))
                .hasMessageContaining("at least 2 clusters, found 1");
    }

    @Test
    void negativeWeightIsReportedAtItsLine() {
        Table t = Table.of("w.csv",
                new NumericColumn("y", new double[]{1, 2, 4, 3}),
                new NumericColumn("x", new double[]{1, 2, 3, 4}),
                new NumericColumn("w", new double[]{1, 1, -2, 1}));

        assertThatThrownBy(() -> ModelFrame.build(t, Formula.parse("y ~ x"), "w", null))
                .hasMessage("w.csv, line 4, column 'w': weight -2.0 is negative; weights must be zero or more");
    }

    @Test
    void cr2IsUnchangedWhenAllWeightsAreMultipliedByAConstant() {
        RegressionData data = randomClusteredData(400, 60, 7);
        double[] w = data.weights();
        double[] scaled = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            scaled[i] = 37.5 * w[i];
        }
        LinearRegression cr2 = new LinearRegression(VarianceEstimator.CR2, 0.95);

        var a = cr2.fit(data);
        var b = cr2.fit(data.withWeights(scaled));

        for (int j = 0; j < a.k(); j++) {
            assertThat(b.coefficients().get(j).stdError()).isCloseTo(a.coefficients().get(j).stdError(), within(1e-9));
            assertThat(b.coefficients().get(j).df()).isCloseTo(a.coefficients().get(j).df(), within(1e-7));
        }
    }

    @Test
    void cr2HandlesOneClusterHoldingMostRowsWithoutQuadraticMemory() {
        // 200,000 rows in one cluster: an n_g×n_g matrix would need 320 GB.
        RegressionData data = randomClusteredData(200_100, 101, 11);
        int[] cluster = data.cluster().clone();
        for (int i = 0; i < cluster.length; i++) {
            cluster[i] = i < 200_000 ? 0 : i - 199_999;
        }
        var fit = new LinearRegression(VarianceEstimator.CR2, 0.95).fit(data.withClusters(cluster, 101));

        assertThat(fit.clusters()).isEqualTo(101);
        assertThat(fit.coefficients()).allSatisfy(c -> {
            assertThat(c.stdError()).isPositive().isFinite();
            assertThat(c.df()).isPositive().isFinite();
        });
    }

    private static RegressionData randomClusteredData(int n, int clusters, long seed) {
        Random random = new Random(seed);
        double[] one = new double[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        int[] c = new int[n];
        for (int i = 0; i < n; i++) {
            one[i] = 1;
            x[i] = random.nextGaussian();
            c[i] = i % clusters;
            y[i] = 1 + 0.5 * x[i] + random.nextGaussian() + 0.3 * c[i] / clusters;
            w[i] = 0.5 + random.nextDouble();
        }
        return RegressionData.of(List.of("(Intercept)", "x"), new double[][]{one, x}, y)
                .withWeights(w).withClusters(c, clusters);
    }
}
