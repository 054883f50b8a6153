package org.rightbalance.access;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** A council that lets social workers see their team's cases: read only, and still not other teams'. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = {"rightbalance.access.social-workers-see-team=true",
        "spring.datasource.url=jdbc:h2:mem:team-wide-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
class TeamWideAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;

    @Test
    void aSocialWorkerReadsTheirTeamsCasesButCannotChangeThemNorSeeAnotherTeams() throws Exception {
        // murphy is a North case with no social worker allocated; begum is a South case.
        long murphy = demo.caseOf("murphy");
        mvc.perform(get("/").with(demo.as("sw.amara")))
                .andExpect(content().string(containsString("Erin Murphy")))
                .andExpect(content().string(not(containsString("Rafi Begum"))));
        mvc.perform(get("/cases/" + murphy).with(demo.as("sw.amara"))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + murphy + "/family").with(demo.as("sw.amara"))).andExpect(status().isOk());
        mvc.perform(post("/cases/" + murphy + "/family/network").with(csrf()).with(demo.as("sw.amara"))
                .param("name", "Someone").param("relationship", "Aunt").param("kind", "FAMILY"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + murphy + "/access-log").with(demo.as("sw.amara"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + demo.caseOf("begum")).with(demo.as("sw.amara"))).andExpect(status().isNotFound());
    }
}
