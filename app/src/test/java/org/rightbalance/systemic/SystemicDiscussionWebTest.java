package org.rightbalance.systemic;

import org.junit.jupiter.api.Test;
import org.rightbalance.conference.FreshCases;
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
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class SystemicDiscussionWebTest {

    static final LocalDate TODAY = LocalDate.now();

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffRepository staff;

    @Autowired
    FreshCases fresh;

    @Test
    void theOutcomeIsSharedWithEveryoneOnTheCaseWhoIsAlertedUntilTheyOpenIt() throws Exception {
        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.SYSTEMIC_DISCUSSION);
        long id = c.caseId();
        String link = "/cases/" + id + "/systemic-discussions";
        String alert = "href=\"" + link + "\">New systemic discussion outcome";
        record("sw.amara", id, valid(c)).andExpect(redirectedUrl(link));

        String mentorHome = page("mentor.jo", "/");
        assertThat(mentorHome).contains(alert);
        assertThat(page("fgc.lee", "/")).contains(alert);
        assertThat(page("sw.amara", "/")).doesNotContain(alert)
                .contains("Tutor Tom (test): Agree one message about phones (test)");

        String opened = page("mentor.jo", link);
        assertThat(opened).contains("New to you", "Mum worries about mornings (test)", "Tutor Tom (test)", "Test Academy",
                "Dr Clare (test)", "Clinician in systemic practice", "Parenting group (test)",
                "Agree one message about phones (test)", "Not yet read");
        assertThat(page("mentor.jo", "/")).doesNotContain(alert);
        assertThat(page("mentor.jo", link)).doesNotContain("New to you");
        assertThat(jdbc.sql("""
                select count(*) from systemic_reader r join systemic_discussion d on d.id = r.discussion_id
                where d.case_id = ?""").param(id).query(Long.class).single()).isEqualTo(2);
        assertThat(page("sw.amara", "/cases/" + id)).contains("Multi-agency systemic discussion",
                "not yet read by 1 person on the case", "Referral made from the systemic discussion");
    }

    @Test
    void eachMissingAnswerIsNamedInTheErrorSummaryAndWhatWasTypedIsKept() throws Exception {
        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.SYSTEMIC_DISCUSSION);
        long id = c.caseId();
        assertThat(body(record("sw.amara", id, List.of("heldOn", "", "dilemmas", "", "others[0].name", "Dr Kept (test)"))))
                .contains("There is a problem", "href=\"#heldOn\"", "Enter the date of the discussion",
                        "href=\"#dilemmas\"", "Enter the family", "href=\"#mainCarerTookPart\"", "value=\"Dr Kept (test)\"");
        List<String> noDue = new ArrayList<>(valid(c));
        noDue.set(noDue.indexOf("actions[0].dueOn") + 1, "");
        assertThat(body(record("sw.amara", id, noDue))).contains("href=\"#actions[0].dueOn\"", "Enter when the action is due",
                "Agree one message about phones (test)");
        List<String> nobody = new ArrayList<>(valid(c));
        nobody.set(nobody.indexOf("professionalIds") + 1, "");
        nobody.set(nobody.indexOf("others[0].name") + 1, "");
        nobody.set(nobody.indexOf("others[0].agency") + 1, "");
        assertThat(body(record("sw.amara", id, nobody))).contains("href=\"#professionalIds\"",
                "Choose or enter the professionals who were present");
        List<String> halfAPerson = new ArrayList<>(valid(c));
        halfAPerson.set(halfAPerson.indexOf("others[0].agency") + 1, "");
        assertThat(body(record("sw.amara", id, halfAPerson))).contains("href=\"#others[0].agency\"", "Enter the agency of Dr Clare (test)");
        assertThat(jdbc.sql("select count(*) from systemic_discussion where case_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void noDiscussionIsRecordedWithoutTheFamilysConsent() throws Exception {
        FreshCases.Created c = fresh.create();
        assertThat(body(record("sw.amara", c.caseId(), valid(c)))).contains("has not consented to multi-agency systemic discussion");
        assertThat(jdbc.sql("select count(*) from systemic_discussion where case_id = ?").param(c.caseId()).query(Long.class).single()).isZero();
    }

    @Test
    void peopleWithoutNeedToKnowAreToldNotFoundAndMentorsMayReadButNotRecord() throws Exception {
        long rivera = demo.caseOf("rivera");
        long before = demo.auditCount("eval.alex", "DENIED");
        mvc.perform(get("/cases/" + rivera + "/systemic-discussions").with(demo.as("eval.alex"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/cases/" + rivera + "/systemic-discussions").with(demo.as("eval.alex"))).andExpect(status().isNotFound());
        assertThat(demo.auditCount("eval.alex", "DENIED")).isEqualTo(before + 2);
        mvc.perform(get("/cases/" + demo.caseOf("novak") + "/systemic-discussions").with(demo.as("fgc.lee")))
                .andExpect(status().isNotFound());

        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.SYSTEMIC_DISCUSSION);
        long mentorBefore = demo.auditCount("mentor.jo", "DENIED");
        record("mentor.jo", c.caseId(), valid(c)).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + c.caseId() + "/systemic-discussions/new").with(demo.as("mentor.jo")))
                .andExpect(status().isNotFound());
        assertThat(demo.auditCount("mentor.jo", "DENIED")).isGreaterThan(mentorBefore);
        assertThat(page("mentor.jo", "/cases/" + c.caseId() + "/systemic-discussions")).doesNotContain("Record a discussion");
    }

    @Test
    void markingAnActionDoneTwiceFromTheSamePageGivesAConflictMessage() throws Exception {
        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.SYSTEMIC_DISCUSSION);
        long id = c.caseId();
        record("sw.amara", id, valid(c)).andExpect(status().is3xxRedirection());
        long action = jdbc.sql("select a.id from systemic_action a join systemic_discussion d on d.id = a.discussion_id where d.case_id = ?")
                .param(id).query(Long.class).single();
        String path = "/cases/" + id + "/systemic-discussions/actions/" + action + "/done";
        mvc.perform(post(path).with(demo.as("sw.amara")).with(csrf()).param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(post(path).with(demo.as("tm.priya")).with(csrf()).param("version", "0")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString())
                .contains("There is a problem", "The action was changed by someone else after you opened it");
        assertThat(jdbc.sql("select completed_on from systemic_action where id = ?").param(action).query(LocalDate.class).single())
                .isEqualTo(TODAY);
        assertThat(page("sw.amara", "/")).doesNotContain("Agree one message about phones (test)");
    }

    @Test
    void theRiveraDemoDiscussionHasItsActionsAndReferralsAndTheVirtualSchoolOfficerIsAlerted() throws Exception {
        long rivera = demo.caseOf("rivera");
        assertThat(page("vs.harpreet", "/")).contains("href=\"/cases/" + rivera + "/systemic-discussions\">New systemic discussion outcome");
        assertThat(page("sw.amara", "/cases/" + rivera + "/systemic-discussions"))
                .contains("CAMHS parenting group (invented service)", "Check Kai", "Form tutor", "Clinician in systemic practice");
    }

    @Test
    void theApiRecordsADiscussionAnswers409ForAStaleActionAnd404WithoutNeedToKnow() throws Exception {
        FreshCases.Created c = fresh.create();
        fresh.consent(c.caseId(), Component.SYSTEMIC_DISCUSSION);
        String base = "/api/cases/" + c.caseId() + "/systemic-discussions";
        String body = """
                {"heldOn":"%s","mainCarerTookPart":false,"dilemmas":"Bedtimes (api test)","professionalIds":[%d],
                 "others":[{"name":"Nurse Nia (api test)","agency":"School nursing"}],
                 "actions":[{"description":"Share the sleep leaflet (api test)","owner":"Nurse Nia","dueOn":"%s"}],
                 "referrals":[{"service":"Sleep clinic (api test)","referredOn":"%s"}]}"""
                .formatted(TODAY.minusDays(1), c.professionalId(), TODAY.plusDays(3), TODAY);
        mvc.perform(json(post(base), "sw.amara", body)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.participants.length()").value(2))
                .andExpect(jsonPath("$.referrals[0].service").value("Sleep clinic (api test)"));
        mvc.perform(json(post(base), "sw.amara", "{\"heldOn\":\"" + TODAY + "\",\"mainCarerTookPart\":true,\"dilemmas\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Choose or enter the professionals who were present"));
        mvc.perform(get(base).with(demo.as("fgc.lee"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.discussions[0].dilemmas").value("Bedtimes (api test)"));
        long action = jdbc.sql("select a.id from systemic_action a join systemic_discussion d on d.id = a.discussion_id where d.case_id = ?")
                .param(c.caseId()).query(Long.class).single();
        mvc.perform(json(post(base + "/actions/" + action + "/completion"), "sw.amara",
                "{\"completedOn\":\"" + TODAY + "\",\"version\":0}")).andExpect(status().isOk());
        mvc.perform(json(post(base + "/actions/" + action + "/completion"), "sw.amara",
                "{\"completedOn\":\"" + TODAY + "\",\"version\":0}")).andExpect(status().isConflict());
        mvc.perform(json(post(base), "mentor.jo", body)).andExpect(status().isNotFound());
        mvc.perform(get(base).with(demo.as("mentor.jo"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.professionals.length()").value(0))
                .andExpect(jsonPath("$.discussions[0].actions[0].owner").value("Nurse Nia"));
        mvc.perform(get(base).with(demo.as("eval.alex"))).andExpect(status().isNotFound());
    }

    // helpers

    private List<String> valid(FreshCases.Created c) {
        return List.of("heldOn", TODAY.minusDays(2).toString(), "mainCarerTookPart", "true",
                "dilemmas", "Mum worries about mornings (test)", "professionalIds", String.valueOf(c.professionalId()),
                "others[0].name", "Dr Clare (test)", "others[0].agency", "Clinician in systemic practice",
                "actions[0].description", "Agree one message about phones (test)", "actions[0].owner", "Tutor Tom (test)",
                "actions[0].dueOn", TODAY.plusDays(5).toString(),
                "referrals[0].service", "Parenting group (test)", "referrals[0].referredOn", TODAY.minusDays(2).toString());
    }

    private ResultActions record(String user, long caseId, List<String> params) throws Exception {
        MockHttpServletRequestBuilder request = post("/cases/" + caseId + "/systemic-discussions").with(demo.as(user)).with(csrf());
        for (int i = 0; i < params.size(); i += 2) {
            if (!params.get(i + 1).isEmpty() || !params.get(i).equals("professionalIds")) {
                request.param(params.get(i), params.get(i + 1));
            }
        }
        return mvc.perform(request);
    }

    private String body(ResultActions result) throws Exception {
        return result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String user, String body) {
        return request.with(demo.as(user)).with(csrf()).contentType("application/json").content(body);
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
