package org.rightbalance.stats.regression;

/**
 * The observations of each cluster, found by one counting sort: cluster g holds
 * {@code order[start[g]] … order[start[g+1]−1]}. Linear in the number of observations, so that
 * cluster-robust estimators never need a per-cluster object or an n×n matrix.
 */
final class ClusterIndex {

    final int[] order;
    final int[] start;

    ClusterIndex(int[] cluster, int clusterCount) {
        start = new int[clusterCount + 1];
        for (int c : cluster) {
            start[c + 1]++;
        }
        for (int g = 0; g < clusterCount; g++) {
            start[g + 1] += start[g];
        }
        int[] next = start.clone();
        order = new int[cluster.length];
        for (int i = 0; i < cluster.length; i++) {
            order[next[cluster[i]]++] = i;
        }
    }

    int clusterCount() {
        return start.length - 1;
    }
}
