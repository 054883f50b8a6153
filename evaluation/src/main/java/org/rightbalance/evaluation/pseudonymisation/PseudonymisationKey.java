package org.rightbalance.evaluation.pseudonymisation;

import org.rightbalance.stats.data.InvalidDataException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The council's secret for pseudonyms: whoever holds it can recompute a child's pseudonym from the
 * child's identifier, so it stays with the council and never goes to evaluators with the data.
 *
 * <p>It is at least {@value #MIN_BYTES} bytes (256 bits, the size of an HMAC-SHA256 block's security
 * level), read from a key file or an environment variable, and never printed: {@link #toString()}
 * redacts it and no message names its content. Generate one with {@code openssl rand -base64 48}.
 *
 * @param secret the key's bytes (copied in and out, so the caller cannot change it afterwards)
 */
public record PseudonymisationKey(byte[] secret) {

    /** Shortest key accepted, in bytes. */
    public static final int MIN_BYTES = 32;

    /** The environment variable the command line reads when asked to: {@value}. */
    public static final String ENVIRONMENT_VARIABLE = "RIGHTBALANCE_PSEUDONYMISATION_KEY";

    public PseudonymisationKey {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_BYTES) {
            throw new IllegalArgumentException("the pseudonymisation key has " + secret.length
                    + " bytes; it needs at least " + MIN_BYTES + " (generate one with: openssl rand -base64 48)");
        }
        secret = secret.clone();
    }

    /**
     * The key in {@code file}: its bytes, without a trailing line break or spaces (so a key written by
     * {@code openssl rand -base64 48 > FILE} or an editor reads the same).
     *
     * @throws InvalidDataException     when the file cannot be read
     * @throws IllegalArgumentException when the key is shorter than {@value #MIN_BYTES} bytes
     */
    public static PseudonymisationKey fromFile(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(file + ": no such key file");
        } catch (IOException e) {
            throw new InvalidDataException(file + ": the key file cannot be read (" + e.getMessage() + ")");
        }
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r' || bytes[end - 1] == ' '
                || bytes[end - 1] == '\t')) {
            end--;
        }
        byte[] secret = Arrays.copyOf(bytes, end);
        Arrays.fill(bytes, (byte) 0);
        try {
            return new PseudonymisationKey(secret);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage());
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /**
     * The key in environment variable {@code name} of {@code environment} (usually {@code System.getenv()}),
     * as UTF-8 text.
     *
     * @throws IllegalArgumentException when the variable is not set or the key is too short
     */
    public static PseudonymisationKey fromEnvironment(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the environment variable " + name
                    + " is not set; it must hold the pseudonymisation key");
        }
        try {
            return new PseudonymisationKey(value.strip().getBytes(StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage());
        }
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** Equal keys give equal pseudonyms; compared in constant time. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PseudonymisationKey k && MessageDigest.isEqual(secret, k.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    /** Never the secret. */
    @Override
    public String toString() {
        return "PseudonymisationKey[secret=(redacted, " + secret.length + " bytes)]";
    }
}
