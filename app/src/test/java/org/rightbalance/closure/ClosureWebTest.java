package org.rightbalance.closure;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

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
class ClosureWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now();

    /** A fresh SUPPORTING case in team South, allocated to sw.ben, opened 800 days ago; with a mentor if asked. */
    private long newCase(boolean withMentor) {
        long team = jdbc.sql("select id from team where name = 'South'").query(Long.class).single();
        long family = jdbc.sql("select max(id) from family").query(Long.class).single();
        String id = "X-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into child (council_child_id, given_name, family_name, date_of_birth, sex, family_id) values (?, 'Clo', 'Sure', ?, 'M', ?)")
                .params(id, today.minusYears(13), family).update();
        long child = jdbc.sql("select id from child where council_child_id = ?").param(id).query(Long.class).single();
        jdbc.sql("insert into programme_case (child_id, team_id, stage, opened_on) values (?, ?, 'SUPPORTING', ?)")
                .params(child, team, today.minusDays(800)).update();
        long caseId = jdbc.sql("select id from programme_case where child_id = ?").param(child).query(Long.class).single();
        assign(caseId, "sw.ben", "SOCIAL_WORKER");
        if (withMentor) {
            assign(caseId, "mentor.jo", "MENTOR");
        }
        return caseId;
    }

    private void assign(long caseId, String username, String responsibility) {
        long staff = jdbc.sql("select id from staff_member where username = ?").param(username).query(Long.class).single();
        jdbc.sql("insert into case_assignment (case_id, staff_id, responsibility, since) values (?, ?, ?, ?)")
                .params(caseId, staff, responsibility, today.minusDays(800)).update();
    }

    private org.springframework.test.web.servlet.ResultActions close(long caseId, LocalDate on, String arrangement,
                                                                     String contacts, int version) throws Exception {
        return mvc.perform(post("/cases/" + caseId + "/closure").with(csrf()).with(demo.as("sw.ben"))
                .param("reason", "RC7").param("closedOn", on.toString()).param("contacts", contacts)
                .param("mentorArrangement", arrangement).param("caseVersion", String.valueOf(version)));
    }

    @Test
    void closingRecordsTheReasonAndPlanAndTheFollowUpFallsDueAYearLater() throws Exception {
        long caseId = newCase(true);
        close(caseId, today.minusDays(400), "STAYS_IN_TOUCH", "School family worker, 01234 000000", 0)
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select stage from programme_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo("CLOSED");
        mvc.perform(get("/cases/" + caseId + "/closure").with(demo.as("sw.ben"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("RC7 – Services ceased for any other reason")))
                .andExpect(content().string(containsString("School family worker")))
                .andExpect(content().string(containsString("The mentor stays in touch")))
                .andExpect(content().string(containsString("Record the follow-up check")));
        // Due 35 days ago: on the social worker's home page.
        mvc.perform(get("/").with(demo.as("sw.ben")))
                .andExpect(content().string(containsString("Follow-up check a year after closure")));
        mvc.perform(post("/cases/" + caseId + "/closure/follow-up").with(csrf()).with(demo.as("sw.ben"))
                .param("checkedOn", today.toString()).param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#reReferral\"")));
        mvc.perform(post("/cases/" + caseId + "/closure/follow-up").with(csrf()).with(demo.as("sw.ben"))
                .param("checkedOn", today.toString()).param("reReferral", "false").param("escalation", "false")
                .param("notes", "Doing well at school").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + caseId + "/closure").with(demo.as("sw.ben")))
                .andExpect(content().string(containsString("not re-referred, not escalated. Doing well at school")));
        mvc.perform(get("/cases/" + caseId).with(demo.as("sw.ben")))
                .andExpect(content().string(containsString("Case closed: RC7")));
    }

    @Test
    void theClosurePlanMustSayWhereToTurnAndWhatHappensToTheMentor() throws Exception {
        long caseId = newCase(true);
        close(caseId, today, "STAYS_IN_TOUCH", "", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#contacts\"")));
        close(caseId, today, "NO_MENTOR", "Early help line", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("The child has a mentor")))
                .andExpect(content().string(containsString("Early help line")));
        close(caseId, today.minusDays(900), "PLANNED_ENDING", "Early help line", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#closedOn\"")));
        mvc.perform(post("/cases/" + caseId + "/closure").with(csrf()).with(demo.as("sw.ben"))
                        .param("closedOn", today.toString()).param("contacts", "x").param("mentorArrangement", "PLANNED_ENDING"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#reason\"")));
    }

    @Test
    void closingFromAStaleCaseIsAConflictThatKeepsWhatWasTyped() throws Exception {
        long caseId = newCase(false);
        jdbc.sql("update programme_case set version = version + 1 where id = ?").param(caseId).update();
        close(caseId, today, "NO_MENTOR", "Typed contacts", 0).andExpect(status().isOk())
                .andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("Typed contacts")));
        mvc.perform(post("/api/cases/" + caseId + "/closure").with(csrf()).with(demo.as("sw.ben"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"RC8\",\"closedOn\":\"" + today + "\",\"contacts\":\"x\",\"mentorArrangement\":\"NO_MENTOR\",\"caseVersion\":0}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/cases/" + caseId + "/closure").with(csrf()).with(demo.as("sw.ben"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"RC8\",\"closedOn\":\"" + today + "\",\"contacts\":\"x\",\"mentorArrangement\":\"NO_MENTOR\",\"caseVersion\":1}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.closure.reason").value("RC8"))
                .andExpect(jsonPath("$.closure.followUpDue").value(today.plusYears(1).toString()));
        // The follow-up check is not due yet.
        mvc.perform(post("/api/cases/" + caseId + "/closure/follow-up").with(csrf()).with(demo.as("sw.ben"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"checkedOn\":\"" + today + "\",\"reReferral\":false,\"escalation\":false,\"version\":0}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theDemoClosureShowsTheReReferralAfterClosure() throws Exception {
        mvc.perform(get("/cases/" + demo.caseOf("begum") + "/closure").with(demo.as("sw.ben")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("RC7")))
                .andExpect(content().string(containsString("Re-referrals to children")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Record the follow-up check"))));
        mvc.perform(get("/api/cases/" + demo.caseOf("begum") + "/closure").with(demo.as("tm.owen")))
                .andExpect(jsonPath("$.yearAfter.reReferrals").value(1));
    }

    @Test
    void closureIsNeedToKnow() throws Exception {
        long before = demo.auditCount("fgc.lee", "DENIED");
        mvc.perform(get("/cases/" + demo.caseOf("begum") + "/closure").with(demo.as("fgc.lee"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + demo.caseOf("begum") + "/closure").with(demo.as("fgc.lee"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("fgc.lee", "DENIED")).isEqualTo(before + 2);
        // The programme manager may read the closure but not close a case.
        mvc.perform(get("/cases/" + demo.caseOf("rivera") + "/closure").with(demo.as("pm.morgan"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Close the case"))));
    }
}
