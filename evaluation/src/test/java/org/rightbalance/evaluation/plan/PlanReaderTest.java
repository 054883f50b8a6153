package org.rightbalance.evaluation.plan;

import org.junit.jupiter.api.Test;
import org.rightbalance.evaluation.Plans;
import org.rightbalance.stats.matching.Coarsening;
import org.rightbalance.stats.matching.Estimand;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanReaderTest {

    private static String shipped() throws IOException {
        return Files.readString(Plans.file("rbff-2020.yaml"));
    }

    @Test
    void the_shipped_rbff_2020_plan_encodes_the_reports_design() {
        EvaluationPlan p = Plans.rbff2020();
        assertThat(p.name()).isEqualTo("rbff-2020");
        assertThat(p.programme()).isEqualTo("RBFF");
        assertThat(p.extractDate()).isEqualTo(LocalDate.of(2020, 2, 18));
        assertThat(p.sensitivityCutoff()).isEqualTo(LocalDate.of(2019, 2, 18));
        assertThat(p.treated()).isEqualTo(new CohortDefinition(true, LocalDate.of(2017, 9, 1), null,
                new AgeBand(10, 13), KeyReferralRule.PARTICIPATION_ELSE_FIRST_IN_WINDOW));
        assertThat(p.comparison()).isEqualTo(new CohortDefinition(false, LocalDate.of(2015, 9, 1),
                LocalDate.of(2017, 2, 19), new AgeBand(10, 13), KeyReferralRule.FIRST_IN_WINDOW_IN_AGE_BAND));
        assertThat(p.matchVariableNames()).containsExactly("previous_referral", "sex", "quarter", "siblings");
        assertThat(p.matchVariables()).allMatch(v -> v.coarsening() instanceof Coarsening.Exact);
        assertThat(p.estimand()).isEqualTo(Estimand.ATT);
        assertThat(p.outcomes()).containsExactly(
                new OutcomeDefinition("followup_complete", OutcomeType.FOLLOWUP_COMPLETE, 365),
                new OutcomeDefinition("rereferral_1y", OutcomeType.REREFERRAL, 365),
                new OutcomeDefinition("cin_plan_days", OutcomeType.CIN_PLAN_DAYS, 0),
                new OutcomeDefinition("escalation_1y", OutcomeType.ESCALATION, 365));
        assertThat(p.models()).containsExactly(
                new ModelSpec("rereferral_1y", List.of(Estimator.OLS, Estimator.LOGIT), true),
                new ModelSpec("cin_plan_days", List.of(Estimator.OLS), false),
                new ModelSpec("escalation_1y", List.of(Estimator.OLS, Estimator.LOGIT), true));
        assertThat(p.confidenceLevel()).isEqualTo(0.95);
        assertThat(p.power()).isEqualTo(new PowerSettings(0.8, 0.05, 0.05));
    }

    @Test
    void an_unknown_key_is_a_one_line_error_naming_it() throws IOException {
        String yaml = shipped().replace("  window_start: 2017-09-01", "  window_start: 2017-09-01\n  window_stat: 2017-09-01");
        assertThatThrownBy(() -> PlanReader.parse(yaml))
                .isInstanceOf(PlanException.class)
                .hasMessageStartingWith("treated.window_stat: unknown key")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void a_bad_date_is_a_one_line_error_naming_the_key() throws IOException {
        String yaml = shipped().replace("window_end: 2017-02-19", "window_end: 2017-02-30");
        assertThatThrownBy(() -> PlanReader.parse(yaml))
                .isInstanceOf(PlanException.class)
                .hasMessage("comparison.window_end: '2017-02-30' is not a date (yyyy-mm-dd)");
    }

    @Test
    void a_window_ending_before_it_starts_names_the_cohort() throws IOException {
        String yaml = shipped().replace("window_end: 2017-02-19", "window_end: 2015-01-01");
        assertThatThrownBy(() -> PlanReader.parse(yaml))
                .hasMessage("comparison: window_end (2015-01-01) must be after window_start (2015-09-01)");
    }

    @Test
    void a_missing_key_is_named() throws IOException {
        String yaml = shipped().replace("extract_date: 2020-02-18\n", "");
        assertThatThrownBy(() -> PlanReader.parse(yaml)).hasMessage("extract_date: is required");
    }

    @Test
    void an_unknown_outcome_type_lists_the_known_ones() throws IOException {
        String yaml = shipped().replace("type: rereferral,", "type: re_referral,");
        assertThatThrownBy(() -> PlanReader.parse(yaml))
                .hasMessageStartingWith("outcomes.rereferral_1y.type: 're_referral' is not one of rereferral");
    }

    @Test
    void a_logit_of_a_non_binary_outcome_is_refused() throws IOException {
        String yaml = shipped().replace("{outcome: cin_plan_days, estimators: [ols]",
                "{outcome: cin_plan_days, estimators: [ols, logit]");
        assertThatThrownBy(() -> PlanReader.parse(yaml))
                .hasMessage("models[1].estimators: logit needs a binary outcome; 'cin_plan_days' is cin_plan_days");
    }

    @Test
    void a_repeated_key_is_refused() throws IOException {
        String yaml = shipped().replace("programme: RBFF", "programme: RBFF\nprogramme: RBFF");
        assertThatThrownBy(() -> PlanReader.parse(yaml))
                .isInstanceOf(PlanException.class)
                .hasMessageContaining("programme")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void cut_points_and_groups_are_read() throws IOException {
        String yaml = shipped().replace("    siblings: exact", "    siblings: exact\n    age: {cut_points: [12]}")
                .replace("    sex: exact", "    sex: {groups: [[F, U]]}");
        EvaluationPlan p = PlanReader.parse(yaml);
        assertThat(p.matchVariables().get(1).coarsening()).isEqualTo(Coarsening.groups(List.of(List.of("F", "U"))));
        assertThat(p.matchVariables().get(4).coarsening()).isEqualTo(Coarsening.cutPoints(12));
    }

    @Test
    void an_unmatchable_variable_is_named() throws IOException {
        String yaml = shipped().replace("    siblings: exact", "    siblings: exact\n    ethnicity: exact");
        assertThatThrownBy(() -> PlanReader.parse(yaml))
                .hasMessageStartingWith("matching.variables.ethnicity: 'ethnicity' cannot be matched on");
    }
}
