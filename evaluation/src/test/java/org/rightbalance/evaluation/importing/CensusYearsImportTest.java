package org.rightbalance.evaluation.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.importing.cin.CinCensusWriter;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.Finding;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Census files of several collection years into one folder: a later year's file updates what changed, an earlier
 * year's never undoes it, the same file again changes nothing, and two files of one year that disagree stop the import.
 */
class CensusYearsImportTest {

    private static final LocalDate MAY_2023 = LocalDate.of(2023, 5, 1);

    @TempDir
    Path dir;

    /** 2023/24: C1's episode and plan are open, C2's episode closed. */
    private Path year2024() {
        return census("cin-2024.xml", 2024, new SsdExtract(
                List.of(person("C1"), person("C2")), List.of(),
                List.of(referral("C1", MAY_2023, null, ""),
                        referral("C2", LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 1), "RC8")),
                List.of(plan("C1", LocalDate.of(2023, 6, 1), null)), List.of(), List.of(), List.of()));
    }

    /** 2024/25: C1's plan ended and the episode closed; C2 had no activity, so it is not in the file. */
    private Path year2025() {
        LocalDate closed = LocalDate.of(2024, 6, 30);
        return census("cin-2025.xml", 2025, new SsdExtract(List.of(person("C1")), List.of(),
                List.of(referral("C1", MAY_2023, closed, "RC1")),
                List.of(plan("C1", LocalDate.of(2023, 6, 1), closed)), List.of(), List.of(), List.of()));
    }

    @Test
    void aLaterYearsFileUpdatesWhatChangedAndKeepsWhatItDoesNotMention() {
        Path out = dir.resolve("input");
        Importer.run(request(year2024(), out));

        ExtractMerger.Imported second = Importer.run(request(year2025(), out));

        SsdExtract x = SsdReader.read(out, ValidationPolicy.STOP).extract();
        assertThat(x.referrals()).extracting(Referral::referralId, Referral::closeDate, Referral::closeReason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("C1/2023-05-01", LocalDate.of(2024, 6, 30), "RC1"),
                        org.assertj.core.groups.Tuple.tuple("C2/2023-09-01", LocalDate.of(2023, 10, 1), "RC8"));
        assertThat(x.cinPlans()).extracting(CinPlan::planId, CinPlan::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C1/2023-05-01/CIN/2023-06-01",
                        LocalDate.of(2024, 6, 30)));
        assertThat(x.people()).hasSize(2);
        ImportReport.SourceCounts counts = second.report().sources().get(0);
        assertThat(counts.year()).isEqualTo(2025);
        assertThat(counts.tables().get("referral")).isEqualTo(new ImportReport.Counts(0, 1, 0, 0));
        assertThat(counts.tables().get("cin_plan")).isEqualTo(new ImportReport.Counts(0, 1, 0, 0));
        assertThat(counts.tables().get("person")).isEqualTo(new ImportReport.Counts(0, 0, 1, 0));
        assertThat(second.report().summary()).contains("cin-2025.xml (collection year 2024/25)")
                .contains("referral 0 added, 1 updated, 0 unchanged");
    }

    @Test
    void reimportingAnEarlierYearAfterALaterOneChangesNothingAndSaysSo() throws IOException {
        Path out = dir.resolve("input");
        Path earlier = year2024();
        Importer.run(request(earlier, out));
        Importer.run(request(year2025(), out));
        Map<String, byte[]> before = snapshot(out);

        ExtractMerger.Imported again = Importer.run(request(earlier, out));

        assertThat(snapshot(out)).containsOnlyKeys(before.keySet());
        before.forEach((file, bytes) -> assertThat(readBytes(out.resolve(file))).as(file).isEqualTo(bytes));
        assertThat(again.report().sources().get(0).tables().get("referral"))
                .isEqualTo(new ImportReport.Counts(0, 0, 1, 1));
        assertThat(again.report().summary()).contains("1 kept newer");
        JsonNode json = JsonMapper.builder().build().readTree(JsonMapper.builder().build()
                .writeValueAsString(again.report()));
        assertThat(json.get("sources").get(0).get("tables").get("cin_plan").get("keptNewer").asInt()).isEqualTo(1);
        assertThat(Files.readString(out.resolve(ExtractMerger.YEARS_FILE)))
                .contains("referral,C1/2023-05-01,2025").contains("referral,C2/2023-09-01,2024");
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws IOException {
        Path out = dir.resolve("input");
        Path file = year2025();
        Importer.run(request(file, out));
        Map<String, byte[]> before = snapshot(out);

        ExtractMerger.Imported again = Importer.run(request(file, out));

        before.forEach((name, bytes) -> assertThat(readBytes(out.resolve(name))).as(name).isEqualTo(bytes));
        assertThat(again.report().sources().get(0).tables().values())
                .allSatisfy(c -> assertThat(c.added() + c.updated() + c.keptNewer()).isZero());
    }

    @Test
    void twoFilesOfTheSameYearThatDisagreeStopTheImportAndChangeNothing() throws IOException {
        Path out = dir.resolve("input");
        Importer.run(request(year2024(), out));
        Map<String, byte[]> before = snapshot(out);
        Path other = census("cin-2024-resubmitted.xml", 2024, new SsdExtract(List.of(person("C1")), List.of(),
                List.of(referral("C1", MAY_2023, LocalDate.of(2023, 12, 1), "RC8")),
                List.of(plan("C1", LocalDate.of(2023, 6, 1), LocalDate.of(2023, 12, 1))), List.of(), List.of(),
                List.of()));

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> Importer.run(request(other, out)));

        assertThat(e.getMessage()).contains("cin-2024-resubmitted.xml").contains("C1/2023-05-01")
                .contains("conflicting-record").contains("year 2024");
        assertThat(e.report().findings()).extracting(Finding::rule).containsOnly("conflicting-record");
        before.forEach((name, bytes) -> assertThat(readBytes(out.resolve(name))).as(name).isEqualTo(bytes));
    }

    @Test
    void aChildWhoseIdHoldsACommaAndAQuoteIsUpdatedByALaterYearOnEitherPath() throws IOException {
        String child = "C,\"7\"";
        LocalDate closed = LocalDate.of(2024, 6, 30);
        Path earlier = census("cin-2024-quoted.xml", 2024, new SsdExtract(List.of(person(child)), List.of(),
                List.of(referral(child, MAY_2023, null, "")), List.of(), List.of(), List.of(), List.of()));
        Path later = census("cin-2025-quoted.xml", 2025, new SsdExtract(List.of(person(child)), List.of(),
                List.of(referral(child, MAY_2023, closed, "RC1")), List.of(), List.of(), List.of(), List.of()));

        for (boolean streaming : List.of(true, false)) {
            Path out = dir.resolve("input-" + streaming);
            Importer.run(request(earlier, out), streaming);
            ExtractMerger.Imported second = Importer.run(request(later, out), streaming);

            // the years file quotes the key; reading it back must unquote it, or the year is lost and the later
            // year's closure looks like a same-year conflict
            assertThat(Files.readString(out.resolve(ExtractMerger.YEARS_FILE)))
                    .contains("referral,\"C,\"\"7\"\"/2023-05-01\",2025");
            assertThat(ExtractMerger.readYears(out)).containsEntry("referral:" + child + "/" + MAY_2023, 2025);
            assertThat(second.report().sources().get(0).tables().get("referral"))
                    .isEqualTo(new ImportReport.Counts(0, 1, 0, 0));
        }
        assertThat(snapshot(dir.resolve("input-true"))).usingRecursiveComparison()
                .isEqualTo(snapshot(dir.resolve("input-false")));
    }

    private static Importer.Request request(Path file, Path out) {
        return new Importer.Request(Importer.Format.CIN_CENSUS, List.of(file), out);
    }

    private Path census(String name, int year, SsdExtract x) {
        Path file = dir.resolve(name);
        CinCensusWriter.write(x, year, file);
        return file;
    }

    private static Person person(String id) {
        return new Person(id, Sex.FEMALE, "WBRI", LocalDate.of(2010, 2, 3), "");
    }

    private static Referral referral(String child, LocalDate date, LocalDate closed, String reason) {
        return new Referral(child + "/" + date, child, date, "N1", "1A", closed, reason);
    }

    private static CinPlan plan(String child, LocalDate start, LocalDate end) {
        return new CinPlan(child + "/plan", child + "/" + MAY_2023, child, start, end);
    }

    private static Map<String, byte[]> snapshot(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }

    private static byte[] readBytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
