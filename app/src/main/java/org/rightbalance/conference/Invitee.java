package org.rightbalance.conference;

import java.util.Objects;

/**
 * Someone the family invited to its conference from its network, and whether they came.
 *
 * @param networkMemberId the family network member, or null for someone added by name
 * @param attended        whether they came; null until known (the conference may still be ahead)
 */
public record Invitee(long id, long conferenceId, Long networkMemberId, String name, String relationship, Boolean attended,
                      int version) {
    public Invitee {
        Objects.requireNonNull(name, "name");
    }

    public String attendance() {
        return attended == null ? "Not known yet" : attended ? "Yes" : "No";
    }
}
