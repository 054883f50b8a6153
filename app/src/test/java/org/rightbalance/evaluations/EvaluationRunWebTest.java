package org.rightbalance.evaluations;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.casedata.SsdDatabaseImport;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.support.Demo;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluation run on the application's own records, in a database of its own. The first test
 * runs before any council is imported (only the six demo cases: nothing to match); the second
 * imports a synthetic council and runs the evaluation end to end.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
// Its own database: the council this test imports must not change what other tests see.
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:evaluation-run-test;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationRunWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SsdDatabaseImport importer;
    @Autowired
    StaffRepository staff;

    @TempDir
    Path temp;

    long exports(String actor) {
        return jdbc.sql("select count(*) from audit_event where actor = ? and action = 'EXPORT'").param(actor)
                .query(Long.class).single();
    }

    @Test
    @Order(1)
    void withTooFewChildrenTheRunStopsWithAPlainEnglishExplanation() throws Exception {
        assertThat(jdbc.sql("select count(*) from programme_case").query(Long.class).single())
                .as("only the six demo cases in this test's own database").isLessThan(10);
        String json = mvc.perform(post("/api/evaluations").with(demo.as("eval.alex")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("FAILED");
        assertThat(JsonPath.<String>read(json, "$.message")).startsWith("There are too few children to")
                .doesNotContain("Exception").doesNotContain("at org.");
        int id = JsonPath.read(json, "$.id");
        mvc.perform(get("/evaluation/runs/" + id).with(demo.as("pm.morgan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The evaluation did not finish")))
                .andExpect(content().string(containsString("There are too few children to")));
    }

    @Test
    @Order(2)
    void theEvaluationRunsOnTheApplicationsRecordsAndServesItsReports() throws Exception {
        Path council = temp.resolve("council");
        SyntheticCouncil.write(council, Profile.named("camden-2020"), 7, 1);
        long team = staff.addTeam("Evaluation test council");
        SsdDatabaseImport.Result imported = importer.importFolder(council, List.of(team));
        assertThat(imported.programmeCases()).isPositive();
        long before = exports("pm.morgan");

        String location = mvc.perform(post("/evaluation/runs").with(csrf()).with(demo.as("pm.morgan")))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/evaluation/runs/");
        long id = Long.parseLong(location.substring("/evaluation/runs/".length()));

        mvc.perform(get(location).with(demo.as("pm.morgan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Finished")))
                .andExpect(content().string(containsString("Comparison children matched")))
                .andExpect(content().string(containsString("rereferral_1y")));
        String json = mvc.perform(get("/api/evaluations/" + id).with(demo.as("eval.alex")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.status")).isEqualTo("SUCCEEDED");
        assertThat(JsonPath.<Integer>read(json, "$.treatedCohort")).isPositive();
        assertThat(JsonPath.<Integer>read(json, "$.matchedComparison")).isPositive();
        assertThat(JsonPath.<List<Object>>read(json, "$.estimates")).isNotEmpty();

        mvc.perform(get(location + "/report.html").with(demo.as("pm.morgan")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andExpect(content().string(containsString("<html")));
        byte[] pdf = mvc.perform(get(location + "/report.pdf").with(demo.as("pm.morgan")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        assertThat(exports("pm.morgan")).isEqualTo(before + 3);

        String folder = jdbc.sql("select folder from evaluation_run where id = ?").param(id).query(String.class).single();
        assertThat(Path.of(folder, "extract")).as("the identifiable export is deleted").doesNotExist();
        String people = Files.readString(Path.of(folder, "pseudonymised", "ssd_person.csv"));
        assertThat(people.lines().findFirst().orElseThrow()).doesNotContain("pers_dob");
        assertThat(people.lines().skip(1)).allSatisfy(line -> assertThat(line).startsWith("P-"));
        assertThat(people).doesNotContain("Rivera", "Kai", "DEMO-");
        List<String> councilIds = Files.readAllLines(council.resolve("ssd_person.csv")).stream().skip(1)
                .map(line -> line.split(",")[0]).toList();
        assertThat(councilIds).noneMatch(original -> people.contains("\n" + original + ","));
        String referrals = Files.readString(Path.of(folder, "pseudonymised", "ssd_cin_episodes.csv"));
        assertThat(referrals.lines().findFirst().orElseThrow()).contains("cine_age_at_referral");
        String families = Files.readString(Path.of(folder, "pseudonymised", "ssd_family.csv"));
        assertThat(families).doesNotContain("Example Road", "ZZ99");
    }

    @Test
    @Order(3)
    void rolesWithoutTheEvaluationAreRefusedAndTheAttemptIsAudited() throws Exception {
        long before = demo.auditCount("sw.amara", "DENIED");
        mvc.perform(get("/evaluation").with(demo.as("sw.amara"))).andExpect(status().isForbidden());
        mvc.perform(post("/evaluation/runs").with(csrf()).with(demo.as("sw.amara"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/evaluations").with(demo.as("sw.amara"))).andExpect(status().isForbidden());
        mvc.perform(get("/evaluation/runs/1/report.pdf").with(demo.as("sw.amara"))).andExpect(status().isForbidden());
        assertThat(demo.auditCount("sw.amara", "DENIED")).isEqualTo(before + 4);
        mvc.perform(get("/evaluation").with(demo.as("tm.priya"))).andExpect(status().isForbidden());
    }
}
