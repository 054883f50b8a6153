package org.rightbalance.evaluation.importing;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdCodes;
import org.rightbalance.evaluation.ssd.SsdExtract;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random councils split across several extracts — identifiers with commas, quotes, slashes, blanks inside,
 * letters outside ASCII and prefixes of one another, families shared between children, records that agree, records
 * that disagree, ids given to two children — the streamed import ({@link StreamingImport}, with tiny sort budgets so
 * that run files are merged) and the in-memory merge write the same bytes and the same report, or stop with the same
 * findings and leave the folder as it was.
 */
class StreamingImportPropertyTest {

    /** Pieces identifiers are made of: chosen so that ids are prefixes of others and sort around the separators. */
    private static final String[] PIECES = {"A", "a", "B", "-", "/", ",", "\"", "0", "9", "Z", " x", "é", ".", "A/"};

    /** How often each outcome came up: the seeds must reach every one of them. */
    private static final Map<String, Integer> OUTCOMES = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    Path dir;

    @AfterAll
    static void everyOutcomeCameUp() {
        assertThat(OUTCOMES).containsKeys("streamed", "in-memory", "stopped");
        System.out.println("StreamingImportPropertyTest outcomes: " + OUTCOMES);
    }

    static Stream<Long> seeds() {
        return LongStream.range(1, 41).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void streamedAndInMemoryImportsOfRandomSourcesAgree(long seed) throws IOException {
        Random random = new Random(seed);
        List<SsdExtract> children = new ArrayList<>();
        int count = 3 + random.nextInt(25);
        List<String> usedIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            children.add(child(random, "P" + id(random) + i, usedIds));
        }
        int sourceCount = 1 + random.nextInt(3);
        List<Path> first = new ArrayList<>();
        List<Path> second = new ArrayList<>();
        for (int s = 0; s < sourceCount; s++) {
            SsdExtract source = source(random, children);
            Path folder = dir.resolve("source-" + s);
            SsdExtractWriter.write(source, folder);
            (random.nextBoolean() ? first : second).add(folder);
        }
        if (first.isEmpty()) {
            first.add(second.remove(0));
        }
        long budget = 200 + random.nextInt(2_000);
        Path streamed = dir.resolve("streamed");
        Path inMemory = dir.resolve("in-memory");

        for (List<Path> files : List.of(first, second)) {
            if (files.isEmpty()) {
                continue;
            }
            Map<String, String> streamedBefore = Folders.snapshot(streamed);
            Map<String, String> inMemoryBefore = Folders.snapshot(inMemory);
            Outcome a = outcome(() -> StreamingImport.run(new Importer.Request(Importer.Format.SSD, files, streamed),
                    budget).orElse(null));
            Outcome b = outcome(() -> Importer.run(new Importer.Request(Importer.Format.SSD, files, inMemory), false));
            OUTCOMES.merge(a.failure != null ? "stopped" : a.imported == null ? "in-memory" : "streamed", 1,
                    Integer::sum);
            if (a.imported == null && a.failure == null) {
                // the stream could not vouch for the result: the in-memory path decides, as Importer.run does
                a = outcome(() -> Importer.run(new Importer.Request(Importer.Format.SSD, files, streamed), false));
            }
            assertThat(a.failure == null).as("both import, or both stop").isEqualTo(b.failure == null);
            if (b.failure == null) {
                assertThat(a.imported.report()).isEqualTo(b.imported.report());
                assertThat(a.imported.totals()).isEqualTo(b.imported.totals());
            } else {
                assertThat(a.failure.report().problemCount()).isEqualTo(b.failure.report().problemCount());
                assertThat(a.failure.report().problemsByRule()).isEqualTo(b.failure.report().problemsByRule());
                // the findings name the output folder, which differs: compare them with it taken out
                assertThat(a.failure.report().findings().stream().map(f -> f.toString().replace(streamed.toString(),
                        "OUT")).toList()).containsExactlyInAnyOrderElementsOf(b.failure.report().findings().stream()
                        .map(f -> f.toString().replace(inMemory.toString(), "OUT")).toList());
                assertThat(Folders.snapshot(streamed)).isEqualTo(streamedBefore);
                assertThat(Folders.snapshot(inMemory)).isEqualTo(inMemoryBefore);
            }
            assertThat(Folders.snapshot(streamed)).isEqualTo(Folders.snapshot(inMemory));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void censusYearsOfRandomChildrenMergeIntoAFolderAsInMemory(long seed) throws IOException {
        Random random = new Random(seed);
        LocalDate referredFrom = LocalDate.of(2021, 6, 1);
        List<Person> people = new ArrayList<>();
        List<Referral> open = new ArrayList<>();
        List<Referral> later = new ArrayList<>();
        List<CinPlan> openPlans = new ArrayList<>();
        List<CinPlan> laterPlans = new ArrayList<>();
        int count = 3 + random.nextInt(25);
        for (int i = 0; i < count; i++) {
            String id = "P" + id(random) + i;
            people.add(new Person(id, random.nextBoolean() ? Sex.MALE : Sex.FEMALE, random.nextBoolean() ? ""
                    : SsdCodes.ETHNICITY.get(random.nextInt(SsdCodes.ETHNICITY.size())),
                    LocalDate.of(2008, 1, 1).plusDays(random.nextInt(2_500)), ""));
            LocalDate referred = referredFrom.plusDays(random.nextInt(500));
            String referralId = id + "/" + referred;
            Referral r = new Referral(referralId, id, referred, "N" + random.nextInt(10), "", null, "");
            CinPlan plan = random.nextBoolean() ? null
                    : new CinPlan("x", referralId, id, referred.plusDays(random.nextInt(20)), null);
            // 2022/23: every episode and plan open; 2023/24: some closed (and their plans ended), some not in it
            open.add(r);
            if (plan != null) {
                openPlans.add(plan);
            }
            int fate = random.nextInt(3);
            if (fate == 0) {
                LocalDate closed = LocalDate.of(2023, 4, 1).plusDays(random.nextInt(360));
                later.add(new Referral(referralId, id, referred, r.primaryNeedCode(), "", closed, "RC1"));
                if (plan != null) {
                    laterPlans.add(new CinPlan("x", referralId, id, plan.start(), closed));
                }
            } else if (fate == 1) {
                later.add(r);
                if (plan != null) {
                    laterPlans.add(plan);
                }
            }
        }
        Path y2023 = dir.resolve("cin-2023.xml");
        Path y2024 = dir.resolve("cin-2024.xml");
        org.rightbalance.evaluation.importing.cin.CinCensusWriter.write(new SsdExtract(people, List.of(), open,
                openPlans, List.of(), List.of(), List.of()), 2023, y2023);
        List<String> inLater = later.stream().map(Referral::personId).toList();
        org.rightbalance.evaluation.importing.cin.CinCensusWriter.write(new SsdExtract(people.stream()
                .filter(p -> inLater.contains(p.personId())).toList(), List.of(), later, laterPlans, List.of(), List.of(),
                List.of()), 2024, y2024);
        long budget = 200 + random.nextInt(2_000);
        Path streamed = dir.resolve("streamed");
        Path inMemory = dir.resolve("in-memory");

        // one year after another into the folder (the later year first, now and then), then both in one command
        List<Path> order = random.nextBoolean() ? List.of(y2023, y2024, y2023) : List.of(y2024, y2023, y2024);
        for (Path file : order) {
            Importer.Request s = new Importer.Request(Importer.Format.CIN_CENSUS, List.of(file), streamed);
            ExtractMerger.Imported a = StreamingImport.run(s, budget).orElseThrow();
            ExtractMerger.Imported b = Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS, List.of(file),
                    inMemory), false);
            assertThat(a.report()).isEqualTo(b.report());
            assertThat(Folders.snapshot(streamed)).isEqualTo(Folders.snapshot(inMemory));
        }
        assertThat(Folders.snapshot(streamed)).containsKey(ExtractMerger.YEARS_FILE);
        Path both = dir.resolve("both");
        Path bothInMemory = dir.resolve("both-in-memory");
        ExtractMerger.Imported a = StreamingImport.run(new Importer.Request(Importer.Format.CIN_CENSUS,
                List.of(y2024, y2023), both), budget).orElseThrow();
        ExtractMerger.Imported b = Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS, List.of(y2024, y2023),
                bothInMemory), false);
        assertThat(a.report()).isEqualTo(b.report());
        assertThat(Folders.snapshot(both)).isEqualTo(Folders.snapshot(bothInMemory)).isEqualTo(Folders.snapshot(streamed));
    }

    private record Outcome(ExtractMerger.Imported imported, InvalidExtractException failure) {
    }

    private interface Import {
        ExtractMerger.Imported run();
    }

    private static Outcome outcome(Import i) {
        try {
            return new Outcome(i.run(), null);
        } catch (InvalidExtractException e) {
            return new Outcome(null, e);
        }
    }

    private static String id(Random random) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    /** One child's records, valid on their own; now and then a referral id another child already has. */
    private static SsdExtract child(Random random, String personId, List<String> usedIds) {
        LocalDate born = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(3_650));
        Person person = new Person(personId, Sex.values()[random.nextInt(Sex.values().length)],
                random.nextInt(4) == 0 ? "" : SsdCodes.ETHNICITY.get(random.nextInt(SsdCodes.ETHNICITY.size())), born,
                random.nextInt(3) == 0 ? "British" : "");
        List<Referral> referrals = new ArrayList<>();
        List<CinPlan> cin = new ArrayList<>();
        List<ChildProtectionPlan> cp = new ArrayList<>();
        List<CareEpisode> care = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            String id = !usedIds.isEmpty() && random.nextInt(40) == 0 ? usedIds.get(random.nextInt(usedIds.size()))
                    : "R" + id(random) + personId + "/" + i;
            usedIds.add(id);
            LocalDate referred = born.plusDays(1_000 + random.nextInt(3_000));
            boolean closed = random.nextBoolean();
            referrals.add(new Referral(id, personId, referred,
                    SsdCodes.PRIMARY_NEED.get(random.nextInt(SsdCodes.PRIMARY_NEED.size())),
                    random.nextBoolean() ? "" : SsdCodes.REFERRAL_SOURCE.get(random.nextInt(5)),
                    closed ? referred.plusDays(random.nextInt(400)) : null, closed ? "RC" + (1 + random.nextInt(9)) : ""));
            if (random.nextBoolean()) {
                LocalDate start = referred.plusDays(random.nextInt(30));
                cin.add(new CinPlan(id + "/CIN/" + id(random), id, personId, start,
                        random.nextBoolean() ? null : start.plusDays(random.nextInt(300))));
            }
        }
        if (random.nextInt(3) == 0) {
            LocalDate start = born.plusDays(2_000 + random.nextInt(1_000));
            cp.add(new ChildProtectionPlan("CP" + id(random) + personId, personId, start,
                    random.nextBoolean() ? null : start.plusDays(random.nextInt(500))));
        }
        if (random.nextInt(4) == 0) {
            LocalDate start = born.plusDays(2_500 + random.nextInt(1_000));
            care.add(new CareEpisode("E" + personId + id(random), personId, start,
                    random.nextBoolean() ? null : start.plusDays(random.nextInt(700))));
        }
        List<FamilyMembership> family = random.nextInt(3) == 0 ? List.of()
                : List.of(new FamilyMembership("F" + random.nextInt(6) + id(random).replace(" ", ""), personId));
        List<ProgrammeParticipation> participation = random.nextInt(4) != 0 ? List.of()
                : List.of(new ProgrammeParticipation(personId, referrals.isEmpty() || random.nextBoolean() ? null
                : referrals.get(0).referralId(), "RBFF", LocalDate.of(2018, 1, 1).plusDays(random.nextInt(700)), null));
        return new SsdExtract(List.of(person), family, referrals, cin, cp, care, participation);
    }

    /**
     * One extract: a random half of the children, each with all of its records or some of them, and now and then a
     * record that says something else than another extract does (a closure, a sex).
     */
    private static SsdExtract source(Random random, List<SsdExtract> children) {
        List<Person> people = new ArrayList<>();
        List<FamilyMembership> families = new ArrayList<>();
        List<Referral> referrals = new ArrayList<>();
        List<CinPlan> cin = new ArrayList<>();
        List<ChildProtectionPlan> cp = new ArrayList<>();
        List<CareEpisode> care = new ArrayList<>();
        List<ProgrammeParticipation> participation = new ArrayList<>();
        List<String> referralIds = new ArrayList<>();
        for (SsdExtract c : children) {
            if (random.nextBoolean()) {
                continue;
            }
            Person p = c.people().get(0);
            people.add(random.nextInt(30) == 0 ? new Person(p.personId(), p.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE,
                    p.ethnicity(), p.dateOfBirth(), p.nationality()) : p);
            if (random.nextBoolean()) {
                families.addAll(c.families());
            }
            for (Referral r : c.referrals()) {
                if (referralIds.contains(r.referralId())) {
                    continue; // one extract cannot hold an id twice
                }
                referralIds.add(r.referralId());
                referrals.add(random.nextInt(25) == 0 && r.closeDate() == null
                        ? new Referral(r.referralId(), r.personId(), r.referralDate(), r.primaryNeedCode(),
                        r.referralSourceCode(), r.referralDate().plusDays(3), "RC2") : r);
            }
            c.cinPlans().stream().filter(pl -> referrals.stream().anyMatch(r -> r.referralId().equals(pl.referralId())
                    && r.personId().equals(pl.personId()))).forEach(cin::add);
            cp.addAll(c.cpPlans());
            if (random.nextBoolean()) {
                care.addAll(c.careEpisodes());
            }
            c.participation().stream().filter(pp -> pp.referralId() == null || referrals.stream().anyMatch(
                    r -> r.referralId().equals(pp.referralId()) && r.personId().equals(pp.personId())))
                    .forEach(participation::add);
        }
        return new SsdExtract(people, families, referrals, cin, cp, care, participation);
    }
}
