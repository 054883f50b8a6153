package org.rightbalance.evaluation.importing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.importing.cin.CinCensusException;
import org.rightbalance.evaluation.importing.cin.CinCensusWriter;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * One CIN census file into a folder without an extract streams ({@link StreamingCensusImport}): the folder gets the
 * same bytes, the report the same counts and a bad file the same exception as the in-memory path.
 */
class StreamingCensusImportTest {

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

        assertSameAsInMemory(census, StreamingCensusImport.BUDGET_CHARS);
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
        assertThat(snapshot(streamed)).isEqualTo(snapshot(inMemory));
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
        assertThat(snapshot(out)).containsOnlyKeys("notes.txt");
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("cin-census-2019-20.xml",
                    "out");
        }
    }

    @Test
    void aCensusTheStreamCannotVouchForTakesTheInMemoryPathWithTheSameOutcome() throws IOException {
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

        assertThat(imported.read()).as("read back by the in-memory path").isNotNull();
        assertThat(imported.report()).isEqualTo(inMemory.report());
        assertThat(snapshot(dir.resolve("out"))).isEqualTo(snapshot(dir.resolve("in-memory")));
    }

    @Test
    void onlyOneCensusFileIntoAFolderWithoutAnExtractStreams() throws IOException {
        Path out = dir.resolve("out");
        Path census = dir.resolve("cin.xml");
        assertThat(Importer.streams(request(census, out))).isTrue();
        assertThat(Importer.streams(new Importer.Request(Importer.Format.CIN_CENSUS, List.of(census, census), out)))
                .isFalse();
        assertThat(Importer.streams(new Importer.Request(Importer.Format.SSD, List.of(census), out))).isFalse();
        Files.createDirectories(out);
        Files.writeString(out.resolve(SsdReader.PERSON), "pers_person_id\n");
        assertThat(Importer.streams(request(census, out))).isFalse();
    }

    /** Imports {@code census} both ways into empty folders and compares every file and the reports. */
    private void assertSameAsInMemory(Path census, long budget) throws IOException {
        Path streamed = dir.resolve("streamed-" + census.getFileName());
        Path inMemory = dir.resolve("in-memory-" + census.getFileName());

        ExtractMerger.Imported a = StreamingCensusImport.run(census, streamed, budget).orElseThrow();
        ExtractMerger.Imported b = Importer.run(request(census, inMemory), false);

        assertThat(a.read()).as("the streamed import keeps no records").isNull();
        assertThat(a.report()).isEqualTo(b.report());
        assertThat(a.totals()).isEqualTo(b.totals());
        Map<String, String> expected = snapshot(inMemory);
        assertThat(expected).containsKey(ExtractMerger.YEARS_FILE);
        assertThat(snapshot(streamed)).isEqualTo(expected);
    }

    private static Importer.Request request(Path file, Path out) {
        return new Importer.Request(Importer.Format.CIN_CENSUS, List.of(file), out);
    }

    /** Each file's bytes, one char per byte (ISO-8859-1), so equal snapshots mean byte-identical files. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }
}
