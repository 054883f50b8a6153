package org.rightbalance.evaluation.importing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.importing.cin.CinCensusWriter;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A folder read child by child gives every record once, grouped under its child, children in id order. */
class ExtractByChildTest {

    @TempDir
    Path dir;

    @Test
    void aFolderAnImportWroteIsGivenChildByChildWithEveryRecordOnce() throws IOException {
        Path ssd = dir.resolve("ssd");
        SyntheticCouncil.write(ssd, Profile.CAMDEN_2020, 2020, 1);
        SsdExtract council = SsdReader.read(ssd, ValidationPolicy.STOP).extract();
        Path census = dir.resolve("cin.xml");
        CinCensusWriter.write(council, 2020, census);
        Path input = dir.resolve("input");
        Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS, List.of(census), input));
        Importer.run(new Importer.Request(Importer.Format.SSD, List.of(ssd), input));
        SsdExtract whole = SsdReader.read(input, ValidationPolicy.STOP).extract();

        assertGroupedByChild(input, whole);
    }

    @Test
    void aFolderNotWrittenByAnImportIsCheckedAndGivenChildByChild() throws IOException {
        Path ssd = dir.resolve("ssd");
        SyntheticCouncil.write(ssd, Profile.CAMDEN_2020, 2019, 3);
        SsdExtract whole = SsdReader.read(ssd, ValidationPolicy.STOP).extract();

        assertGroupedByChild(ssd, whole);
    }

    private static void assertGroupedByChild(Path folder, SsdExtract whole) {
        List<String> children = new ArrayList<>();
        List<Object> records = new ArrayList<>();
        ExtractByChild.forEach(folder, x -> {
            assertThat(x.people()).hasSize(1);
            String id = x.people().get(0).personId();
            children.add(id);
            for (SsdTable t : SsdTable.values()) {
                for (Object r : t.rows(x)) {
                    assertThat(t.childOf(r)).isEqualTo(id);
                    records.add(r);
                }
            }
        });

        assertThat(children).isEqualTo(whole.people().stream().map(Person::personId).sorted().toList());
        Set<Object> expected = new HashSet<>();
        for (SsdTable t : SsdTable.values()) {
            expected.addAll(t.rows(whole));
        }
        // every record once: as many as there are, and the same ones (a set, since a list comparison is quadratic)
        assertThat(records).hasSize(expected.size());
        assertThat(new HashSet<>(records)).isEqualTo(expected);
    }
}
