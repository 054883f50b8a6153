package org.rightbalance.security;

import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.staff.StaffRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Throttles repeated failed sign-ins (the account locks for a while after several in a row) and
 * writes every sign-in, failure and sign-out to the audit trail.
 */
@Component
public class SignInEvents {

    private final StaffRepository staff;
    private final AuditTrail audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    public SignInEvents(StaffRepository staff, AuditTrail audit, Clock clock,
                        @Value("${rightbalance.sign-in.max-failures:5}") int maxFailures,
                        @Value("${rightbalance.sign-in.lock-minutes:15}") int lockMinutes) {
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getName());
        staff.recordFailedSignIn(username, maxFailures, Instant.now(clock).plus(lockFor));
        audit.record(new AuditTrail.Entry(username, null, AuditAction.SIGN_IN, AuditOutcome.DENIED, null, null, null,
                event.getException().getClass().getSimpleName()));
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
            staff.recordSuccessfulSignIn(principal.getUsername());
            audit.record(new AuditTrail.Entry(principal.getUsername(), principal.staff().role().name(),
                    AuditAction.SIGN_IN, AuditOutcome.ALLOWED, null, null, null, "signed in"));
        }
    }

    @EventListener
    public void onSignOut(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof StaffPrincipal principal) {
            audit.record(new AuditTrail.Entry(principal.getUsername(), principal.staff().role().name(),
                    AuditAction.SIGN_OUT, AuditOutcome.ALLOWED, null, null, null, "signed out"));
        }
    }
}
