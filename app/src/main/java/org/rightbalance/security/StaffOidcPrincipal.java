package org.rightbalance.security;

import org.rightbalance.staff.StaffMember;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.io.Serial;
import java.util.Map;

/**
 * A member of staff signed in through the council's identity provider (OpenID Connect): the same
 * {@link StaffPrincipal} as form sign-in, so every controller and service sees no difference, with
 * the identity provider's tokens alongside.
 */
public final class StaffOidcPrincipal extends StaffPrincipal implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcUser oidc;

    StaffOidcPrincipal(StaffMember staff, OidcUser oidc) {
        super(staff, null, true, false);
        this.oidc = oidc;
    }

    @Override
    public Map<String, Object> getClaims() {
        return oidc.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return oidc.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return oidc.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return oidc.getAttributes();
    }

    @Override
    public String getName() {
        return getUsername();
    }
}
