package org.rightbalance.evaluation.importing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.importing.cin.CinCensusException;
import org.rightbalance.evaluation.importing.cin.CinCensusWriter;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One CIN census file into a folder without an extract streams ({@link StreamingCensusImport}): the folder gets the
 * same bytes, the report the same counts and a bad file the same exception as the in-memory path.
 */
class StreamingImportTest {

    @TempDir
    static Path shared;

    private static SsdExtract council;

    @TempDir
    Path dir;

    @BeforeAll
    static void generate() throws IOException {
        Path ssd = shared.resolve("ssd");
        SyntheticCouncil.write(ssd, Profile.CAMDEN_2020, 2020, 1);
        council = SsdReader.read(ssd, ValidationPolicy.STOP).extract();
    }

    @Test
    void aSyntheticCouncilsCensusStreamsIntoTheSameBytesAndReportAsTheInMemoryImport() throws IOException {
        Path census = dir.resolve("cin-census-2019-20.xml");
        CinCensusWriter.write(council, 2020, census);

        assertSameAsInMemory(census, StreamingImport.BUDGET_CHARS);
    }

    @Test
    void tablesLargerThanTheMemoryBudgetAreSortedThroughRunFilesIntoTheSameBytes() throws IOException {
        Path census = dir.resolve("cin-census-2019-20.xml");
        CinCensusWriter.write(council, 2020, census);

        assertSameAsInMemory(census, 2_000);
    }

    @Test
    void eachCollectionYearsCensusStreamsIntoTheSameBytesAndLaterYearsMergeOnTopAsBefore() throws IOException {
        for (int year = 2018; year <= 2020; year++) {
            Path file = dir.resolve("cin-census-" + year + ".xml");
            CinCensusWriter.write(DfeReturnsRoundTripTest.asAt(council, year), year, file);
            assertSameAsInMemory(file, 5_000);
        }
        Path streamed = dir.resolve("streamed");
        Path inMemory = dir.resolve("in-memory");
        for (int year : List.of(2019, 2018, 2020)) {
            Path file = dir.resolve("cin-census-" + year + ".xml");
            ExtractMerger.Imported a = Importer.run(request(file, streamed));
            ExtractMerger.Imported b = Importer.run(request(file, inMemory), false);
            assertThat(a.report()).isEqualTo(b.report());
        }
        assertThat(Folders.snapshot(streamed)).isEqualTo(Folders.snapshot(inMemory));
    }

    @Test
    void aCensusWithAFindingThrowsTheSameReportAndLeavesTheFolderAndItsNeighboursAsTheyWere() throws IOException {
        Path census = dir.resolve("cin-census-2019-20.xml");
        CinCensusWriter.write(council, 2020, census);
        String xml = Files.readString(census);
        int from = xml.indexOf("<Child>");
        String duplicate = xml.substring(from, xml.indexOf("</Child>", from) + "</Child>".length());
        int end = xml.lastIndexOf("</Children>");
        Files.writeString(census, xml.substring(0, end) + duplicate + xml.substring(end));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "kept");

        CinCensusException streamed = catchThrowableOfType(CinCensusException.class,
                () -> Importer.run(request(census, out)));
        CinCensusException inMemory = catchThrowableOfType(CinCensusException.class,
                () -> Importer.run(request(census, out), false));

        assertThat(streamed).isNotNull();
        assertThat(streamed.report()).isEqualTo(inMemory.report());
        assertThat(streamed.report().problemsByRule()).containsKey("duplicate-child");
        assertThat(Folders.snapshot(out)).containsOnlyKeys("notes.txt");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cin-census-2019-20.xml",
                    "out");
        }
    }

    @Test
    void twoCinPlansOfOneReferralWithOneStartAreMergedIntoOneAsTheInMemoryPathDoes() throws IOException {
        LocalDate referred = LocalDate.of(2019, 5, 1);
        LocalDate day = LocalDate.of(2019, 6, 1);
        String referral = "C1/" + referred;
        Path census = dir.resolve("cin.xml");
        // two one-day CIN plans starting on the same day: the census rules accept them, their ids are the same
        CinCensusWriter.write(new SsdExtract(List.of(new Person("C1", Sex.FEMALE, "WBRI", LocalDate.of(2012, 1, 2),
                ""), new Person("C0", Sex.MALE, "", LocalDate.of(2011, 1, 2), "")), List.of(),
                List.of(new Referral(referral, "C1", referred, "N1", "1A", null, "")),
                List.of(new CinPlan("a", referral, "C1", day, day), new CinPlan("b", referral, "C1", day, day)),
                List.of(), List.of(), List.of()), 2020, census);

        ExtractMerger.Imported imported = Importer.run(request(census, dir.resolve("out")));
        ExtractMerger.Imported inMemory = Importer.run(request(census, dir.resolve("in-memory")), false);

        assertThat(imported.read()).as("streamed").isNull();
        assertThat(imported.report()).isEqualTo(inMemory.report());
        assertThat(imported.report().sources().get(0).tables().get("cin_plan"))
                .isEqualTo(new ImportReport.Counts(1, 0, 1, 0));
        assertThat(Folders.snapshot(dir.resolve("out"))).isEqualTo(Folders.snapshot(dir.resolve("in-memory")));
    }

    @Test
    void severalCensusFilesInOneCommandStreamIntoTheSameBytesAndReportAsInMemory() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int year = 2018; year <= 2020; year++) {
            Path file = dir.resolve("cin-census-" + year + ".xml");
            CinCensusWriter.write(DfeReturnsRoundTripTest.asAt(council, year), year, file);
            files.add(file);
        }
        for (List<Path> order : List.of(files, List.of(files.get(2), files.get(0), files.get(1)))) {
            Path streamed = dir.resolve("streamed-" + order.hashCode());
            Path inMemory = dir.resolve("in-memory-" + order.hashCode());
            Importer.Request request = new Importer.Request(Importer.Format.CIN_CENSUS, order, streamed);

            ExtractMerger.Imported a = StreamingImport.run(request, 3_000).orElseThrow();
            ExtractMerger.Imported b = Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS, order, inMemory),
                    false);

            assertThat(a.report()).isEqualTo(b.report());
            assertThat(a.totals()).isEqualTo(b.totals());
            assertThat(a.report().sources()).extracting(ImportReport.SourceCounts::year)
                    .containsExactlyElementsOf(order.stream().map(f -> f.equals(files.get(0)) ? 2018
                            : f.equals(files.get(1)) ? 2019 : 2020).toList());
            assertThat(Folders.snapshot(streamed)).isEqualTo(Folders.snapshot(inMemory));
        }
    }

    @Test
    void aLaterYearIntoAFolderAnImportWroteIsMergedFromTheFolderRowByRow() throws IOException {
        Path earlier = dir.resolve("cin-census-2019.xml");
        Path later = dir.resolve("cin-census-2020.xml");
        CinCensusWriter.write(DfeReturnsRoundTripTest.asAt(council, 2019), 2019, earlier);
        CinCensusWriter.write(DfeReturnsRoundTripTest.asAt(council, 2020), 2020, later);
        Path streamed = dir.resolve("streamed");
        Path inMemory = dir.resolve("in-memory");
        Importer.run(request(later, streamed));
        Importer.run(request(later, inMemory), false);

        ExtractMerger.Imported a = StreamingImport.run(request(earlier, streamed), 2_000).orElseThrow();
        ExtractMerger.Imported b = Importer.run(request(earlier, inMemory), false);

        assertThat(a.report()).isEqualTo(b.report());
        assertThat(a.report().sources().get(0).tables().get("referral").keptNewer())
                .as("2018/19 episodes the 2019/20 file closed").isPositive();
        assertThat(Folders.snapshot(streamed)).isEqualTo(Folders.snapshot(inMemory));
    }

    @Test
    void aFolderNotWrittenByAnImportIsReadWithEveryRuleAndMergedAsBefore() throws IOException {
        Path census = dir.resolve("cin-census-2019-20.xml");
        CinCensusWriter.write(DfeReturnsRoundTripTest.asAt(council, 2020), 2020, census);
        Path streamed = dir.resolve("streamed");
        Path inMemory = dir.resolve("in-memory");
        for (Path out : List.of(streamed, inMemory)) {
            SyntheticCouncil.write(out, Profile.CAMDEN_2020, 2020, 1);
            // a council's own extract, written by hand: rows in no particular order, blanks around a value
            Path person = out.resolve(SsdReader.PERSON);
            List<String> lines = new ArrayList<>(Files.readAllLines(person));
            java.util.Collections.reverse(lines.subList(1, lines.size()));
            lines.set(1, lines.get(1).replaceFirst(",", " ,"));
            Files.write(person, lines);
        }

        ExtractMerger.Imported a = Importer.run(request(census, streamed));
        ExtractMerger.Imported b = Importer.run(request(census, inMemory), false);

        assertThat(a.report()).isEqualTo(b.report());
        assertThat(Folders.snapshot(streamed)).isEqualTo(Folders.snapshot(inMemory));
    }

    @Test
    void aReferralIdGivenToTwoChildrenInTwoSourcesStopsTheImportAsInMemory() throws IOException {
        LocalDate may = LocalDate.of(2020, 5, 1);
        Path first = ssdFolder("first", new SsdExtract(List.of(person("A")), List.of(),
                List.of(new Referral("R1", "A", may, "N1", "", null, "")), List.of(), List.of(), List.of(), List.of()));
        Path second = ssdFolder("second", new SsdExtract(List.of(person("B")), List.of(),
                List.of(new Referral("R1", "B", may, "N1", "", null, "")), List.of(), List.of(), List.of(), List.of()));
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "kept");
        Importer.Request request = new Importer.Request(Importer.Format.SSD, List.of(first, second), out);

        assertThat(StreamingImport.run(request, 1_000)).as("two children, one id: the in-memory path decides")
                .isEmpty();
        InvalidExtractException streamed = catchThrowableOfType(InvalidExtractException.class,
                () -> Importer.run(request));
        InvalidExtractException inMemory = catchThrowableOfType(InvalidExtractException.class,
                () -> Importer.run(request, false));

        assertThat(streamed.report()).isEqualTo(inMemory.report());
        assertThat(streamed.report().problemsByRule()).containsOnlyKeys("conflicting-record");
        assertThat(Folders.snapshot(out)).containsOnlyKeys("notes.txt");
        assertNoWorkFolders();
    }

    @Test
    void sourcesOfOneYearThatDisagreeStopTheImportWithTheSameFindingsAndLeaveTheFolderAsItWas() throws IOException {
        LocalDate may = LocalDate.of(2020, 5, 1);
        SsdExtract one = new SsdExtract(List.of(person("A"), person("B")), List.of(),
                List.of(new Referral("A1", "A", may, "N1", "", null, ""), new Referral("B1", "B", may, "N2", "", null,
                        "")), List.of(), List.of(), List.of(), List.of());
        SsdExtract other = new SsdExtract(List.of(person("A"), new Person("B", Sex.MALE, "", LocalDate.of(2011, 3, 4),
                "")), List.of(), List.of(new Referral("A1", "A", may, "N1", "", LocalDate.of(2020, 6, 1), "RC1")),
                List.of(), List.of(), List.of(), List.of());
        Path out = dir.resolve("out");
        Importer.run(new Importer.Request(Importer.Format.SSD, List.of(ssdFolder("base", one)), out));
        Map<String, String> before = Folders.snapshot(out);
        Importer.Request request = new Importer.Request(Importer.Format.SSD, List.of(ssdFolder("other", other)), out);

        InvalidExtractException streamed = catchThrowableOfType(InvalidExtractException.class,
                () -> StreamingImport.run(request, 500));
        InvalidExtractException inMemory = catchThrowableOfType(InvalidExtractException.class,
                () -> Importer.run(request, false));

        assertThat(streamed.report().problemCount()).isEqualTo(2).isEqualTo(inMemory.report().problemCount());
        assertThat(streamed.report().problemsByRule()).isEqualTo(inMemory.report().problemsByRule())
                .containsOnlyKeys("conflicting-person", "conflicting-record");
        assertThat(streamed.report().findings()).containsExactlyInAnyOrderElementsOf(inMemory.report().findings());
        assertThat(Folders.snapshot(out)).isEqualTo(before);
        assertNoWorkFolders();
    }

    private Path ssdFolder(String name, SsdExtract x) throws IOException {
        Path folder = dir.resolve(name);
        SsdExtractWriter.write(x, folder);
        return folder;
    }

    private static Person person(String id) {
        return new Person(id, Sex.FEMALE, "WBRI", LocalDate.of(2010, 1, 2), "");
    }

    /** Nothing of the import's own is left beside the output folder (staging, run files, replaced folder). */
    private void assertNoWorkFolders() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    /** Imports {@code census} both ways into empty folders and compares every file and the reports. */
    private void assertSameAsInMemory(Path census, long budget) throws IOException {
        Path streamed = dir.resolve("streamed-" + census.getFileName());
        Path inMemory = dir.resolve("in-memory-" + census.getFileName());

        ExtractMerger.Imported a = StreamingImport.run(request(census, streamed), budget).orElseThrow();
        ExtractMerger.Imported b = Importer.run(request(census, inMemory), false);

        assertThat(a.read()).as("the streamed import keeps no records").isNull();
        assertThat(a.report()).isEqualTo(b.report());
        assertThat(a.totals()).isEqualTo(b.totals());
        Map<String, String> expected = Folders.snapshot(inMemory);
        assertThat(expected).containsKey(ExtractMerger.YEARS_FILE);
        assertThat(Folders.snapshot(streamed)).isEqualTo(expected);
    }

    private static Importer.Request request(Path file, Path out) {
        return new Importer.Request(Importer.Format.CIN_CENSUS, List.of(file), out);
    }
}
