package org.rightbalance.casework;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class CaseRequestGateTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;

    @Test
    void aRequestToACaseWithoutNeedToKnowIsRefusedBeforeItsBodyIsValidated() throws Exception {
        long before = demo.auditCount("sw.ben", "DENIED");
        mvc.perform(post("/api/cases/" + demo.caseOf("rivera") + "/test-support/validated-note").with(demo.as("sw.ben"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isNotFound());
        assertThat(demo.auditCount("sw.ben", "DENIED")).isEqualTo(before + 1);
        mvc.perform(post("/api/cases/" + demo.caseOf("begum") + "/test-support/validated-note").with(demo.as("sw.ben"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/cases/" + demo.caseOf("begum") + "/test-support/validated-note").with(demo.as("sw.ben"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"ok\"}")).andExpect(status().isOk());
    }

    @Test
    void aSectionThePermissionMatrixDoesNotGiveIsRefusedByItsAddress() throws Exception {
        long before = demo.auditCount("mentor.sam", "DENIED");
        mvc.perform(get("/cases/" + demo.caseOf("rivera") + "/access-log").with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("mentor.sam", "DENIED")).isEqualTo(before + 1);
        mvc.perform(get("/cases/" + demo.caseOf("rivera")).with(demo.as("mentor.sam"))).andExpect(status().isOk());
    }

    @Test
    void sectionsAreFoundByTheirPageAddress() {
        assertThat(CaseRequestGate.sectionOf("/cases/5", 5)).contains(org.rightbalance.access.Section.CASE_SUMMARY);
        assertThat(CaseRequestGate.sectionOf("/cases/5/referral/edit", 5)).contains(org.rightbalance.access.Section.REFERRAL);
        assertThat(CaseRequestGate.sectionOf("/cases/5/mentoring", 5)).contains(org.rightbalance.access.Section.MENTORING);
        assertThat(CaseRequestGate.sectionOf("/cases/5/referrals-elsewhere", 5)).isEmpty();
        assertThat(CaseRequestGate.sectionOf("/cases/5/stage", 5)).isEmpty();
    }
}
