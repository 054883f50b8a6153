package org.rightbalance.stats.matching;

/**
 * A number of units in each treatment group.
 *
 * @param treated units with treatment 1
 * @param control units with treatment 0
 */
public record GroupCounts(int treated, int control) {

    public int total() {
        return treated + control;
    }
}
