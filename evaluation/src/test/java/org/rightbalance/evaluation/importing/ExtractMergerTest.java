package org.rightbalance.evaluation.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.importing.ssda903.Ssda903Reader;
import org.rightbalance.evaluation.importing.ssda903.Ssda903Writer;
import org.rightbalance.evaluation.importing.ssda903.Synthetic;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.Finding;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExtractMergerTest {

    @TempDir
    Path dir;

    private SsdExtract original;

    /** The synthetic SSD folder without ssd_cla_episodes.csv, and its care episodes as an SSDA903 return. */
    private void sources(long seed) throws IOException {
        original = Synthetic.extract(dir.resolve("generated"), seed);
        SsdExtractWriter.write(original, dir.resolve("full"));
        Path ssd = Files.createDirectories(dir.resolve("ssd"));
        for (String f : SsdExtract.FILES) {
            if (!f.equals(SsdReader.CLA_EPISODES)) {
                Files.copy(dir.resolve("full").resolve(f), ssd.resolve(f));
            }
        }
        Ssda903Writer.writeCsv(original, 17, dir.resolve("903"));
    }

    @Test
    void ssdWithoutCareEpisodesPlusSsda903GivesTheOriginalCareEpisodes() throws IOException {
        sources(21);
        Path out = dir.resolve("out");
        ExtractMerger.importSsda903(dir.resolve("ssd"), dir.resolve("903"), out);

        SsdExtract merged = SsdReader.read(out, ValidationPolicy.STOP).extract();
        assertThat(Synthetic.periods(merged.careEpisodes())).isEqualTo(Synthetic.periods(original.careEpisodes()));
        assertThat(sortedPeople(merged.people())).isEqualTo(sortedPeople(original.people()));
        assertThat(merged.referrals()).containsExactlyInAnyOrderElementsOf(original.referrals());
        assertThat(merged.participation()).containsExactlyInAnyOrderElementsOf(original.participation());
        assertThat(merged.families()).containsExactlyInAnyOrderElementsOf(original.families());
    }

    @Test
    void theXmlFormMergesTheSame() throws IOException {
        sources(22);
        Ssda903Writer.writeXml(original, 17, dir.resolve("903.xml"));
        ExtractMerger.importSsda903(dir.resolve("ssd"), dir.resolve("903"), dir.resolve("a"));
        ExtractMerger.importSsda903(dir.resolve("ssd"), dir.resolve("903.xml"), dir.resolve("b"));
        assertThat(contents(dir.resolve("a"))).isEqualTo(contents(dir.resolve("b")));
    }

    @Test
    void reimportingGivesByteIdenticalFilesWhateverTheSourceOrder() throws IOException {
        sources(23);
        Path out = dir.resolve("out");
        ExtractMerger.importSsda903(dir.resolve("ssd"), dir.resolve("903"), out);
        Map<String, String> first = contents(out);
        ExtractMerger.importSsda903(dir.resolve("ssd"), dir.resolve("903"), out);
        assertThat(contents(out)).isEqualTo(first);

        SsdExtract ssd = SsdReader.read(dir.resolve("ssd")).extract();
        SsdExtract care = ExtractMerger.asExtract(Ssda903Reader.readCsvFolder(dir.resolve("903")));
        ExtractMerger.importInto(out, List.of(care, ssd, care));
        assertThat(contents(out)).isEqualTo(first);
        assertThat(siblings()).containsExactlyInAnyOrder("generated", "full", "ssd", "903", "out");
    }

    @Test
    void aConflictingDuplicateFailsTheImportAndLeavesTheFolderAsItWas() throws IOException {
        sources(24);
        Path out = dir.resolve("out");
        ExtractMerger.importSsda903(dir.resolve("ssd"), dir.resolve("903"), out);
        Map<String, String> before = contents(out);

        Path header = dir.resolve("903").resolve("Header.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(header));
        String[] fields = lines.get(1).split(",", -1);
        String child = fields[0];
        fields[2] = "01/01/1999";
        lines.set(1, String.join(",", fields));
        Files.write(header, lines, StandardCharsets.UTF_8);

        InvalidExtractException e = catchThrowableOfType(
                () -> ExtractMerger.importSsda903(dir.resolve("ssd"), dir.resolve("903"), out),
                InvalidExtractException.class);
        assertThat(e.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("conflicting-person");
            assertThat(f.recordId()).isEqualTo(child);
        });
        assertThat(contents(out)).isEqualTo(before);
        assertThat(siblings()).containsExactlyInAnyOrder("generated", "full", "ssd", "903", "out");
    }

    @Test
    void anInvalidMergedExtractFailsTheImportAndLeavesTheFolderAsItWas() throws IOException {
        sources(25);
        Path out = dir.resolve("out");
        ExtractMerger.importSsda903(dir.resolve("ssd"), dir.resolve("903"), out);
        Map<String, String> before = contents(out);
        SsdExtract ssd = SsdReader.read(dir.resolve("ssd")).extract();
        // a care episode of a child no source knows: SsdReader rejects the staged folder
        SsdExtract stray = new SsdExtract(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new CareEpisode("X/1", "NOBODY", java.time.LocalDate.of(2019, 1, 1), null)), List.of());
        InvalidExtractException e = catchThrowableOfType(() -> ExtractMerger.importInto(out, List.of(ssd, stray)),
                InvalidExtractException.class);
        assertThat(e.report().findings()).extracting(Finding::rule).contains("unknown-person");
        assertThat(contents(out)).isEqualTo(before);
        assertThat(siblings()).containsExactlyInAnyOrder("generated", "full", "ssd", "903", "out");
    }

    @Test
    void careEpisodesWithTheSameStartButAnotherEndConflict() throws IOException {
        sources(26);
        CareEpisode first = original.careEpisodes().get(0);
        SsdExtract other = new SsdExtract(List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new CareEpisode("other", first.personId(), first.start(), first.start())), List.of());
        InvalidExtractException e = catchThrowableOfType(() -> ExtractMerger.merge(List.of(original, other)),
                InvalidExtractException.class);
        assertThat(e.report().findings()).extracting(Finding::rule).containsExactly("conflicting-record");
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".xml")).toList();
        }
    }

    private static List<Person> sortedPeople(List<Person> people) {
        return people.stream().sorted(Comparator.comparing(Person::personId)).toList();
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                m.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return m;
    }

    @Test
    void aPseudonymisedExtractIsRefusedWithAnExplanation() throws IOException {
        sources(2020);
        SsdExtract pseudonymised = org.rightbalance.evaluation.pseudonymisation.PseudonymisedExport.pseudonymise(original,
                new org.rightbalance.evaluation.pseudonymisation.PseudonymisationKey(new byte[32]));
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> ExtractMerger.mergeSources(
                List.of(ExtractMerger.Source.of("pseudonymised", 0, pseudonymised))));
        assertThat(e).hasMessageContaining("pseudonymised").hasMessageContaining("no date of birth");
    }
}
