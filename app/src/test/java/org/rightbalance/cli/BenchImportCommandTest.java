package org.rightbalance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.benchmark.ImportBenchmark;
import org.rightbalance.benchmark.LargeCinCensus;
import org.rightbalance.evaluation.importing.ExtractMerger;
import org.rightbalance.evaluation.importing.Importer;
import org.rightbalance.evaluation.importing.cin.CinCensusReader;
import org.rightbalance.evaluation.importing.cin.CinCheck;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BenchImportCommandTest {

    @TempDir
    Path dir;

    @Test
    void theGeneratedCensusFileHasTheAskedSizeAndPassesEveryRule() throws IOException {
        Path file = dir.resolve("large.xml");

        LargeCinCensus.Written written = LargeCinCensus.write(file, 300_000, 7);

        assertThat(Files.size(file)).isEqualTo(written.bytes()).isBetween(300_000L, 310_000L);
        CinCheck check = CinCensusReader.check(file);
        assertThat(check.children()).isEqualTo(written.children()).isGreaterThan(100);
        assertThat(check.referrals()).isEqualTo(written.referrals());
        assertThat(check.cpPlans()).isPositive();
        Path again = dir.resolve("again.xml");
        LargeCinCensus.write(again, 300_000, 7);
        assertThat(Files.mismatch(file, again)).isEqualTo(-1L);
    }

    @Test
    void importRunPrintsOneJsonLinePerStepWithTheEventsItTouched() throws IOException {
        Path file = dir.resolve("small.xml");
        LargeCinCensus.Written written = LargeCinCensus.write(file, 100_000, 3);

        CliRun stax = CliRun.of("bench", "import-run", "--file", file.toString(), "--mode", "stax");
        CliRun check = CliRun.of("bench", "import-run", "--file", file.toString(), "--mode", "check");

        assertThat(stax.exitCode()).as(stax.err()).isZero();
        assertThat(check.exitCode()).as(check.err()).isZero();
        ImportBenchmark.Run floor = ImportBenchmark.Run.parse(stax.out().strip());
        ImportBenchmark.Run checked = ImportBenchmark.Run.parse(check.out().strip());
        assertThat(floor.mode()).isEqualTo("stax");
        assertThat(floor.bytes()).isEqualTo(written.bytes());
        assertThat(floor.events()).isGreaterThan(written.children() * 20);
        assertThat(checked.events()).isEqualTo(written.children());
        assertThat(checked.peakHeapMb()).isPositive();
    }

    @Test
    void benchImportWritesItsSectionWithEveryStepUnderASmallHeap() throws IOException {
        Path report = dir.resolve("benchmarks.md");
        Files.writeString(report, "# Benchmarks\n\n<!-- bench:import:start -->\nold\n<!-- bench:import:end -->\n");

        CliRun run = CliRun.of("bench", "import", "--size-mb", "1", "--xmx", "64m", "--read-xmx", "96m", "--work",
                dir.resolve("work").toString(), "--report", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(report);
        assertThat(text).doesNotContain("\nold\n").contains("<!-- bench:import:start -->")
                .contains("## CIN census import").contains("plain StAX parse (floor)")
                .contains("`CinCensusReader.check`").contains("`Importer.run` streaming import")
                .contains("`CinCensusReader.read`").contains("again into the folder it built")
                .contains("`SsdDatabaseImport`")
                .contains("./rightbalance bench import --size-mb 1").contains("| -Xmx64m |").contains("| -Xmx96m |");
        assertThat(text).doesNotContain("did not finish");
        assertThat(dir.resolve("work/cin-census-1MB-seed2020.xml")).isNotEmptyFile();
    }

    @Test
    void importRunStreamsTheGeneratedCensusAndLeavesNoFolderBehind() throws IOException {
        Path file = dir.resolve("small.xml");
        LargeCinCensus.Written written = LargeCinCensus.write(file, 200_000, 5);

        CliRun run = CliRun.of("bench", "import-run", "--file", file.toString(), "--mode", "import");

        assertThat(run.exitCode()).as(run.err()).isZero();
        ImportBenchmark.Run imported = ImportBenchmark.Run.parse(run.out().strip());
        assertThat(imported.mode()).isEqualTo("import");
        assertThat(imported.events()).isEqualTo(written.children());
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("small.xml");
        }
    }

    @Test
    void aGeneratedCensusStreamsIntoAValidExtractHoldingEveryRecordInIdOrder() throws IOException {
        Path file = dir.resolve("large.xml");
        LargeCinCensus.write(file, 2_000_000, 11);
        Path out = dir.resolve("input");

        ExtractMerger.Imported imported = Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS, List.of(file),
                out));

        assertThat(imported.read()).as("streamed: no record kept").isNull();
        SsdExtract written = SsdReader.read(out, ValidationPolicy.STOP).extract();
        SsdExtract census = CinCensusReader.read(file).extract();
        assertThat(written.people()).isSortedAccordingTo(Comparator.comparing(Person::personId))
                .containsExactlyInAnyOrderElementsOf(census.people());
        assertThat(written.referrals()).isSortedAccordingTo(Comparator.comparing(Referral::referralId))
                .containsExactlyInAnyOrderElementsOf(census.referrals());
        assertThat(written.cinPlans()).containsExactlyInAnyOrderElementsOf(census.cinPlans());
        assertThat(written.cpPlans()).containsExactlyInAnyOrderElementsOf(census.cpPlans());
        assertThat(imported.totals().people()).isEqualTo(census.people().size());
        assertThat(imported.totals().referrals()).isEqualTo(census.referrals().size());
    }

    @Test
    void anUnknownModeIsAnOptionError() {
        CliRun run = CliRun.of("bench", "import-run", "--file", dir.resolve("x.xml").toString(), "--mode", "dom");

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("stax").contains("dom");
    }
}
