package org.rightbalance.evaluation.importing.cin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rightbalance.evaluation.importing.cin.CinXml.child;
import static org.rightbalance.evaluation.importing.cin.CinXml.closedEpisode;
import static org.rightbalance.evaluation.importing.cin.CinXml.doc;
import static org.rightbalance.evaluation.importing.cin.CinXml.header;

class CinStreamingTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aLargeGeneratedStreamIsReadChildByChild() {
        int children = 20_000;
        Iterator<InputStream> parts = new Iterator<>() {
            int i = -1;

            @Override
            public boolean hasNext() {
                return i <= children;
            }

            @Override
            public InputStream next() {
                i++;
                String text = i == 0 ? header(2024) + "  <Children>\n"
                        : i <= children ? child("C" + i, 2024, closedEpisode("")) : "  </Children>\n</Message>\n";
                return new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        CinCensus c = CinCensusReader.read(new SequenceInputStream(enumeration(parts)), "large.xml");
        assertThat(c.extract().people()).hasSize(children);
        assertThat(c.extract().referrals()).hasSize(children);
        assertThat(c.extract().people().get(children - 1).personId()).isEqualTo("C" + children);
    }

    @Test
    void checkingAFileCountsWhatReadingItReturnsAndFindsTheSameProblems() {
        String valid = doc(2024, child("C1", 2024, closedEpisode("")) + child("C2", 2024, closedEpisode("")));
        CinCensus read = CinXml.read(valid);

        CinCheck check = CinCensusReader.check(new java.io.ByteArrayInputStream(valid.getBytes(StandardCharsets.UTF_8)),
                "valid.xml");

        assertThat(check.children()).isEqualTo(read.extract().people().size()).isEqualTo(2);
        assertThat(check.referrals()).isEqualTo(read.extract().referrals().size());
        assertThat(check.cinPlans()).isEqualTo(read.extract().cinPlans().size());
        assertThat(check.cpPlans()).isEqualTo(read.extract().cpPlans().size());
        assertThat(check.header().year()).isEqualTo(2024);
        String duplicate = doc(2024, child("C1", 2024, closedEpisode("")) + child("C1", 2024, closedEpisode("")));
        CinCensusException e = catchThrowableOfType(CinCensusException.class, () -> CinCensusReader.check(
                new java.io.ByteArrayInputStream(duplicate.getBytes(StandardCharsets.UTF_8)), "dup.xml"));
        assertThat(e.report().problemsByRule()).containsKey("duplicate-child");
        assertThat(e.getMessage()).contains("dup.xml");
    }

    private static java.util.Enumeration<InputStream> enumeration(Iterator<InputStream> it) {
        return new java.util.Enumeration<>() {
            @Override
            public boolean hasMoreElements() {
                return it.hasNext();
            }

            @Override
            public InputStream nextElement() {
                return it.next();
            }
        };
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes(doc(2024, child("C1", 2024, closedEpisode(""))).getBytes(StandardCharsets.UTF_8));
        assertThat(CinXml.read(out.toByteArray()).extract().people()).hasSize(1);
    }

    @Test
    void aUtf16FileIsRefusedOnLineOne() {
        byte[] utf16 = doc(2024, child("C1", 2024, closedEpisode(""))).replace("UTF-8", "UTF-16")
                .getBytes(StandardCharsets.UTF_16);
        CinCensusException e = catchThrowableOfType(() -> CinXml.read(utf16), CinCensusException.class);
        assertThat(e.report().findings().get(0).rule()).isEqualTo("not-utf8");
        assertThat(e.report().findings().get(0).line()).isEqualTo(1);
    }

    @Test
    void aFileOnDiskIsNamedByItsFileName(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("return-2024.xml");
        Files.writeString(file, doc(2024, child("C1", 2024, closedEpisode(""))).replace("<Year>2024", "<Year>2030"));
        CinCensusException e = catchThrowableOfType(() -> CinCensusReader.read(file), CinCensusException.class);
        assertThat(e.getMessage()).contains("return-2024.xml", "line 6", "unsupported-year");
    }

    @Test
    void everyRuleIsDocumented() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "cin-census.md"));
        for (CinRule rule : CinRule.values()) {
            assertThat(doc).as(rule.id()).contains("`" + rule.id() + "`");
        }
    }
}
