package org.rightbalance.evaluation.pseudonymisation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.stats.data.InvalidDataException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PseudonymiserTest {

    static final PseudonymisationKey KEY = key("synthetic-test-key-one-0123456789abcdef");
    static final PseudonymisationKey OTHER_KEY = key("synthetic-test-key-two-0123456789abcdef");

    @TempDir
    Path dir;

    static PseudonymisationKey key(String text) {
        return new PseudonymisationKey(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSameIdentifierAndKeyGiveTheSamePseudonymInAnotherInstance() {
        String first = new Pseudonymiser(KEY).pseudonym(IdentifierKind.PERSON, "P123");
        String again = new Pseudonymiser(key("synthetic-test-key-one-0123456789abcdef"))
                .pseudonym(IdentifierKind.PERSON, "P123");

        assertThat(again).isEqualTo(first);
    }

    /**
     * Pinned (and checked with Python's hmac: HMAC-SHA256(key, b"PERSON\x00P123")[:10], base32): a change of
     * algorithm would break the linkage with every earlier export, so it must fail a test.
     */
    @Test
    void thePseudonymOfAKnownIdentifierAndKeyNeverChanges() {
        assertThat(new Pseudonymiser(KEY).pseudonym(IdentifierKind.PERSON, "P123")).isEqualTo("P-F456AWJJKJXCXPCT");
    }

    @Test
    void anotherKeyGivesAnotherPseudonym() {
        assertThat(new Pseudonymiser(OTHER_KEY).pseudonym(IdentifierKind.PERSON, "P123"))
                .isNotEqualTo(new Pseudonymiser(KEY).pseudonym(IdentifierKind.PERSON, "P123"));
    }

    @Test
    void aPseudonymIsTheKindsPrefixAndSixteenBase32Characters() {
        Pseudonymiser p = new Pseudonymiser(KEY);

        assertThat(p.pseudonym(IdentifierKind.PERSON, "P1")).matches("P-[A-Z2-7]{16}");
        assertThat(p.pseudonym(IdentifierKind.FAMILY, "F1")).matches("F-[A-Z2-7]{16}");
        assertThat(p.pseudonym(IdentifierKind.REFERRAL, "R1")).matches("R-[A-Z2-7]{16}");
        assertThat(p.pseudonym(IdentifierKind.CIN_PLAN, "C1")).matches("CINP-[A-Z2-7]{16}");
        assertThat(p.pseudonym(IdentifierKind.CP_PLAN, "C1")).matches("CPP-[A-Z2-7]{16}");
        assertThat(p.pseudonym(IdentifierKind.CARE_EPISODE, "E1")).matches("CLA-[A-Z2-7]{16}");
    }

    @Test
    void theSameTextAsAnotherKindOfIdentifierGetsAnUnrelatedPseudonym() {
        Pseudonymiser p = new Pseudonymiser(KEY);

        String asPerson = p.pseudonym(IdentifierKind.PERSON, "1001").substring(2);
        String asFamily = p.pseudonym(IdentifierKind.FAMILY, "1001").substring(2);

        assertThat(asFamily).isNotEqualTo(asPerson);
    }

    @Test
    void consecutiveIdentifiersGetDistinctPseudonyms() {
        Pseudonymiser p = new Pseudonymiser(KEY);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(p.pseudonym(IdentifierKind.PERSON, Integer.toString(i)));
        }
        assertThat(seen).hasSize(100_000);
    }

    @Test
    void base32FollowsRfc4648() {
        byte[] fooba = "foobafoobar".getBytes(StandardCharsets.US_ASCII);

        assertThat(Pseudonymiser.base32(fooba, 5)).isEqualTo("MZXW6YTB");
        assertThat(Pseudonymiser.base32(fooba, 10)).isEqualTo("MZXW6YTBMZXW6YTB");
    }

    @Test
    void theKeyIsNeverPrinted() {
        assertThat(KEY.toString()).doesNotContain("synthetic-test-key").contains("redacted");
    }

    @Test
    void aShortKeyIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> key("short-secret-value"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 32")
                .hasMessageNotContaining("short-secret-value");
    }

    @Test
    void aKeyFileIsReadWithoutItsTrailingLineBreak() throws IOException {
        Path file = dir.resolve("key");
        Files.writeString(file, "synthetic-test-key-one-0123456789abcdef\n");

        assertThat(PseudonymisationKey.fromFile(file)).isEqualTo(KEY);
    }

    @Test
    void aMissingKeyFileIsAnInputError() {
        assertThatThrownBy(() -> PseudonymisationKey.fromFile(dir.resolve("absent")))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("no such key file");
    }

    @Test
    void aKeyIsReadFromTheNamedEnvironmentVariable() {
        Map<String, String> env = Map.of(PseudonymisationKey.ENVIRONMENT_VARIABLE,
                "synthetic-test-key-one-0123456789abcdef");

        assertThat(PseudonymisationKey.fromEnvironment(env, PseudonymisationKey.ENVIRONMENT_VARIABLE)).isEqualTo(KEY);
        assertThatThrownBy(() -> PseudonymisationKey.fromEnvironment(Map.of(), "RB_KEY"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RB_KEY is not set");
    }

    @Test
    void changingTheArrayAKeyWasMadeFromDoesNotChangeTheKey() {
        byte[] bytes = "synthetic-test-key-one-0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        PseudonymisationKey k = new PseudonymisationKey(bytes);
        bytes[0] = 'X';
        k.secret()[1] = 'X';

        assertThat(k).isEqualTo(KEY);
    }
}
