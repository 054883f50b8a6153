package org.rightbalance.evaluations;

import org.rightbalance.evaluation.pseudonymisation.PseudonymisationKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The council's pseudonymisation key: the secret behind the keyed hashes that replace identifiers in
 * everything the evaluation sees. Taken, in order, from {@code rightbalance.pseudonymisation.key-file},
 * from the environment variable {@value PseudonymisationKey#ENVIRONMENT_VARIABLE}, or — for the
 * embedded demo only — from {@code <data dir>/pseudonymisation.key}, generated on first use with
 * owner-only permissions. The same key gives the same pseudonyms run after run.
 */
@Component
class CouncilKey {

    private static final Logger LOG = LoggerFactory.getLogger(CouncilKey.class);

    private final String keyFile;
    private final Path dataDir;
    private final Map<String, String> environment;

    @Autowired
    CouncilKey(@Value("${rightbalance.pseudonymisation.key-file:}") String keyFile,
               @Value("${rightbalance.data-dir}") Path dataDir) {
        this(keyFile, dataDir, System.getenv());
    }

    CouncilKey(String keyFile, Path dataDir, Map<String, String> environment) {
        this.keyFile = keyFile;
        this.dataDir = dataDir;
        this.environment = environment;
    }

    PseudonymisationKey key() {
        if (!keyFile.isBlank()) {
            return PseudonymisationKey.fromFile(Path.of(keyFile));
        }
        if (environment.containsKey(PseudonymisationKey.ENVIRONMENT_VARIABLE)) {
            return PseudonymisationKey.fromEnvironment(environment, PseudonymisationKey.ENVIRONMENT_VARIABLE);
        }
        Path generated = dataDir.resolve("pseudonymisation.key");
        if (!Files.exists(generated)) {
            generate(generated);
            LOG.warn("Generated a pseudonymisation key in {}. In production set rightbalance.pseudonymisation.key-file "
                    + "or {} to the council's own key, kept apart from the data.", generated,
                    PseudonymisationKey.ENVIRONMENT_VARIABLE);
        }
        return PseudonymisationKey.fromFile(generated);
    }

    private static void generate(Path file) {
        byte[] secret = new byte[48];
        new SecureRandom().nextBytes(secret);
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "pseudonymisation", ".key");
            if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } // elsewhere (Windows) the folder's permissions apply
            Files.writeString(temporary, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
