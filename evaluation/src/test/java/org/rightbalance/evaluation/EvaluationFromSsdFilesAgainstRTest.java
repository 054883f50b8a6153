package org.rightbalance.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.pipeline.PipelineProgress;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * End to end from files: the synthetic Camden extract (seed 2020) is written as SSD CSV files,
 * evaluated with the shipped rbff-2020 plan, and the models in {@code results.json} are compared
 * with R on the same analysis table ({@code fixtures/end-to-end/}, expected values written by
 * {@code fixtures/pipeline/refit_models.R}: lm/glm + sandwich::vcovCL).
 */
class EvaluationFromSsdFilesAgainstRTest {

    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(
                EvaluationFromSsdFilesAgainstRTest.class.getResource("/fixtures/end-to-end/" + name), name).toURI());
    }

    @Test
    void resultsJsonFromSsdFilesAgreesWithROnTheSameAnalysisTable() throws IOException, URISyntaxException {
        Path data = dir.resolve("extract");
        SyntheticCouncil.write(data, Profile.CAMDEN_2020, 2020, 1);
        Path plan = dir.resolve("rbff-2020.yaml");
        Files.writeString(plan, Evaluation.shippedPlan("rbff-2020"));
        Path out = dir.resolve("out");

        Evaluation.Outcome outcome = Evaluation.run(new Evaluation.Request(plan, data, out, null), PipelineProgress.NONE);

        assertThat(Files.readString(outcome.analysisTable()))
                .as("the analysis table R was run on is the one the pipeline writes")
                .isEqualTo(Files.readString(fixture("analysis_table.csv")));
        JsonNode models = JsonMapper.builder().build().readTree(Files.readString(outcome.results())).get("models");
        List<String> expected = Files.readAllLines(fixture("expected_models.csv"));
        assertThat(expected.get(0)).isEqualTo("outcome,estimator,sensitivity,term,quantity,value");
        int checked = 0;
        for (String line : expected.subList(1, expected.size())) {
            String[] f = line.split(",");
            JsonNode model = find(models, f[0], f[1], Boolean.parseBoolean(f[2].toLowerCase()));
            double actual = switch (f[4]) {
                case "n", "clusters", "control_mean" -> model.get(f[4]).asDouble();
                case "ame" -> model.get("marginal_effect").get("estimate").asDouble();
                case "ame_se" -> model.get("marginal_effect").get("std_error").asDouble();
                default -> term(model, f[3]).get(f[4]).asDouble();
            };
            double value = Double.parseDouble(f[5]);
            assertThat(actual).as(String.join("/", f) + " (R)").isCloseTo(value, within(Math.max(1e-9, 1e-6 * Math.abs(value))));
            checked++;
        }
        assertThat(checked).isGreaterThan(80);
        assertThat(outcome.reportPdf()).isNotEmptyFile();
        assertThat(outcome.reportHtml()).isNotEmptyFile();
    }

    private static JsonNode find(JsonNode models, String outcome, String estimator, boolean sensitivity) {
        for (JsonNode m : models) {
            if (m.get("outcome").asString().equals(outcome) && m.get("estimator").asString().equals(estimator)
                    && m.get("sensitivity").asBoolean() == sensitivity) {
                return m;
            }
        }
        throw new AssertionError("no model " + outcome + "/" + estimator + "/" + sensitivity + " in results.json");
    }

    private static JsonNode term(JsonNode model, String term) {
        for (JsonNode c : model.get("coefficients")) {
            if (c.get("term").asString().equals(term)) {
                return c;
            }
        }
        throw new AssertionError("no term " + term);
    }
}
