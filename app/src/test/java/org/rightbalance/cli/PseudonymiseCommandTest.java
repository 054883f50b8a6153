package org.rightbalance.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymiseCommandTest {

    private static final String SECRET = "synthetic-cli-test-key-0123456789abcdef";

    @TempDir
    Path dir;

    private Path council;
    private Path keyFile;

    @BeforeEach
    void council() throws IOException {
        council = dir.resolve("council");
        assertThat(CliRun.of("synth", "--out", council.toString(), "--scale", "0.2").exitCode()).isZero();
        keyFile = dir.resolve("council.key");
        Files.writeString(keyFile, SECRET + "\n");
    }

    @Test
    void pseudonymiseWritesAnExtractWithoutDatesOfBirthThatEvaluates() throws IOException {
        Path out = dir.resolve("for-evaluators");

        CliRun run = CliRun.of("pseudonymise", "--key-file", keyFile.toString(), council.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Pseudonymised").contains("no date of birth").doesNotContain(SECRET);
        String people = Files.readString(out.resolve("ssd_person.csv"));
        assertThat(people).startsWith("pers_person_id,pers_sex,pers_ethnicity,pers_nationality\nP-").doesNotContain("pers_dob");
        assertThat(Files.readString(out.resolve("ssd_cin_episodes.csv"))).contains("cine_age_at_referral");
        Path plan = dir.resolve("rbff-2020.yaml");
        Files.writeString(plan, org.rightbalance.evaluation.Evaluation.shippedPlan("rbff-2020"));
        CliRun evaluate = CliRun.of("evaluate", "--plan", plan.toString(), "--data", out.toString(),
                "--out", dir.resolve("results").toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        assertThat(dir.resolve("results").resolve("results.json")).isNotEmptyFile();
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedInOneLine() throws IOException {
        Path out = dir.resolve("busy");
        Files.createDirectories(out);
        Files.writeString(out.resolve("other.csv"), "a,b\n");

        CliRun run = CliRun.of("pseudonymise", "--key-file", keyFile.toString(), council.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("rightbalance: ").contains("not empty").doesNotContain("\tat ");
        assertThat(run.err().lines()).hasSize(1);
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("other.csv");
        }
    }

    @Test
    void aShortKeyIsRefusedWithoutPrintingIt() throws IOException {
        Files.writeString(keyFile, "too-short-secret\n");
        Path out = dir.resolve("never");

        CliRun run = CliRun.of("pseudonymise", "--key-file", keyFile.toString(), council.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).startsWith("rightbalance: ").contains("at least 32").doesNotContain("too-short-secret");
        assertThat(out).doesNotExist();
    }

    @Test
    void aKeyIsRequired() {
        CliRun run = CliRun.of("pseudonymise", council.toString(), "--out", dir.resolve("x").toString());

        assertThat(run.exitCode()).isEqualTo(RightBalanceCli.EXIT_BAD_INPUT);
        assertThat(run.err()).contains("--key-file");
    }
}
