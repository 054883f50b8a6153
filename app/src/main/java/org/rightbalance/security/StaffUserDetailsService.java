package org.rightbalance.security;

import org.rightbalance.staff.StaffMember;
import org.rightbalance.staff.StaffRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/** Looks up staff for form and HTTP Basic sign-in; a locked account (too many failures) cannot sign in. */
@Service
public class StaffUserDetailsService implements UserDetailsService {

    private final StaffRepository staff;
    private final Clock clock;

    public StaffUserDetailsService(StaffRepository staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffMember member = staff.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        StaffRepository.Credentials credentials = staff.credentials(username).orElseThrow();
        boolean locked = credentials.lockedUntil().filter(until -> until.isAfter(Instant.now(clock))).isPresent();
        return new StaffPrincipal(member, credentials.passwordHash() == null ? "" : credentials.passwordHash(),
                credentials.enabled(), locked);
    }
}
