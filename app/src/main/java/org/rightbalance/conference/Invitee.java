package org.rightbalance.conference;

import java.util.Objects;

/**
 * Someone the family invited to its conference from its network, and whether they came.
 *
 * @param networkMemberId the family network member, or null for someone added by name
 */
public record Invitee(long id, long conferenceId, Long networkMemberId, String name, String relationship, boolean attended) {
    public Invitee {
        Objects.requireNonNull(name, "name");
    }
}
