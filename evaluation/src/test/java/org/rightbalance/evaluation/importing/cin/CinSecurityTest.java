package org.rightbalance.evaluation.importing.cin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rightbalance.evaluation.importing.cin.CinXml.child;
import static org.rightbalance.evaluation.importing.cin.CinXml.closedEpisode;
import static org.rightbalance.evaluation.importing.cin.CinXml.doc;

/** Hostile and broken files fail with one clear finding; the timeout only guards against a hang. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CinSecurityTest {

    private static final String VALID = doc(2024, child("C1", 2024, closedEpisode("")));

    private static CinFinding failure(byte[] xml) {
        CinCensusException e = catchThrowableOfType(() -> CinXml.read(xml), CinCensusException.class);
        assertThat(e).isNotNull();
        assertThat(e.report().problemCount()).isEqualTo(1);
        assertThat(e.getMessage()).contains(CinXml.FILE, "line ");
        return e.report().findings().get(0);
    }

    private static CinFinding failure(String xml) {
        return failure(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theValidFileReads() {
        assertThat(CinXml.read(VALID).extract().people()).hasSize(1);
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\n"
                + "<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";")
                    .repeat(10)).append("\">\n");
        }
        String xml = dtd + "]>\n" + VALID.substring(VALID.indexOf("<Message>"))
                .replace("<LAchildID>C1", "<LAchildID>&lol9;");
        CinFinding f = failure(xml);
        assertThat(f.rule()).isEqualTo("doctype-not-allowed");
        assertThat(f.message()).contains("DOCTYPE");
    }

    @Test
    void anExternalEntityIsRefusedAndNotFetched() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + VALID.substring(VALID.indexOf("<Message>")).replace("<LAchildID>C1", "<LAchildID>&xxe;");
        CinFinding f = failure(xml);
        assertThat(f.rule()).isEqualTo("doctype-not-allowed");
        assertThat(f.message()).doesNotContain("root:");
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        CinFinding f = failure(VALID.replace("<LAchildID>C1", "<LAchildID>&foo;"));
        assertThat(f.rule()).isIn("doctype-not-allowed", "not-xml");
        assertThat(f.line()).isEqualTo(CinXml.lineOf(VALID, "<LAchildID>"));
    }

    @Test
    void escapedCharactersAreRead() {
        CinCensus c = CinXml.read(VALID.replace("<LAchildID>C1", "<LAchildID>C&amp;1"));
        assertThat(c.extract().people().get(0).personId()).isEqualTo("C&1");
    }

    @Test
    void aTruncatedFileNamesTheLine() {
        String cut = VALID.substring(0, VALID.indexOf("<CINclosureDate>") + 5);
        CinFinding f = failure(cut);
        assertThat(f.rule()).isEqualTo("not-xml");
        assertThat(f.message()).contains("truncated");
        assertThat(f.line()).isEqualTo(CinXml.lineOf(VALID, "<CINclosureDate>"));
    }

    @Test
    void windows1252BytesInAUtf8FileAreRefused() {
        byte[] bytes = VALID.replace("<UPN>A123456789012</UPN>", "<UPN>Zo\u00eb</UPN>")
                .getBytes(StandardCharsets.ISO_8859_1);
        CinFinding f = failure(bytes);
        assertThat(f.rule()).isEqualTo("not-utf8");
        assertThat(f.message()).contains("UTF-8");
        assertThat(f.line()).isEqualTo(CinXml.lineOf(VALID, "<UPN>"));
    }

    @Test
    void anotherDeclaredEncodingIsRefused() {
        String xml = VALID.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        CinFinding f = failure(xml.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(f.rule()).isEqualTo("not-utf8");
        assertThat(f.message()).contains("ISO-8859-1", "UTF-8");
    }

    @Test
    void aHugeTextNodeStopsAtTheLimitWithoutReadingTheRest() {
        String head = VALID.substring(0, VALID.indexOf("<LAchildID>") + "<LAchildID>".length());
        long tenGigabytes = 10L << 30;
        CountingStream in = new CountingStream(head.getBytes(StandardCharsets.UTF_8), tenGigabytes);
        CinCensusException e = catchThrowableOfType(() -> CinCensusReader.read(in, "huge.xml"),
                CinCensusException.class);
        CinFinding f = e.report().findings().get(0);
        assertThat(f.rule()).isEqualTo("text-too-long");
        assertThat(f.line()).isEqualTo(CinXml.lineOf(VALID, "<LAchildID>"));
        assertThat(e.getMessage()).contains("huge.xml", String.valueOf(CinCensusReader.DEFAULT_MAX_TEXT));
        assertThat(in.served).isLessThan(1L << 20);
    }

    @Test
    void aHugeAttributeIsAlsoStopped() {
        String xml = VALID.replace("<Child>", "<Child note=\"" + "x".repeat(100_000) + "\">");
        assertThat(failure(xml).rule()).isEqualTo("text-too-long");
    }

    @Test
    void aLowerLimitCanBeSet() {
        String xml = VALID.replace("<UPN>A123456789012</UPN>", "<UPN>" + "A".repeat(100) + "</UPN>");
        CinCensusException e = catchThrowableOfType(() -> CinCensusReader.read(
                new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml", 64),
                CinCensusException.class);
        assertThat(e.report().findings().get(0).rule()).isEqualTo("text-too-long");
    }

    @Test
    void deepNestingIsRefused() {
        String xml = VALID.replace("<UPN>A123456789012</UPN>", "<a>".repeat(200) + "</a>".repeat(200));
        assertThat(failure(xml).rule()).isEqualTo("too-deep");
    }

    @Test
    void theWrongRootIsNamed() {
        CinFinding f = failure("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Return>\n</Return>\n");
        assertThat(f.rule()).isEqualTo("wrong-root");
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.message()).contains("<Return>", "<Message>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2017", "2027", "24", ""})
    void anUnsupportedYearIsNamed(String year) {
        String xml = VALID.replace("<Year>2024</Year>", "<Year>" + year + "</Year>");
        CinFinding f = failure(xml);
        assertThat(f.rule()).isEqualTo("unsupported-year");
        assertThat(f.line()).isEqualTo(CinXml.lineOf(VALID, "<Year>"));
        assertThat(f.message()).contains("2018 to 2026");
    }

    @Test
    void anotherCollectionIsRefused() {
        CinFinding f = failure(VALID.replace("<Collection>CIN", "<Collection>SEN2"));
        assertThat(f.rule()).isEqualTo("not-cin");
        assertThat(f.message()).contains("SEN2");
    }

    @Test
    void aMissingHeaderIsNamed() {
        String xml = VALID.substring(0, VALID.indexOf("<Header>")) + VALID.substring(VALID.indexOf("<Children>"));
        assertThat(failure(xml).rule()).isEqualTo("not-cin");
    }

    @Test
    void anEmptyFileIsNotXml() {
        assertThat(failure(new byte[0]).rule()).isEqualTo("not-xml");
    }

    /** Serves {@code head}, then {@code 'a'} until {@code total} bytes, without holding them. */
    static final class CountingStream extends InputStream {
        private final byte[] head;
        private final long total;
        long served;

        CountingStream(byte[] head, long total) {
            this.head = head;
            this.total = total;
        }

        @Override
        public int read() {
            if (served >= total) {
                return -1;
            }
            int b = served < head.length ? head[(int) served] : 'a';
            served++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (served >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - served);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) read();
            }
            return n;
        }
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
