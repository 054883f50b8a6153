package org.rightbalance.stats.power;

/**
 * Clustering design effect for a design in which observations come in clusters (e.g. children in
 * families) of average size {@code m} with intra-cluster correlation {@code ICC}:
 *
 * <pre>  DEFF = 1 + (m − 1) · ICC</pre>
 *
 * (Donner &amp; Klar 2000, <i>Design and Analysis of Cluster Randomization Trials in Health
 * Research</i>, Arnold, §3.3; Kish 1965). The variance of a group mean is inflated by DEFF relative to
 * simple random sampling, so a group of n clustered observations carries the information of
 * {@code n / DEFF} independent ones: power calculations here use the <em>effective</em> size
 * {@code n / DEFF} in each group, and required sample sizes are effective sizes multiplied by DEFF.
 * The formula assumes equal cluster sizes (with variable sizes the true inflation is somewhat larger;
 * Eldridge, Ashby &amp; Kerry 2006 give {@code 1 + ((cv² + 1)·m − 1)·ICC}) and a common ICC in both
 * groups.
 *
 * @param averageClusterSize m, at least 1 (1 = no clustering)
 * @param icc                intra-cluster correlation, 0 ≤ ICC &lt; 1
 */
public record DesignEffect(double averageClusterSize, double icc) {

    /** No clustering: DEFF = 1. */
    public static final DesignEffect NONE = new DesignEffect(1, 0);

    public DesignEffect {
        if (!(averageClusterSize >= 1) || Double.isInfinite(averageClusterSize)) {
            throw new IllegalArgumentException(
                    "average cluster size must be a finite number >= 1, was " + averageClusterSize);
        }
        if (!(icc >= 0 && icc < 1)) {
            throw new IllegalArgumentException(
                    "intra-cluster correlation (ICC) must be in [0, 1), was " + icc);
        }
    }

    /** DEFF = 1 + (m − 1)·ICC. */
    public double value() {
        return 1 + (averageClusterSize - 1) * icc;
    }

    /** The effective (independent-equivalent) size n / DEFF of a group of n clustered observations. */
    public double effectiveSize(double n) {
        return n / value();
    }
}
