package org.rightbalance.evaluation.cohort;

import java.util.Locale;
import java.util.Set;

/**
 * What Tables 6–7 describe of a child, at the child's key referral.
 *
 * @param personId         the child
 * @param ethnicity        the ethnic group
 * @param female           recorded sex F
 * @param british          recorded nationality British (see {@link #isBritish})
 * @param siblings         the child's family has another person
 * @param previousReferral a referral dated before the key referral
 */
public record ChildProfile(String personId, EthnicityGroup ethnicity, boolean female, boolean british,
                           boolean siblings, boolean previousReferral) {

    private static final Set<String> BRITISH = Set.of("BRITISH", "UK", "GB", "GBR", "UNITED KINGDOM");

    /** Whether a recorded nationality is British: British, UK, GB, GBR or United Kingdom, in any case. */
    public static boolean isBritish(String nationality) {
        return nationality != null && BRITISH.contains(nationality.strip().toUpperCase(Locale.ROOT));
    }
}
