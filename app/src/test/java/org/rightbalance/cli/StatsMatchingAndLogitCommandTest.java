package org.rightbalance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.stats.data.ColumnKind;
import org.rightbalance.stats.data.CsvTableReader;
import org.rightbalance.stats.data.Table;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatsMatchingAndLogitCommandTest {

    @TempDir
    Path dir;

    /** Two strata with both groups; one treated (sex U) and one control (stratum F/0) without a match. */
    private Path cohort() throws IOException {
        Path p = dir.resolve("cohort.csv");
        Files.writeString(p, """
                id,family,treated,sex,previous,y
                a1,f1,1,M,1,1
                a2,f2,1,M,1,0
                a3,f3,1,F,1,0
                a4,f4,1,U,0,1
                b1,f5,0,M,1,0
                b2,f5,0,M,1,1
                b3,f6,0,M,1,0
                b4,f7,0,F,1,1
                b5,f8,0,F,1,0
                b6,f9,0,F,0,0
                """);
        return p;
    }

    private static JsonNode json(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void cemReportsCountsStrataAndL1AndWritesEveryInputRowWithItsWeight() throws IOException {
        Path out = dir.resolve("matched.csv");

        JsonNode json = json(CliRun.of("stats", "cem", "--data", cohort().toString(), "--treatment", "treated",
                "--match", "sex,previous", "--id", "id", "--out", out.toString(), "--json"));

        assertThat(json.get("matched").get("treated").asInt()).isEqualTo(3);
        assertThat(json.get("matched").get("control").asInt()).isEqualTo(5);
        assertThat(json.get("unmatched").get("treated").asInt()).isEqualTo(1);
        assertThat(json.get("unmatched").get("control").asInt()).isEqualTo(1);
        assertThat(json.get("strata").asInt()).isEqualTo(2);
        assertThat(json.get("l1").get("before").asDouble()).isGreaterThan(json.get("l1").get("after").asDouble());
        assertThat(json.get("unmatched_treated_ids").get(0).asString()).isEqualTo("a4");

        Table matched = CsvTableReader.read(out, Map.of("id", ColumnKind.CATEGORICAL, "matched", ColumnKind.NUMERIC,
                "weight", ColumnKind.NUMERIC, "y", ColumnKind.NUMERIC));
        assertThat(matched.rowCount()).isEqualTo(10);
        assertThat(CsvTableReader.header(out)).containsExactly("id", "family", "treated", "sex", "previous", "y",
                "matched", "stratum", "weight");
        // ATT: control weight = (treated in stratum / controls in stratum) · (matched controls / matched treated).
        double[] w = matched.numeric("weight").values();
        assertThat(w[0]).isEqualTo(1.0);
        assertThat(w[3]).isZero();                               // a4: unmatched treated
        assertThat(w[4]).isCloseTo(2.0 / 3 * 5 / 3, within(1e-12)); // M stratum
        assertThat(w[7]).isCloseTo(1.0 / 2 * 5 / 3, within(1e-12)); // F stratum
        assertThat(w[9]).isZero();                               // b6: no treated F/0
    }

    @Test
    void balanceOfTheMatchedFileShowsNoDifferenceAfterWeighting() throws IOException {
        Path out = dir.resolve("matched.csv");
        json(CliRun.of("stats", "cem", "--data", cohort().toString(), "--treatment", "treated", "--match", "sex,previous",
                "--out", out.toString(), "--json"));

        JsonNode json = json(CliRun.of("stats", "balance", "--data", out.toString(), "--treatment", "treated",
                "--covariates", "sex,previous", "--weights", "weight", "--json"));

        assertThat(json.get("matched_treated").asInt()).isEqualTo(3);
        for (JsonNode row : json.get("rows")) {
            assertThat(row.get("after").get("mean_treated").asDouble())
                    .as(row.get("name").asString())
                    .isCloseTo(row.get("after").get("mean_control").asDouble(), within(1e-12));
        }
    }

    @Test
    void cemWithADuplicateIdentifierNamesBothLines() throws IOException {
        Path p = dir.resolve("dup.csv");
        Files.writeString(p, "id,treated,sex\nx,1,M\ny,0,M\nx,0,F\n");

        CliRun run = CliRun.of("stats", "cem", "--data", p.toString(), "--treatment", "treated", "--match", "sex", "--id", "id");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo(
                "rightbalance: dup.csv, line 4, column 'id': identifier 'x' is also on line 2; identifiers must be unique");
    }

    @Test
    void cemWithAnEmptyGroupSaysSo() throws IOException {
        Path p = dir.resolve("none.csv");
        Files.writeString(p, "treated,sex\n0,M\n0,F\n");

        CliRun run = CliRun.of("stats", "cem", "--data", p.toString(), "--treatment", "treated", "--match", "sex");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("rightbalance: none.csv").contains("treated");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void logitJsonHasOddsRatiosAndTheMarginalEffect() throws IOException {
        JsonNode json = json(CliRun.of("stats", "logit", "--data", cohort().toString(), "--formula", "y ~ treated + previous",
                "--cluster", "family", "--marginal", "treated", "--json"));

        assertThat(json.get("vce").asString()).isEqualTo("cr1");
        assertThat(json.get("clusters").asInt()).isEqualTo(9);
        List<String> terms = new java.util.ArrayList<>();
        json.get("coefficients").forEach(c -> terms.add(c.get("term").asString()));
        assertThat(terms).containsExactly("(Intercept)", "treated", "previous");
        double b = json.get("coefficients").get(1).get("estimate").asDouble();
        assertThat(json.get("odds_ratios").get(1).get("odds_ratio").asDouble())
                .isCloseTo(Math.exp(b), within(1e-12));
        assertThat(json.get("marginal_effect").get("term").asString()).isEqualTo("treated");
    }

    @Test
    void logitOfANonBinaryOutcomeNamesTheLine() throws IOException {
        Path p = dir.resolve("y.csv");
        Files.writeString(p, "y,x\n0,1\n1,2\n2,3\n0,4\n");

        CliRun run = CliRun.of("stats", "logit", "--data", p.toString(), "--formula", "y ~ x");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("rightbalance: y.csv, line 4, column 'y': 2");
    }
}
