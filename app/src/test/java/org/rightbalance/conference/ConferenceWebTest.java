package org.rightbalance.conference;

import org.junit.jupiter.api.Test;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.consent.Component;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class ConferenceWebTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseRepository cases;
    @Autowired
    StaffRepository staff;

    @Autowired
    FreshCases fresh;

    @Test
    void theCoordinatorRecordsTheConferenceTheFamilysGoalsAndAReviewShownAsAProgressChartAndTable() throws Exception {
        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.FAMILY_GROUP_CONFERENCE);
        long id = c.caseId();
        submit("fgc.lee", id, "/details", "heldOn", TODAY.minusDays(20).toString(), "venue", "Family's kitchen (test)",
                "privateTimeHeld", "true", "privateTimeMinutes", "45", "nextReviewDue", "", "version", "")
                .andExpect(redirectedUrl("/cases/" + id + "/conference"));
        submit("fgc.lee", id, "/invitees", "networkMemberId", String.valueOf(c.relativeId()), "name", "",
                "relationship", "", "attended", "true").andExpect(status().is3xxRedirection());
        submit("fgc.lee", id, "/invitees", "networkMemberId", "", "name", "Coach Cal (test)", "relationship", "Football coach",
                "attended", "false").andExpect(status().is3xxRedirection());
        submit("fgc.lee", id, "/goals", "wording", "We walk to school together (test)", "score", "3", "reason", "")
                .andExpect(status().is3xxRedirection());
        submit("fgc.lee", id, "/goals", "wording", "We play a board game on Fridays (test)", "score", "2", "reason", "")
                .andExpect(status().is3xxRedirection());
        List<Long> goals = goalIds(id);
        submit("fgc.lee", id, "/goals/" + goals.get(0) + "/actions", "who", "Mum", "what", "set an alarm for 7am",
                "byWhen", TODAY.plusDays(7).toString(), "reason", "", "version", "0").andExpect(status().is3xxRedirection());
        cases.moveTo(id, org.rightbalance.casework.Stage.CONFERENCING, cases.findById(id).orElseThrow().version());
        submit("fgc.lee", id, "/agree", "agreedOn", TODAY.minusDays(20).toString(), "version", String.valueOf(conferenceVersion(id)))
                .andExpect(status().is3xxRedirection());
        assertThat(cases.findById(id).orElseThrow().stage()).as("the agreed plan moves the case on to direct support")
                .isEqualTo(org.rightbalance.casework.Stage.SUPPORTING);
        submit("fgc.lee", id, "/reviews", "heldOn", TODAY.minusDays(1).toString(), "scores[" + goals.get(0) + "]", "6",
                "scores[" + goals.get(1) + "]", "5", "nextReviewDue", TODAY.plusDays(5).toString(),
                "version", String.valueOf(conferenceVersion(id))).andExpect(status().is3xxRedirection());

        String page = page("fgc.lee", "/cases/" + id + "/conference");
        assertThat(page).contains("Lee Walker", "Family&#39;s kitchen (test)", "Held, 45 minutes", "Aunt Tess (test)",
                "Coach Cal (test)", "We walk to school together (test)", "Mum will set an alarm for 7am by",
                "<svg", "<title id=\"chart-title-" + goals.get(0), "<desc", "polyline",
                "Scores from 1 to 10, at the conference and each review", "Latest score: <strong>6 out of 10</strong>");
        assertThat(page).doesNotContain("Amended by");
        assertThat(jdbc.sql("select score from fgc_score where goal_id = ? order by scored_on").param(goals.get(0))
                .query(Integer.class).list()).containsExactly(3, 6);
        assertThat(page("sw.amara", "/")).contains("Review of the family plan");
        assertThat(page("sw.amara", "/cases/" + id)).contains("Family group conference", "Family plan reviewed");
    }

    @Test
    void eachRuleBrokenIsNamedInTheErrorSummaryAndWhatWasTypedIsKept() throws Exception {
        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.FAMILY_GROUP_CONFERENCE);
        long id = c.caseId();
        assertThat(submit("fgc.lee", id, "/details", "heldOn", "", "venue", "Library room (test)", "privateTimeHeld", "true",
                "privateTimeMinutes", "", "version", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("There is a problem", "href=\"#heldOn\"", "Enter the date of the conference", "value=\"Library room (test)\"");
        assertThat(submit("fgc.lee", id, "/details", "heldOn", "not a date", "venue", "", "version", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Enter a real date", "Enter where the conference is held", "value=\"not a date\"");
        assertThat(submit("fgc.lee", id, "/details", "heldOn", TODAY.toString(), "venue", "Library room (test)",
                "privateTimeHeld", "true", "privateTimeMinutes", "", "version", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#privateTimeMinutes\"", "Enter how long the private family time lasted");
        setUpConference(id, false);
        assertThat(submit("fgc.lee", id, "/goals", "wording", "Our own words (test)", "score", "11", "reason", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#score\"", "Enter where the family is now, from 1 to 10", "Our own words (test)");
        submit("fgc.lee", id, "/agree", "agreedOn", TODAY.toString(), "version", String.valueOf(conferenceVersion(id)))
                .andExpect(status().is3xxRedirection());
        long goal = goalIds(id).get(0);
        assertThat(submit("fgc.lee", id, "/reviews", "heldOn", TODAY.toString(), "scores[" + goal + "]", "0",
                "version", String.valueOf(conferenceVersion(id))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#scores[" + goal + "]\"", "Enter a score from 1 to 10 for goal 1", "value=\"" + TODAY + "\"");
        assertThat(submit("fgc.lee", id, "/reviews", "heldOn", TODAY.plusDays(3).toString(), "scores[" + goal + "]", "4",
                "version", String.valueOf(conferenceVersion(id))).andReturn().getResponse().getContentAsString())
                .contains("The date of the review cannot be in the future");
        assertThat(jdbc.sql("select count(*) from fgc_review r join fgc_conference c on c.id = r.conference_id where c.case_id = ?")
                .param(id).query(Long.class).single()).isZero();
    }

    @Test
    void noConferenceWithoutTheFamilysConsentAndWithdrawingItStopsNewReviews() throws Exception {
        FreshCases.Created without = fresh.create();
        assertThat(submit("fgc.lee", without.caseId(), "/details", "heldOn", TODAY.toString(), "venue", "Hall (test)",
                "version", "").andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("has not consented to family group conference");
        assertThat(jdbc.sql("select count(*) from fgc_conference where case_id = ?").param(without.caseId())
                .query(Long.class).single()).isZero();

        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.FAMILY_GROUP_CONFERENCE);
        setUpConference(c.caseId(), true);
        fresh.withdraw(c.caseId(), Component.FAMILY_GROUP_CONFERENCE, TODAY.minusDays(3));
        long goal = goalIds(c.caseId()).get(0);
        assertThat(submit("fgc.lee", c.caseId(), "/reviews", "heldOn", TODAY.minusDays(1).toString(), "scores[" + goal + "]", "7",
                "version", String.valueOf(conferenceVersion(c.caseId()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("has not consented to family group conference");
        assertThat(page("fgc.lee", "/cases/" + c.caseId() + "/conference")).doesNotContain("Record a review</a>");
    }

    @Test
    void everyChangeAProfessionalMakesToTheAgreedPlanIsAnAmendmentWithItsReasonThatTheFamilySees() throws Exception {
        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.FAMILY_GROUP_CONFERENCE);
        long id = c.caseId();
        setUpConference(id, true);
        long goal = goalIds(id).get(0);

        assertThat(submit("sw.amara", id, "/goals/" + goal + "/amend", "wording", "Kai is at school by 8.50 (test)",
                "reason", "", "version", "0").andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#reason\"", "Enter the reason for changing the family", "Kai is at school by 8.50 (test)");
        assertThat(wording(goal)).isEqualTo("Kai goes to school every day (test)");

        submit("sw.amara", id, "/goals/" + goal + "/amend", "wording", "Kai is at school by 8.50 (test)",
                "reason", "The school marks late after 8.50 (test)", "version", "0").andExpect(status().is3xxRedirection());
        assertThat(submit("sw.amara", id, "/goals/" + goal + "/actions", "who", "Nan", "what", "walk Kai to the gate",
                "reason", "", "version", "1").andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("href=\"#reason\"");
        submit("sw.amara", id, "/goals/" + goal + "/actions", "who", "Nan", "what", "walk Kai to the gate",
                "reason", "Nan offered at the school meeting (test)", "version", "1").andExpect(status().is3xxRedirection());
        long action = jdbc.sql("select id from fgc_action where goal_id = ?").param(goal).query(Long.class).single();
        assertThat(page("sw.amara", "/cases/" + id + "/conference/goals/" + goal + "/actions/" + action + "/amend"))
                .contains("value=\"Nan\"", "The action now reads: <strong>Nan will walk Kai to the gate</strong>");
        assertThat(submit("sw.amara", id, "/goals/" + goal + "/actions/" + action + "/amend", "who", "Grandad",
                "what", "walk Kai to the gate", "reason", "", "version", "2").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("href=\"#reason\"", "value=\"Grandad\"");
        submit("sw.amara", id, "/goals/" + goal + "/actions/" + action + "/amend", "who", "Grandad",
                "what", "walk Kai to the gate", "reason", "Nan is in hospital for a while (test)", "version", "2")
                .andExpect(status().is3xxRedirection());
        assertThat(submit("sw.amara", id, "/goals", "wording", "A new goal (test)", "score", "4", "reason", "")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("href=\"#reason\"");

        String today = TODAY.format(DateTimeFormatter.ofPattern("d MMMM yyyy"));
        String plan = page("fgc.lee", "/cases/" + id + "/conference/plan");
        assertThat(plan).contains("Our family plan", "Kai is at school by 8.50 (test)",
                "Amended by Amara Okafor on " + today + " because The school marks late after 8.50 (test)",
                "Kai goes to school every day (test)",
                "Amended by Amara Okafor on " + today + " because Nan offered at the school meeting (test)",
                "it said “Nan will walk Kai to the gate”, it now says “Grandad will walk Kai to the gate”",
                "because Nan is in hospital for a while (test)");
        assertThat(jdbc.sql("select count(*) from fgc_amendment where goal_id = ?").param(goal).query(Long.class).single())
                .isEqualTo(3);
        assertThat(page("sw.amara", "/cases/" + id)).contains("Family plan amended by Amara Okafor");
        // There is no way to change a goal's words except the amendment: no update endpoint exists.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/cases/" + id + "/conference/goals/" + goal).with(demo.as("sw.amara")).with(csrf())
                        .contentType("application/json").content("{\"wording\":\"silent\"}"))
                .andExpect(status().is4xxClientError());
        assertThat(wording(goal)).isEqualTo("Kai is at school by 8.50 (test)");
    }

    @Test
    void twoPeopleAmendingTheSameGoalGetAConflictMessageInsteadOfALostUpdate() throws Exception {
        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.FAMILY_GROUP_CONFERENCE);
        long id = c.caseId();
        setUpConference(id, true);
        long goal = goalIds(id).get(0);
        submit("sw.amara", id, "/goals/" + goal + "/amend", "wording", "First change (test)", "reason", "First reason",
                "version", "0").andExpect(status().is3xxRedirection());
        String second = submit("fgc.lee", id, "/goals/" + goal + "/amend", "wording", "Second change (test)",
                "reason", "Second reason", "version", "0").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("There is a problem", "The goal was changed by someone else after you opened it",
                "Second change (test)", "Second reason");
        assertThat(wording(goal)).isEqualTo("First change (test)");

        submit("fgc.lee", id, "/invitees", "name", "Cousin Cai (test)", "relationship", "Cousin")
                .andExpect(status().is3xxRedirection());
        assertThat(page("fgc.lee", "/cases/" + id + "/conference")).contains("Cousin Cai (test)", "Not known yet");
        long invitee = jdbc.sql("select i.id from fgc_invitee i join fgc_conference c on c.id = i.conference_id where c.case_id = ?")
                .param(id).query(Long.class).single();
        submit("fgc.lee", id, "/invitees/" + invitee + "/attendance", "attended", "true", "version", "0")
                .andExpect(status().is3xxRedirection());
        assertThat(submit("sw.amara", id, "/invitees/" + invitee + "/attendance", "attended", "false", "version", "0")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("There is a problem", "Whether Cousin Cai (test) came was changed by someone else");
        assertThat(jdbc.sql("select attended from fgc_invitee where id = ?").param(invitee).query(Boolean.class).single()).isTrue();
    }

    @Test
    void staffWithNoNeedToKnowAreToldNotFoundAndTheAttemptIsAudited() throws Exception {
        long rivera = demo.caseOf("rivera");
        long before = demo.auditCount("mentor.sam", "DENIED");
        mvc.perform(get("/cases/" + rivera + "/conference").with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + rivera + "/conference/plan").with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + rivera + "/conference").with(demo.as("mentor.sam"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("mentor.sam", "DENIED")).isEqualTo(before + 3);

        long vsBefore = demo.auditCount("vs.harpreet", "DENIED");
        mvc.perform(post("/cases/" + rivera + "/conference/details").with(demo.as("vs.harpreet")).with(csrf())
                .param("heldOn", TODAY.toString()).param("venue", "Nowhere")).andExpect(status().isNotFound());
        assertThat(demo.auditCount("vs.harpreet", "DENIED")).isGreaterThan(vsBefore);

        // The programme manager may read the plan but not change it.
        mvc.perform(get("/cases/" + rivera + "/conference").with(demo.as("pm.morgan"))).andExpect(status().isOk());
        long goal = goalIds(rivera).get(0);
        mvc.perform(post("/cases/" + rivera + "/conference/goals/" + goal + "/amend").with(demo.as("pm.morgan")).with(csrf())
                .param("wording", "Changed by the manager").param("reason", "test").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + rivera + "/conference/goals/new").with(demo.as("pm.morgan"))).andExpect(status().isNotFound());
        assertThat(wording(goal)).isEqualTo("Kai gets to school on time every day");
    }

    @Test
    void theRiveraDemoPlanHasSixGoalsInTheFamilysWordsThreeReviewsAndOneAmendment() throws Exception {
        long rivera = demo.caseOf("rivera");
        String page = page("fgc.lee", "/cases/" + rivera + "/conference");
        assertThat(page).contains("Kai gets to school on time every day", "We eat together as a family three times a week",
                "Goal 6", "Amended by Amara Okafor", "Uncle Marco (invented)", "Held, 60 minutes");
        assertThat(page.split("<svg", -1)).hasSize(7);
        assertThat(jdbc.sql("select count(*) from fgc_review r join fgc_conference c on c.id = r.conference_id where c.case_id = ?")
                .param(rivera).query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(page("sw.amara", "/cases/" + demo.caseOf("osei") + "/conference"))
                .contains("Ama feels happy going to her new school", "The plan has not been reviewed yet.");
    }

    // API

    @Test
    void theApiRecordsAndReviewsThePlanAndAnswers409ForAStaleVersionAnd404WithoutNeedToKnow() throws Exception {
        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.FAMILY_GROUP_CONFERENCE);
        String base = "/api/cases/" + c.caseId() + "/conference";
        mvc.perform(json(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(base), "fgc.lee",
                        "{\"heldOn\":\"" + TODAY.minusDays(10) + "\",\"venue\":\"Community room (api test)\",\"privateTimeHeld\":false}"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.venue").value("Community room (api test)"));
        mvc.perform(json(post(base + "/goals"), "fgc.lee", "{\"wording\":\"We laugh together (api test)\",\"score\":4}"))
                .andExpect(status().isCreated());
        mvc.perform(json(post(base + "/goals"), "fgc.lee", "{\"wording\":\"\",\"score\":40}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(base + "/agreement"), "fgc.lee", "{\"agreedOn\":\"" + TODAY.minusDays(10) + "\",\"version\":0}"))
                .andExpect(status().isOk());
        long goal = goalIds(c.caseId()).get(0);
        mvc.perform(json(post(base + "/reviews"), "fgc.lee", "{\"heldOn\":\"" + TODAY + "\",\"version\":1,\"scores\":{\"" + goal + "\":11}}"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail")
                        .value("Enter a score from 1 to 10 for goal 1"));
        mvc.perform(json(post(base + "/reviews"), "fgc.lee", "{\"heldOn\":\"" + TODAY + "\",\"version\":0,\"scores\":{\"" + goal + "\":7}}"))
                .andExpect(status().isConflict());
        mvc.perform(json(post(base + "/reviews"), "fgc.lee", "{\"heldOn\":\"" + TODAY + "\",\"version\":1,\"scores\":{\"" + goal + "\":7}}"))
                .andExpect(status().isCreated());
        mvc.perform(json(post(base + "/goals/" + goal + "/amendments"), "sw.amara",
                        "{\"wording\":\"We laugh together every day (api test)\",\"reason\":\"Agreed at the review\",\"version\":0}"))
                .andExpect(status().isCreated())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.amendments[0].reason")
                        .value("Agreed at the review"));
        mvc.perform(get(base).with(demo.as("sw.amara"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.plan.goals[0].scores.length()").value(2))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.coordinator").value("Lee Walker"));
        mvc.perform(get(base).with(demo.as("eval.alex"))).andExpect(status().isNotFound());
        mvc.perform(json(post(base + "/goals"), "mentor.jo", "{\"wording\":\"Not mine\",\"score\":4}")).andExpect(status().isNotFound());
    }

    // helpers

    private void setUpConference(long caseId, boolean agree) throws Exception {
        submit("fgc.lee", caseId, "/details", "heldOn", TODAY.minusDays(30).toString(), "venue", "Hall (test)",
                "privateTimeHeld", "false", "version", "").andExpect(status().is3xxRedirection());
        submit("fgc.lee", caseId, "/goals", "wording", "Kai goes to school every day (test)", "score", "3", "reason", "")
                .andExpect(status().is3xxRedirection());
        if (agree) {
            submit("fgc.lee", caseId, "/agree", "agreedOn", TODAY.minusDays(30).toString(),
                    "version", String.valueOf(conferenceVersion(caseId))).andExpect(status().is3xxRedirection());
        }
    }

    private ResultActions submit(String user, long caseId, String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/cases/" + caseId + "/conference" + path).with(demo.as(user)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(demo.as(user)).with(csrf()).contentType("application/json").content(body);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private List<Long> goalIds(long caseId) {
        return jdbc.sql("select g.id from fgc_goal g join fgc_conference c on c.id = g.conference_id where c.case_id = ? order by g.number")
                .param(caseId).query(Long.class).list();
    }

    private int conferenceVersion(long caseId) {
        return jdbc.sql("select version from fgc_conference where case_id = ?").param(caseId).query(Integer.class).single();
    }

    private String wording(long goalId) {
        return jdbc.sql("select wording from fgc_goal where id = ?").param(goalId).query(String.class).single();
    }
}
