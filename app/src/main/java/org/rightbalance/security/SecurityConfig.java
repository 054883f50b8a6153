package org.rightbalance.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in and the web's security headers. Pages use form sign-in with a session and CSRF tokens on
 * every form; the REST API under {@code /api} uses HTTP Basic without a session (so CSRF does not
 * apply to it). Which records a signed-in person may see is decided in the services
 * ({@code access.CaseAccess}), not here.
 */
@Configuration
public class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    // Only a web server has requests to secure; the command line's import into the database starts without one.
    @Bean
    @ConditionalOnWebApplication
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.realmName("Right Balance"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .httpStrictTransportSecurity(s -> s.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    @Bean
    @ConditionalOnWebApplication
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> registrations,
                              ObjectProvider<StaffOidcUserService> oidcUsers) throws Exception {
        if (registrations.getIfAvailable() != null) {
            // Single sign-on (OpenID Connect, e.g. Microsoft Entra ID), only when a client registration
            // is configured (spring.security.oauth2.client.registration.*; docs/security.md).
            http.oauth2Login(o -> o.loginPage("/sign-in")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers.getObject()))
                    .defaultSuccessUrl("/", false)
                    .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                            + (e instanceof OAuth2AuthenticationException o2
                            && StaffOidcUserService.UNKNOWN_STAFF.equals(o2.getError().getErrorCode())
                            ? "/sign-in?unknown-account" : "/sign-in?error"))));
        }
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/sign-in", "/assets/**", "/govuk/**", "/css/**", "/js/**", "/favicon.ico",
                                "/error", "/accessibility", "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/sign-in").defaultSuccessUrl("/", false).failureUrl("/sign-in?error"))
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signed-out")
                        .invalidateHttpSession(true).deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        // Only on HTTPS requests (behind a TLS proxy: X-Forwarded-Proto, see
                        // server.forward-headers-strategy); never on plain HTTP.
                        .httpStrictTransportSecurity(t -> t.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }
}
