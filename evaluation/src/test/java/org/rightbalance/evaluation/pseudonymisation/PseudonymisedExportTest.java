package org.rightbalance.evaluation.pseudonymisation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;
import org.rightbalance.stats.data.InvalidDataException;

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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Scans a pseudonymised export of a synthetic council (with a name and an address column added to
 * its person file, as a future SSD might have) for anything that identifies a child.
 */
class PseudonymisedExportTest {

    private static final PseudonymisationKey KEY = PseudonymiserTest.KEY;

    @TempDir
    static Path dir;
    @TempDir
    Path scratch;

    private static Path original;
    private static Path exported;
    private static SsdExtract source;
    private static PseudonymisedExport.Summary summary;
    /** File name → its rows, header first. */
    private static Map<String, List<List<String>>> files;

    @BeforeAll
    static void export() throws IOException {
        original = dir.resolve("council");
        SyntheticCouncil.write(original, Profile.CAMDEN_2020, 2020, 0.2);
        addNameAndAddress(original.resolve(SsdReader.PERSON));
        source = SsdReader.read(original).extract();
        exported = dir.resolve("pseudonymised");
        summary = PseudonymisedExport.write(original, exported, KEY, ValidationPolicy.STOP);
        files = readAll(exported);
    }

    /** Adds pers_name and pers_address, columns the reader ignores, to every row. */
    private static void addNameAndAddress(Path personFile) throws IOException {
        List<String> lines = Files.readAllLines(personFile);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",pers_name,pers_address");
        for (String line : lines.subList(1, lines.size())) {
            String id = line.substring(0, line.indexOf(','));
            out.add(line + ",Synthetic Child " + id + ",\"" + id.substring(1) + " Synthetic Street, London\"");
        }
        Files.write(personFile, out);
    }

    private static Map<String, List<List<String>>> readAll(Path folder) throws IOException {
        Map<String, List<List<String>>> all = new HashMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) {
                List<List<String>> rows = new ArrayList<>();
                try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(p)) {
                    csv.forEach(r -> rows.add(r.getFields()));
                }
                all.put(p.getFileName().toString(), rows);
            }
        }
        return all;
    }

    private static Set<String> allFields() {
        Set<String> fields = new HashSet<>();
        files.values().forEach(rows -> rows.forEach(fields::addAll));
        return fields;
    }

    @Test
    void everyFileHoldsExactlyTheAllowListedColumns() {
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(SsdExtract.FILES);
        files.forEach((file, rows) -> assertThat(rows.get(0)).as(file)
                .containsExactlyElementsOf(PseudonymisedExport.COLUMNS.get(file)));
        assertThat(files.get(SsdReader.PERSON).get(0)).doesNotContain("pers_dob", "pers_name", "pers_address");
        assertThat(files.get(SsdReader.PERSON)).hasSize(1 + source.people().size());
        assertThat(files.get(SsdReader.CIN_EPISODES)).hasSize(1 + source.referrals().size());
    }

    @Test
    void noOriginalIdentifierRemainsInAnyField() {
        Set<String> ids = new HashSet<>();
        source.people().forEach(p -> ids.add(p.personId()));
        source.families().forEach(f -> ids.add(f.familyId()));
        source.referrals().forEach(r -> ids.add(r.referralId()));
        source.cinPlans().forEach(p -> ids.add(p.planId()));
        source.cpPlans().forEach(p -> ids.add(p.planId()));
        source.careEpisodes().forEach(e -> ids.add(e.episodeId()));
        assertThat(ids).hasSizeGreaterThan(2_000);

        Set<String> leaked = new HashSet<>(allFields());
        leaked.retainAll(ids);

        assertThat(leaked).isEmpty();
        assertThat(files.get(SsdReader.PERSON).subList(1, files.get(SsdReader.PERSON).size()))
                .allSatisfy(row -> assertThat(row.get(0)).matches("P-[A-Z2-7]{16}"));
    }

    @Test
    void aColumnTheSourceGainsIsNeverCopied() {
        assertThat(allFields()).noneMatch(f -> f.contains("Synthetic Child") || f.contains("Synthetic Street"));
    }

    @Test
    void thePersonFileHoldsNoDateAndNoDateOfBirthOfAnyChild() {
        Set<String> birthDates = new HashSet<>();
        source.people().forEach(p -> birthDates.add(p.dateOfBirth().toString()));
        Set<String> personFields = new HashSet<>();
        files.get(SsdReader.PERSON).forEach(personFields::addAll);

        assertThat(personFields).noneMatch(f -> f.matches("\\d{4}-\\d{2}-\\d{2}.*|\\d{2}/\\d{2}/\\d{4}"));
        assertThat(personFields).doesNotContainAnyElementsOf(birthDates);
    }

    @Test
    void noRowOfAChildHoldsTheChildsDateOfBirthUnlessItIsADateOfTheChildsOwnRecords() {
        Pseudonymiser p = new Pseudonymiser(KEY);
        Map<String, Person> byPseudonym = new HashMap<>();
        source.people().forEach(x -> byPseudonym.put(p.pseudonym(IdentifierKind.PERSON, x.personId()), x));
        Map<String, Set<LocalDate>> ownDates = ownDates(source);
        int rowsChecked = 0;
        for (List<List<String>> rows : files.values()) {
            int personColumn = personColumn(rows.get(0));
            for (List<String> row : rows.subList(1, rows.size())) {
                Person child = byPseudonym.get(row.get(personColumn));
                assertThat(child).as("every row names an exported child").isNotNull();
                LocalDate dob = child.dateOfBirth();
                if (!ownDates.getOrDefault(child.personId(), Set.of()).contains(dob)) {
                    assertThat(row).doesNotContain(dob.toString());
                    rowsChecked++;
                }
            }
        }
        assertThat(rowsChecked).isGreaterThan(2_000);
    }

    private static int personColumn(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).endsWith("person_id")) {
                return i;
            }
        }
        throw new AssertionError("no person column in " + header);
    }

    /** Every date of a child's own records (referrals, plans, episodes, participation). */
    private static Map<String, Set<LocalDate>> ownDates(SsdExtract x) {
        Map<String, Set<LocalDate>> dates = new HashMap<>();
        for (Referral r : x.referrals()) {
            add(dates, r.personId(), r.referralDate(), r.closeDate());
        }
        for (CinPlan c : x.cinPlans()) {
            add(dates, c.personId(), c.start(), c.end());
        }
        for (ChildProtectionPlan c : x.cpPlans()) {
            add(dates, c.personId(), c.start(), c.end());
        }
        for (CareEpisode e : x.careEpisodes()) {
            add(dates, e.personId(), e.start(), e.ceased());
        }
        for (ProgrammeParticipation e : x.participation()) {
            add(dates, e.personId(), e.start(), e.end());
        }
        return dates;
    }

    private static void add(Map<String, Set<LocalDate>> dates, String person, LocalDate a, LocalDate b) {
        Set<LocalDate> set = dates.computeIfAbsent(person, k -> new HashSet<>());
        set.add(a);
        if (b != null) {
            set.add(b);
        }
    }

    @Test
    void nationalityIsOnlyBritishOrEmptyAndNoOtherNationalityRemains() {
        Set<String> otherNationalities = new HashSet<>();
        source.people().forEach(x -> otherNationalities.add(x.nationality()));
        otherNationalities.remove("British");
        otherNationalities.remove("");
        assertThat(otherNationalities).as("the source has other nationalities").hasSizeGreaterThan(3);
        List<List<String>> people = files.get(SsdReader.PERSON);
        int column = people.get(0).indexOf("pers_nationality");

        assertThat(people.subList(1, people.size())).extracting(row -> row.get(column)).containsOnly("British", "");
        assertThat(allFields()).doesNotContainAnyElementsOf(otherNationalities);
    }

    @Test
    void eachReferralCarriesTheChildsAgeInCompletedYearsAtIt() {
        Pseudonymiser p = new Pseudonymiser(KEY);
        Map<String, Person> people = new HashMap<>();
        source.people().forEach(x -> people.put(x.personId(), x));
        Map<String, Integer> expected = new HashMap<>();
        source.referrals().forEach(r -> expected.put(p.pseudonym(IdentifierKind.REFERRAL, r.referralId()),
                people.get(r.personId()).ageOn(r.referralDate())));
        List<List<String>> referrals = files.get(SsdReader.CIN_EPISODES);
        int age = referrals.get(0).indexOf(SsdReader.AGE_AT_REFERRAL);

        for (List<String> row : referrals.subList(1, referrals.size())) {
            assertThat(Integer.parseInt(row.get(age))).as(row.get(0)).isEqualTo(expected.get(row.get(0)));
        }
        assertThat(expected.values()).contains(0, 10, 13, 17);
    }

    @Test
    void theExportReadsBackWithTheSameRecordsApartFromIdentifiers() {
        SsdExtract back = SsdReader.read(exported).extract();

        assertThat(back.people()).hasSameSizeAs(source.people()).allSatisfy(x -> assertThat(x.dateOfBirth()).isNull());
        assertThat(back.referrals()).extracting(Referral::referralDate)
                .containsExactlyElementsOf(source.referrals().stream().map(Referral::referralDate).toList());
        assertThat(back.families()).extracting(FamilyMembership::familyId).allMatch(f -> f.matches("F-[A-Z2-7]{16}"));
        assertThat(summary.people()).isEqualTo(source.people().size());
        assertThat(summary.referrals()).isEqualTo(source.referrals().size());
    }

    @Test
    void theRecordsPseudonymisedInMemoryAreTheRecordsTheExportWrites() {
        SsdExtract inMemory = PseudonymisedExport.pseudonymise(source, KEY);

        assertThat(SsdReader.read(exported).extract()).isEqualTo(inMemory);
        assertThat(inMemory.participation()).isNotEmpty();
    }

    @Test
    void theSameKeyGivesIdenticalFilesOnAnotherRun() throws IOException {
        Path again = scratch.resolve("again");
        PseudonymisedExport.write(original, again, KEY, ValidationPolicy.STOP);

        for (String file : SsdExtract.FILES) {
            assertThat(Files.mismatch(exported.resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
        }
    }

    @Test
    void anotherKeyGivesOtherPseudonymsForEveryChild() throws IOException {
        Path other = scratch.resolve("other");
        PseudonymisedExport.write(original, other, PseudonymiserTest.OTHER_KEY, ValidationPolicy.STOP);
        Set<String> first = new HashSet<>();
        files.get(SsdReader.PERSON).forEach(row -> first.add(row.get(0)));
        Set<String> second = new HashSet<>();
        readAll(other).get(SsdReader.PERSON).forEach(row -> second.add(row.get(0)));
        first.remove("pers_person_id");
        second.remove("pers_person_id");

        assertThat(second).hasSameSizeAs(first).doesNotContainAnyElementsOf(first);
    }

    @Test
    void aFolderThatIsNotEmptyIsRefusedAndLeftAsItWas() throws IOException {
        Path out = scratch.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> PseudonymisedExport.write(original, out, KEY, ValidationPolicy.STOP))
                .isInstanceOf(InvalidDataException.class).hasMessageContaining("not empty");
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void anEmptyFolderIsFilled() throws IOException {
        Path out = scratch.resolve("empty");
        Files.createDirectories(out);

        PseudonymisedExport.write(original, out, KEY, ValidationPolicy.STOP);

        assertThat(out.resolve(SsdReader.PERSON)).isNotEmptyFile();
    }

    @Test
    void anInvalidSourceWritesNothing() throws IOException {
        Path bad = scratch.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve(SsdReader.PERSON), "pers_person_id,pers_sex,pers_ethnicity,pers_dob\nP1,F,,2007-02-30\n");
        Files.writeString(bad.resolve(SsdReader.CIN_EPISODES), "cine_referral_id,cine_person_id,cine_referral_date,"
                + "cine_cin_primary_need_code,cine_referral_source_code,cine_close_date,cine_close_reason\n");
        Path out = scratch.resolve("never");

        assertThatThrownBy(() -> PseudonymisedExport.write(bad, out, KEY, ValidationPolicy.STOP))
                .isInstanceOf(InvalidExtractException.class).hasMessageContaining("bad-date");
        assertThat(out).doesNotExist();
        try (Stream<Path> s = Files.list(scratch)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly("bad");
        }
    }

    @Test
    void anExtractHeldInMemoryIsWrittenWithEveryFileOfTheLayout() {
        Path out = scratch.resolve("from-memory");

        PseudonymisedExport.Summary s = PseudonymisedExport.write(source, out, KEY);

        assertThat(s.careEpisodes()).isEqualTo(source.careEpisodes().size());
        for (String file : SsdExtract.FILES) {
            assertThat(out.resolve(file)).isRegularFile();
        }
        assertThat(SsdReader.read(out).extract().cinPlans()).hasSameSizeAs(source.cinPlans());
    }

    @Test
    void aPseudonymisedExtractCanBeExportedAgainKeepingTheAges() {
        Path twice = scratch.resolve("twice");

        PseudonymisedExport.write(exported, twice, PseudonymiserTest.OTHER_KEY, ValidationPolicy.STOP);

        SsdExtract once = SsdReader.read(exported).extract();
        SsdExtract again = SsdReader.read(twice).extract();
        assertThat(again.referrals()).extracting(Referral::ageAtReferral)
                .containsExactlyElementsOf(once.referrals().stream().map(Referral::ageAtReferral).toList());
    }
}
