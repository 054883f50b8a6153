package org.rightbalance.socialcare;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Choices for the events forms, as value-to-label maps. */
public final class SocialCareOptions {

    private SocialCareOptions() {
    }

    public static Map<String, String> reasons() {
        Map<String, String> m = new LinkedHashMap<>();
        Arrays.stream(ReasonForClosure.values()).forEach(r -> m.put(r.name(), r.codeAndLabel()));
        return m;
    }

    /** The child's referrals, for choosing the one a plan belongs to. */
    public static Map<Long, String> referrals(List<SocialCareEvent> referrals) {
        Map<Long, String> m = new LinkedHashMap<>();
        referrals.forEach(r -> m.put(r.id(), "Referral of " + r.start() + (r.isOpen() ? " (open)" : " (closed " + r.end() + ")")));
        return m;
    }
}
