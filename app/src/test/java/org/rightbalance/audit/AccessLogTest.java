package org.rightbalance.audit;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class AccessLogTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;

    long accessLogViews(String actor) {
        return jdbc.sql("select count(*) from audit_event where actor = ? and section = 'ACCESS_LOG' and action = 'VIEW' and outcome = 'ALLOWED'")
                .param(actor).query(Long.class).single();
    }

    @Test
    void theTeamManagerSeesWhoHasLookedAtTheChildsRecordIncludingRefusedAttempts() throws Exception {
        long osei = demo.caseOf("osei");
        mvc.perform(get("/cases/" + osei).with(demo.as("sw.amara"))).andExpect(status().isOk());
        mvc.perform(get("/cases/" + osei).with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        long before = accessLogViews("tm.priya");

        String page = mvc.perform(get("/cases/" + osei + "/access-log").with(demo.as("tm.priya")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Who has looked at this record", "Ama Osei", "sw.amara", "mentor.sam", "Refused", "Allowed",
                "<th scope=\"col\" class=\"govuk-table__header\">From</th>");
        assertThat(accessLogViews("tm.priya")).isEqualTo(before + 1);
    }

    @Test
    void theProgrammeManagerSeesItToo_andTheApiAnswersTheSame() throws Exception {
        long rivera = demo.caseOf("rivera");
        mvc.perform(get("/cases/" + rivera + "/access-log").with(demo.as("pm.morgan"))).andExpect(status().isOk());
        mvc.perform(get("/api/cases/" + rivera + "/access-log").with(demo.as("pm.morgan")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/json"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"actor\":\"pm.morgan\"")));
    }

    @Test
    void practitionersAndAnotherTeamsManagerMayNotSeeIt() throws Exception {
        long rivera = demo.caseOf("rivera");
        for (String user : new String[]{"sw.amara", "mentor.sam", "fgc.lee", "vs.harpreet", "tm.owen", "eval.alex", "admin"}) {
            mvc.perform(get("/cases/" + rivera + "/access-log").with(demo.as(user))).andExpect(status().isNotFound());
        }
    }
}
