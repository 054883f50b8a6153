package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.cohort.ChildProfile;
import org.rightbalance.evaluation.cohort.EthnicityGroup;

import java.util.List;

/**
 * One row of Tables 6–7: shares (0–1) of a group's children; NaN for an empty group.
 *
 * @param group            the group's label
 * @param n                children
 * @param white            ethnicity White (W*)
 * @param black            Black (B*)
 * @param asian            Asian (A*, and CHNE)
 * @param mixed            Mixed (M*)
 * @param other            any other recorded code
 * @param notRecorded      refused, not obtained or blank
 * @param siblings         have sibling(s)
 * @param female           recorded female
 * @param british          British nationality
 * @param previousReferral a referral before the key referral
 */
public record GroupCharacteristics(String group, int n, double white, double black, double asian, double mixed,
                                   double other, double notRecorded, double siblings, double female, double british,
                                   double previousReferral) {

    /** Describes {@code children}. */
    public static GroupCharacteristics of(String group, List<ChildProfile> children) {
        int n = children.size();
        int[] eth = new int[EthnicityGroup.values().length];
        int sib = 0;
        int fem = 0;
        int brit = 0;
        int prev = 0;
        for (ChildProfile c : children) {
            eth[c.ethnicity().ordinal()]++;
            sib += c.siblings() ? 1 : 0;
            fem += c.female() ? 1 : 0;
            brit += c.british() ? 1 : 0;
            prev += c.previousReferral() ? 1 : 0;
        }
        double d = n;
        return new GroupCharacteristics(group, n, eth[0] / d, eth[1] / d, eth[2] / d, eth[3] / d, eth[4] / d,
                eth[5] / d, sib / d, fem / d, brit / d, prev / d);
    }
}
