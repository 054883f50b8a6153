package org.rightbalance.costs;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.programme.CaseRecords;
import org.rightbalance.staff.StaffRepository;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class CostLedgerWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ChildRepository children;
    @Autowired
    CaseRepository cases;
    @Autowired
    StaffRepository staff;

    String unique() {
        return "Test cost " + UUID.randomUUID();
    }

    long idOf(String description) {
        return jdbc.sql("select id from cost_entry where description = ?").param(description).query(Long.class).single();
    }

    @Test
    void theProgrammeManagerAddsACostAndSeesItInTheLedger() throws Exception {
        String description = unique();
        mvc.perform(post("/programme/costs").with(csrf()).with(demo.as("pm.morgan"))
                        .param("incurredOn", "2019-05-01").param("component", "MENTORING")
                        .param("fundingSource", "Grant: Test fund").param("description", description)
                        .param("amount", "1250.50").param("version", "0"))
                .andExpect(redirectedUrl("/programme/costs"));
        mvc.perform(get("/programme/costs").param("from", "2019-05-01").param("to", "2019-05-01").with(demo.as("pm.morgan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(description)))
                .andExpect(content().string(containsString("Grant: Test fund")))
                .andExpect(content().string(containsString("£1,250.50")));
    }

    @Test
    void aCostWithMistakesIsRefusedNamingEachFieldAndKeepingWhatWasTyped() throws Exception {
        mvc.perform(post("/programme/costs").with(csrf()).with(demo.as("pm.morgan"))
                        .param("incurredOn", "2019-05-01").param("component", "MENTORING")
                        .param("fundingSource", "Council core budget").param("description", "")
                        .param("amount", "twelve pounds").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#description\"")))
                .andExpect(content().string(containsString("Enter a description of the cost")))
                .andExpect(content().string(containsString("href=\"#amount\"")))
                .andExpect(content().string(containsString("value=\"twelve pounds\"")))
                .andExpect(content().string(containsString("value=\"Council core budget\"")));
        mvc.perform(post("/programme/costs").with(csrf()).with(demo.as("pm.morgan"))
                        .param("incurredOn", LocalDate.now().plusDays(3).toString()).param("component", "OTHER")
                        .param("fundingSource", "Council core budget").param("description", "Future cost")
                        .param("amount", "10").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#incurredOn\"")))
                .andExpect(content().string(containsString("must be today or in the past")));
    }

    @Test
    void twoPeopleChangingTheSameCostGetAConflictInsteadOfALostUpdate() throws Exception {
        String description = unique();
        mvc.perform(post("/programme/costs").with(csrf()).with(demo.as("pm.morgan"))
                .param("incurredOn", "2019-06-01").param("component", "OTHER").param("fundingSource", "Council core budget")
                .param("description", description).param("amount", "100").param("version", "0"));
        long id = idOf(description);
        mvc.perform(post("/programme/costs/" + id).with(csrf()).with(demo.as("pm.morgan"))
                        .param("incurredOn", "2019-06-01").param("component", "OTHER").param("fundingSource", "Council core budget")
                        .param("description", description).param("amount", "200").param("version", "0"))
                .andExpect(redirectedUrl("/programme/costs"));
        mvc.perform(post("/programme/costs/" + id).with(csrf()).with(demo.as("pm.morgan"))
                        .param("incurredOn", "2019-06-01").param("component", "OTHER").param("fundingSource", "Council core budget")
                        .param("description", description).param("amount", "300").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this cost")))
                .andExpect(content().string(containsString("value=\"300\"")));
        String amount = jdbc.sql("select amount from cost_entry where id = ?").param(id).query(String.class).single();
        assertThat(amount).isEqualTo("200.00");

        String body = """
                {"incurredOn":"2019-06-01","component":"OTHER","fundingSource":"Council core budget",
                 "description":"%s","amount":400,"version":0}""".formatted(description);
        mvc.perform(put("/api/costs/" + id).with(demo.as("pm.morgan")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(put("/api/costs/" + id).with(demo.as("pm.morgan")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"version\":0", "\"version\":1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"version\":2")));
    }

    @Test
    void costPerChildDividesByChildrenWhoStartedAndByChildrenWhoTookUpTheComponent() throws Exception {
        CaseRecords records = new CaseRecords(jdbc, children, cases, staff);
        long by = staff.findByUsername("pm.morgan").orElseThrow().id();
        LocalDate from = LocalDate.of(2003, 1, 1);
        LocalDate to = LocalDate.of(2003, 12, 31);
        for (int i = 0; i < 4; i++) {
            long caseId = records.startedCase(records.child("k" + i), LocalDate.of(2003, 3, 1));
            if (i < 2) {
                records.consent(caseId, "MENTORING", LocalDate.of(2003, 3, 10), by);
            }
        }
        addViaApi(new String[]{"2003-04-01", "MENTORING", "Grant: Test fund", "1000.00"});
        addViaApi(new String[]{"2003-05-01", "PROGRAMME_MANAGEMENT", "Council core budget", "3000.00"});

        String json = mvc.perform(get("/api/costs").param("from", from.toString()).param("to", to.toString())
                        .with(demo.as("pm.morgan")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(json, "$.total")).doubleValue()).isEqualTo(4000.0);
        assertThat(((Number) JsonPath.read(json, "$.childrenStarted")).intValue()).isGreaterThanOrEqualTo(4);
        long started = ((Number) JsonPath.read(json, "$.childrenStarted")).longValue();
        assertThat(((Number) JsonPath.read(json, "$.costPerChild")).doubleValue())
                .isEqualTo(Math.round(400000.0 / started) / 100.0);
        assertThat(JsonPath.read(json, "$.byComponent[?(@.component == 'MENTORING')].costPerChild").toString())
                .isEqualTo("[500.0]");
        assertThat(JsonPath.read(json, "$.byComponent[?(@.component == 'MENTORING')].childrenTakingUp").toString())
                .isEqualTo("[2]");
        String fundingShare = JsonPath.read(json, "$.byFundingSource[?(@.fundingSource == 'Council core budget')].percent").toString();
        assertThat(fundingShare).isEqualTo("[75.0]");
    }

    @Test
    void onlyTheProgrammeManagerKeepsTheLedger() throws Exception {
        long before = demo.auditCount("tm.priya", "DENIED");
        mvc.perform(get("/programme/costs").with(demo.as("tm.priya"))).andExpect(status().isForbidden());
        mvc.perform(post("/programme/costs").with(csrf()).with(demo.as("tm.priya"))
                        .param("incurredOn", "2019-05-01").param("component", "MENTORING")
                        .param("fundingSource", "Grant").param("description", "x").param("amount", "1").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/costs").with(demo.as("tm.priya"))).andExpect(status().isForbidden());
        assertThat(demo.auditCount("tm.priya", "DENIED")).isEqualTo(before + 3);
        mvc.perform(get("/programme").with(demo.as("tm.priya")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/programme/costs"))));
    }

    private void addViaApi(String[] cost) throws Exception {
        String body = """
                {"incurredOn":"%s","component":"%s","fundingSource":"%s","description":"%s","amount":%s}"""
                .formatted(cost[0], cost[1], cost[2], unique(), cost[3]);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/costs")
                        .with(demo.as("pm.morgan")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }
}
