package org.rightbalance.staff;

import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in: a practitioner, a manager, an evaluator or an administrator.
 *
 * @param teamId the social work team, for managers' team-wide access; empty for roles outside a team
 */
public record StaffMember(long id, String username, String displayName, Role role, Optional<Long> teamId) {

    public StaffMember {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(teamId, "teamId");
    }

    public boolean is(Role other) {
        return role == other;
    }
}
