package org.rightbalance.security;

import org.junit.jupiter.api.Test;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Single sign-on with a dummy Entra ID registration. The issuer URI cannot be fetched offline, so
 * the provider's endpoints are given explicitly (as docs/security.md allows).
 */
@SpringBootTest(properties = {
        "spring.security.oauth2.client.registration.entra.client-id=test-client-id",
        "spring.security.oauth2.client.registration.entra.client-secret=test-secret",
        "spring.security.oauth2.client.registration.entra.client-name=your council account",
        "spring.security.oauth2.client.registration.entra.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.entra.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.registration.entra.scope=openid,profile,email",
        "spring.security.oauth2.client.provider.entra.authorization-uri=https://login.example.test/tenant/oauth2/v2.0/authorize",
        "spring.security.oauth2.client.provider.entra.token-uri=https://login.example.test/tenant/oauth2/v2.0/token",
        "spring.security.oauth2.client.provider.entra.jwk-set-uri=https://login.example.test/tenant/discovery/v2.0/keys",
        "spring.security.oauth2.client.provider.entra.user-info-uri=https://graph.example.test/oidc/userinfo",
        "spring.security.oauth2.client.provider.entra.user-name-attribute=preferred_username"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OidcSignInTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffOidcUserService oidcUsers;
    @Autowired
    StaffRepository staff;
    @Autowired
    JdbcClient jdbc;

    static OidcUser oidcUser(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", "subject-" + UUID.randomUUID());
        all.put("iss", "https://login.example.test/tenant/v2.0");
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60), all);
        return new DefaultOidcUser(List.of(), token);
    }

    @Test
    void signingInWithTheCouncilAccountGoesToTheConfiguredAuthorizationEndpoint() throws Exception {
        mvc.perform(get("/oauth2/authorization/entra"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("https://login.example.test/tenant/oauth2/v2.0/authorize?")))
                .andExpect(header().string("Location", containsString("client_id=test-client-id")))
                .andExpect(header().string("Location", containsString("scope=openid")));
        mvc.perform(get("/")).andExpect(header().string("Location", containsString("/sign-in")));
        mvc.perform(get("/sign-in")).andExpect(content().string(containsString("Sign in with your council account")))
                .andExpect(content().string(containsString("/oauth2/authorization/entra")));
    }

    @Test
    void theCouncilAccountIsMatchedToAStaffAccountByUserNameOrEmail() {
        assertThat(oidcUsers.toStaff(oidcUser(Map.of("preferred_username", "SW.Amara"))).staff().username()).isEqualTo("sw.amara");

        String username = "sso." + UUID.randomUUID().toString().substring(0, 8);
        long id = staff.add(username, "Single Sign On", Role.MENTOR, Optional.empty(), null);
        jdbc.sql("update staff_member set email = ? where id = ?").params(username + "@council.example.gov.uk", id).update();
        StaffOidcPrincipal principal = oidcUsers.toStaff(oidcUser(Map.of("preferred_username", username + "@council.example.gov.uk",
                "email", username + "@council.example.gov.uk")));
        assertThat(principal.staff().id()).isEqualTo(id);
        assertThat(principal.getName()).isEqualTo(username);
        assertThat(principal.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MENTOR");
    }

    @Test
    void someoneWithoutAnActiveStaffAccountIsRefusedAndTheRefusalIsAudited() {
        String stranger = "stranger." + UUID.randomUUID().toString().substring(0, 8) + "@council.example.gov.uk";
        assertThatThrownBy(() -> oidcUsers.toStaff(oidcUser(Map.of("preferred_username", stranger))))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .satisfies(e -> assertThat(((OAuth2AuthenticationException) e).getError().getErrorCode())
                        .isEqualTo(StaffOidcUserService.UNKNOWN_STAFF));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = ? and action = 'SIGN_IN' and outcome = 'DENIED'")
                .param(stranger).query(Long.class).single()).isEqualTo(1);

        String disabled = "sso.off." + UUID.randomUUID().toString().substring(0, 6);
        long id = staff.add(disabled, "Disabled", Role.MENTOR, Optional.empty(), null);
        jdbc.sql("update staff_member set enabled = false where id = ?").param(id).update();
        assertThatThrownBy(() -> oidcUsers.toStaff(oidcUser(Map.of("preferred_username", disabled))))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }

    @Test
    void theSignInPageExplainsARefusal() throws Exception {
        mvc.perform(get("/sign-in?unknown-account"))
                .andExpect(content().string(containsString("You do not have a Right Balance account")));
    }
}
