package org.rightbalance.evaluation.pipeline;

import org.junit.jupiter.api.Test;
import org.rightbalance.evaluation.Plans;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.Table;
import org.rightbalance.stats.model.Coefficient;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The models of the pipeline on {@code fixtures/pipeline/analysis_table.csv} (written by the pipeline
 * from {@link SmallSyntheticExtract}) against R's {@code lm}/{@code glm} with {@code sandwich::vcovCL},
 * values written by {@code fixtures/pipeline/refit_models.R} into {@code expected_models.csv}.
 */
class PipelineAgainstRTest {

    private static final EvaluationPlan PLAN = Plans.rbff2020();
    /** Set to true (-Drightbalance.writeFixtures=true) to rewrite analysis_table.csv from the pipeline. */
    private static final boolean WRITE = Boolean.getBoolean("rightbalance.writeFixtures");

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(PipelineAgainstRTest.class.getResource("/fixtures/pipeline/" + name),
                name).toURI());
    }

    @Test
    void the_fixture_is_the_pipelines_analysis_table_of_the_synthetic_extract() throws Exception {
        EvaluationResult r = EvaluationPipeline.run(PLAN, SmallSyntheticExtract.generate(
                EndToEndPipelineTest.SEED, EndToEndPipelineTest.TREATED, EndToEndPipelineTest.COMPARISON));
        Path tmp = Files.createTempFile("analysis_table", ".csv");
        AnalysisTable.writeCsv(tmp, PLAN, r.rows());
        if (WRITE) {
            Path source = Path.of("src/test/resources/fixtures/pipeline/analysis_table.csv");
            Files.copy(tmp, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readString(tmp)).isEqualTo(Files.readString(fixture("analysis_table.csv")));
        Files.delete(tmp);
    }

    @Test
    void ols_and_logit_models_agree_with_r_to_1e_6() throws IOException, URISyntaxException {
        Map<String, ColumnKind> cols = new LinkedHashMap<>();
        cols.put("family_id", ColumnKind.CATEGORICAL);
        cols.put("treated", ColumnKind.NUMERIC);
        cols.put("weight", ColumnKind.NUMERIC);
        cols.put("referral_after_cutoff", ColumnKind.NUMERIC);
        for (String o : List.of("rereferral_1y", "cin_plan_days", "escalation_1y")) {
            cols.put(o, ColumnKind.NUMERIC);
        }
        Table table = CsvTableReader.read(fixture("analysis_table.csv"), cols);
        List<ModelResult> models = new ModelFitter(PLAN).fitAll(table);

        List<String> lines = Files.readAllLines(fixture("expected_models.csv"));
        assertThat(lines.get(0)).isEqualTo("outcome,estimator,sensitivity,term,quantity,value");
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            ModelResult m = models.stream().filter(x -> x.outcome().equals(f[0]) && x.estimator().equals(f[1])
                    && x.sensitivity() == Boolean.parseBoolean(f[2].toLowerCase())).findFirst().orElseThrow();
            double expected = Double.parseDouble(f[5]);
            String what = String.join("/", f[0], f[1], f[2], f[3], f[4]);
            double actual = switch (f[4]) {
                case "n" -> m.n();
                case "clusters" -> m.clusters();
                case "control_mean" -> m.controlMean();
                case "ame", "ame_se" -> {
                    Coefficient ame = m.marginalEffect().orElseThrow();
                    yield f[4].equals("ame") ? ame.estimate() : ame.stdError();
                }
                default -> {
                    Coefficient c = m.coefficient(f[3]).orElseThrow(() -> new AssertionError("no term " + what));
                    yield switch (f[4]) {
                        case "estimate" -> c.estimate();
                        case "std_error" -> c.stdError();
                        case "p_value" -> c.pValue();
                        case "conf_low" -> c.confLow();
                        case "conf_high" -> c.confHigh();
                        default -> throw new AssertionError("unknown quantity " + what);
                    };
                }
            };
            double tolerance = Math.max(1e-9, 1e-6 * Math.abs(expected));
            assertThat(actual).as(what + " (R: expected_models.csv)").isCloseTo(expected,
                    org.assertj.core.api.Assertions.within(tolerance));
            checked++;
        }
        assertThat(checked).isGreaterThan(80);
    }
}
