package org.rightbalance.admin;

import org.junit.jupiter.api.Test;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
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
}
