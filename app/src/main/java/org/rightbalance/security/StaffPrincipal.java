package org.rightbalance.security;

import org.rightbalance.staff.StaffMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

/** The signed-in member of staff, as Spring Security holds them in the session. */
public class StaffPrincipal implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long staffId;
    private final String username;
    private final transient String passwordHash;
    private final boolean locked;
    private final boolean enabled;
    private final transient StaffMember staff;

    public StaffPrincipal(StaffMember staff, String passwordHash, boolean enabled, boolean locked) {
        this.staffId = staff.id();
        this.username = staff.username();
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.staff = staff;
    }

    public StaffMember staff() {
        return staff;
    }

    public long staffId() {
        return staffId;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(staff.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
