package org.rightbalance.child;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class FamilyNetworkWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;

    @Test
    void theFamilyPageShowsTheNetworkAndTheCoordinatorAddsAnAunt() throws Exception {
        long caseId = demo.caseOf("osei");
        String name = "Aunt " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(get("/cases/" + caseId + "/family").with(demo.as("fgc.lee"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Grandparent of Ama")))
                .andExpect(content().string(containsString("Demo Secondary School")));
        mvc.perform(post("/cases/" + caseId + "/family/network").with(csrf()).with(demo.as("fgc.lee"))
                .param("name", name).param("relationship", "Aunt").param("kind", "FAMILY").param("contact", "07000 000000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId + "/family").with(demo.as("sw.amara")))
                .andExpect(content().string(containsString(name)));
    }

    @Test
    void eachFieldIsCheckedAndWhatWasTypedIsKept() throws Exception {
        long caseId = demo.caseOf("rivera");
        mvc.perform(post("/cases/" + caseId + "/family/network").with(csrf()).with(demo.as("sw.amara"))
                        .param("name", "").param("relationship", "Neighbour"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#name\"")))
                .andExpect(content().string(containsString("href=\"#kind\"")))
                .andExpect(content().string(containsString("value=\"Neighbour\"")));
        mvc.perform(post("/cases/" + caseId + "/family/network").with(csrf()).with(demo.as("sw.amara"))
                        .param("name", "Dr Example").param("relationship", "GP").param("kind", "PROFESSIONAL"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#organisation\"")));
        mvc.perform(post("/cases/" + caseId + "/family/network").with(csrf()).with(demo.as("sw.amara"))
                        .param("name", "Dr Example").param("relationship", "GP").param("kind", "PROFESSIONAL")
                        .param("organisation", "Demo Surgery").param("mainCarer", "true"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#mainCarer\"")));
    }

    @Test
    void aMentorHasNoNeedToKnowTheFamilyAndAVirtualSchoolOfficerNeither() throws Exception {
        long before = demo.auditCount("mentor.sam", "DENIED");
        mvc.perform(get("/cases/" + demo.caseOf("rivera") + "/family").with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/cases/" + demo.caseOf("rivera") + "/family/network").with(csrf()).with(demo.as("mentor.sam"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"X\",\"relationship\":\"Y\",\"kind\":\"FRIEND\"}"))
                .andExpect(status().isNotFound());
        assertThat(demo.auditCount("mentor.sam", "DENIED")).isEqualTo(before + 2);
        mvc.perform(get("/cases/" + demo.caseOf("rivera") + "/family").with(demo.as("vs.harpreet"))).andExpect(status().isNotFound());
    }

    @Test
    void theApiListsAndAddsNetworkMembers() throws Exception {
        long caseId = demo.caseOf("novak");
        mvc.perform(post("/api/cases/" + caseId + "/family/network").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Youth worker\",\"relationship\":\"Youth worker\",\"kind\":\"PROFESSIONAL\",\"organisation\":\"Demo Youth Club\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.network[?(@.organisation == 'Demo Youth Club')]").exists());
        mvc.perform(post("/api/cases/" + caseId + "/family/network").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"relationship\":\"Y\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/cases/" + caseId + "/family").with(demo.as("sw.amara"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.family.familyName").value("Novak"));
    }
}
