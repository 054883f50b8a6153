package org.rightbalance.evaluation.importing.ssda903;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random truncations and mutations of a valid return, as CSV and as XML: the reader either succeeds or
 * throws an {@link InvalidExtractException} with a one-line message; no other exception.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class Ssda903FuzzTest {

    private static final byte[] NOISE = ",\"\n\r<>&;/:=!?-X1S0 \t".getBytes(StandardCharsets.UTF_8);

    @TempDir
    static Path dir;

    private static byte[] header;
    private static byte[] episodes;
    private static byte[] xml;

    @BeforeAll
    static void valid() throws Exception {
        List<Person> people = new ArrayList<>();
        List<CareEpisode> care = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 12; i++) {
            String id = "C" + i;
            people.add(new Person(id, Sex.values()[i % 3], i % 2 == 0 ? "WBRI" : "", LocalDate.of(2005 + i % 7, 1 + i % 12, 3), ""));
            LocalDate start = LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(900));
            LocalDate end = start.plusDays(20 + rnd.nextInt(500));
            care.add(new CareEpisode(id + "a", id, start, end));
            if (i % 3 == 0) {
                care.add(new CareEpisode(id + "b", id, end.plusDays(30), i % 2 == 0 ? null : end.plusDays(400)));
            }
        }
        SsdExtract x = new SsdExtract(people, List.of(), List.of(), List.of(), List.of(), care, List.of());
        Ssda903Writer.writeCsv(x, 1, dir.resolve("valid"));
        Ssda903Writer.writeXml(x, 1, dir.resolve("valid.xml"));
        header = Files.readAllBytes(dir.resolve("valid").resolve("Header.csv"));
        episodes = Files.readAllBytes(dir.resolve("valid").resolve("Episodes.csv"));
        xml = Files.readAllBytes(dir.resolve("valid.xml"));
    }

    static LongStream seeds() {
        return LongStream.range(0, 240);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aMutatedCsvReturnIsReadOrRejectedClearly(long seed) throws Exception {
        SplittableRandom rnd = new SplittableRandom(seed);
        Path folder = Files.createDirectories(dir.resolve("csv" + seed));
        boolean mutateHeader = rnd.nextInt(4) == 0;
        Files.write(folder.resolve("Header.csv"), mutateHeader ? mutate(header, rnd) : header);
        Files.write(folder.resolve("Episodes.csv"), mutateHeader ? episodes : mutate(episodes, rnd));
        check(() -> Ssda903Reader.readCsvFolder(folder));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aMutatedXmlReturnIsReadOrRejectedClearly(long seed) throws Exception {
        SplittableRandom rnd = new SplittableRandom(1000 + seed);
        Path file = dir.resolve("x" + seed + ".xml");
        Files.write(file, mutate(xml, rnd));
        check(() -> Ssda903Reader.readXml(file));
    }

    private interface Read {
        Ssda903Return read();
    }

    private static void check(Read read) {
        try {
            Ssda903Return r = read.read();
            assertThat(r.carePeriods()).allSatisfy(p -> assertThat(p.personId()).isNotEmpty());
        } catch (InvalidExtractException e) {
            assertThat(e.getMessage()).doesNotContain("\n").contains("(");
            assertThat(e.report().problemCount()).isPositive();
            assertThat(e.report().findings()).isNotEmpty();
        }
    }

    /** One to three of: truncate, overwrite a byte, delete a range, duplicate a range, insert a bad UTF-8 byte. */
    static byte[] mutate(byte[] in, SplittableRandom rnd) {
        byte[] b = in;
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n && b.length > 1; k++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(5)) {
                case 0 -> b = Arrays.copyOf(b, at);
                case 1 -> {
                    b = b.clone();
                    b[at] = NOISE[rnd.nextInt(NOISE.length)];
                }
                case 2 -> {
                    int to = Math.min(b.length, at + 1 + rnd.nextInt(40));
                    byte[] c = new byte[b.length - (to - at)];
                    System.arraycopy(b, 0, c, 0, at);
                    System.arraycopy(b, to, c, at, b.length - to);
                    b = c;
                }
                case 3 -> {
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(80));
                    byte[] c = new byte[b.length + len];
                    System.arraycopy(b, 0, c, 0, at + len);
                    System.arraycopy(b, at, c, at + len, b.length - at);
                    b = c;
                }
                default -> {
                    b = b.clone();
                    b[at] = (byte) 0xC3;
                }
            }
        }
        return b;
    }
}
