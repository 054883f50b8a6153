package org.rightbalance.consent;

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
class ConsentWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConsentGate gate;

    /** A fresh case at the given stage held by sw.amara's team and allocated to her, opened 30 days ago. */
    private long newCase(String stage) {
        long team = jdbc.sql("select id from team where name = 'North'").query(Long.class).single();
        long family = jdbc.sql("select max(id) from family").query(Long.class).single();
        String id = "C-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into child (council_child_id, given_name, family_name, date_of_birth, sex, family_id) values (?, 'Cona', 'Sent', ?, 'F', ?)")
                .params(id, LocalDate.now().minusYears(12), family).update();
        long child = jdbc.sql("select id from child where council_child_id = ?").param(id).query(Long.class).single();
        jdbc.sql("insert into programme_case (child_id, team_id, stage, opened_on) values (?, ?, ?, ?)")
                .params(child, team, stage, LocalDate.now().minusDays(30)).update();
        long caseId = jdbc.sql("select id from programme_case where child_id = ?").param(child).query(Long.class).single();
        long amara = jdbc.sql("select id from staff_member where username = 'sw.amara'").query(Long.class).single();
        jdbc.sql("insert into case_assignment (case_id, staff_id, responsibility, since) values (?, ?, 'SOCIAL_WORKER', ?)")
                .params(caseId, amara, LocalDate.now().minusDays(30)).update();
        return caseId;
    }

    private String stage(long caseId) {
        return jdbc.sql("select stage from programme_case where id = ?").param(caseId).query(String.class).single();
    }

    private long consentId(long caseId, String component) {
        return jdbc.sql("select id from consent where case_id = ? and component = ?").params(caseId, component)
                .query(Long.class).single();
    }

    @Test
    void consentToTheConferenceOpensTheWorkAndMovesAnEngagingCaseToConferencing() throws Exception {
        long caseId = newCase("ENGAGING");
        LocalDate today = LocalDate.now();
        assertThat(gate.isGiven(caseId, Component.FAMILY_GROUP_CONFERENCE, today)).isFalse();
        mvc.perform(post("/cases/" + caseId + "/consent").with(csrf()).with(demo.as("sw.amara"))
                        .param("component", "FAMILY_GROUP_CONFERENCE").param("givenOn", today.toString()).param("givenBy", "Parent"))
                .andExpect(status().is3xxRedirection());
        assertThat(gate.isGiven(caseId, Component.FAMILY_GROUP_CONFERENCE, today)).isTrue();
        assertThat(stage(caseId)).isEqualTo("CONFERENCING");
        mvc.perform(get("/cases/" + caseId + "/consent").with(demo.as("sw.amara"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Given")))
                .andExpect(content().string(containsString("Parent")));
        mvc.perform(get("/cases/" + caseId).with(demo.as("sw.amara")))
                .andExpect(content().string(containsString("Consent given: Family group conference")));
    }

    @Test
    void withdrawingStopsTheWorkKeepsTheHistoryAndAlertsTheSocialWorker() throws Exception {
        long caseId = newCase("SUPPORTING");
        LocalDate today = LocalDate.now();
        mvc.perform(post("/cases/" + caseId + "/consent").with(csrf()).with(demo.as("sw.amara"))
                .param("component", "MENTORING").param("givenOn", today.minusDays(10).toString()).param("givenBy", "Young person"))
                .andExpect(status().is3xxRedirection());
        long id = consentId(caseId, "MENTORING");
        mvc.perform(post("/cases/" + caseId + "/consent/" + id + "/withdraw").with(csrf()).with(demo.as("sw.amara"))
                        .param("withdrawnOn", today.minusDays(20).toString()).param("reason", "Changed mind").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#withdrawnOn\"")))
                .andExpect(content().string(containsString("Changed mind")));
        mvc.perform(post("/cases/" + caseId + "/consent/" + id + "/withdraw").with(csrf()).with(demo.as("sw.amara"))
                        .param("withdrawnOn", today.toString()).param("reason", "").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#reason\"")));
        mvc.perform(post("/cases/" + caseId + "/consent/" + id + "/withdraw").with(csrf()).with(demo.as("sw.amara"))
                        .param("withdrawnOn", today.toString()).param("reason", "Young person asked to stop").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(gate.isGiven(caseId, Component.MENTORING, today)).isFalse();
        assertThat(gate.isGiven(caseId, Component.MENTORING, today.minusDays(1))).isTrue();
        mvc.perform(get("/cases/" + caseId + "/consent").with(demo.as("sw.amara")))
                .andExpect(content().string(containsString("Young person asked to stop")));
        mvc.perform(get("/").with(demo.as("sw.amara")))
                .andExpect(content().string(containsString("Consent to mentoring withdrawn")));
        // A second withdrawal from the same page, opened before the first, is a conflict.
        mvc.perform(post("/cases/" + caseId + "/consent/" + id + "/withdraw").with(csrf()).with(demo.as("sw.amara"))
                        .param("withdrawnOn", today.toString()).param("reason", "Typed twice").param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("changed by someone else")))
                .andExpect(content().string(containsString("Typed twice")));
        // Consent can be given again afterwards, as a new record.
        mvc.perform(post("/cases/" + caseId + "/consent").with(csrf()).with(demo.as("sw.amara"))
                .param("component", "MENTORING").param("givenOn", today.toString()).param("givenBy", "Young person"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from consent where case_id = ?").param(caseId).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void invalidConsentIsRefusedWithTheFieldNamed() throws Exception {
        long caseId = newCase("SUPPORTING");
        mvc.perform(post("/cases/" + caseId + "/consent").with(csrf()).with(demo.as("sw.amara"))
                        .param("givenOn", LocalDate.now().toString()).param("givenBy", "Parent"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#component\"")));
        mvc.perform(post("/cases/" + caseId + "/consent").with(csrf()).with(demo.as("sw.amara"))
                        .param("component", "VIRTUAL_SCHOOL").param("givenOn", LocalDate.now().plusDays(3).toString())
                        .param("givenBy", "Carer"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("href=\"#givenOn\"")))
                .andExpect(content().string(containsString("value=\"Carer\"")));
        mvc.perform(post("/cases/" + caseId + "/consent").with(csrf()).with(demo.as("sw.amara"))
                .param("component", "VIRTUAL_SCHOOL").param("givenOn", LocalDate.now().toString()).param("givenBy", "Carer"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + caseId + "/consent").with(csrf()).with(demo.as("sw.amara"))
                        .param("component", "VIRTUAL_SCHOOL").param("givenOn", LocalDate.now().toString()).param("givenBy", "Carer"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("already consented")));
    }

    @Test
    void anEvaluatorCannotSeeConsentAndAMentorCannotRecordIt() throws Exception {
        long rivera = demo.caseOf("rivera");
        long before = demo.auditCount("eval.alex", "DENIED");
        mvc.perform(get("/cases/" + rivera + "/consent").with(demo.as("eval.alex"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("eval.alex", "DENIED")).isEqualTo(before + 1);
        mvc.perform(get("/cases/" + rivera + "/consent").with(demo.as("mentor.sam"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Record consent"))));
        mvc.perform(post("/cases/" + rivera + "/consent").with(csrf()).with(demo.as("mentor.sam"))
                .param("component", "MENTORING").param("givenOn", LocalDate.now().toString()).param("givenBy", "Parent"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDemoFamiliesHaveConsentedAndNovakToSomePartsOnly() throws Exception {
        LocalDate today = LocalDate.now();
        assertThat(gate.isGiven(demo.caseOf("rivera"), Component.MENTORING, today)).isTrue();
        assertThat(gate.isGiven(demo.caseOf("novak"), Component.FAMILY_GROUP_CONFERENCE, today)).isFalse();
        assertThat(gate.isGiven(demo.caseOf("novak"), Component.VIRTUAL_SCHOOL, today)).isTrue();
    }

    @Test
    void theApiRecordsAndWithdrawsConsent() throws Exception {
        long caseId = newCase("SUPPORTING");
        mvc.perform(post("/api/cases/" + caseId + "/consent").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"component\":\"SYSTEMIC_DISCUSSION\",\"givenOn\":\"" + LocalDate.now() + "\",\"givenBy\":\"Parent\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.history[0].component").value("SYSTEMIC_DISCUSSION"));
        long id = consentId(caseId, "SYSTEMIC_DISCUSSION");
        mvc.perform(post("/api/cases/" + caseId + "/consent/" + id + "/withdrawal").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + LocalDate.now() + "\",\"reason\":\"No\",\"version\":3}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/cases/" + caseId + "/consent/" + id + "/withdrawal").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + LocalDate.now() + "\",\"reason\":\"No\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.history[0].withdrawalReason").value("No"));
        mvc.perform(post("/api/cases/" + caseId + "/consent").with(csrf()).with(demo.as("sw.amara"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"givenBy\":\"Parent\"}"))
                .andExpect(status().isBadRequest());
    }
}
