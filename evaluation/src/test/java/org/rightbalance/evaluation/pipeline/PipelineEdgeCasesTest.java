package org.rightbalance.evaluation.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.ExtractBuilder;
import org.rightbalance.evaluation.Plans;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.evaluation.plan.OutcomeDefinition;
import org.rightbalance.evaluation.plan.OutcomeType;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.stats.model.Coefficient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PipelineEdgeCasesTest {

    private static final EvaluationPlan PLAN = Plans.rbff2020();

    @Test
    void an_empty_treated_cohort_is_a_clear_error() {
        ExtractBuilder b = new ExtractBuilder().person("C", Sex.MALE, "2005-01-01").referral("R1", "C", "2016-01-01");
        assertThatThrownBy(() -> EvaluationPipeline.run(PLAN, b.build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot match: the treated cohort has 0 children and the comparison cohort 1 (plan rbff-2020)");
    }

    @Test
    void models_that_cannot_be_fitted_are_kept_with_a_note_and_nulls_in_json(@TempDir Path out) throws Exception {
        // one treated and two comparison children alike on every match variable; no outcome ever happens
        ExtractBuilder b = new ExtractBuilder()
                .person("T", Sex.MALE, "2007-01-15").referral("RT", "T", "2018-02-01").flag("T", "RT", "2018-02-02")
                .person("C1", Sex.MALE, "2005-01-15").referral("R1", "C1", "2016-02-01")
                .person("C2", Sex.MALE, "2005-06-15").referral("R2", "C2", "2016-03-01");
        EvaluationResult r = EvaluationPipeline.run(PLAN, b.build());
        assertThat(r.cem().matched().total()).isEqualTo(3);
        assertThat(r.models()).hasSize(9).allSatisfy(m -> {
            assertThat(m.fitted()).isFalse();
            assertThat(m.note()).get().asString().startsWith("not estimated: ");
            assertThat(m.reading()).contains("could not be estimated");
        });
        assertThat(r.eValues()).allSatisfy(e -> assertThat(e.note()).isPresent());
        ResultWriter.write(r, out);
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(out.resolve(ResultWriter.RESULTS)));
        assertThat(json.get("e_values").get(0).get("point_e_value").isNull()).isTrue();
        assertThat(json.get("models").get(0).get("coefficients").size()).isZero();
        assertThat(json.get("models").get(0).get("note").asString()).startsWith("not estimated: ");
        assertThat(json.get("power").get(1).get("note").isNull()).isFalse();
    }

    @Test
    void a_p_value_above_alpha_reads_as_no_evidence_never_as_no_effect() {
        OutcomeDefinition o = new OutcomeDefinition("rereferral_1y", OutcomeType.REREFERRAL, 365);
        String text = Readings.read(o, "ols", false, Coefficient.of("treated", -0.007, 0.032, 559, 0.95), 0.95,
                "2019-02-18");
        assertThat(text).contains("0.7 percentage points lower").contains("no evidence of an effect (p = 0.83)")
                .contains("does not show that the programme had no effect");
    }

    @Test
    void an_estimate_that_is_not_a_number_reads_as_not_computable_without_direction_or_significance() {
        OutcomeDefinition o = new OutcomeDefinition("rereferral_1y", OutcomeType.REREFERRAL, 365);
        double nan = Double.NaN;
        String text = Readings.read(o, "ols", false, new Coefficient("treated", nan, nan, nan, nan, nan, nan, 3),
                0.95, "2019-02-18");
        assertThat(text).contains("could not be computed from this sample")
                .doesNotContain("lower", "higher", "no different", "evidence", "p =", "NaN");
    }

    @Test
    void an_estimate_without_an_interval_or_p_value_reads_as_no_evidence_either_way() {
        OutcomeDefinition o = new OutcomeDefinition("cin_plan_days", OutcomeType.CIN_PLAN_DAYS, 0);
        double nan = Double.NaN;
        String text = Readings.read(o, "ols", false, new Coefficient("treated", 12.5, Double.POSITIVE_INFINITY,
                0, nan, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0), 0.95, "2019-02-18");
        assertThat(text).contains("12.5 days longer", "95% CI not estimable", "no evidence either way")
                .doesNotContain("evidence of a difference", "no evidence of an effect", "p =", "p <", "Infinity",
                        "NaN");
    }

    @Test
    void a_p_value_below_alpha_reads_as_an_association_not_a_proof() {
        OutcomeDefinition o = new OutcomeDefinition("cin_plan_days", OutcomeType.CIN_PLAN_DAYS, 0);
        String text = Readings.read(o, "ols", true, Coefficient.of("treated", 60, 20, 300, 0.95), 0.95,
                "2019-02-18");
        assertThat(text).contains("60.0 days longer").contains("controlling for key referrals after 2019-02-18")
                .contains("evidence of a difference (p = 0.003)").contains("association")
                .doesNotContain("caused").doesNotContain("no evidence");
    }
}
