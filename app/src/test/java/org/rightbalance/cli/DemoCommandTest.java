package org.rightbalance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoMatchesTheSyntheticCohortAndEstimatesEveryOutcomeOfTheReport() throws IOException {
        CliRun run = CliRun.of("demo", "--out", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Matching (CEM").contains("What this sample could detect").contains("results.json");
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(dir.resolve("results.json")));
        assertThat(results.get("cohorts").get("treated").asInt()).isEqualTo(121);
        assertThat(results.get("cohorts").get("comparison").asInt()).isEqualTo(463);
        // The one treated child of unknown sex has no comparison match, as in the report's Table 2.
        assertThat(results.get("cohorts").get("unmatched").get("treated").asInt()).isEqualTo(1);
        JsonNode models = results.get("models");
        assertThat(models).hasSize(9);
        for (JsonNode model : models) {
            assertThat(model.get("clusters").asInt()).isLessThan(model.get("n").asInt());
            assertThat(model.get("coefficients").get(1).get("term").asString()).isEqualTo("treated");
            if (model.get("sensitivity").asBoolean()) {
                assertThat(model.get("coefficients").get(2).get("term").asString()).isEqualTo("referral_after_cutoff");
            }
        }
        assertThat(Files.readAllLines(dir.resolve("matched.csv")).get(0)).endsWith(",matched,stratum,weight");
    }
}
