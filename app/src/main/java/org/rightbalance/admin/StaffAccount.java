package org.rightbalance.admin;

import org.rightbalance.staff.Role;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of staff's account as an administrator manages it.
 *
 * @param lockedUntil set while the account is locked after repeated failed sign-ins
 * @param version     increases with every change (optimistic locking)
 */
public record StaffAccount(long id, String username, String displayName, Role role, Optional<Long> teamId,
                           Optional<String> teamName, Optional<String> email, boolean enabled,
                           Optional<Instant> lockedUntil, int version) {

    public StaffAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(teamId, "teamId");
        Objects.requireNonNull(teamName, "teamName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.filter(now::isBefore).isPresent();
    }
}
