package org.rightbalance.evaluation.pipeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.Plans;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** From a small synthetic extract to analysis_table.csv and results.json. */
class EndToEndPipelineTest {

    static final long SEED = 20200218L;
    static final int TREATED = 140;
    static final int COMPARISON = 480;

    private static final EvaluationPlan PLAN = Plans.rbff2020();
    private static EvaluationResult result;
    private static final List<PipelineProgress.Stage> stages = new ArrayList<>();

    @TempDir
    static Path out;

    @BeforeAll
    static void run() {
        result = EvaluationPipeline.run(PLAN, SmallSyntheticExtract.generate(SEED, TREATED, COMPARISON),
                (stage, message) -> stages.add(stage));
        ResultWriter.write(result, out);
    }

    @Test
    void progress_is_reported_for_every_stage_in_order() {
        assertThat(stages).containsExactly(PipelineProgress.Stage.values());
    }

    @Test
    void the_analysis_table_has_the_documented_columns_and_one_row_per_child() throws IOException {
        List<String> lines = Files.readAllLines(out.resolve(ResultWriter.ANALYSIS_TABLE));
        assertThat(lines.get(0)).isEqualTo("person_id,family_id,group,treated,key_referral_id,key_referral_date,age,"
                + "sex,previous_referral,quarter,siblings,followup_complete,referral_after_cutoff,rereferral_1y,"
                + "cin_plan_days,escalation_1y,matched,stratum,weight");
        assertThat(lines).hasSize(1 + result.counts().treated() + result.counts().comparison());
        assertThat(result.rows()).extracting(r -> r.row().personId()).doesNotHaveDuplicates();
    }

    @Test
    void results_json_holds_every_model_with_its_terms_and_no_nan() throws IOException {
        String text = Files.readString(out.resolve(ResultWriter.RESULTS));
        assertThat(text).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode json = JsonMapper.builder().build().readTree(text);
        JsonNode models = json.get("models");
        assertThat(models.size()).isEqualTo(9);
        List<String> keys = new ArrayList<>();
        for (JsonNode m : models) {
            keys.add(m.get("outcome").asString() + "/" + m.get("estimator").asString() + "/"
                    + m.get("sensitivity").asBoolean());
            assertThat(m.get("note").isNull()).as(m.toString()).isTrue();
            List<String> terms = new ArrayList<>();
            m.get("coefficients").forEach(c -> terms.add(c.get("term").asString()));
            assertThat(terms).containsExactlyElementsOf(m.get("sensitivity").asBoolean()
                    ? List.of("(Intercept)", "treated", "referral_after_cutoff") : List.of("(Intercept)", "treated"));
            assertThat(m.get("coefficients").get(1).propertyNames()).containsExactly("term", "estimate", "std_error",
                    "statistic", "p_value", "conf_low", "conf_high");
            assertThat(m.get("marginal_effect").isNull()).isEqualTo(m.get("estimator").asString().equals("ols"));
            assertThat(m.get("reading").asString()).containsPattern("evidence (of an effect|of a difference) \\(p [=<]");
        }
        assertThat(keys).containsExactly("rereferral_1y/ols/false", "rereferral_1y/logit/false",
                "rereferral_1y/ols/true", "rereferral_1y/logit/true", "cin_plan_days/ols/false",
                "escalation_1y/ols/false", "escalation_1y/logit/false", "escalation_1y/ols/true",
                "escalation_1y/logit/true");
        assertThat(json.get("plan").get("comparison").get("window_end").asString()).isEqualTo("2017-02-19");
        assertThat(json.get("plan").get("treated").get("window_end").isNull()).isTrue();
        assertThat(json.get("characteristics").size()).isEqualTo(4);
        assertThat(json.get("power").size()).isEqualTo(3);
        assertThat(json.get("e_values").size()).isEqualTo(3);
        assertThat(json.get("excluded_from_outcome").get(0).get("outcome").asString()).isEqualTo("cin_plan_days");
    }

    @Test
    void the_consort_steps_only_shrink_and_end_at_the_matched_counts() {
        Consort c = result.consort();
        assertThat(c.treated()).extracting(ConsortStep::n).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(c.comparison()).extracting(ConsortStep::n).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        long matchedTreated = result.rows().stream().filter(r -> r.matched() && r.row().treated() == 1).count();
        assertThat(c.treated().get(3).n()).isEqualTo((int) matchedTreated).isPositive();
        assertThat(c.treated().get(1).n() - c.treated().get(2).n())
                .isEqualTo(c.treatedBelowAgeBand() + c.treatedAboveAgeBand()).isPositive();
        assertThat(result.characteristics().get(0).n()).isEqualTo((int) matchedTreated);
        assertThat(c.matchedTreatedAfterCutoff()).isPositive().isLessThan((int) matchedTreated);
        assertThat(result.characteristics().get(2).n() + result.characteristics().get(3).n())
                .isEqualTo(result.counts().comparison());
    }

    @Test
    void open_cin_plans_are_left_out_of_the_cin_model_and_counted_by_group() {
        OutcomeExclusions e = result.exclusions().get(0);
        ModelResult cin = result.model("cin_plan_days", "ols", false);
        int matched = (int) result.rows().stream().filter(MatchedRow::matched).count();
        assertThat(e.treatedOpenPlan() + e.comparisonOpenPlan()).isPositive();
        assertThat(cin.n()).isEqualTo(matched - e.treatedOpenPlan() - e.comparisonOpenPlan() - e.treatedNoPlan()
                - e.comparisonNoPlan());
    }

    @Test
    void the_logit_marginal_effect_is_on_the_probability_scale() {
        ModelResult logit = result.model("rereferral_1y", "logit", false);
        ModelResult ols = result.model("rereferral_1y", "ols", false);
        // with a single 0/1 regressor, the weighted logit reproduces the weighted group means exactly
        assertThat(logit.marginalEffect().orElseThrow().estimate())
                .isCloseTo(ols.coefficient("treated").orElseThrow().estimate(), org.assertj.core.api.Assertions.within(1e-8));
    }
}
