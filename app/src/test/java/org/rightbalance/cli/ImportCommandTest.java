package org.rightbalance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ImportCommandTest {

    @TempDir
    Path dir;

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }

    @Test
    void importingTheSameExtractTwiceChangesNothing() throws IOException {
        Path source = dir.resolve("council");
        assertThat(CliRun.of("synth", "--out", source.toString(), "--scale", "0.2").exitCode()).isZero();
        Path input = dir.resolve("input");

        CliRun first = CliRun.of("import", "--format", "ssd", source.toString(), "--out", input.toString());
        Map<String, String> once = contents(input);
        CliRun second = CliRun.of("import", "--format", "ssd", source.toString(), "--out", input.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(first.out()).contains("Imported into");
        assertThat(contents(input)).isEqualTo(once);
    }

    @Test
    void aFailedImportLeavesTheInputFolderAsItWas() throws IOException {
        Path source = dir.resolve("council");
        assertThat(CliRun.of("synth", "--out", source.toString(), "--scale", "0.2").exitCode()).isZero();
        Path input = dir.resolve("input");
        assertThat(CliRun.of("import", "--format", "ssd", source.toString(), "--out", input.toString()).exitCode()).isZero();
        Map<String, String> before = contents(input);
        Path broken = dir.resolve("903");
        Files.createDirectories(broken);
        Files.writeString(broken.resolve("Header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nX1,7,01/02/2010,WBRI,,,\n");
        Files.writeString(broken.resolve("Episodes.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n");

        CliRun run = CliRun.of("import", "--format", "ssda903", broken.toString(), "--out", input.toString());

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("Header.csv").doesNotContain("\tat ");
        assertThat(contents(input)).isEqualTo(before);
    }

    @Test
    void theImportReportIsPrintedAndWrittenAsJsonPerFileAndTable() throws IOException {
        Path source = dir.resolve("council");
        assertThat(CliRun.of("synth", "--out", source.toString(), "--scale", "0.05").exitCode()).isZero();
        Path input = dir.resolve("input");
        assertThat(CliRun.of("import", "--format", "ssd", source.toString(), "--out", input.toString()).exitCode())
                .isZero();
        Path report = dir.resolve("reports/import.json");

        CliRun again = CliRun.of("import", "--format", "ssd", source.toString(), "--out", input.toString(),
                "--report", report.toString());

        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains(source + " (no collection year): ").contains("0 added, 0 updated");
        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
        JsonNode referrals = json.get("sources").get(0).get("tables").get("referral");
        assertThat(referrals.get("added").asLong()).isZero();
        assertThat(referrals.get("unchanged").asLong()).isPositive();
        assertThat(json.get("sources").get(0).get("year").asInt()).isZero();
    }

    @Test
    void anUnknownFormatIsAnOptionError() {
        CliRun run = CliRun.of("import", "--format", "csv", "x", "--out", dir.toString());

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("use ssd, ssda903 or cin-census");
    }

    @Test
    void eitherAnOutputFolderOrTheApplicationsDatabaseIsNamed() {
        CliRun both = CliRun.of("import", "--format", "ssd", "x", "--out", dir.resolve("in").toString(), "--into-app");
        CliRun neither = CliRun.of("import", "--format", "ssd", "x");
        CliRun noAccount = CliRun.of("import", "--format", "ssd", "x", "--into-app", "--team", "North");

        assertThat(both.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(both.err()).contains("either --out DIR").doesNotContain("Exception");
        assertThat(neither.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(noAccount.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(noAccount.err()).contains("--into-app needs --as USERNAME");
    }

    @Test
    void importingIntoTheApplicationStartsItWithoutAWebServerAndNamesAMissingAccount() throws IOException {
        Path source = dir.resolve("council");
        assertThat(CliRun.of("synth", "--out", source.toString(), "--scale", "0.05").exitCode()).isZero();
        Path data = dir.resolve("data");

        // a new database has no accounts (demo data is not seeded by an import)
        CliRun run = CliRun.of("import", "--format", "ssd", source.toString(), "--into-app", "--as", "admin", "--team",
                "North", "--data-dir", data.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("There is no account 'admin'").doesNotContain("Exception");
        assertThat(data.resolve("db")).isDirectory();
    }
}
