package org.rightbalance.security;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class SessionAndHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment environment;
    @Autowired
    ApplicationContext context;

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        mvc.perform(get("/sign-in").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/sign-in")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/api/cases").secure(true).with(demo.as("sw.amara")))
                .andExpect(header().exists("Strict-Transport-Security"));
        mvc.perform(get("/api/cases").with(demo.as("sw.amara"))).andExpect(header().doesNotExist("Strict-Transport-Security"));
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
    }

    @Test
    void signingOutEndsTheSessionAndIsAudited() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/sign-in").user("vs.harpreet").password(Demo.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        long signOuts = jdbc.sql("select count(*) from audit_event where actor = 'vs.harpreet' and action = 'SIGN_OUT'")
                .query(Long.class).single();

        mvc.perform(post("/sign-out").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in?signed-out"));

        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in"));
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'vs.harpreet' and action = 'SIGN_OUT'")
                .query(Long.class).single()).isEqualTo(signOuts + 1);
    }

    @Test
    void signingOutNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/sign-out").with(demo.as("sw.amara"))).andExpect(status().isForbidden());
    }

    @Test
    void theSessionTimesOutAfterThirtyMinutes() {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
    }

    @Test
    void withoutAClientRegistrationThereIsNoSingleSignOn() throws Exception {
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();
        mvc.perform(get("/oauth2/authorization/entra")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/sign-in")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("council account"))));
    }
}
