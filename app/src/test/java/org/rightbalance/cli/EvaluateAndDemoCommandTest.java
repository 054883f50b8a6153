package org.rightbalance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluateAndDemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void demoReproducesTheEvaluationOnASyntheticCouncilAndWritesTheReport() throws IOException {
        Path out = dir.resolve("demo");

        CliRun run = CliRun.of("demo", "--no-serve", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Matched 120 treated to 440 comparison children").contains("report.html");
        for (String file : List.of("analysis_table.csv", "results.json", "report.html", "report.pdf", "rbff-2020.yaml",
                "data/ssd_person.csv")) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(Files.readAllBytes(out.resolve("report.pdf"))).startsWith("%PDF".getBytes());
        JsonNode results = JsonMapper.builder().build().readTree(Files.readString(out.resolve("results.json")));
        assertThat(results.get("models")).hasSize(9);
        assertThat(run.err()).doesNotContain("WARNING").doesNotContain("INFO");
    }

    @Test
    void evaluateOnAnExtractWithAnUnknownPersonStopsBeforeAnalysisAndWritesNothing() throws IOException {
        Path data = dir.resolve("extract");
        assertThat(CliRun.of("synth", "--out", data.toString()).exitCode()).isZero();
        Files.writeString(data.resolve("ssd_cin_episodes.csv"),
                "R-ORPHAN,NOBODY,2018-01-05,N1,1A,,\n", java.nio.file.StandardOpenOption.APPEND);
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, org.rightbalance.evaluation.Evaluation.shippedPlan("rbff-2020"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--data", data.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("ssd_cin_episodes.csv").contains("R-ORPHAN").contains("unknown-person")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void evaluateCanDropAndCountInvalidRowsWhenAsked() throws IOException {
        Path data = dir.resolve("extract");
        assertThat(CliRun.of("synth", "--out", data.toString()).exitCode()).isZero();
        Files.writeString(data.resolve("ssd_cin_episodes.csv"),
                "R-ORPHAN,NOBODY,2018-01-05,N1,1A,,\n", java.nio.file.StandardOpenOption.APPEND);
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, org.rightbalance.evaluation.Evaluation.shippedPlan("rbff-2020"));

        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--data", data.toString(), "--out",
                dir.resolve("out").toString(), "--invalid-rows", "drop");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("unknown-person").contains("Matched 120 treated to 440 comparison children");
    }

    @Test
    void aPlanWithAnUnknownKeyIsOneLineNamingTheKey() throws IOException {
        Path plan = dir.resolve("plan.yaml");
        Files.writeString(plan, org.rightbalance.evaluation.Evaluation.shippedPlan("rbff-2020") + "\nsurprise: 1\n");

        CliRun run = CliRun.of("evaluate", "--plan", plan.toString(), "--data", dir.toString(), "--out",
                dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("surprise");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }
}
