package org.rightbalance.evaluations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.pseudonymisation.PseudonymisationKey;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CouncilKeyTest {

    @TempDir
    Path dir;

    @Test
    void theDemoKeyIsGeneratedOnceReadableByItsOwnerOnlyAndStaysTheSame() throws IOException {
        CouncilKey key = new CouncilKey("", dir, Map.of());
        PseudonymisationKey first = key.key();
        PseudonymisationKey second = new CouncilKey("", dir, Map.of()).key();
        assertThat(second).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("pseudonymisation.key"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aConfiguredKeyFileWinsOverTheEnvironmentAndTheEnvironmentOverTheDemoKey() throws IOException {
        Path file = Files.writeString(dir.resolve("council.key"), "k".repeat(40) + "\n");
        Map<String, String> env = Map.of(PseudonymisationKey.ENVIRONMENT_VARIABLE, "e".repeat(40));
        assertThat(new CouncilKey(file.toString(), dir, env).key())
                .isEqualTo(new PseudonymisationKey("k".repeat(40).getBytes()));
        assertThat(new CouncilKey("", dir, env).key()).isEqualTo(new PseudonymisationKey("e".repeat(40).getBytes()));
        assertThat(dir.resolve("pseudonymisation.key")).doesNotExist();
    }
}
