package org.rightbalance.casework;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
@Tag("database")
class CaseAccessWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;

    @Test
    void pagesNeedSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/api/cases")).andExpect(status().isUnauthorized());
    }

    @Test
    void signInWithTheRightPasswordOpensTheHomePage() throws Exception {
        mvc.perform(formLogin("/sign-in").user("sw.ben").password(Demo.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/sign-in").user("sw.ben").password("wrong")).andExpect(redirectedUrl("/sign-in?error"));
        assertThat(demo.auditCount("sw.ben", "DENIED")).isPositive();
    }

    @Test
    void aSocialWorkerSeesTheirOwnCasesOnly() throws Exception {
        mvc.perform(get("/").with(demo.as("sw.amara")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Kai Rivera")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Rafi Begum"))));
    }

    @Test
    void aCaseOutsideTheWorkersNeedToKnowIsNotFoundAndTheAttemptIsAudited() throws Exception {
        long before = demo.auditCount("sw.amara", "DENIED");
        mvc.perform(get("/cases/" + demo.caseOf("begum")).with(demo.as("sw.amara"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + demo.caseOf("begum")).with(demo.as("sw.amara")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/cases/999999").with(demo.as("sw.amara"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("sw.amara", "DENIED")).isEqualTo(before + 3);
    }

    @Test
    void aMentorSeesOnlyTheSectionsMentoringNeeds() throws Exception {
        String page = mvc.perform(get("/cases/" + demo.caseOf("rivera")).with(demo.as("mentor.sam")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Mentoring", "Systemic discussion").doesNotContain(">Referral<", ">Closure<", ">Plans and events<");
    }

    @Test
    void anEvaluatorSeesNoChildsRecord() throws Exception {
        mvc.perform(get("/cases/" + demo.caseOf("rivera")).with(demo.as("eval.alex"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases").with(demo.as("eval.alex"))).andExpect(status().isOk())
                .andExpect(content().json("[]"));
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void anUnknownPageIsAPageForPeopleAndAProblemDocumentForTheApi() throws Exception {
        mvc.perform(get("/no-such-page").with(demo.as("sw.amara")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Page not found")));
        mvc.perform(get("/api/no-such-thing").with(demo.as("sw.amara")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aMalformedIdentifierIsABadRequestWithoutTechnicalDetail() throws Exception {
        String body = mvc.perform(get("/cases/not-a-number").with(demo.as("sw.amara")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("There is a problem").doesNotContain("Exception", "java.", "NumberFormat");
    }
}
