package org.rightbalance.stats.regression;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.rightbalance.stats.model.RegressionData;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * With a single 0/1 regressor the logit is saturated, so everything has a closed form: the
 * coefficients are the log-odds of the weighted outcome means p₀ and p₁ of the two groups, the
 * information is diagonal in (logit p₀, logit p₁), the average marginal effect is p₁ − p₀ and its
 * cluster-robust standard error is that of a weighted difference in means,
 * √(G/(G−1) Σ_g (Σ_{i∈g} ψᵢ)²) with ψᵢ = dᵢwᵢ(yᵢ − p₁)/W₁ − (1 − dᵢ)wᵢ(yᵢ − p₀)/W₀.
 * A million weighted rows in clusters of one to four also show that the fit scales.
 */
class LogisticRegressionSaturatedModelTest {

    private static final int N = 1_000_000;
    private static final double REL = 1e-7;   // percent: 1e-9 relative
    private static RegressionData data;
    private static double w0, w1, p0, p1;
    private static int groups;

    @BeforeAll
    static void generate() {
        SplittableRandom random = new SplittableRandom(2020);
        double[] one = new double[N];
        double[] d = new double[N];
        double[] y = new double[N];
        double[] w = new double[N];
        int[] cluster = new int[N];
        int g = -1;
        int left = 0;
        for (int i = 0; i < N; i++) {
            if (left == 0) {
                left = 1 + random.nextInt(4);
                g++;
            }
            left--;
            cluster[i] = g;
            one[i] = 1;
            d[i] = random.nextDouble() < 0.4 ? 1 : 0;
            y[i] = random.nextDouble() < 0.11 + 0.03 * d[i] ? 1 : 0;
            w[i] = 0.25 + 1.75 * random.nextDouble();
        }
        groups = g + 1;
        data = RegressionData.of(List.of("(Intercept)", "treated"), new double[][]{one, d}, y)
                .withWeights(w).withClusters(cluster, groups);
        double s0 = 0;
        double s1 = 0;
        for (int i = 0; i < N; i++) {
            if (d[i] == 1) {
                w1 += w[i];
                s1 += w[i] * y[i];
            } else {
                w0 += w[i];
                s0 += w[i] * y[i];
            }
        }
        p0 = s0 / w0;
        p1 = s1 / w1;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void coefficientsAreTheGroupLogOddsAndClassicalErrorsTheirInformation() {
        LogisticRegressionResult fit = new LogisticRegression(LogitVariance.CLASSICAL).fit(data, "y");

        assertThat(fit.coefficient("(Intercept)").estimate()).isCloseTo(logit(p0), withinPercentage(REL));
        assertThat(fit.coefficient("treated").estimate()).isCloseTo(logit(p1) - logit(p0), withinPercentage(REL));
        assertThat(fit.coefficient("(Intercept)").stdError())
                .isCloseTo(Math.sqrt(1 / (w0 * p0 * (1 - p0))), withinPercentage(REL));
        assertThat(fit.coefficient("treated").stdError())
                .isCloseTo(Math.sqrt(1 / (w0 * p0 * (1 - p0)) + 1 / (w1 * p1 * (1 - p1))), withinPercentage(REL));
        assertThat(fit.oddsRatio("treated").oddsRatio())
                .isCloseTo(p1 / (1 - p1) / (p0 / (1 - p0)), withinPercentage(REL));
        assertThat(fit.observations()).isEqualTo(N);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void clusterRobustMarginalEffectIsTheClusteredDifferenceInWeightedMeans() {
        LogisticRegressionResult fit = new LogisticRegression(LogitVariance.CR1).fit(data, "y");
        AverageMarginalEffect ame = AverageMarginalEffect.of(data, fit, "treated", false);

        double[] psi = new double[groups];
        double[] d = data.x()[1];
        for (int i = 0; i < N; i++) {
            double wi = data.weight(i);
            double yi = data.y()[i];
            psi[data.cluster()[i]] += d[i] == 1 ? wi * (yi - p1) / w1 : -wi * (yi - p0) / w0;
        }
        double ss = 0;
        for (double s : psi) {
            ss += s * s;
        }
        double se = Math.sqrt(groups / (groups - 1.0) * ss);

        assertThat(fit.clusters()).isEqualTo(groups);
        assertThat(ame.effect().estimate()).isCloseTo(p1 - p0, withinPercentage(REL));
        assertThat(ame.meanIfTreated()).isCloseTo(p1, withinPercentage(REL));
        assertThat(ame.meanIfUntreated()).isCloseTo(p0, withinPercentage(REL));
        assertThat(ame.effect().stdError()).isCloseTo(se, withinPercentage(1e-6));
    }
}
