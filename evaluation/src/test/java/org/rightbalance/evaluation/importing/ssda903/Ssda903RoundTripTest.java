package org.rightbalance.evaluation.importing.ssda903;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.SsdExtract;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class Ssda903RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void csvAndXmlGiveBackTheSamePeopleAndCarePeriods() throws Exception {
        SsdExtract original = Synthetic.extract(dir.resolve("ssd"), 11);
        assertThat(original.careEpisodes()).isNotEmpty();
        Ssda903Writer.writeCsv(original, 5, dir.resolve("903"));
        Ssda903Writer.writeXml(original, 5, dir.resolve("903.xml"));

        Ssda903Return csv = Ssda903Reader.readCsvFolder(dir.resolve("903"));
        Ssda903Return xml = Ssda903Reader.readXml(dir.resolve("903.xml"));

        List<String> expected = Synthetic.periods(original.careEpisodes());
        assertThat(Synthetic.periods(csv.carePeriods())).isEqualTo(expected);
        assertThat(Synthetic.periods(xml.carePeriods())).isEqualTo(expected);
        assertThat(csv.episodes()).isEqualTo(xml.episodes());
        assertThat(csv.episodes().size()).isGreaterThan(original.careEpisodes().size());
        assertThat(csv.episodes()).anyMatch(e -> e.reasonCeased().equals("X1"));
        assertThat(people(csv.people())).isEqualTo(people(original.people()));
        assertThat(people(xml.people())).isEqualTo(people(original.people()));
    }

    @Test
    void theSameSeedWritesTheSameBytes() throws Exception {
        SsdExtract original = Synthetic.extract(dir.resolve("ssd"), 3);
        Ssda903Writer.writeXml(original, 9, dir.resolve("a.xml"));
        Ssda903Writer.writeXml(original, 9, dir.resolve("b.xml"));
        assertThat(dir.resolve("a.xml")).hasSameBinaryContentAs(dir.resolve("b.xml"));
    }

    private static List<String> people(List<Person> people) {
        return people.stream().sorted(Comparator.comparing(Person::personId))
                .map(p -> p.personId() + " " + p.sex() + " " + p.dateOfBirth() + " " + p.ethnicity()).toList();
    }
}
