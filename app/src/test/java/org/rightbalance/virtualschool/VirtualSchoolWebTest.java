package org.rightbalance.virtualschool;

import org.junit.jupiter.api.Test;
import org.rightbalance.support.Demo;
import org.rightbalance.support.ServiceCases;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class VirtualSchoolWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    ServiceCases cases;
    @Autowired
    VirtualSchoolRepository records;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now();
    private final SchoolTerm lastTerm = SchoolTerm.containing(today).previous();

    private long caseWithConsent(String name) {
        long caseId = cases.northCase(name, today.minusMonths(6), 12);
        cases.consent(caseId, "VIRTUAL_SCHOOL", today.minusMonths(6));
        return caseId;
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder attendance(long caseId, String year, String term, String possible, String attended) {
        return post("/cases/" + caseId + "/virtual-school/attendance").with(demo.as("vs.harpreet")).with(csrf())
                .param("academicYear", year).param("term", term).param("sessionsPossible", possible)
                .param("sessionsAttended", attended).param("version", "0");
    }

    private String form(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void anOfficerRecordsATermsAttendanceAndSeesItsRateAgainstTheThreshold() throws Exception {
        long caseId = caseWithConsent("Attie");
        mvc.perform(attendance(caseId, lastTerm.academicYear(), lastTerm.term().name(), "120", "102"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + caseId + "/virtual-school"));
        String html = page("/cases/" + caseId + "/virtual-school", "vs.harpreet");
        assertThat(html).contains(lastTerm.label(), "85.0%", "Below 90%: persistent absence", "<svg",
                "<title id=\"attendance-chart-title\">Attendance rate by term</title>", "<caption class=\"govuk-table__caption govuk-table__caption--s\">Attendance by term</caption>");
        assertThat(page("/cases/" + caseId, "sw.amara")).contains("School attendance " + lastTerm.label() + ": 85.0%",
                "102 of 120 sessions; below the 90% threshold");
    }

    @Test
    void attendanceFormsNameEachProblemFieldAndKeepWhatWasTyped() throws Exception {
        long caseId = caseWithConsent("Formy");
        String blank = form(attendance(caseId, "", "", "", ""));
        assertThat(blank).contains("href=\"#academicYear\"", "Enter the academic year, for example 2025/26",
                "href=\"#term\"", "Select the term", "href=\"#sessionsPossible\"", "href=\"#sessionsAttended\"");
        String tooMany = form(attendance(caseId, lastTerm.academicYear(), lastTerm.term().name(), "100", "101"));
        assertThat(tooMany).contains("href=\"#sessionsAttended\"", "Sessions attended cannot be more than sessions possible (100)",
                "value=\"" + lastTerm.academicYear() + "\"", "value=\"101\"");
        String badYear = form(attendance(caseId, "2025/27", "AUTUMN", "100", "95"));
        assertThat(badYear).contains("href=\"#academicYear\"", "two years that follow each other", "value=\"2025/27\"");
        String future = form(attendance(caseId, SchoolTerm.academicYearLabel(today.getYear() + 2), "SUMMER", "100", "95"));
        assertThat(future).contains("href=\"#academicYear\"", "term has not started yet");
        String notNumber = form(attendance(caseId, lastTerm.academicYear(), "AUTUMN", "lots", "95"));
        assertThat(notNumber).contains("href=\"#sessionsPossible\"", "Enter a whole number", "value=\"lots\"");
        assertThat(records.attendance(caseId)).isEmpty();
    }

    @Test
    void aTermCanBeRecordedOnlyOnce() throws Exception {
        long caseId = caseWithConsent("Twice");
        mvc.perform(attendance(caseId, lastTerm.academicYear(), lastTerm.term().name(), "100", "95")).andExpect(status().is3xxRedirection());
        String again = form(attendance(caseId, lastTerm.academicYear(), lastTerm.term().name(), "100", "90"));
        assertThat(again).contains("href=\"#term\"", "Attendance for " + lastTerm.label() + " is already recorded");
    }

    @Test
    void twoPeopleCorrectingTheSameAttendanceGetAConflictAndKeepTheirEntry() throws Exception {
        long caseId = caseWithConsent("Corry");
        long id = records.addAttendance(caseId, lastTerm, 100, 80, cases.id("vs.harpreet"));
        String path = "/cases/" + caseId + "/virtual-school/attendance/" + id;
        assertThat(page(path, "vs.harpreet")).contains("value=\"80\"", "Correct a term&#39;s attendance");
        mvc.perform(post(path).with(demo.as("vs.harpreet")).with(csrf()).param("academicYear", lastTerm.academicYear())
                        .param("term", lastTerm.term().name()).param("sessionsPossible", "100").param("sessionsAttended", "88")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String conflict = form(post(path).with(demo.as("sw.amara")).with(csrf()).param("academicYear", lastTerm.academicYear())
                .param("term", lastTerm.term().name()).param("sessionsPossible", "100").param("sessionsAttended", "77")
                .param("version", "0"));
        assertThat(conflict).contains("There is a problem", "The attendance record was changed by someone else", "value=\"77\"");
        assertThat(records.findAttendance(caseId, id).orElseThrow().sessionsAttended()).isEqualTo(88);
        mvc.perform(put("/api/cases/" + caseId + "/virtual-school/attendance/" + id).with(demo.as("vs.harpreet")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"academicYear\":\"" + lastTerm.academicYear() + "\",\"term\":\"" + lastTerm.term()
                                + "\",\"sessionsPossible\":100,\"sessionsAttended\":70,\"version\":0}"))
                .andExpect(status().isConflict());
    }

    @Test
    void attainmentIsRecordedForEnglishAndMathsAtATimePoint() throws Exception {
        long caseId = caseWithConsent("Atta");
        String blank = form(post("/cases/" + caseId + "/virtual-school/attainment").with(demo.as("vs.harpreet")).with(csrf()));
        assertThat(blank).contains("href=\"#timePoint\"", "href=\"#assessedOn\"", "href=\"#english\"",
                "Select the child&#39;s attainment in English", "href=\"#maths\"");
        String future = form(post("/cases/" + caseId + "/virtual-school/attainment").with(demo.as("vs.harpreet")).with(csrf())
                .param("timePoint", "End of programme").param("assessedOn", today.plusDays(3).toString())
                .param("english", "BELOW").param("maths", "EXPECTED"));
        assertThat(future).contains("href=\"#assessedOn\"", "must be today or in the past", "value=\"End of programme\"");
        mvc.perform(post("/cases/" + caseId + "/virtual-school/attainment").with(demo.as("vs.harpreet")).with(csrf())
                        .param("timePoint", "Baseline").param("assessedOn", today.minusMonths(5).toString())
                        .param("english", "EXPECTED").param("maths", "BELOW"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/cases/" + caseId + "/virtual-school", "sw.amara")).contains("Baseline", "At or above expected", "Below expected");
        assertThat(page("/cases/" + caseId, "sw.amara")).contains("Attainment: Baseline", "English at or above expected; Maths below expected");
    }

    @Test
    void withoutConsentNothingNewIsRecorded() throws Exception {
        long caseId = cases.northCase("Nocons", today.minusMonths(6), 12);
        assertThat(page("/cases/" + caseId + "/virtual-school", "vs.harpreet")).contains("has not consented to Virtual School")
                .doesNotContain("Record a term&#39;s attendance");
        String refused = form(attendance(caseId, lastTerm.academicYear(), lastTerm.term().name(), "100", "95"));
        assertThat(refused).contains("href=\"#academicYear\"", "The family has not consented to virtual school education support");
        assertThat(records.attendance(caseId)).isEmpty();
    }

    @Test
    void peopleWithNoNeedToKnowGetNotFoundAndTheAttemptIsAudited() throws Exception {
        long rivera = demo.caseOf("rivera");
        long samBefore = demo.auditCount("mentor.sam", "DENIED");
        mvc.perform(get("/cases/" + rivera + "/virtual-school").with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + rivera + "/virtual-school").with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("mentor.sam", "DENIED")).isEqualTo(samBefore + 2);
        long leeBefore = demo.auditCount("fgc.lee", "DENIED");
        mvc.perform(post("/cases/" + rivera + "/virtual-school/attendance").with(demo.as("fgc.lee")).with(csrf())
                        .param("academicYear", "2024/25").param("term", "AUTUMN").param("sessionsPossible", "100")
                        .param("sessionsAttended", "99"))
                .andExpect(status().isNotFound());
        assertThat(demo.auditCount("fgc.lee", "DENIED")).isEqualTo(leeBefore + 1);
    }

    @Test
    void theApiRecordsAndReadsAttendanceAndAttainment() throws Exception {
        long caseId = caseWithConsent("Apis");
        mvc.perform(post("/api/cases/" + caseId + "/virtual-school/attendance").with(demo.as("vs.harpreet")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"academicYear\":\"" + lastTerm.academicYear() + "\",\"term\":\"" + lastTerm.term()
                                + "\",\"sessionsPossible\":200,\"sessionsAttended\":186}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.sessionsAttended").value(186));
        mvc.perform(post("/api/cases/" + caseId + "/virtual-school/attendance").with(demo.as("vs.harpreet")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"academicYear\":\"x\",\"term\":\"WINTER\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/cases/" + caseId + "/virtual-school/attainment").with(demo.as("vs.harpreet")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"timePoint\":\"Baseline\",\"assessedOn\":\"" + today.minusMonths(2) + "\",\"english\":\"BELOW\",\"maths\":\"BELOW\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.english").value("BELOW"));
        mvc.perform(get("/api/cases/" + caseId + "/virtual-school").with(demo.as("sw.amara")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.attendance[0].sessionsPossible").value(200))
                .andExpect(jsonPath("$.attainment[0].timePoint").value("Baseline"));
    }

    @Test
    void theCohortTablesAreFullForTheOfficersOwnCasesAndSuppressedForManagers() throws Exception {
        // Three cases opened in March 2011 (a range no other test uses), two of them of programme age.
        LocalDate opened = LocalDate.of(2011, 3, 10);
        long vs = cases.id("vs.harpreet");
        long a = cases.northCase("Cohorta", opened, 11);
        long b = cases.northCase("Cohortb", opened, 12);
        long c = cases.northCase("Cohortc", opened, 15);
        records.addAttendance(a, new SchoolTerm(2010, Term.AUTUMN), 100, 80, vs);
        records.addAttendance(a, new SchoolTerm(2011, Term.AUTUMN), 100, 95, vs);
        records.addAttendance(b, new SchoolTerm(2010, Term.SPRING), 100, 85, vs);
        records.addAttendance(b, new SchoolTerm(2010, Term.SUMMER), 100, 88, vs);
        records.addAttendance(c, new SchoolTerm(2010, Term.SPRING), 100, 99, vs);
        records.addAttendance(c, new SchoolTerm(2011, Term.SPRING), 100, 91, vs);
        records.addAttainment(a, opened, "Baseline", Attainment.BELOW, Attainment.BELOW, vs);
        records.addAttainment(a, opened.plusMonths(9), "End of programme", Attainment.EXPECTED, Attainment.BELOW, vs);

        mvc.perform(get("/api/virtual-school/tables").param("from", "2011-03-01").param("to", "2011-03-31").with(demo.as("vs.harpreet")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cases").value(3))
                .andExpect(jsonPath("$.suppressed").value(false))
                .andExpect(jsonPath("$.attendance.rows[0].all.count").value(1))
                .andExpect(jsonPath("$.attendance.rows[1].all.count").value(1))
                .andExpect(jsonPath("$.attendance.rows[3].all.count").value(1))
                .andExpect(jsonPath("$.attendance.rows[3].rbffAge.count").value(0))
                .andExpect(jsonPath("$.attendance.total.count").value(3))
                .andExpect(jsonPath("$.attendance.totalRbffAge.count").value(2))
                .andExpect(jsonPath("$.english.rows[1].all.count").value(1))
                .andExpect(jsonPath("$.maths.rows[0].all.percent").value("100.0%"));
        String officer = page("/virtual-school/tables?from=2011-03-01&to=2011-03-31", "vs.harpreet");
        assertThat(officer).contains("Table 19: Attendance", "Table 20: English attainment", "Table 21: Maths attainment",
                "Cases opened from 2011-03-01 to 2011-03-31", "3 cases in the cohort", "1 (33.3%)")
                .doesNotContain("&lt;10");

        mvc.perform(get("/api/virtual-school/tables").param("from", "2011-03-01").param("to", "2011-03-31").with(demo.as("pm.morgan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.attendance.rows[0].all.shown").value("<10"))
                .andExpect(jsonPath("$.attendance.rows[0].all.count").doesNotExist())
                .andExpect(jsonPath("$.attendance.total.shown").value("<10"));
        assertThat(page("/virtual-school/tables?from=2011-03-01&to=2011-03-31", "tm.priya")).contains("3 cases in the cohort", "&lt;10");
        assertThat(page("/virtual-school/tables?from=2011-03-01&to=2011-03-31", "tm.owen")).contains("0 cases in the cohort");
    }

    @Test
    void theTablesPageRefusesOtherRolesAndChecksTheDateRange() throws Exception {
        long before = demo.auditCount("sw.amara", "DENIED");
        mvc.perform(get("/virtual-school/tables").with(demo.as("sw.amara"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/virtual-school/tables").with(demo.as("mentor.sam"))).andExpect(status().isForbidden());
        assertThat(demo.auditCount("sw.amara", "DENIED")).isEqualTo(before + 1);
        String backwards = page("/virtual-school/tables?from=2026-05-01&to=2026-01-01", "pm.morgan");
        assertThat(backwards).contains("href=\"#to\"", "The end of the date range must be on or after its start", "value=\"2026-05-01\"");
        assertThat(page("/", "vs.harpreet")).contains("href=\"/virtual-school/tables\"");
        assertThat(page("/", "mentor.sam")).doesNotContain("href=\"/virtual-school/tables\"");
    }

    @Test
    void theDemoCaseRiveraShowsAttendanceRisingAcrossThreeTerms() throws Exception {
        String html = page("/cases/" + demo.caseOf("rivera") + "/virtual-school", "vs.harpreet");
        assertThat(html).contains("84.3%", "88.3%", "93.3%", "Baseline");
    }
}
