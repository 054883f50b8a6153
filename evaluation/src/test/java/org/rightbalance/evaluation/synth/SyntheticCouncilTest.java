package org.rightbalance.evaluation.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;

class SyntheticCouncilTest {

    private static final LocalDate EXTRACT = LocalDate.of(2020, 2, 18);

    @TempDir
    Path dir;

    private Path generate(String name, long seed, double scale) throws IOException {
        Path folder = dir.resolve(name);
        SyntheticCouncil.write(folder, Profile.CAMDEN_2020, seed, scale);
        return folder;
    }

    @Test
    void sameSeedGivesIdenticalFiles() throws IOException {
        Path a = generate("a", 2020, 1);
        Path b = generate("b", 2020, 1);
        for (String file : SsdExtract.FILES) {
            assertThat(Files.mismatch(a.resolve(file), b.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void differentSeedsGiveDifferentFiles() throws IOException {
        Path a = generate("a", 2020, 1);
        Path b = generate("b", 2021, 1);
        for (String file : SsdExtract.FILES) {
            assertThat(Files.mismatch(a.resolve(file), b.resolve(file))).as(file).isNotEqualTo(-1L);
        }
    }

    @Test
    void countsAtScaleOneAreWithinTheDocumentedRanges() throws IOException {
        Path folder = dir.resolve("c");
        SyntheticCouncil.Summary s = SyntheticCouncil.write(folder, Profile.CAMDEN_2020, 2020, 1);
        SsdExtract x = read(folder);
        assertThat(x.referrals()).hasSize((int) s.referrals());
        assertThat(x.people()).hasSize((int) s.people());
        assertThat(x.cinPlans()).hasSize((int) s.cinPlans());
        assertThat(x.cpPlans()).hasSize((int) s.cpPlans());
        assertThat(x.careEpisodes()).hasSize((int) s.careEpisodes());
        assertThat(x.families()).hasSize((int) s.familyMemberships());
        // docs/calibration.md, "Volume": about 1,000 referrals a year over 7.1 years
        assertThat(s.referrals()).isBetween(6_500L, 8_000L);
        assertThat(s.people()).isBetween(4_300L, 5_300L);
        assertThat(s.families()).isBetween(1_900L, 2_300L);
        assertThat(s.cinPlans()).isBetween(3_000L, 4_000L);
        assertThat(s.cpPlans()).isBetween(400L, 700L);
        assertThat(s.careEpisodes()).isBetween(150L, 350L);
        assertThat(s.participations()).isEqualTo(206);
        assertThat(s.cohortTreated()).isEqualTo(121);
        assertThat(s.cohortComparison()).isEqualTo(463);
        assertThat(s.cohortEvaluationUntreated()).isEqualTo(539);
        assertThat(s.flaggedExcluded()).isEqualTo(85);
        Set<Integer> ages = new HashSet<>();
        Map<String, Person> people = byId(x.people());
        for (Referral r : x.referrals()) {
            ages.add(people.get(r.personId()).ageOn(r.referralDate()));
        }
        assertThat(ages).as("children of every age are referred").containsAll(range(0, 17));
    }

    @Test
    void everyRowIsValidAndIdentifiersAreUnique() throws IOException {
        SsdExtract x = read(generate("v", 7, 1));
        Map<String, Person> people = byId(x.people());
        assertThat(people).hasSize(x.people().size());
        Set<String> members = new HashSet<>();
        for (FamilyMembership m : x.families()) {
            assertThat(people).containsKey(m.personId());
            assertThat(members.add(m.personId())).as("one family per person").isTrue();
        }
        Map<String, Referral> referrals = new HashMap<>();
        for (Referral r : x.referrals()) {
            assertThat(referrals.put(r.referralId(), r)).as("unique referral id").isNull();
            Person p = people.get(r.personId());
            assertThat(p).isNotNull();
            assertThat(r.referralDate()).isAfterOrEqualTo(p.dateOfBirth()).isBetween(LocalDate.of(2013, 1, 1),
                    EXTRACT);
            assertThat(p.ageOn(r.referralDate())).isLessThanOrEqualTo(17);
            assertThat(r.primaryNeedCode()).matches("N[0-9]");
            assertThat(r.referralSourceCode()).matches("1[A-D]|2[AB]|3[A-F]|4|5[A-D]|6|7|8|9|10");
            assertThat(r.closeDate() == null).isEqualTo(r.closeReason().isEmpty());
            if (r.closeDate() != null) {
                assertThat(r.closeReason()).matches("RC[1-9]");
                assertThat(r.closeDate()).isAfterOrEqualTo(r.referralDate()).isBeforeOrEqualTo(EXTRACT);
            }
        }
        Set<String> planIds = new HashSet<>();
        for (CinPlan p : x.cinPlans()) {
            assertThat(planIds.add(p.planId())).isTrue();
            Referral r = referrals.get(p.referralId());
            assertThat(r).isNotNull();
            assertThat(r.personId()).isEqualTo(p.personId());
            assertThat(p.start()).isAfterOrEqualTo(r.referralDate()).isBeforeOrEqualTo(EXTRACT);
            p.ended().ifPresent(end -> assertThat(end).isAfterOrEqualTo(p.start()).isBeforeOrEqualTo(EXTRACT));
            if (r.closeDate() != null) {
                assertThat(p.end()).as("a closed episode's plan is closed by then").isNotNull()
                        .isBeforeOrEqualTo(r.closeDate());
            }
        }
        Set<String> ids = new HashSet<>();
        for (ChildProtectionPlan p : x.cpPlans()) {
            assertThat(ids.add(p.planId())).isTrue();
            assertThat(people).containsKey(p.personId());
            assertThat(p.start()).isBeforeOrEqualTo(EXTRACT);
            p.ended().ifPresent(end -> assertThat(end).isAfterOrEqualTo(p.start()).isBeforeOrEqualTo(EXTRACT));
        }
        for (CareEpisode e : x.careEpisodes()) {
            assertThat(ids.add(e.episodeId())).isTrue();
            assertThat(people).containsKey(e.personId());
            assertThat(e.start()).isBeforeOrEqualTo(EXTRACT);
            e.ended().ifPresent(end -> assertThat(end).isAfterOrEqualTo(e.start()).isBeforeOrEqualTo(EXTRACT));
        }
        Set<String> flagged = new HashSet<>();
        for (ProgrammeParticipation p : x.participation()) {
            assertThat(flagged.add(p.personId())).isTrue();
            assertThat(p.programme()).isEqualTo(SyntheticCouncil.PROGRAMME);
            p.keyReferralId().ifPresent(id -> assertThat(referrals.get(id).personId()).isEqualTo(p.personId()));
            if (p.end() != null) {
                assertThat(p.end()).isAfterOrEqualTo(p.start());
            }
        }
        assertThat(x.latestDate()).isBeforeOrEqualTo(EXTRACT);
    }

    @ParameterizedTest
    @ValueSource(longs = {2020, 1, 42, -5})
    void cohortSizesAreExactForEverySeedAtScaleOne(long seed) throws IOException {
        Cohorts c = Cohorts.of(read(generate("s", seed, 1)));
        assertThat(c.treated).hasSize(121);
        assertThat(c.comparison).hasSize(463);
        assertThat(c.evaluationUntreated).hasSize(539);
        assertThat(c.flaggedExcluded).isEqualTo(85);
        // coarsened exact matching on previous referral, sex, quarter and siblings keeps 120 and 440 (Table 3)
        SsdExtract x = read(dir.resolve("s"));
        Map<String, Person> people = byId(x.people());
        Map<String, List<Referral>> byPerson = referralsByPerson(x);
        Map<String, Integer> familySize = new HashMap<>();
        Map<String, String> familyOf = new HashMap<>();
        for (FamilyMembership m : x.families()) {
            familySize.merge(m.familyId(), 1, Integer::sum);
            familyOf.put(m.personId(), m.familyId());
        }
        java.util.function.Function<Referral, String> stratum = r -> byPerson.get(r.personId()).stream()
                .anyMatch(o -> o.referralDate().isBefore(r.referralDate())) + "/" + people.get(r.personId()).sex()
                + "/" + quarter(r) + "/" + (familySize.get(familyOf.get(r.personId())) > 1);
        Set<String> treatedStrata = new HashSet<>();
        Set<String> comparisonStrata = new HashSet<>();
        c.treated.forEach(r -> treatedStrata.add(stratum.apply(r)));
        c.comparison.forEach(r -> comparisonStrata.add(stratum.apply(r)));
        assertThat(count(c.treated, r -> comparisonStrata.contains(stratum.apply(r)))).isEqualTo(120);
        assertThat(count(c.comparison, r -> treatedStrata.contains(stratum.apply(r)))).isEqualTo(440);
    }

    @Test
    void publishedCountsAreExactAtSeed2020() throws IOException {
        SsdExtract x = read(generate("p", 2020, 1));
        Cohorts c = Cohorts.of(x);
        Map<String, Person> people = byId(x.people());
        Map<String, List<Referral>> byPerson = referralsByPerson(x);
        // Table 2: previous referral, sex, quarter; Table 7: siblings
        assertThat(count(c.treated, r -> byPerson.get(r.personId()).stream()
                .anyMatch(o -> o.referralDate().isBefore(r.referralDate())))).isEqualTo(81);
        assertThat(count(c.comparison, r -> byPerson.get(r.personId()).stream()
                .anyMatch(o -> o.referralDate().isBefore(r.referralDate())))).isEqualTo(285);
        assertThat(count(c.treated, r -> people.get(r.personId()).sex() == Sex.FEMALE)).isEqualTo(62);
        assertThat(count(c.treated, r -> people.get(r.personId()).sex() == Sex.UNKNOWN)).isEqualTo(1);
        assertThat(count(c.comparison, r -> people.get(r.personId()).sex() == Sex.FEMALE)).isEqualTo(240);
        assertThat(count(c.comparison, r -> quarter(r) == 4)).isEqualTo(151);
        assertThat(count(c.treated, r -> quarter(r) == 3)).isEqualTo(34);
        Map<String, Integer> familySize = new HashMap<>();
        Map<String, String> familyOf = new HashMap<>();
        for (FamilyMembership m : x.families()) {
            familySize.merge(m.familyId(), 1, Integer::sum);
            familyOf.put(m.personId(), m.familyId());
        }
        assertThat(count(c.treated, r -> familySize.get(familyOf.get(r.personId())) > 1)).isEqualTo(111);
        assertThat(count(c.comparison, r -> familySize.get(familyOf.get(r.personId())) > 1)).isEqualTo(431);
        // Tables 3-5: outcomes
        assertThat(count(c.comparison, r -> byPerson.get(r.personId()).stream().anyMatch(o ->
                o.referralDate().isAfter(r.referralDate())
                        && !o.referralDate().isAfter(r.referralDate().plusDays(365))))).isEqualTo(51);
        Map<String, List<LocalDate>> escalations = new HashMap<>();
        x.cpPlans().forEach(p -> escalations.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p.start()));
        x.careEpisodes().forEach(e -> escalations.computeIfAbsent(e.personId(), k -> new ArrayList<>()).add(e.start()));
        assertThat(count(c.comparison, r -> escalations.getOrDefault(r.personId(), List.of()).stream().anyMatch(d ->
                d.isAfter(r.referralDate()) && !d.isAfter(r.referralDate().plusDays(365))))).isEqualTo(62);
        Map<String, CinPlan> planOf = new HashMap<>();
        x.cinPlans().forEach(p -> planOf.putIfAbsent(p.referralId(), p));
        assertThat(count(c.treated, r -> planOf.get(r.referralId()).end() == null)).isEqualTo(55);
        assertThat(count(c.comparison, r -> planOf.get(r.referralId()).end() == null)).isEqualTo(37);
    }

    @Test
    void scaleMultipliesTheCouncil() throws IOException {
        SyntheticCouncil.Summary one = SyntheticCouncil.write(dir.resolve("one"), Profile.CAMDEN_2020, 3, 1);
        SyntheticCouncil.Summary ten = SyntheticCouncil.write(dir.resolve("ten"), Profile.CAMDEN_2020, 3, 10);
        double ratio = (double) ten.referrals() / one.referrals();
        assertThat(ratio).isBetween(9.5, 10.5);
        assertThat(ten.cohortTreated()).isEqualTo(1210);
        assertThat(ten.cohortComparison()).isEqualTo(4630);
        Cohorts c = Cohorts.of(read(dir.resolve("ten")));
        assertThat(c.treated).hasSize(1210);
        assertThat(c.comparison).hasSize(4630);
        assertThat(c.evaluationUntreated).hasSize(5390);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.37, 2.5})
    void fractionalScalesGiveValidExtractsWithRoundedCohorts(double scale) throws IOException {
        SyntheticCouncil.Summary s = SyntheticCouncil.write(dir.resolve("f"), Profile.CAMDEN_2020, 11, scale);
        Cohorts c = Cohorts.of(read(dir.resolve("f")));
        assertThat(c.treated).hasSize((int) s.cohortTreated());
        assertThat(c.comparison).hasSize((int) s.cohortComparison());
        assertThat(c.evaluationUntreated).hasSize((int) s.cohortEvaluationUntreated());
        assertThat((double) s.cohortTreated()).isCloseTo(121 * scale, org.assertj.core.data.Offset.offset(1.0));
        assertThat((double) s.cohortComparison()).isCloseTo(463 * scale, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void rejectsANonPositiveScaleAndUnknownProfiles() {
        assertThatThrownBy(() -> new SyntheticCouncil(Profile.CAMDEN_2020, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Profile.named("nowhere")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("camden-2020");
    }

    // ------------------------------------------------------------ the plan's rules, re-implemented

    /** The cohort rules of the evaluation plan, written from the brief without the generator's code. */
    private static final class Cohorts {
        final List<Referral> treated = new ArrayList<>();
        final List<Referral> comparison = new ArrayList<>();
        final List<Referral> evaluationUntreated = new ArrayList<>();
        int flaggedExcluded;

        static Cohorts of(SsdExtract x) {
            LocalDate treatedFrom = LocalDate.of(2017, 9, 1);
            LocalDate comparisonFrom = LocalDate.of(2015, 9, 1);
            LocalDate comparisonTo = LocalDate.of(2017, 2, 19);
            Map<String, Person> people = byId(x.people());
            Map<String, List<Referral>> byPerson = referralsByPerson(x);
            Map<String, Referral> byId = new HashMap<>();
            x.referrals().forEach(r -> byId.put(r.referralId(), r));
            Map<String, ProgrammeParticipation> flagged = new HashMap<>();
            x.participation().stream().filter(p -> p.programme().equals("RBFF"))
                    .forEach(p -> flagged.put(p.personId(), p));
            Cohorts c = new Cohorts();
            for (ProgrammeParticipation p : flagged.values()) {
                Referral key = p.keyReferralId().map(byId::get).orElseGet(() ->
                        byPerson.getOrDefault(p.personId(), List.of()).stream()
                                .filter(r -> !r.referralDate().isBefore(treatedFrom)).findFirst().orElse(null));
                int age = key == null ? -1 : people.get(p.personId()).ageOn(key.referralDate());
                if (key != null && !key.referralDate().isBefore(treatedFrom) && age >= 10 && age <= 13) {
                    c.treated.add(key);
                } else {
                    c.flaggedExcluded++;
                }
            }
            for (Map.Entry<String, List<Referral>> e : byPerson.entrySet()) {
                if (flagged.containsKey(e.getKey())) {
                    continue;
                }
                Person p = people.get(e.getKey());
                e.getValue().stream().filter(r -> !r.referralDate().isBefore(comparisonFrom)
                                && r.referralDate().isBefore(comparisonTo)
                                && p.ageOn(r.referralDate()) >= 10 && p.ageOn(r.referralDate()) <= 13)
                        .findFirst().ifPresent(c.comparison::add);
                e.getValue().stream().filter(r -> !r.referralDate().isBefore(treatedFrom)
                                && p.ageOn(r.referralDate()) >= 10 && p.ageOn(r.referralDate()) <= 13)
                        .findFirst().ifPresent(c.evaluationUntreated::add);
            }
            return c;
        }
    }

    private static int quarter(Referral r) {
        return (r.referralDate().getMonthValue() - 1) / 3 + 1;
    }

    private static long count(List<Referral> cohort, java.util.function.Predicate<Referral> p) {
        return cohort.stream().filter(p).count();
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            out.add(i);
        }
        return out;
    }

    private static Map<String, Person> byId(List<Person> people) {
        Map<String, Person> out = new HashMap<>();
        people.forEach(p -> out.put(p.personId(), p));
        return out;
    }

    private static Map<String, List<Referral>> referralsByPerson(SsdExtract x) {
        Map<String, List<Referral>> out = new HashMap<>();
        for (Referral r : x.referrals()) {
            out.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(Referral::referralDate)));
        return out;
    }

    // ------------------------------------------------------------ a minimal strict reader

    static SsdExtract read(Path folder) throws IOException {
        List<Person> people = new ArrayList<>();
        for (String[] f : rows(folder, "ssd_person.csv", 5)) {
            people.add(new Person(f[0], Sex.fromCode(f[1]).orElseThrow(), f[2], LocalDate.parse(f[3]), f[4]));
        }
        List<FamilyMembership> families = new ArrayList<>();
        for (String[] f : rows(folder, "ssd_family.csv", 2)) {
            families.add(new FamilyMembership(f[0], f[1]));
        }
        List<Referral> referrals = new ArrayList<>();
        for (String[] f : rows(folder, "ssd_cin_episodes.csv", 7)) {
            referrals.add(new Referral(f[0], f[1], LocalDate.parse(f[2]), f[3], f[4], date(f[5]), f[6]));
        }
        List<CinPlan> plans = new ArrayList<>();
        for (String[] f : rows(folder, "ssd_cin_plans.csv", 5)) {
            plans.add(new CinPlan(f[0], f[1], f[2], LocalDate.parse(f[3]), date(f[4])));
        }
        List<ChildProtectionPlan> cp = new ArrayList<>();
        for (String[] f : rows(folder, "ssd_cp_plans.csv", 4)) {
            cp.add(new ChildProtectionPlan(f[0], f[1], LocalDate.parse(f[2]), date(f[3])));
        }
        List<CareEpisode> care = new ArrayList<>();
        for (String[] f : rows(folder, "ssd_cla_episodes.csv", 4)) {
            care.add(new CareEpisode(f[0], f[1], LocalDate.parse(f[2]), date(f[3])));
        }
        List<ProgrammeParticipation> part = new ArrayList<>();
        for (String[] f : rows(folder, "programme_participation.csv", 5)) {
            part.add(new ProgrammeParticipation(f[0], f[1].isEmpty() ? null : f[1], f[2], LocalDate.parse(f[3]),
                    date(f[4])));
        }
        return new SsdExtract(people, families, referrals, plans, cp, care, part);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static List<String[]> rows(Path folder, String file, int fields) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(file));
        List<String[]> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            assertThat(f).as(file + ": " + line).hasSize(fields);
            out.add(f);
        }
        return out;
    }
}
