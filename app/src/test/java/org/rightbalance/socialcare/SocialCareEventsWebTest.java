package org.rightbalance.socialcare;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
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
class SocialCareEventsWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now();

    /** A fresh child and case in team North, allocated to sw.amara, opened 200 days ago. */
    private long newCase() {
        long team = jdbc.sql("select id from team where name = 'North'").query(Long.class).single();
        long family = jdbc.sql("select max(id) from family").query(Long.class).single();
        String id = "E-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into child (council_child_id, given_name, family_name, date_of_birth, sex, family_id) values (?, 'Eve', 'Ents', ?, 'F', ?)")
                .params(id, today.minusYears(12), family).update();
        long child = jdbc.sql("select id from child where council_child_id = ?").param(id).query(Long.class).single();
        jdbc.sql("insert into programme_case (child_id, team_id, stage, opened_on) values (?, ?, 'SUPPORTING', ?)")
                .params(child, team, today.minusDays(200)).update();
        long caseId = jdbc.sql("select id from programme_case where child_id = ?").param(child).query(Long.class).single();
        long amara = jdbc.sql("select id from staff_member where username = 'sw.amara'").query(Long.class).single();
        jdbc.sql("insert into case_assignment (case_id, staff_id, responsibility, since) values (?, ?, 'SOCIAL_WORKER', ?)")
                .params(caseId, amara, today.minusDays(200)).update();
        return caseId;
    }

    private ResultActions add(long caseId, String kind, String... params) throws Exception {
        var request = post("/cases/" + caseId + "/events/" + kind).with(csrf()).with(demo.as("sw.amara"));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private long referralOf(long caseId) {
        return jdbc.sql("select r.id from social_care_referral r join programme_case c on c.child_id = r.child_id where c.id = ? order by r.id")
                .param(caseId).query(Long.class).list().get(0);
    }

    @Test
    void aCinPlanThenEscalationToAChildProtectionPlanAreRecordedAndCounted() throws Exception {
        long caseId = newCase();
        add(caseId, "referrals", "startDate", today.minusDays(250).toString(), "source", "5A").andExpect(status().is3xxRedirection());
        long referral = referralOf(caseId);
        add(caseId, "cin-plans", "referralId", String.valueOf(referral), "startDate", today.minusDays(240).toString())
                .andExpect(status().is3xxRedirection());
        // A CP plan may not overlap the open CIN plan.
        add(caseId, "cp-plans", "referralId", String.valueOf(referral), "startDate", today.minusDays(100).toString())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot overlap a child protection plan")));
        long cin = jdbc.sql("select id from cin_plan where referral_id = ?").param(referral).query(Long.class).single();
        mvc.perform(post("/cases/" + caseId + "/events/cin-plans/" + cin + "/end").with(csrf()).with(demo.as("sw.amara"))
                .param("endDate", today.minusDays(100).toString()).param("version", "0")).andExpect(status().is3xxRedirection());
        add(caseId, "cp-plans", "referralId", String.valueOf(referral), "startDate", today.minusDays(100).toString(),
                "category", "NEGLECT").andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/cases/" + caseId + "/events").with(demo.as("sw.amara")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("NEGLECT");
        // From the programme start (200 days ago) the CIN plan ran 100 days; one CP plan started.
        mvc.perform(get("/api/cases/" + caseId + "/events").with(demo.as("sw.amara")))
                .andExpect(jsonPath("$.firstYear.daysOnCinPlan").value(100))
                .andExpect(jsonPath("$.firstYear.childProtectionPlansStarted").value(1))
                .andExpect(jsonPath("$.firstYear.reReferrals").value(0));
        mvc.perform(get("/cases/" + caseId).with(demo.as("sw.amara")))
                .andExpect(content().string(containsString("Child protection plan started")));
    }

    @Test
    void theDfeRulesAreCheckedAndTheFieldIsNamed() throws Exception {
        long caseId = newCase();
        add(caseId, "referrals", "startDate", today.minusDays(50).toString(), "endDate", today.minusDays(60).toString(),
                "closeReason", "RC8").andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#endDate\"")));
        add(caseId, "referrals", "startDate", today.minusDays(50).toString(), "endDate", today.minusDays(10).toString())
                .andExpect(status().isOk()).andExpect(content().string(containsString("closure date and the reason for closure together")));
        add(caseId, "referrals", "startDate", today.minusDays(50).toString()).andExpect(status().is3xxRedirection());
        long referral = referralOf(caseId);
        add(caseId, "cin-plans", "referralId", String.valueOf(referral), "startDate", today.minusDays(60).toString())
                .andExpect(status().isOk()).andExpect(content().string(containsString("cannot start before its referral")))
                .andExpect(content().string(containsString("value=\"" + today.minusDays(60) + "\"")));
        add(caseId, "cin-plans", "referralId", String.valueOf(referral), "startDate", today.minusDays(40).toString())
                .andExpect(status().is3xxRedirection());
        add(caseId, "cin-plans", "referralId", String.valueOf(referral), "startDate", today.minusDays(20).toString())
                .andExpect(status().isOk()).andExpect(content().string(containsString("still open")));
        add(caseId, "referrals", "startDate", today.minusDays(5).toString())
                .andExpect(status().isOk()).andExpect(content().string(containsString("still open: close it first")));
        add(caseId, "cin-plans", "startDate", today.minusDays(20).toString())
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#referralId\"")));
        add(caseId, "care-periods", "startDate", "").andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the start date")));
        // Closing the referral while its CIN plan is open is refused.
        mvc.perform(post("/cases/" + caseId + "/events/referrals/" + referral + "/end").with(csrf()).with(demo.as("sw.amara"))
                        .param("endDate", today.toString()).param("closeReason", "RC8").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("end it first")));
    }

    @Test
    void aStaleEndIsAConflictAndAReReferralIsShown() throws Exception {
        long caseId = newCase();
        add(caseId, "referrals", "startDate", today.minusDays(300).toString(), "endDate", today.minusDays(150).toString(),
                "closeReason", "RC7").andExpect(status().is3xxRedirection());
        add(caseId, "referrals", "startDate", today.minusDays(30).toString()).andExpect(status().is3xxRedirection());
        long second = jdbc.sql("select max(r.id) from social_care_referral r join programme_case c on c.child_id = r.child_id where c.id = ?")
                .param(caseId).query(Long.class).single();
        mvc.perform(get("/cases/" + caseId + "/events").with(demo.as("sw.amara")))
                .andExpect(content().string(containsString("(re-referral)")));
        mvc.perform(post("/cases/" + caseId + "/events/referrals/" + second + "/end").with(csrf()).with(demo.as("sw.amara"))
                        .param("endDate", today.toString()).param("closeReason", "RC8").param("version", "7"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("changed by someone else")));
        mvc.perform(post("/api/cases/" + caseId + "/events/referrals/" + second + "/end").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"endDate\":\"" + today + "\",\"closeReason\":\"RC8\",\"version\":7}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/cases/" + caseId + "/events/referrals/" + second + "/end").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"endDate\":\"" + today + "\",\"closeReason\":\"RC8\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.firstYear.reReferrals").value(1));
    }

    @Test
    void theApiAddsEventsAndRefusesBrokenRules() throws Exception {
        long caseId = newCase();
        mvc.perform(post("/api/cases/" + caseId + "/events/care-periods").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"startDate\":\"" + today.minusDays(10) + "\",\"legalStatus\":\"C2\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.carePeriods[0].code").value("C2"));
        mvc.perform(post("/api/cases/" + caseId + "/events/care-periods").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"startDate\":\"" + today.minusDays(5) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/cases/" + caseId + "/events/nonsense").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"startDate\":\"" + today + "\"}"))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMentorHasNoNeedToKnowTheStatutoryRecord() throws Exception {
        long before = demo.auditCount("mentor.sam", "DENIED");
        mvc.perform(get("/cases/" + demo.caseOf("rivera") + "/events").with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + demo.caseOf("rivera") + "/events").with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("mentor.sam", "DENIED")).isEqualTo(before + 2);
    }

    @Test
    void theDemoCasesHaveEvents() throws Exception {
        mvc.perform(get("/api/cases/" + demo.caseOf("osei") + "/events").with(demo.as("sw.amara")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cpPlans[0].code").value("NEGLECT"))
                .andExpect(jsonPath("$.cinPlans[0].end").exists());
    }
}
