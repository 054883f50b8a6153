package org.rightbalance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class StatsOlsCommandTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void jsonHasCountsAndOneRowPerTermWithTheInterceptNamedAsInR() throws IOException {
        Path data = csv("d.csv", "y,x,fam\n1,0,a\n2,1,a\n2.5,1,b\n4,0,c\n3,1,c\n5,0,d\n");

        CliRun run = CliRun.of("stats", "ols", "--data", data.toString(), "--formula", "y ~ x",
                "--cluster", "fam", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(run.out());
        assertThat(json.get("n").asInt()).isEqualTo(6);
        assertThat(json.get("clusters").asInt()).isEqualTo(4);
        assertThat(json.get("vce").asString()).isEqualTo("cr1");
        JsonNode first = json.get("coefficients").get(0);
        assertThat(first.get("term").asString()).isEqualTo("(Intercept)");
        for (String field : new String[]{"estimate", "std_error", "statistic", "p_value", "conf_low", "conf_high"}) {
            assertThat(first.get(field).isNumber()).as(field).isTrue();
        }
        assertThat(json.get("coefficients").get(1).get("term").asString()).isEqualTo("x");
    }

    @Test
    void missingColumnIsOneLineNamingTheFileAndColumn() throws IOException {
        Path data = csv("d.csv", "y,x\n1,2\n2,3\n");

        CliRun run = CliRun.of("stats", "ols", "--data", data.toString(), "--formula", "y ~ age");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("rightbalance: d.csv: no column 'age' (columns are: y, x)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void nonNumericOutcomeNamesFileLineAndColumn() throws IOException {
        Path data = csv("d.csv", "y,x\n1,2\n2,3\nseven,4\n");

        CliRun run = CliRun.of("stats", "ols", "--data", data.toString(), "--formula", "y ~ x");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("rightbalance: d.csv, line 4, column 'y': 'seven' is not a number");
    }

    @Test
    void aFileThatIsNotCsvIsRejectedWithoutAStackTrace() throws IOException {
        Path data = dir.resolve("picture.csv");
        Files.write(data, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe, 1, 2});

        CliRun run = CliRun.of("stats", "ols", "--data", data.toString(), "--formula", "y ~ x");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("rightbalance: picture.csv: ").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void raggedRowsAreReportedAtTheirLine() throws IOException {
        Path data = csv("d.csv", "y,x\n1,2\n2,3,9\n");

        CliRun run = CliRun.of("stats", "ols", "--data", data.toString(), "--formula", "y ~ x");

        assertThat(run.err().strip()).isEqualTo(
                "rightbalance: d.csv, line 3: has 3 fields but the header has 2 (is this a comma-separated file with one record per line?)");
    }

    @Test
    void clusteredVarianceWithoutAClusterColumnIsAnOptionError() throws IOException {
        Path data = csv("d.csv", "y,x\n1,2\n2,3\n4,1\n");

        CliRun run = CliRun.of("stats", "ols", "--data", data.toString(), "--formula", "y ~ x", "--vce", "cr2");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("rightbalance: --vce cr2 needs --cluster COLUMN");
    }

    @Test
    void versionIsPrinted() {
        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("rightbalance ");
    }
}
