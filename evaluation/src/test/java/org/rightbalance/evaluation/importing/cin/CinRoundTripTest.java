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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class CinRoundTripTest {

    @TempDir
    Path dir;

    /**
     * The synthetic council at a small scale, keeping only the children whose records meet the census rules (the
     * SSD generator does not know them: some CP plans precede the referral or outlast the episode's closure).
     */
    static SsdExtract synthetic(Path dir) throws IOException {
        Path folder = dir.resolve("ssd");
        SyntheticCouncil.write(folder, Profile.CAMDEN_2020, 2020, 0.2);
        SsdExtract all = censusShaped(SsdReader.read(folder, ValidationPolicy.STOP).extract());
        Path xml = dir.resolve("all.xml");
        CinCensusWriter.write(all, 2024, xml);
        Set<String> broken = Set.of();
        try {
            CinCensusReader.read(xml);
        } catch (CinCensusException e) {
            assertThat(e.report().problemCount()).isLessThan(CinReport.STORED_FINDINGS);
            broken = e.report().findings().stream().map(CinFinding::laChildId).collect(Collectors.toSet());
        }
        Set<String> bad = broken;
        assertThat(bad.size()).isLessThan(all.people().size() / 4);
        return new SsdExtract(
                all.people().stream().filter(p -> !bad.contains(p.personId())).toList(), List.of(),
                all.referrals().stream().filter(r -> !bad.contains(r.personId())).toList(),
                all.cinPlans().stream().filter(r -> !bad.contains(r.personId())).toList(),
                all.cpPlans().stream().filter(r -> !bad.contains(r.personId())).toList(),
                all.careEpisodes().stream().filter(r -> !bad.contains(r.personId())).toList(), List.of());
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

    /**
     * Keeps the CP plans that lie within the episode of the latest referral before them and do not overlap each
     * other, and the CIN plans that do not overlap a kept CP plan: the shape a census requires.
     */
    static SsdExtract censusShaped(SsdExtract x) {
        Map<String, List<Referral>> byPerson = x.referrals().stream()
                .collect(Collectors.groupingBy(Referral::personId));
        List<ChildProtectionPlan> cps = new ArrayList<>();
        for (ChildProtectionPlan cp : x.cpPlans().stream().sorted(Comparator.comparing(ChildProtectionPlan::start))
                .toList()) {
            Referral home = null;
            for (Referral r : byPerson.getOrDefault(cp.personId(), List.of())) {
                if (!r.referralDate().isAfter(cp.start())
                        && (home == null || r.referralDate().isAfter(home.referralDate()))) {
                    home = r;
                }
            }
            boolean inside = home != null && (home.closeDate() == null
                    || cp.end() != null && !cp.end().isAfter(home.closeDate()));
            boolean clash = cps.stream().anyMatch(o -> o.personId().equals(cp.personId()) && overlap(o.start(),
                    o.end(), cp.start(), cp.end()));
            if (inside && !clash) {
                cps.add(cp);
            }
        }
        List<CinPlan> cins = x.cinPlans().stream().filter(c -> cps.stream().noneMatch(cp -> cp.personId()
                .equals(c.personId()) && overlap(cp.start(), cp.end(), c.start(), c.end()))).toList();
        return new SsdExtract(x.people(), List.of(), x.referrals(), cins, cps, x.careEpisodes(), List.of());
    }

    private static boolean overlap(LocalDate aStart, LocalDate aEnd, LocalDate bStart, LocalDate bEnd) {
        return aStart.isBefore(bEnd == null ? LocalDate.MAX : bEnd) && bStart.isBefore(aEnd == null ? LocalDate.MAX
                : aEnd);
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
