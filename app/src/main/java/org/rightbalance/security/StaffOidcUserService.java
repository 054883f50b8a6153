package org.rightbalance.security;

import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.staff.StaffRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Single sign-on through the council's identity provider (e.g. Microsoft Entra ID): the identity
 * provider says who the person is; Right Balance decides what they may do. The person must already
 * have a staff account, matched by the {@code preferred_username} or {@code email} claim against
 * the account's user name or email address. Anyone else is refused, and the refusal is audited.
 */
@Service
public class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The OAuth2 error code of a refusal because no (enabled) staff account matches. */
    public static final String UNKNOWN_STAFF = "unknown_staff";

    private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;
    private final StaffRepository staff;
    private final AuditTrail audit;

    @Autowired
    public StaffOidcUserService(StaffRepository staff, AuditTrail audit) {
        this(new OidcUserService(), staff, audit);
    }

    StaffOidcUserService(OAuth2UserService<OidcUserRequest, OidcUser> delegate, StaffRepository staff, AuditTrail audit) {
        this.delegate = delegate;
        this.staff = staff;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return toStaff(delegate.loadUser(request));
    }

    /** The staff principal of the identity provider's user, or a refusal (audited). */
    public StaffOidcPrincipal toStaff(OidcUser user) {
        Optional<String> claimed = Stream.of(user.getPreferredUsername(), user.getEmail())
                .filter(c -> c != null && !c.isBlank()).findFirst();
        Optional<StaffMember> member = Stream.of(user.getPreferredUsername(), user.getEmail())
                .filter(c -> c != null && !c.isBlank())
                .map(staff::findByUsernameOrEmail).flatMap(Optional::stream).findFirst();
        boolean enabled = member.flatMap(m -> staff.credentials(m.username())).map(StaffRepository.Credentials::enabled)
                .orElse(false);
        if (member.isEmpty() || !enabled) {
            String who = claimed.orElse("(no preferred_username or email claim)");
            audit.record(new AuditTrail.Entry(truncate(who), null, AuditAction.SIGN_IN, AuditOutcome.DENIED, null, null, null,
                    member.isEmpty() ? "single sign-on: no staff account for this person" : "single sign-on: account disabled"));
            throw new OAuth2AuthenticationException(new OAuth2Error(UNKNOWN_STAFF,
                    "No active Right Balance account for " + who, null));
        }
        return new StaffOidcPrincipal(member.get(), user);
    }

    private static String truncate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60);
    }
}
