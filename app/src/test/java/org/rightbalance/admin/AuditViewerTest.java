package org.rightbalance.admin;

import org.junit.jupiter.api.Test;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

@WebTest
class AuditViewerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    /** Writes events by a made-up actor, so the test's filter matches only its own events. */
    String actorWithEvents(int allowed, int denied, Long childId) {
        String actor = "audit.test." + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < allowed; i++) {
            audit.record(new AuditTrail.Entry(actor, "SOCIAL_WORKER", AuditAction.VIEW, AuditOutcome.ALLOWED, childId, null,
                    "CASE_SUMMARY", "viewer test event allowed"));
        }
        for (int i = 0; i < denied; i++) {
            audit.record(new AuditTrail.Entry(actor, "SOCIAL_WORKER", AuditAction.CHANGE, AuditOutcome.DENIED, childId, null,
                    "REFERRAL", "viewer test event denied"));
        }
        return actor;
    }

    static int occurrences(String text, String of) {
        return text.split(java.util.regex.Pattern.quote(of), -1).length - 1;
    }

    @Test
    void theAdministratorFiltersByActorOutcomeActionAndDate() throws Exception {
        String actor = actorWithEvents(3, 2, null);
        String all = page("/admin/audit?actor=" + actor);
        assertThat(all).contains("5 events");
        assertThat(page("/admin/audit?actor=" + actor + "&outcome=DENIED")).contains("2 events").doesNotContain("viewer test event allowed");
        assertThat(page("/admin/audit?actor=" + actor + "&action=VIEW")).contains("3 events").doesNotContain("viewer test event denied");
        String today = LocalDate.now().toString();
        assertThat(page("/admin/audit?actor=" + actor + "&from=" + today + "&to=" + today)).contains("5 events");
        assertThat(page("/admin/audit?actor=" + actor + "&from=" + LocalDate.now().plusDays(2))).contains("0 events");
    }

    @Test
    void theAdministratorFiltersByTheChildsCouncilIdentifier() throws Exception {
        long riveraChild = jdbc.sql("select id from child where council_child_id = 'DEMO-RIVERA'").query(Long.class).single();
        String actor = actorWithEvents(1, 0, riveraChild);
        actorWithEvents(1, 0, null);
        assertThat(page("/admin/audit?actor=" + actor + "&child=DEMO-RIVERA")).contains("1 event");
        assertThat(page("/admin/audit?actor=" + actor + "&child=" + riveraChild)).contains("1 event");
        assertThat(page("/admin/audit?actor=" + actor + "&child=DEMO-NOBODY")).contains("0 events");
    }

    @Test
    void eventsArePagedFiftyAtATime() throws Exception {
        String actor = actorWithEvents(55, 0, null);
        String first = page("/admin/audit?actor=" + actor);
        assertThat(occurrences(first, "viewer test event allowed")).isEqualTo(50);
        assertThat(first).contains("page 1 of 2", "Older events");
        String second = page("/admin/audit?actor=" + actor + "&page=2");
        assertThat(occurrences(second, "viewer test event allowed")).isEqualTo(5);
        assertThat(second).contains("Newer events");
    }

    @Test
    void theCsvExportHoldsTheFilteredEventsAndIsItselfAudited() throws Exception {
        String actor = actorWithEvents(2, 1, null);
        String csv = mvc.perform(get("/admin/audit/export.csv?actor=" + actor).with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().toList()).hasSize(4);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\"id\",\"occurred_at\",\"actor\"");
        assertThat(csv).contains("\"" + actor + "\"", "viewer test event denied");
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'admin' and action = 'EXPORT' and detail like ?")
                .param("%actor " + actor + "%").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aValueThatASpreadsheetWouldRunIsNeutralisedInTheExport() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("plain")).isEqualTo("\"plain\"");
    }

    @Test
    void impossibleDatesAndReversedRangesAreFormErrors() throws Exception {
        assertThat(page("/admin/audit?from=2026-13-45")).contains("There is a problem", "Enter a real date");
        assertThat(page("/admin/audit?from=2026-03-10&to=2026-03-01")).contains("The end date must be the same as or after the start date");
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(demo.as("admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
