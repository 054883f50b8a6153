package org.rightbalance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.benchmark.EvaluationBenchmark;
import org.rightbalance.benchmark.EvaluationTimings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BenchEvaluationCommandTest {

    private static final List<String> MODELS = List.of("rereferral_1y/ols", "rereferral_1y/logit",
            "rereferral_1y/ols/cutoff", "rereferral_1y/logit/cutoff", "cin_plan_days/ols", "escalation_1y/ols",
            "escalation_1y/logit", "escalation_1y/ols/cutoff", "escalation_1y/logit/cutoff");

    @TempDir
    Path dir;

    @Test
    void evaluationRunPrintsOneJsonLineWithTheStepsCountsAndEveryModel() {
        Path data = dir.resolve("extract");
        assertThat(CliRun.of("synth", "--scale", "0.2", "--out", data.toString()).exitCode()).isZero();
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("bench", "evaluation-run", "--data", data.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String[] lines = run.out().strip().split("\n");
        assertThat(lines).hasSize(1);
        EvaluationTimings t = EvaluationTimings.parse(lines[0]);
        assertThat(t.implementation()).isEqualTo("Java");
        assertThat(t.referrals()).isPositive();
        assertThat(t.people()).isPositive();
        assertThat(List.of(t.read(), t.cohorts(), t.matching(), t.models(), t.outputs())).allSatisfy(
                s -> assertThat(s).isNotNegative());
        assertThat(t.peakRssMb()).isPositive();
        assertThat(t.count("treated")).isPositive().isLessThanOrEqualTo(t.count("flagged_key_referral_in_window"));
        assertThat(t.count("flagged_key_referral_in_window")).isLessThanOrEqualTo(t.count("flagged"));
        assertThat(t.count("comparison")).isPositive().isLessThanOrEqualTo(t.count("comparison_with_referral"));
        assertThat(t.count("matched_treated")).isPositive().isLessThanOrEqualTo(t.count("treated"));
        assertThat(t.count("matched_control")).isPositive().isLessThanOrEqualTo(t.count("comparison"));
        assertThat(t.estimates()).extracting(EvaluationTimings.Estimate::model).containsExactlyElementsOf(MODELS);
        assertThat(t.estimates().get(0).n()).isEqualTo(t.count("matched_treated") + t.count("matched_control"));
        assertThat(t.estimates().get(0).treatedSe()).isPositive();
        assertThat(out.resolve("results.json")).isNotEmptyFile();
        assertThat(out.resolve("rbff-2020.yaml")).isNotEmptyFile();
        assertThat(EvaluationTimings.parse(t.toJson())).isEqualTo(t);
    }

    @Test
    void benchEvaluationWithoutRWritesItsSectionAndLeavesTheOthers() throws IOException {
        Path report = dir.resolve("benchmarks.md");
        String stats = "<!-- bench:stats:start -->\n## Statistics engine\n\nkept as it was\n<!-- bench:stats:end -->";
        Files.writeString(report, "# Benchmarks\n\n" + stats + "\n");

        CliRun run = CliRun.of("bench", "evaluation", "--scale", "0.2", "--no-r", "--work", dir.resolve("work").toString(),
                "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Java: {\"implementation\":\"Java\"").contains("Written to " + report);
        String text = Files.readString(report);
        assertThat(text).contains(stats).contains("<!-- bench:evaluation:start -->")
                .contains("<!-- bench:evaluation:end -->").contains("## Whole evaluation")
                .contains("`./rightbalance bench evaluation --scale 0.2 --no-r`").contains("| **total** |")
                .contains("| peak memory (MB) |").contains("| matched_treated |").contains("| cin_plan_days/ols |");
        assertThat(text.indexOf("bench:stats:end")).isLessThan(text.indexOf("bench:evaluation:start"));
        assertThat(dir.resolve("work/ssd-scale0.2-seed2020/ssd_cin_episodes.csv")).isNotEmptyFile();
    }

    @Test
    void theAgreementTableSaysWhichCountsAndEstimatesDiffer() {
        EvaluationTimings java = EvaluationTimings.parse("{\"implementation\": \"Java\", \"referrals\": 10, \"people\": 8,"
                + " \"read\": 1, \"cohorts\": 1, \"matching\": 1, \"models\": 1, \"outputs\": 1, \"peak_rss_mb\": 100,"
                + " \"flagged\": 5, \"flagged_key_referral_in_window\": 4, \"treated\": 3, \"comparison_with_referral\": 6,"
                + " \"comparison\": 5, \"evaluation_period_untreated\": 2, \"matched_treated\": 3, \"matched_control\": 4,"
                + " \"estimates\": {\"rereferral_1y/ols\": {\"n\": 7, \"treated\": 0.25, \"treated_se\": 0.125}}}");
        String sameJson = java.toJson().replace("\"Java\"", "\"R\"");
        EvaluationTimings same = EvaluationTimings.parse(sameJson);
        EvaluationTimings other = EvaluationTimings.parse(sameJson.replace("\"comparison\":5", "\"comparison\":6")
                .replace("\"treated\":0.25", "\"treated\":0.2500001"));

        String agreeing = EvaluationBenchmark.markdown(new EvaluationBenchmark.Comparison(1, 2020, 1000, java,
                Optional.of(same)), "Machine: test.", "cmd", null);
        String differing = EvaluationBenchmark.markdown(new EvaluationBenchmark.Comparison(1, 2020, 1000, java,
                Optional.of(other)), "Machine: test.", "cmd", "A note.");

        assertThat(EvaluationBenchmark.agree(java, same, 1e-8)).isTrue();
        assertThat(EvaluationBenchmark.agree(java, other, 1e-8)).isFalse();
        assertThat(agreeing).contains("| comparison | 5 | 5 | equal |").contains("Every count is equal")
                .contains("| **total** | 4.00 | 4.00 | **1.0×** |");
        assertThat(differing).contains("| comparison | 5 | 6 | **differ** |").contains("**The two runs disagree**")
                .contains("A note.").contains("| rereferral_1y/ols | 7 | 7 | 0.2500000000 | 0.2500001000 |");
    }
}
