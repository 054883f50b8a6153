package org.rightbalance.referral;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class ReferralWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;

    private static String newId() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpServletRequestBuilder proposal(String councilId, LocalDate dob, String method, String reason) {
        return post("/referrals").with(csrf())
                .param("councilChildId", councilId).param("givenName", "Testa").param("familyName", "Example")
                .param("dateOfBirth", dob.toString()).param("sex", "F")
                .param("referralDate", LocalDate.now().toString())
                .param("outsideCriteriaReason", reason == null ? "" : reason)
                .param("socialWorkerView", "APPROPRIATE").param("motivation", "4").param("stability", "3")
                .param("allocationMethod", method);
    }

    private long caseOfChild(String councilId) {
        return jdbc.sql("select c.id from programme_case c join child ch on ch.id = c.child_id where ch.council_child_id = ?")
                .param(councilId).query(Long.class).single();
    }

    @Test
    void aSocialWorkerProposesAChildWithinTheCriteriaAndHoldsTheCase() throws Exception {
        String id = newId();
        mvc.perform(proposal(id, LocalDate.now().minusYears(11), "OBJECTIVE_CRITERIA", null).with(demo.as("sw.amara")))
                .andExpect(status().is3xxRedirection());
        long caseId = caseOfChild(id);
        mvc.perform(get("/cases/" + caseId + "/referral").with(demo.as("sw.amara")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("within the criteria")))
                .andExpect(content().string(containsString("Objective criteria")))
                .andExpect(content().string(containsString("Awaiting a decision")));
        assertThat(jdbc.sql("select stage from programme_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("REFERRED");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'sw.amara' and case_id = ? and action = 'CHANGE' and detail = 'propose child'")
                .param(caseId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChildOutsideTheAgeCriteriaNeedsAWrittenReason() throws Exception {
        String id = newId();
        mvc.perform(proposal(id, LocalDate.now().minusYears(15), "PRACTITIONER_JUDGEMENT", null).with(demo.as("sw.amara")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#outsideCriteriaReason\"")))
                .andExpect(content().string(containsString("outside the programme")))
                .andExpect(content().string(containsString("value=\"" + id + "\"")));
        assertThat(jdbc.sql("select count(*) from child where council_child_id = ?").param(id).query(Long.class).single()).isZero();

        mvc.perform(proposal(id, LocalDate.now().minusYears(15), "PRACTITIONER_JUDGEMENT", "Sibling on the programme")
                .with(demo.as("sw.amara"))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseOfChild(id) + "/referral").with(demo.as("sw.amara")))
                .andExpect(content().string(containsString("Outside the criteria")))
                .andExpect(content().string(containsString("Sibling on the programme")));
    }

    @Test
    void missingFieldsAreNamedInTheErrorSummary() throws Exception {
        mvc.perform(post("/referrals").with(csrf()).with(demo.as("sw.amara")).param("councilChildId", "")
                        .param("referralDate", "not a date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#councilChildId\"")))
                .andExpect(content().string(containsString("Enter a real date")))
                .andExpect(content().string(containsString("Select how the case is allocated")))
                .andExpect(content().string(containsString("Select the family&#39;s motivation")));
    }

    @Test
    void randomAllocationRecordsTheDrawAndComparisonChildrenAreNotTakenOn() throws Exception {
        for (int i = 0; i < 12; i++) {
            String id = newId();
            mvc.perform(proposal(id, LocalDate.now().minusYears(12), "RANDOM", null).with(demo.as("tm.priya")))
                    .andExpect(status().is3xxRedirection());
            long caseId = caseOfChild(id);
            var row = jdbc.sql("select random_seed, random_draw, random_arm, random_probability, decision from referral where case_id = ?")
                    .param(caseId).query().singleRow();
            RandomDraw again = RandomDraw.withSeed(((Number) row.get("random_probability")).doubleValue(),
                    ((Number) row.get("random_seed")).longValue());
            assertThat(row.get("random_arm")).isEqualTo(again.arm().name());
            String stage = jdbc.sql("select stage from programme_case where id = ?").param(caseId).query(String.class).single();
            if (again.arm() == RandomDraw.Arm.COMPARISON) {
                assertThat(stage).isEqualTo("NOT_TAKEN_ON");
                assertThat(row.get("decision")).isEqualTo("COMPARISON");
            } else {
                assertThat(stage).isEqualTo("REFERRED");
                assertThat(row.get("decision")).isNull();
            }
        }
    }

    @Test
    void theSameSeedAlwaysGivesTheSameArm() {
        for (long seed = 0; seed < 50; seed++) {
            assertThat(RandomDraw.withSeed(0.3, seed)).isEqualTo(RandomDraw.withSeed(0.3, seed));
        }
        long programme = java.util.stream.LongStream.range(0, 2000)
                .filter(s -> RandomDraw.withSeed(0.3, s).arm() == RandomDraw.Arm.PROGRAMME).count();
        assertThat(programme).isBetween(500L, 700L);
    }

    @Test
    void acceptingMovesTheCaseToEngagingWithItsSocialWorker() throws Exception {
        String id = newId();
        mvc.perform(proposal(id, LocalDate.now().minusYears(11), "OBJECTIVE_CRITERIA", null).with(demo.as("tm.priya")))
                .andExpect(status().is3xxRedirection());
        long caseId = caseOfChild(id);
        long amara = jdbc.sql("select id from staff_member where username = 'sw.amara'").query(Long.class).single();
        mvc.perform(post("/cases/" + caseId + "/referral/decision").with(csrf()).with(demo.as("tm.priya"))
                        .param("outcome", "ACCEPT").param("decidedOn", LocalDate.now().toString())
                        .param("socialWorkerId", String.valueOf(amara)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select stage from programme_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("ENGAGING");
        mvc.perform(get("/cases/" + caseId + "/referral").with(demo.as("sw.amara"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Accepted onto the programme")));
    }

    @Test
    void decliningNeedsAReasonAndAStaleVersionIsAConflict() throws Exception {
        String id = newId();
        mvc.perform(proposal(id, LocalDate.now().minusYears(11), "OBJECTIVE_CRITERIA", null).with(demo.as("tm.priya")))
                .andExpect(status().is3xxRedirection());
        long caseId = caseOfChild(id);
        mvc.perform(post("/cases/" + caseId + "/referral/decision").with(csrf()).with(demo.as("tm.priya"))
                        .param("outcome", "DECLINE").param("decidedOn", LocalDate.now().toString()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\"")));
        mvc.perform(post("/cases/" + caseId + "/referral/view").with(csrf()).with(demo.as("tm.priya"))
                .param("socialWorkerView", "NOT_APPROPRIATE").param("socialWorkerComment", "Family already has a lot on")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/referral/decision").with(csrf()).with(demo.as("tm.priya"))
                        .param("outcome", "DECLINE").param("decidedOn", LocalDate.now().toString())
                        .param("reason", "Typed before the change").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("Typed before the change")));
        mvc.perform(post("/cases/" + caseId + "/referral/decision").with(csrf()).with(demo.as("tm.priya"))
                        .param("outcome", "DECLINE").param("decidedOn", LocalDate.now().toString())
                        .param("reason", "Family declined").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select stage from programme_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("NOT_TAKEN_ON");
    }

    @Test
    void theTeamManagerAllocatesTheMentorAndTheMentorThenSeesTheCase() throws Exception {
        String id = newId();
        mvc.perform(proposal(id, LocalDate.now().minusYears(11), "OBJECTIVE_CRITERIA", null).with(demo.as("sw.amara")))
                .andExpect(status().is3xxRedirection());
        long caseId = caseOfChild(id);
        mvc.perform(get("/cases/" + caseId).with(demo.as("mentor.jo"))).andExpect(status().isNotFound());
        long jo = jdbc.sql("select id from staff_member where username = 'mentor.jo'").query(Long.class).single();
        mvc.perform(post("/cases/" + caseId + "/referral/people").with(csrf()).with(demo.as("tm.priya"))
                .param("mentorId", String.valueOf(jo))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId).with(demo.as("mentor.jo"))).andExpect(status().isOk());
        long sam = jdbc.sql("select id from staff_member where username = 'sw.amara'").query(Long.class).single();
        mvc.perform(post("/cases/" + caseId + "/referral/people").with(csrf()).with(demo.as("tm.priya"))
                        .param("mentorId", String.valueOf(sam)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#mentorId\"")));
    }

    @Test
    void peopleWithNoNeedToKnowCannotSeeTheReferralAndTheAttemptIsAudited() throws Exception {
        long before = demo.auditCount("mentor.sam", "DENIED");
        mvc.perform(get("/cases/" + demo.caseOf("rivera") + "/referral").with(demo.as("mentor.sam")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + demo.caseOf("rivera") + "/referral").with(demo.as("mentor.sam")))
                .andExpect(status().isNotFound());
        assertThat(demo.auditCount("mentor.sam", "DENIED")).isEqualTo(before + 2);
        mvc.perform(get("/referrals/new").with(demo.as("mentor.sam"))).andExpect(status().isForbidden());
    }

    @Test
    void aReferralAwaitingTheSocialWorkersViewIsDueOnTheirHomePage() throws Exception {
        mvc.perform(get("/").with(demo.as("sw.ben"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask the allocated social worker whether the programme is appropriate")));
    }

    @Test
    void theDemoCasesHaveReferralRecords() throws Exception {
        mvc.perform(get("/cases/" + demo.caseOf("osei") + "/referral").with(demo.as("sw.amara")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Random draw")))
                .andExpect(content().string(containsString("against probability 0.5 of the programme")));
        mvc.perform(get("/cases/" + demo.caseOf("murphy") + "/referral").with(demo.as("tm.priya")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Outside the criteria")));
        mvc.perform(get("/api/cases/" + demo.caseOf("osei") + "/referral").with(demo.as("sw.amara")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.referral.allocationMethod").value("RANDOM"))
                .andExpect(jsonPath("$.referral.randomDraw.arm").value("PROGRAMME"));
    }

    @Test
    void theApiProposesAndDecides() throws Exception {
        String id = newId();
        String body = """
                {"councilChildId":"%s","givenName":"Api","familyName":"Child","dateOfBirth":"%s","sex":"M",
                 "referralDate":"%s","socialWorkerView":"NOT_YET_ASKED","motivation":3,"stability":3,
                 "allocationMethod":"OBJECTIVE_CRITERIA"}""".formatted(id, LocalDate.now().minusYears(12), LocalDate.now());
        mvc.perform(post("/api/referrals").with(csrf()).with(demo.as("sw.amara")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andExpect(jsonPath("$.caseId").isNumber());
        long caseId = caseOfChild(id);
        mvc.perform(post("/api/cases/" + caseId + "/referral/decision").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"DECLINE\",\"decidedOn\":\"" + LocalDate.now() + "\",\"version\":0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/cases/" + caseId + "/referral/social-worker-view").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"socialWorkerView\":\"APPROPRIATE\",\"version\":5}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/referrals").with(csrf()).with(demo.as("sw.amara")).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest());
    }
}
