package org.rightbalance.mentoring;

import org.junit.jupiter.api.Test;
import org.rightbalance.casework.Alert;
import org.rightbalance.support.Demo;
import org.rightbalance.support.ServiceCases;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class MentoringWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    ServiceCases cases;
    @Autowired
    MentoringSignals signals;
    @Autowired
    JdbcClient jdbc;

    private final LocalDate today = LocalDate.now();

    private long caseWithConsent(String name) {
        long caseId = cases.northCase(name, today.minusMonths(3), 12);
        cases.consent(caseId, "MENTORING", today.minusMonths(3));
        // A mentor who started a week ago: no alert for a gap in sessions yet.
        jdbc.sql("update case_assignment set since = ? where case_id = ? and responsibility = 'MENTOR'")
                .params(today.minusDays(7), caseId).update();
        return caseId;
    }

    private String page(String path, String user) throws Exception {
        return mvc.perform(get(path).with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long plan(long caseId, LocalDate date, String place) throws Exception {
        mvc.perform(post("/cases/" + caseId + "/mentoring/sessions").with(demo.as("mentor.sam")).with(csrf())
                        .param("date", date.toString()).param("time", "16:30").param("durationMinutes", "90")
                        .param("place", place))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/cases/" + caseId + "/mentoring"));
        return jdbc.sql("select max(id) from mentoring_session where case_id = ?").param(caseId).query(Long.class).single();
    }

    private void miss(long caseId, long sessionId, String reason) throws Exception {
        mvc.perform(post("/cases/" + caseId + "/mentoring/sessions/" + sessionId).with(demo.as("mentor.sam")).with(csrf())
                        .param("outcome", "MISSED").param("missedBy", "MENTOR").param("reason", reason).param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aMentorPlansASessionThatShowsOnTheCaseAndAsDueOnTheirHomePage() throws Exception {
        long caseId = caseWithConsent("Plana");
        plan(caseId, today.plusDays(2), "Climbing wall with Plana");
        assertThat(page("/cases/" + caseId + "/mentoring", "mentor.sam"))
                .contains("Climbing wall with Plana", "16:30 (90 min)", "Planned", "Record outcome");
        assertThat(page("/", "mentor.sam")).contains("Plana Testfamily: mentoring session with Sam Clarke at 16:30, Climbing wall with Plana");
    }

    @Test
    void planningWithMissingOrMalformedFieldsNamesEachFieldAndKeepsWhatWasTyped() throws Exception {
        long caseId = caseWithConsent("Errata");
        String html = mvc.perform(post("/cases/" + caseId + "/mentoring/sessions").with(demo.as("mentor.sam")).with(csrf())
                        .param("date", "").param("time", "25:99").param("durationMinutes", "5")
                        .param("place", "Skate park by the river"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem", "href=\"#date\"", "Enter the date of the session",
                "href=\"#time\"", "Enter the start time as hours and minutes", "href=\"#durationMinutes\"",
                "A session must last at least 15 minutes", "value=\"Skate park by the river\"", "value=\"25:99\"");
        String blankPlace = mvc.perform(post("/cases/" + caseId + "/mentoring/sessions").with(demo.as("mentor.sam")).with(csrf())
                        .param("date", today.plusDays(1).toString()).param("time", "10:00").param("durationMinutes", "60")
                        .param("place", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(blankPlace).contains("href=\"#place\"", "Enter where the session is, or what you will do",
                "value=\"" + today.plusDays(1) + "\"");
        assertThat(jdbc.sql("select count(*) from mentoring_session where case_id = ?").param(caseId).query(Long.class).single())
                .isZero();
    }

    @Test
    void noSessionCanBePlannedWithoutConsentOrAfterItIsWithdrawn() throws Exception {
        long caseId = cases.northCase("Nocon", today.minusMonths(3), 12);
        String noConsent = mvc.perform(post("/cases/" + caseId + "/mentoring/sessions").with(demo.as("mentor.sam")).with(csrf())
                        .param("date", today.plusDays(1).toString()).param("time", "10:00").param("durationMinutes", "60")
                        .param("place", "Library"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noConsent).contains("href=\"#date\"", "The family has not consented to mentoring", "value=\"Library\"");

        cases.consent(caseId, "MENTORING", today.minusMonths(2));
        plan(caseId, today.plusDays(1), "Library");
        assertThat(signals.dueItems(List.of(caseId), today.plusDays(14))).hasSize(1);
        cases.withdraw(caseId, "MENTORING", today);
        assertThat(page("/cases/" + caseId + "/mentoring", "mentor.sam")).contains("no new sessions can be planned");
        assertThat(signals.dueItems(List.of(caseId), today.plusDays(14))).isEmpty();
        mvc.perform(post("/api/cases/" + caseId + "/mentoring/sessions").with(demo.as("mentor.sam")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + today.plusDays(3) + "\",\"time\":\"10:00\",\"durationMinutes\":60,\"place\":\"Park\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("has not consented")));
    }

    @Test
    void aHeldSessionNeedsANoteAndAMissedOneWhoAndWhy() throws Exception {
        long caseId = caseWithConsent("Outco");
        long sessionId = plan(caseId, today.minusDays(1), "Cafe");
        String path = "/cases/" + caseId + "/mentoring/sessions/" + sessionId;
        String noOutcome = mvc.perform(post(path).with(demo.as("mentor.sam")).with(csrf()).param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noOutcome).contains("href=\"#outcome\"", "Select whether the session was held or missed");
        String noNote = mvc.perform(post(path).with(demo.as("mentor.sam")).with(csrf()).param("outcome", "HELD")
                        .param("note", "").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noNote).contains("href=\"#note\"", "Enter a short note of what you did in the session");
        String noWho = mvc.perform(post(path).with(demo.as("mentor.sam")).with(csrf()).param("outcome", "MISSED")
                        .param("reason", "Bus strike").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noWho).contains("href=\"#missedBy\"", "Select who missed the session", "Bus strike");
        String noWhy = mvc.perform(post(path).with(demo.as("mentor.sam")).with(csrf()).param("outcome", "MISSED")
                        .param("missedBy", "FAMILY").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noWhy).contains("href=\"#reason\"", "Enter why the session was missed");

        mvc.perform(post(path).with(demo.as("mentor.sam")).with(csrf()).param("outcome", "HELD")
                        .param("note", "Played table tennis, talked about maths homework").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/cases/" + caseId + "/mentoring", "sw.amara")).contains("Played table tennis, talked about maths homework", "1 held");
        assertThat(page(path, "mentor.sam")).contains("What was done", "Played table tennis").doesNotContain("Save outcome");
        assertThat(page("/cases/" + caseId, "sw.amara")).contains("Mentoring session held with Sam Clarke");
    }

    @Test
    void aFutureSessionCannotBeRecordedAsHeld() throws Exception {
        long caseId = caseWithConsent("Futur");
        long sessionId = plan(caseId, today.plusDays(5), "Park");
        String html = mvc.perform(post("/cases/" + caseId + "/mentoring/sessions/" + sessionId).with(demo.as("mentor.sam"))
                        .with(csrf()).param("outcome", "HELD").param("note", "Too early").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"#outcome\"", "you can record whether it was held once that day has come", "Too early");
    }

    @Test
    void aMissedSessionAlertsTheSocialWorkerAndTwoInARowRaiseAnUrgentAlert() throws Exception {
        long caseId = caseWithConsent("Missy");
        long first = plan(caseId, today.minusDays(8), "Youth centre");
        miss(caseId, first, "Mentor was ill");
        assertThat(page("/", "sw.amara")).contains("Missy Testfamily: mentoring session on " + today.minusDays(8)
                + " missed (mentor cancelled): Mentor was ill");

        long second = plan(caseId, today.minusDays(1), "Youth centre");
        miss(caseId, second, "Mentor's car broke down");
        List<Alert> alerts = signals.alerts(List.of(caseId));
        assertThat(alerts).extracting(Alert::message)
                .containsExactly("Missy Testfamily: urgent, 2 mentoring sessions missed in a row, the latest on "
                        + today.minusDays(1) + " (mentor cancelled). Speak to the mentor and the family.");
        assertThat(page("/", "sw.amara")).contains("Missy Testfamily: urgent, 2 mentoring sessions missed in a row");
        assertThat(page("/cases/" + caseId, "sw.amara")).contains("Mentoring session missed: mentor cancelled", "Mentor&#39;s car broke down");
    }

    @Test
    void aHeldSessionAfterAMissedOneClearsTheMissedAlert() throws Exception {
        long caseId = caseWithConsent("Recov");
        miss(caseId, plan(caseId, today.minusDays(6), "Park"), "Rain");
        assertThat(signals.alerts(List.of(caseId))).hasSize(1);
        long held = plan(caseId, today.minusDays(2), "Cafe");
        mvc.perform(post("/cases/" + caseId + "/mentoring/sessions/" + held).with(demo.as("mentor.sam")).with(csrf())
                .param("outcome", "HELD").param("note", "Caught up").param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(signals.alerts(List.of(caseId))).isEmpty();
    }

    @Test
    void noSessionHeldForThreeWeeksOnAnOpenMentoringCaseRaisesAnUrgentAlert() throws Exception {
        long quiet = caseWithConsent("Quiet");
        jdbc.sql("update case_assignment set since = ? where case_id = ? and responsibility = 'MENTOR'")
                .params(today.minusDays(30), quiet).update();
        assertThat(signals.alerts(List.of(quiet))).extracting(Alert::message).singleElement().asString()
                .contains("Quiet Testfamily: urgent, no mentoring session held for 30 days (mentor Sam Clarke)");

        long recent = caseWithConsent("Recent");
        jdbc.sql("update case_assignment set since = ? where case_id = ? and responsibility = 'MENTOR'")
                .params(today.minusDays(20), recent).update();
        assertThat(signals.alerts(List.of(recent))).isEmpty();
    }

    @Test
    void twoPeopleRecordingTheSameSessionGetAConflictAndTheSecondKeepsTheirEntry() throws Exception {
        long caseId = caseWithConsent("Clash");
        long sessionId = plan(caseId, today.minusDays(1), "Museum");
        String path = "/cases/" + caseId + "/mentoring/sessions/" + sessionId;
        mvc.perform(post(path).with(demo.as("mentor.sam")).with(csrf()).param("outcome", "HELD")
                .param("note", "Went to the museum").param("version", "0")).andExpect(status().is3xxRedirection());
        String html = mvc.perform(post(path).with(demo.as("sw.amara")).with(csrf()).param("outcome", "MISSED")
                        .param("missedBy", "YOUNG_PERSON").param("reason", "Heard he was not there").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("There is a problem", "was changed by someone else after you opened it",
                "Heard he was not there");
        assertThat(jdbc.sql("select status from mentoring_session where id = ?").param(sessionId).query(String.class).single())
                .isEqualTo("HELD");
        mvc.perform(post("/api/cases/" + caseId + "/mentoring/sessions/" + sessionId + "/outcome").with(demo.as("sw.amara"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"MISSED\",\"missedBy\":\"FAMILY\",\"reason\":\"x\",\"version\":0}"))
                .andExpect(status().isConflict());
    }

    @Test
    void peopleWithNoNeedToKnowGetNotFoundAndTheAttemptIsAudited() throws Exception {
        long rivera = demo.caseOf("rivera");
        long benBefore = demo.auditCount("sw.ben", "DENIED");
        mvc.perform(get("/cases/" + rivera + "/mentoring").with(demo.as("sw.ben"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + rivera + "/mentoring").with(demo.as("sw.ben"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("sw.ben", "DENIED")).isEqualTo(benBefore + 2);

        long vsBefore = demo.auditCount("vs.harpreet", "DENIED");
        mvc.perform(get("/cases/" + rivera + "/mentoring").with(demo.as("vs.harpreet"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("vs.harpreet", "DENIED")).isEqualTo(vsBefore + 1);

        long joBefore = demo.auditCount("mentor.jo", "DENIED");
        mvc.perform(post("/cases/" + rivera + "/mentoring/sessions").with(demo.as("mentor.jo")).with(csrf())
                        .param("date", today.plusDays(1).toString()).param("time", "10:00").param("durationMinutes", "60")
                        .param("place", "Not my mentee"))
                .andExpect(status().isNotFound());
        assertThat(demo.auditCount("mentor.jo", "DENIED")).isEqualTo(joBefore + 1);
    }

    @Test
    void theApiPlansListsAndRecordsSessions() throws Exception {
        long caseId = caseWithConsent("Apia");
        String created = mvc.perform(post("/api/cases/" + caseId + "/mentoring/sessions").with(demo.as("mentor.sam")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + today.minusDays(1) + "\",\"time\":\"9:15\",\"durationMinutes\":45,\"place\":\"Bowling\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.place").value("Bowling"))
                .andReturn().getResponse().getContentAsString();
        long sessionId = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(post("/api/cases/" + caseId + "/mentoring/sessions").with(demo.as("mentor.sam")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"time\":\"9:15\",\"durationMinutes\":45}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/cases/" + caseId + "/mentoring/sessions/" + sessionId + "/outcome").with(demo.as("mentor.sam"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"outcome\":\"HELD\",\"note\":\"Bowling and a chat\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("HELD")).andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/cases/" + caseId + "/mentoring").with(demo.as("sw.amara")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sessions[0].note").value("Bowling and a chat"))
                .andExpect(jsonPath("$.consentGiven").value(true));
    }

    @Test
    void aMentorSeesTheirOwnCaseloadAndManagersSeeTheMentorsOfChildrenTheyMaySee() throws Exception {
        String sam = page("/mentoring/caseload", "mentor.sam");
        assertThat(sam).contains("Caseload by mentor", "Sam Clarke", "Kai Rivera", "Rafi Begum").doesNotContain("Jo Evans", "Ama Osei");
        assertThat(page("/mentoring/caseload", "pm.morgan")).contains("Sam Clarke", "Jo Evans", "Kai Rivera", "Ama Osei", "Rafi Begum");
        assertThat(page("/mentoring/caseload", "tm.owen")).contains("Sam Clarke", "Rafi Begum").doesNotContain("Kai Rivera", "Ama Osei");
        assertThat(page("/", "mentor.sam")).contains("href=\"/mentoring/caseload\"");
        assertThat(page("/", "sw.amara")).doesNotContain("href=\"/mentoring/caseload\"");

        long before = demo.auditCount("sw.amara", "DENIED");
        mvc.perform(get("/mentoring/caseload").with(demo.as("sw.amara"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/mentoring/caseload").with(demo.as("eval.alex"))).andExpect(status().isForbidden());
        assertThat(demo.auditCount("sw.amara", "DENIED")).isEqualTo(before + 1);
    }

    @Test
    void theCaseloadCountsTheLastFourWeeks() throws Exception {
        long caseId = caseWithConsent("Countme");
        long held = plan(caseId, today.minusDays(3), "Cinema");
        mvc.perform(post("/cases/" + caseId + "/mentoring/sessions/" + held).with(demo.as("mentor.sam")).with(csrf())
                .param("outcome", "HELD").param("note", "Film").param("version", "0")).andExpect(status().is3xxRedirection());
        plan(caseId, today.minusDays(40), "Too long ago");
        mvc.perform(get("/api/mentoring/caseload").with(demo.as("mentor.sam")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mentors.length()").value(1))
                .andExpect(jsonPath("$.mentors[0].mentorName").value("Sam Clarke"))
                .andExpect(jsonPath("$.mentors[0].children[?(@.caseId == " + caseId + ")].lastHeld").value(today.minusDays(3).toString()))
                .andExpect(jsonPath("$.mentors[0].children[?(@.caseId == " + caseId + ")].missedInWindow").value(0));
    }

    @Test
    void scriptAndSqlInTextFieldsAreStoredAsTextAndShownInert() throws Exception {
        long caseId = caseWithConsent("Inject");
        plan(caseId, today.plusDays(1), "<script>alert('x')</script>'; drop table mentoring_session; --");
        String html = page("/cases/" + caseId + "/mentoring", "mentor.sam");
        assertThat(html).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&#39;; drop table mentoring_session; --");
        assertThat(jdbc.sql("select count(*) from mentoring_session where case_id = ?").param(caseId).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        String api = page("/v3/api-docs", "sw.amara");
        assertThat(api).contains("/api/cases/{caseId}/mentoring/sessions", "/api/mentoring/caseload",
                "/api/cases/{caseId}/virtual-school/attendance", "/api/virtual-school/tables", "\"Mentoring\"", "\"Virtual School\"");
    }

    @Test
    void theDemoCaseRiveraHasADozenSessionsWithOneMissedRecently() throws Exception {
        long rivera = demo.caseOf("rivera");
        String html = page("/cases/" + rivera + "/mentoring", "mentor.sam");
        assertThat(html).contains("11 held, 1 missed");
        assertThat(page("/", "sw.amara")).contains("Kai Rivera: mentoring session on " + today.minusDays(5) + " missed");
    }
}
