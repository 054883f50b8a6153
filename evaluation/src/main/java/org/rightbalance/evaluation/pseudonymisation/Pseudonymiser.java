package org.rightbalance.evaluation.pseudonymisation;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;

/**
 * Replaces identifiers by pseudonyms: {@code KIND-} followed by the first {@value #BYTES} bytes of
 * HMAC-SHA256(key, kind ‖ 0 ‖ identifier) in base32 (RFC 4648, no padding), e.g. {@code P-3RQX7K2M5TB4WJYA}.
 * The same identifier and key always give the same pseudonym, so runs and exports can be linked by
 * whoever receives them; another key gives unrelated pseudonyms.
 *
 * <p><b>Why a keyed hash and not a plain one.</b> Council identifiers have known, small formats (a
 * number of six or seven digits, a UPN, an NHS number): anyone could hash every possible identifier
 * with SHA-256 in minutes and read the originals back from a table (a dictionary attack). HMAC with a
 * secret key held by the council cannot be recomputed without the key, so the pseudonyms reveal
 * nothing to an evaluator who has only the data.
 *
 * <p>{@value #BYTES} bytes (80 bits) keep pseudonyms short while two of ten million identifiers share one
 * with a probability below 10<sup>-10</sup>; {@link PseudonymisedExport} checks anyway.
 *
 * <p>Not thread-safe (a {@link Mac} holds state): use one per thread.
 */
public final class Pseudonymiser {

    /** Bytes of the HMAC kept in a pseudonym. */
    public static final int BYTES = 10;

    private static final String ALGORITHM = "HmacSHA256";
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();

    private final Mac mac;

    public Pseudonymiser(PseudonymisationKey key) {
        Objects.requireNonNull(key, "key");
        try {
            mac = Mac.getInstance(ALGORITHM);
            byte[] secret = key.secret();
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            java.util.Arrays.fill(secret, (byte) 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this Java runtime", e);
        }
    }

    /** The pseudonym of {@code identifier}, an identifier of {@code kind}; the identifier is taken as given (not trimmed). */
    public String pseudonym(IdentifierKind kind, String identifier) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(identifier, "identifier");
        mac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) 0);
        byte[] hash = mac.doFinal(identifier.getBytes(StandardCharsets.UTF_8));
        return kind.prefix() + "-" + base32(hash, BYTES);
    }

    /** The first {@code n} bytes (a multiple of 5) in base32 without padding. */
    static String base32(byte[] bytes, int n) {
        StringBuilder out = new StringBuilder(n * 8 / 5);
        for (int i = 0; i < n; i += 5) {
            long group = 0;
            for (int j = 0; j < 5; j++) {
                group = (group << 8) | (bytes[i + j] & 0xFF);
            }
            for (int shift = 35; shift >= 0; shift -= 5) {
                out.append(BASE32[(int) (group >>> shift) & 31]);
            }
        }
        return out.toString();
    }
}
