package org.rightbalance.evaluation.plan;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a cohort picks each child's key referral ({@code key_referral}). */
public enum KeyReferralRule {
    /**
     * The referral the programme participation names ({@code programme_participation.referral_id}) when it
     * lies in the window; otherwise the child's first referral in the window. Then the age band is checked
     * at that referral. Treated cohort only.
     */
    PARTICIPATION_ELSE_FIRST_IN_WINDOW("participation_else_first_in_window"),
    /** The first referral in the window; then the age band is checked at that referral. */
    FIRST_IN_WINDOW("first_in_window"),
    /** The first referral in the window at which the child's age is in the band. */
    FIRST_IN_WINDOW_IN_AGE_BAND("first_in_window_in_age_band");

    private final String key;

    KeyReferralRule(String key) {
        this.key = key;
    }

    /** The value as written in the plan. */
    public String key() {
        return key;
    }

    public static KeyReferralRule parse(String text) {
        for (KeyReferralRule r : values()) {
            if (r.key.equals(text)) {
                return r;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + Arrays.stream(values())
                .map(KeyReferralRule::key).collect(Collectors.joining(", ")));
    }
}
