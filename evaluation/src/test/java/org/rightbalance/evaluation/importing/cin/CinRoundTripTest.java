package org.rightbalance.evaluation.importing.cin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CinRoundTripTest {

    @TempDir
    Path dir;

    /**
     * The synthetic council at a small scale, without what a census does not hold (families, participation); the
     * generator shapes every child's records to the census rules, so no child is left out.
     */
    static SsdExtract synthetic(Path dir) throws IOException {
        Path folder = dir.resolve("ssd");
        SyntheticCouncil.write(folder, Profile.CAMDEN_2020, 2020, 0.2);
        SsdExtract all = SsdReader.read(folder, ValidationPolicy.STOP).extract();
        return new SsdExtract(all.people(), List.of(), all.referrals(), all.cinPlans(), all.cpPlans(),
                all.careEpisodes(), List.of());
    }

    @Test
    void syntheticExtractSurvivesTheCensusForEveryYear() throws IOException {
        SsdExtract source = synthetic(dir);
        for (int year = CinHeader.FIRST_YEAR; year <= CinHeader.LAST_YEAR; year++) {
            Path xml = dir.resolve("cin-" + year + ".xml");
            CinCensusWriter.write(source, year, xml);
            CinCensus census;
            try {
                census = CinCensusReader.read(xml);
            } catch (CinCensusException e) {
                throw new AssertionError(e.report().summary(), e);
            }
            assertThat(census.extract().referrals()).isNotEmpty();
            assertThat(census.extract().cpPlans()).isNotEmpty();
            if (year == CinHeader.LAST_YEAR) {
                assertThat(census.familyGroupDecisions()).hasSameSizeAs(census.extract().cpPlans());
            } else {
                assertThat(census.familyGroupDecisions()).isEmpty();
                assertThat(census.preProceedings()).isEmpty();
            }
            assertThat(census.header().year()).isEqualTo(year);
            SsdExtract back = census.extract();

            Set<String> withReferral = source.referrals().stream().map(Referral::personId).collect(Collectors.toSet());
            assertThat(back.people()).containsExactlyElementsOf(
                    source.people().stream().filter(p -> withReferral.contains(p.personId()))
                            .map(p -> new Person(p.personId(), p.sex(), p.ethnicity(), p.dateOfBirth(), "")).toList());
            assertThat(keys(back.referrals())).isEqualTo(keys(source.referrals()));
            assertThat(back.cinPlans().stream().map(p -> p.personId() + " " + p.start() + " " + p.end())
                    .collect(Collectors.toSet())).isEqualTo(source.cinPlans().stream()
                    .map(p -> p.personId() + " " + p.start() + " " + p.end()).collect(Collectors.toSet()));
            assertThat(back.cinPlans()).hasSameSizeAs(source.cinPlans());
            Set<String> cpSource = source.cpPlans().stream().filter(p -> withReferral.contains(p.personId()))
                    .map(CinRoundTripTest::key).collect(Collectors.toSet());
            assertThat(back.cpPlans().stream().map(CinRoundTripTest::key).collect(Collectors.toSet()))
                    .isEqualTo(cpSource);
            for (CinPlan plan : back.cinPlans()) {
                assertThat(plan.referralId()).isEqualTo(plan.personId() + "/" + referralDateOf(back, plan));
            }
        }
    }

    private static String referralDateOf(SsdExtract x, CinPlan plan) {
        return x.referrals().stream().filter(r -> r.referralId().equals(plan.referralId())).findFirst()
                .orElseThrow().referralDate().toString();
    }

    private static String key(ChildProtectionPlan p) {
        return p.personId() + " " + p.start() + " " + p.end();
    }

    private static Set<String> keys(java.util.List<Referral> referrals) {
        return referrals.stream().map(r -> r.personId() + " " + r.referralDate() + " " + r.primaryNeedCode() + " "
                + r.referralSourceCode() + " " + r.closeDate() + " " + r.closeReason()).collect(Collectors.toSet());
    }
}
