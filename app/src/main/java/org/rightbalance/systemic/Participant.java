package org.rightbalance.systemic;

import java.util.Objects;

/**
 * A professional present at the discussion (school, CAMHS, mentor, Virtual School, clinician in systemic practice).
 *
 * @param networkMemberId the professional in the family's network, or null for someone added by name
 */
public record Participant(long id, long discussionId, Long networkMemberId, String name, String agency) {
    public Participant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(agency, "agency");
    }
}
