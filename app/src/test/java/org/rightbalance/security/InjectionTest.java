package org.rightbalance.security;

import org.junit.jupiter.api.Test;
import org.rightbalance.access.Responsibility;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.Sex;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Script and HTML typed into a field come back as text on every page that shows it; SQL
 * metacharacters in fields and query parameters are only ever data.
 */
@WebTest
class InjectionTest {

    static final List<String> MARKUP = List.of("<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>", "javascript:alert(1)//'");
    static final List<String> SQL = List.of("' or 1=1 --", "'; drop table child; --", "1; delete from staff_member",
            "\" or \"\"=\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StaffRepository staff;
    @Autowired
    ChildRepository children;
    @Autowired
    CaseRepository cases;
    @Autowired
    AuditTrail audit;

    /** The page shows the payload only escaped: never the raw markup. */
    static void assertInert(String page, String payload) {
        assertThat(page).contains(HtmlUtils.htmlEscape(payload));
        if (!payload.equals(HtmlUtils.htmlEscape(payload))) {
            assertThat(page).doesNotContain(payload);
        }
    }

    String page(String url, String user) throws Exception {
        return mvc.perform(get(url).with(demo.as(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A page with one query parameter, sent as typed (MockMvc encodes it). */
    String page(String url, String user, String name, String value) throws Exception {
        return mvc.perform(get(url).param(name, value).with(demo.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** Adds a mentor with the given display name through the administrator's form; returns the user name. */
    String mentorNamed(String displayName) throws Exception {
        String username = "inj." + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf()).param("username", username)
                        .param("displayName", displayName).param("role", "MENTOR").param("password", "long enough password"))
                .andExpect(status().is3xxRedirection());
        return username;
    }

    @Test
    void markupInADisplayNameIsEscapedOnEveryPageThatShowsIt() throws Exception {
        long team = staff.findTeam("North").orElseThrow();
        for (String payload : MARKUP) {
            String username = mentorNamed(payload);
            long id = staff.findByUsername(username).orElseThrow().id();
            assertThat(staff.findById(id).orElseThrow().displayName()).isEqualTo(payload);
            long family = children.addFamily("Injection", null, null);
            long child = children.addChild("INJ-" + UUID.randomUUID().toString().substring(0, 8), "Ina", "Injection",
                    LocalDate.of(2014, 1, 1), Sex.F, null, family);
            long caseId = cases.open(child, team, LocalDate.now().minusDays(3));
            cases.assign(caseId, id, Responsibility.MENTOR, LocalDate.now());
            audit.record(new AuditTrail.Entry(username, "MENTOR", AuditAction.VIEW, AuditOutcome.ALLOWED, child, caseId,
                    "CASE_SUMMARY", payload));

            assertInert(page("/admin/staff", "admin"), payload);
            assertInert(page("/admin/staff/" + id, "admin"), payload);
            assertInert(page("/admin/staff/" + id + "/password", "admin"), payload);
            assertInert(page("/", username), payload);
            assertInert(page("/cases/" + caseId, username), payload);
            assertInert(page("/admin/audit?actor=" + username, "admin"), payload);
        }
    }

    @Test
    void markupSentBackWithAFormErrorIsEscapedToo() throws Exception {
        for (String payload : MARKUP) {
            String page = mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf())
                            .param("username", "x").param("displayName", payload).param("email", payload)
                            .param("role", "MENTOR").param("password", "short"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertInert(page, payload);
        }
    }

    @Test
    void markupInQueryParametersThatPagesEchoBackIsEscaped() throws Exception {
        for (String payload : MARKUP) {
            assertInert(page("/admin/audit", "admin", "actor", payload), payload);
            assertInert(page("/admin/audit", "admin", "child", payload), payload);
            assertInert(page("/admin/subject-access", "admin", "child", payload), payload);
        }
    }

    @Test
    void sqlMetacharactersInFormFieldsAreStoredAsTextAndChangeNothingElse() throws Exception {
        long childrenBefore = jdbc.sql("select count(*) from child").query(Long.class).single();
        for (String payload : SQL) {
            String username = mentorNamed(payload);
            assertThat(staff.findByUsername(username).orElseThrow().displayName()).isEqualTo(payload);
            String refused = mvc.perform(post("/admin/staff/new").with(demo.as("admin")).with(csrf()).param("username", payload)
                            .param("displayName", "X").param("role", "MENTOR").param("password", "long enough password"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(refused).contains("Enter a user name of 2 to 60");
        }
        assertThat(jdbc.sql("select count(*) from child").query(Long.class).single()).isEqualTo(childrenBefore);
        assertThat(staff.findByUsername("sw.amara")).isPresent();
    }

    @Test
    void sqlMetacharactersInQueryParametersAreLiteralText() throws Exception {
        for (String payload : SQL) {
            assertThat(page("/admin/audit", "admin", "actor", payload)).contains("0 events");
            assertThat(page("/admin/audit", "admin", "child", payload)).contains("0 events");
            assertThat(page("/admin/subject-access", "admin", "child", payload)).contains("No child has this identifier");
            mvc.perform(get("/cases/{id}", payload).with(demo.as("sw.amara"))).andExpect(status().isBadRequest());
            mvc.perform(get("/api/cases/{id}", payload).with(demo.as("sw.amara"))).andExpect(status().isBadRequest());
        }
        assertThat(page("/admin/audit", "admin", "from", "2026-01-01' or '1'='1")).contains("Enter a real date");
        assertThat(jdbc.sql("select count(*) from child where council_child_id = 'DEMO-RIVERA'").query(Long.class).single()).isEqualTo(1);
    }
}
