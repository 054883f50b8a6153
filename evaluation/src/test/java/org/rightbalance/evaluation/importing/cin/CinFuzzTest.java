package org.rightbalance.evaluation.importing.cin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.rightbalance.evaluation.importing.cin.CinXml.child;
import static org.rightbalance.evaluation.importing.cin.CinXml.cinPlan;
import static org.rightbalance.evaluation.importing.cin.CinXml.closedEpisode;
import static org.rightbalance.evaluation.importing.cin.CinXml.cpPlan;
import static org.rightbalance.evaluation.importing.cin.CinXml.doc;

/**
 * Random truncations and byte mutations of a valid file: every one either reads or fails with a
 * {@link CinCensusException} naming the file. The timeout only guards against a hang.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class CinFuzzTest {

    private static final byte[] VALID = doc(2026, child("A", 2026, closedEpisode(cinPlan("2023-05-10",
            "2023-06-01") + cpPlan("2023-06-01", "2023-12-01") + """
                    <PreProceedings>
                      <PreProceedingsStartDate>2023-10-01</PreProceedingsStartDate>
                    </PreProceedings>
            """.replace("</PreProceedingsStartDate>", "</PreProceedingsStartDate>\n"
            + "<PreProceedingsEndDate>2023-11-01</PreProceedingsEndDate>")))
            + child("B", 2026, closedEpisode(""))).getBytes(StandardCharsets.UTF_8);

    private static final byte[] SPECIAL = "<>/&;!?=\"' \n\u00c3\u00ff-[]DOCTYPE".getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void truncationsAndMutationsFailCleanlyOrRead() {
        assertThat(CinXml.read(VALID).extract().people()).hasSize(2);
        SplittableRandom random = new SplittableRandom(20241127);
        int read = 0;
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            byte[] bytes = mutate(random, i);
            try {
                CinXml.read(bytes);
                read++;
            } catch (CinCensusException e) {
                refused++;
                assertThat(e.getMessage()).contains(CinXml.FILE);
                assertThat(e.report().findings()).isNotEmpty();
            } catch (RuntimeException | Error e) {
                fail("case " + i + " threw " + e + " for:\n" + new String(bytes, StandardCharsets.ISO_8859_1), e);
            }
        }
        assertThat(read + refused).isEqualTo(400);
        assertThat(refused).isGreaterThan(200);
    }

    private static byte[] mutate(SplittableRandom random, int i) {
        switch (i % 4) {
            case 0:
                return Arrays.copyOf(VALID, random.nextInt(VALID.length));
            case 1: {
                byte[] b = VALID.clone();
                int n = 1 + random.nextInt(4);
                for (int k = 0; k < n; k++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                return b;
            }
            case 2: {
                byte[] b = VALID.clone();
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) {
                    b[random.nextInt(b.length)] = SPECIAL[random.nextInt(SPECIAL.length)];
                }
                return b;
            }
            default: {
                int from = random.nextInt(VALID.length);
                int len = random.nextInt(Math.min(200, VALID.length - from) + 1);
                byte[] b = new byte[VALID.length - len];
                System.arraycopy(VALID, 0, b, 0, from);
                System.arraycopy(VALID, from + len, b, from, VALID.length - from - len);
                return b;
            }
        }
    }
}
