package org.rightbalance.programme;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class ProgrammePageWebTest {

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

    CaseRecords records;
    LocalDate today;

    @BeforeEach
    void setUp() {
        records = new CaseRecords(jdbc, children, cases, staff);
        today = LocalDate.now();
    }

    @Test
    void theProgrammeManagerSeesCaseloadsStagesAndOutcomes() throws Exception {
        mvc.perform(get("/programme").with(demo.as("pm.morgan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The whole programme")))
                .andExpect(content().string(containsString("Cost per child")))
                .andExpect(content().string(containsString("Open cases per allocated social worker")))
                .andExpect(content().string(containsString("Amara Okafor")))
                .andExpect(content().string(containsString("Programme cases at each stage")))
                .andExpect(content().string(containsString("Re-referred within a year")))
                .andExpect(content().string(containsString("Days on a Child in Need plan")));
    }

    @Test
    void caseloadsAreShownExactlyBecauseTheyDescribeStaffNotChildren() throws Exception {
        // A social worker of its own with two open cases, so other tests' cases cannot change the count.
        String username = "sw.caseload." + System.nanoTime();
        long worker = staff.add(username, "Caseload Test " + username, org.rightbalance.staff.Role.SOCIAL_WORKER,
                java.util.Optional.of(staff.findTeam("North").orElseThrow()), null);
        for (int i = 0; i < 2; i++) {
            long family = children.addFamily("Caseload", null, null);
            long child = children.addChild(username + "-" + i, "Test", "Caseload", LocalDate.of(2014, 1, 1),
                    org.rightbalance.child.Sex.U, null, family);
            long caseId = cases.open(child, staff.findTeam("North").orElseThrow(), LocalDate.of(2026, 1, 5));
            cases.assign(caseId, worker, org.rightbalance.access.Responsibility.SOCIAL_WORKER, LocalDate.of(2026, 1, 5));
        }
        String json = mvc.perform(get("/api/programme").with(demo.as("pm.morgan")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String shown = JsonPath.<net.minidev.json.JSONArray>read(json,
                "$.socialWorkers[?(@.staffName == 'Caseload Test " + username + "')].openCases.text").get(0).toString();
        assertThat(shown).isEqualTo("2");
    }

    @Test
    void rolesWithoutTheProgrammePageAreRefusedAndTheAttemptIsAudited() throws Exception {
        long before = demo.auditCount("sw.amara", "DENIED");
        mvc.perform(get("/programme").with(demo.as("sw.amara"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/programme").with(demo.as("sw.amara"))).andExpect(status().isForbidden());
        mvc.perform(get("/programme").with(demo.as("eval.alex"))).andExpect(status().isForbidden());
        assertThat(demo.auditCount("sw.amara", "DENIED")).isEqualTo(before + 2);
    }

    /**
     * Twelve children whose follow-up year has elapsed: 3 re-referred within the year (one more on day
     * 366, which does not count), 3 escalated (a CP plan, a CP plan, a period of care; a CP plan starting
     * on the key date does not count); ten ended CIN plans of known length, one open; two children
     * still in their year; one child with no referral.
     */
    @Test
    void aTeamManagerSeesTheirTeamsOutcomesComputedAsTheEvaluationDefinesThem() throws Exception {
        String manager = records.teamManager();
        LocalDate key = today.minusYears(2);
        int[] planDays = {30, 60, 90, 120, 150, 180, 210, 240, 270, 300};
        for (int i = 0; i < 12; i++) {
            long child = records.child("c" + i);
            records.referral(child, key.minusYears(1)); // an earlier referral: not the key one
            long referral = records.referral(child, key);
            records.startedCase(child, key.plusDays(10));
            if (i < 3) {
                records.referral(child, key.plusDays(100 + i));
            }
            if (i == 3) {
                records.referral(child, key.plusDays(366));
            }
            if (i == 4 || i == 5) {
                records.cpPlan(child, referral, key.plusDays(200));
            }
            if (i == 6) {
                records.care(child, key.plusDays(365));
            }
            if (i == 7) {
                records.cpPlan(child, referral, key);
            }
            if (i < 10) {
                records.cinPlan(child, referral, key.plusDays(5), key.plusDays(5 + planDays[i]));
            } else if (i == 10) {
                records.cinPlan(child, referral, key.plusDays(5), null);
            }
        }
        for (int i = 0; i < 2; i++) {
            long child = records.child("recent" + i);
            records.referral(child, today.minusDays(30));
            records.startedCase(child, today.minusDays(20));
        }
        records.startedCase(records.child("none"), today.minusDays(50));

        String json = mvc.perform(get("/api/programme").with(demo.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(JsonPath.<String>read(json, "$.scope")).isEqualTo("Team Test team " + records.prefix);
        assertThat(JsonPath.<String>read(json, "$.outcomes.children.text")).isEqualTo("15");
        assertThat(JsonPath.<String>read(json, "$.outcomes.withoutReferral.text")).isEqualTo("<10");
        assertThat(JsonPath.<String>read(json, "$.outcomes.inFollowUp.text")).isEqualTo("<10");
        assertThat(JsonPath.<String>read(json, "$.outcomes.rereferral.counted.text")).isEqualTo("12");
        assertThat(JsonPath.<String>read(json, "$.outcomes.rereferral.events.text")).isEqualTo("<10");
        Intervals.Estimate rereferral = Intervals.wilson(3, 12, 0.95);
        assertThat(number(json, "$.outcomes.rereferral.interval.estimate")).isCloseTo(0.25, within(1e-12));
        assertThat(number(json, "$.outcomes.rereferral.interval.low")).isCloseTo(rereferral.low(), within(1e-12));
        assertThat(number(json, "$.outcomes.rereferral.interval.high")).isCloseTo(rereferral.high(), within(1e-12));
        assertThat(number(json, "$.outcomes.escalation.interval.estimate")).isCloseTo(0.25, within(1e-12));

        double[] days = new double[planDays.length];
        for (int i = 0; i < days.length; i++) {
            days[i] = planDays[i];
        }
        Intervals.Estimate mean = Intervals.mean(days, 0.95);
        assertThat(JsonPath.<String>read(json, "$.outcomes.cinPlanDays.counted.text")).isEqualTo("10");
        assertThat(JsonPath.<String>read(json, "$.outcomes.cinPlanDays.open.text")).isEqualTo("<10");
        assertThat(number(json, "$.outcomes.cinPlanDays.interval.estimate")).isCloseTo(165.0, within(1e-9));
        assertThat(number(json, "$.outcomes.cinPlanDays.interval.low")).isCloseTo(mean.low(), within(1e-9));

        mvc.perform(get("/programme").with(demo.as(manager)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("25.0%")))
                .andExpect(content().string(containsString("<title id=\"outcome-chart-title\">")));
    }

    @Test
    void aTeamManagerDoesNotSeeAnotherTeamsChildren() throws Exception {
        String manager = records.teamManager();
        CaseRecords other = new CaseRecords(jdbc, children, cases, staff);
        for (int i = 0; i < 10; i++) {
            other.startedCase(other.child("o" + i), today.minusDays(5));
        }
        String json = mvc.perform(get("/api/programme").with(demo.as(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.outcomes.children.text")).isEqualTo("0");
    }

    private static double number(String json, String path) {
        return ((Number) JsonPath.read(json, path)).doubleValue();
    }
}
