package org.rightbalance.evaluation.importing;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightbalance.evaluation.importing.cin.CinCensusException;
import org.rightbalance.evaluation.importing.cin.CinCensusReader;
import org.rightbalance.evaluation.importing.cin.CinCensusWriter;
import org.rightbalance.evaluation.importing.cin.CinCheck;
import org.rightbalance.evaluation.importing.ssda903.Ssda903Reader;
import org.rightbalance.evaluation.importing.ssda903.Ssda903Return;
import org.rightbalance.evaluation.importing.ssda903.Ssda903Writer;
import org.rightbalance.evaluation.importing.ssda903.Synthetic;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic council is valid not only as an SSD extract but as the DfE returns a council would submit: every child
 * passes every CIN census rule and every SSDA903 rule, and nothing the census cannot hold is lost.
 */
class SyntheticCouncilAsDfeReturnsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"2020, 1", "1, 1", "42, 1", "-5, 1", "11, 0.37", "3, 2.5"})
    void everyChildPassesTheCensusAndSsda903Rules(long seed, double scale) throws IOException {
        Path folder = dir.resolve("ssd");
        SyntheticCouncil.write(folder, Profile.CAMDEN_2020, seed, scale);
        SsdExtract x = SsdReader.read(folder, ValidationPolicy.STOP).extract();
        Path census = dir.resolve("cin.xml");
        CinCensusWriter.write(x, 2020, census);

        CinCheck check;
        Ssda903Return ssda903;
        try {
            check = CinCensusReader.check(census);
        } catch (CinCensusException e) {
            throw new AssertionError(e.report().summary(), e);
        }
        Ssda903Writer.writeCsv(x, seed, dir.resolve("903"));
        try {
            ssda903 = Ssda903Reader.read(dir.resolve("903"));
        } catch (InvalidExtractException e) {
            throw new AssertionError(e.report().summary(), e);
        }

        long referred = x.referrals().stream().map(Referral::personId).collect(Collectors.toSet()).size();
        assertThat(check.children()).isEqualTo(referred);
        assertThat(check.referrals()).isEqualTo(x.referrals().size());
        assertThat(check.cinPlans()).isEqualTo(x.cinPlans().size());
        assertThat(check.cpPlans()).isEqualTo(x.cpPlans().size()).isPositive();
        assertThat(Synthetic.periods(ssda903.carePeriods())).isEqualTo(Synthetic.periods(x.careEpisodes()));
    }
}
