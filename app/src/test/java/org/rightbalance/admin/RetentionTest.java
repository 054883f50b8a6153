package org.rightbalance.admin;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.rightbalance.child.NetworkMember;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.rightbalance.casework.CaseRepository;
import org.rightbalance.child.ChildRepository;
import org.rightbalance.child.Sex;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tagged database: deleting a child's records walks the schema's foreign keys, on PostgreSQL too. */
@WebTest
@Tag("database")
class RetentionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    RetentionSettings settings;
    @Autowired
    ChildRepository children;
    @Autowired
    CaseRepository cases;
    @Autowired
    StaffRepository staff;
    @Autowired
    JdbcClient jdbc;

    /** Private, so that the Spring Boot test does not take it for the test's own configuration. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RetentionSettings.class)
    private static class SettingsOnly {
    }

    @Test
    void theSettingsFromApplicationPropertiesAreBound() {
        assertThat(settings.caseRecord()).isEqualTo(Period.ofYears(25));
        assertThat(settings.lookedAfter()).isEqualTo(Period.ofYears(75));
        assertThat(settings.auditEvent()).isEqualTo(Period.ofYears(7));
    }

    @Test
    void aMissingOrNonPositivePeriodStopsTheApplicationStarting() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(SettingsOnly.class);
        runner.withPropertyValues("rightbalance.retention.case-record=P25Y", "rightbalance.retention.child-protection=P35Y",
                "rightbalance.retention.looked-after=P75Y", "rightbalance.retention.audit-event=P7Y")
                .run(context -> assertThat(context).hasNotFailed());
        runner.withPropertyValues("rightbalance.retention.case-record=P25Y", "rightbalance.retention.child-protection=P35Y",
                        "rightbalance.retention.looked-after=P75Y")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("rightbalance.retention.case-record=P0Y", "rightbalance.retention.child-protection=P35Y",
                        "rightbalance.retention.looked-after=P75Y", "rightbalance.retention.audit-event=P7Y")
                .run(context -> assertThat(context).hasFailed());
        assertThatThrownBy(() -> new RetentionSettings(Period.ofYears(-1), Period.ofYears(1), Period.ofYears(1), Period.ofYears(1)))
                .hasMessageContaining("case-record");
    }

    @Test
    void theReportListsClosedRecordsPastTheirDateAndNotOpenOnes() throws Exception {
        long team = staff.findTeam("South").orElseThrow();
        String old = "RET-OLD-" + UUID.randomUUID().toString().substring(0, 6);
        String open = "RET-OPEN-" + UUID.randomUUID().toString().substring(0, 6);
        String young = "RET-YOUNG-" + UUID.randomUUID().toString().substring(0, 6);
        long family = children.addFamily("Retention", null, null);
        long oldChild = children.addChild(old, "Old", "Retention", LocalDate.now().minusYears(30), Sex.M, null, family);
        long oldCase = cases.open(oldChild, team, LocalDate.now().minusYears(20));
        cases.close(oldCase, LocalDate.now().minusYears(19), 0);
        long openChild = children.addChild(open, "Open", "Retention", LocalDate.now().minusYears(30), Sex.F, null, family);
        cases.open(openChild, team, LocalDate.now().minusYears(1));
        long youngChild = children.addChild(young, "Young", "Retention", LocalDate.now().minusYears(12), Sex.F, null, family);
        long youngCase = cases.open(youngChild, team, LocalDate.now().minusYears(2));
        cases.close(youngCase, LocalDate.now().minusYears(1), 0);

        String page = mvc.perform(get("/admin/retention").with(demo.as("admin"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(old, "Case record").doesNotContain(open, young, "DEMO-RIVERA");
        mvc.perform(get("/admin/retention").with(demo.as("pm.morgan"))).andExpect(status().isForbidden());
    }

    @Test
    void anAdministratorDeletesEveryRecordOfAChildPastRetentionButNotTheAuditTrail() throws Exception {
        long team = staff.findTeam("North").orElseThrow();
        String id = "RET-DEL-" + UUID.randomUUID().toString().substring(0, 6);
        long family = children.addFamily("Deleted", "3 Example Road", null);
        children.addNetworkMember(family, "Uncle of the deleted", "Uncle", NetworkMember.Kind.FAMILY, null, null, false);
        long child = children.addChild(id, "Gone", "Deleted", LocalDate.now().minusYears(40), Sex.M, null, family);
        long caseId = cases.open(child, team, LocalDate.now().minusYears(30));
        cases.assign(caseId, staff.findByUsername("sw.amara").orElseThrow().id(), org.rightbalance.access.Responsibility.SOCIAL_WORKER,
                LocalDate.now().minusYears(30));
        jdbc.sql("insert into consent (case_id, component, given_on, given_by, recorded_by) values (?, 'MENTORING', ?, 'Parent', ?)")
                .params(caseId, LocalDate.now().minusYears(30), staff.findByUsername("sw.amara").orElseThrow().id()).update();
        cases.close(caseId, LocalDate.now().minusYears(29), 0);
        mvc.perform(get("/admin/subject-access").param("child", id).with(demo.as("admin"))).andExpect(status().isOk());

        mvc.perform(post("/admin/retention/" + child + "/delete").param("confirm", "wrong").with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("exactly to confirm")));
        assertThat(count("select count(*) from child where id = ?", child)).isEqualTo(1);

        mvc.perform(post("/admin/retention/" + child + "/delete").param("confirm", id).with(csrf()).with(demo.as("admin")))
                .andExpect(status().is3xxRedirection());

        assertThat(count("select count(*) from child where id = ?", child)).isZero();
        assertThat(count("select count(*) from programme_case where id = ?", caseId)).isZero();
        assertThat(count("select count(*) from consent where case_id = ?", caseId)).isZero();
        assertThat(count("select count(*) from case_assignment where case_id = ?", caseId)).isZero();
        assertThat(count("select count(*) from network_member where family_id = ?", family)).isZero();
        assertThat(count("select count(*) from family where id = ?", family)).isZero();
        assertThat(count("select count(*) from audit_event where child_id = ? and action = 'VIEW'", child)).isPositive();
        assertThat(count("select count(*) from audit_event where child_id = ? and action = 'CHANGE' and detail like 'retention: deleted%'", child))
                .isEqualTo(1);
    }

    @Test
    void aRecordNotPastRetentionCannotBeDeletedAndABrothersFamilyStays() throws Exception {
        long team = staff.findTeam("North").orElseThrow();
        long family = children.addFamily("Siblings", null, null);
        String youngId = "RET-KEEP-" + UUID.randomUUID().toString().substring(0, 6);
        long young = children.addChild(youngId, "Young", "Siblings", LocalDate.now().minusYears(10), Sex.F, null, family);
        long youngCase = cases.open(young, team, LocalDate.now().minusYears(2));
        cases.close(youngCase, LocalDate.now().minusYears(1), 0);
        mvc.perform(post("/admin/retention/" + young + "/delete").param("confirm", youngId).with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not past its retention date")));
        assertThat(count("select count(*) from child where id = ?", young)).isEqualTo(1);

        String oldId = "RET-SIB-" + UUID.randomUUID().toString().substring(0, 6);
        long old = children.addChild(oldId, "Old", "Siblings", LocalDate.now().minusYears(40), Sex.M, null, family);
        mvc.perform(post("/admin/retention/" + old + "/delete").param("confirm", oldId).with(csrf()).with(demo.as("admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from child where id = ?", old)).isZero();
        assertThat(count("select count(*) from family where id = ?", family)).isEqualTo(1);
        mvc.perform(post("/admin/retention/" + young + "/delete").param("confirm", youngId).with(csrf()).with(demo.as("pm.morgan")))
                .andExpect(status().isForbidden());
    }

    long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }
}
