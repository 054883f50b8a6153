package org.rightbalance.evaluation.ssd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.stats.data.InvalidDataException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SsdReaderTest {

    @TempDir
    Path dir;

    private ValidationReport failingReport(SyntheticExtract extract) {
        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(extract.writeTo(dir), ValidationPolicy.STOP));
        assertThat(e).as("the read should fail").isNotNull();
        return e.report();
    }

    private Finding onlyFinding(SyntheticExtract extract) {
        ValidationReport report = failingReport(extract);
        assertThat(report.findings()).hasSize(1);
        return report.findings().get(0);
    }

    @Test
    void aValidExtractIsReadCompletely() {
        SsdReadResult result = SsdReader.read(new SyntheticExtract().writeTo(dir));

        SsdExtract x = result.extract();
        assertThat(x.people()).extracting(Person::personId).containsExactly("P1", "P2", "P3");
        assertThat(x.people().get(0)).isEqualTo(new Person("P1", Sex.MALE, "WBRI", LocalDate.of(2006, 3, 14), "British"));
        assertThat(x.people().get(2).dateOfBirth()).isEqualTo(LocalDate.of(2005, 11, 2));
        assertThat(x.families()).containsExactly(new FamilyMembership("F1", "P1"), new FamilyMembership("F1", "P2"));
        assertThat(x.referrals()).hasSize(3);
        assertThat(x.referrals().get(0)).isEqualTo(new Referral("R1", "P1", LocalDate.of(2017, 9, 5), "N1", "3A",
                LocalDate.of(2018, 1, 10), "RC8"));
        assertThat(x.cinPlans()).containsExactly(new CinPlan("C1", "R1", "P1", LocalDate.of(2017, 9, 20),
                LocalDate.of(2018, 1, 5)));
        assertThat(x.cpPlans()).containsExactly(new ChildProtectionPlan("CP1", "P2", LocalDate.of(2017, 11, 1), null));
        assertThat(x.careEpisodes()).containsExactly(new CareEpisode("E1", "P3", LocalDate.of(2018, 2, 1),
                LocalDate.of(2018, 6, 30)));
        assertThat(x.participation()).containsExactly(
                new ProgrammeParticipation("P1", "R1", "RBFF", LocalDate.of(2017, 9, 10), LocalDate.of(2018, 1, 5)),
                new ProgrammeParticipation("P2", null, "RBFF", LocalDate.of(2017, 10, 5), null));
        ValidationReport report = result.report();
        assertThat(report.clean()).isTrue();
        assertThat(report.notes()).isEmpty();
        assertThat(report.file(SsdReader.CIN_EPISODES).rowsRead()).isEqualTo(3);
        assertThat(report.file(SsdReader.CIN_EPISODES).rowsKept()).isEqualTo(3);
        assertThat(report.summary()).contains("no problems").contains("ssd_person.csv: 3 rows read, 3 kept");
    }

    @Test
    void isoDatesTimestampsAndBritishDatesAllRead() {
        SsdExtract x = SsdReader.read(new SyntheticExtract().writeTo(dir)).extract();

        assertThat(x.referrals()).extracting(Referral::referralDate).containsExactly(
                LocalDate.of(2017, 9, 5), LocalDate.of(2017, 10, 1), LocalDate.of(2017, 9, 15));
    }

    @Test
    void columnOrderIsFreeAndOtherColumnsAreIgnored() {
        SyntheticExtract extract = new SyntheticExtract().put(SsdReader.PERSON,
                "pers_legacy_id,pers_dob,pers_sex,pers_person_id,pers_ethnicity",
                "X9,2006-03-14,M,P1,WBRI",
                "X8,2007-07-01,F,P2,",
                "X7,2005-11-02,U,P3,AIND");

        SsdExtract x = SsdReader.read(extract.writeTo(dir)).extract();

        assertThat(x.people()).extracting(Person::personId).containsExactly("P1", "P2", "P3");
        assertThat(x.people().get(2).ethnicity()).isEqualTo("AIND");
        assertThat(x.people().get(0).nationality()).isEmpty();
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAllowed() {
        SyntheticExtract extract = new SyntheticExtract();
        extract.replace(SsdReader.PERSON, 1, "\uFEFFpers_person_id,pers_sex,pers_ethnicity,pers_dob,pers_nationality");

        SsdExtract x = SsdReader.read(extract.writeTo(dir)).extract();

        assertThat(x.people()).hasSize(3);
    }

    @Test
    void absentOptionalFilesAreReadAsEmptyAndNoted() {
        SyntheticExtract extract = new SyntheticExtract().remove(SsdReader.FAMILY).remove(SsdReader.CP_PLANS)
                .remove(SsdReader.CLA_EPISODES).remove(SsdReader.PARTICIPATION);

        SsdReadResult result = SsdReader.read(extract.writeTo(dir));

        assertThat(result.extract().families()).isEmpty();
        assertThat(result.extract().cpPlans()).isEmpty();
        assertThat(result.extract().careEpisodes()).isEmpty();
        assertThat(result.extract().participation()).isEmpty();
        assertThat(result.report().notes()).containsExactly(
                "ssd_family.csv is absent: read as empty",
                "ssd_cp_plans.csv is absent: read as empty",
                "ssd_cla_episodes.csv is absent: read as empty",
                "programme_participation.csv is absent: read as empty");
        assertThat(result.report().file(SsdReader.FAMILY).present()).isFalse();
        assertThat(result.report().summary()).contains("ssd_family.csv: absent");
    }

    @Test
    void aMissingRequiredFileFailsWithAClearMessageUnderEitherPolicy() {
        Path folder = new SyntheticExtract().remove(SsdReader.CIN_EPISODES).writeTo(dir);

        assertThatThrownBy(() -> SsdReader.read(folder, ValidationPolicy.DROP_AND_COUNT))
                .isInstanceOf(InvalidExtractException.class)
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("1 problem in the extract; first: ssd_cin_episodes.csv: the folder has no "
                        + "ssd_cin_episodes.csv; it is required (see docs/data-format.md) (missing-file)");
    }

    @Test
    void aFolderThatDoesNotExistIsAOneLineError() {
        assertThatThrownBy(() -> SsdReader.read(dir.resolve("nowhere")))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("nowhere: no such folder");
    }

    @Test
    void stopReturnsNothingAndTheExceptionCarriesEveryFinding() {
        SyntheticExtract extract = new SyntheticExtract()
                .replace(SsdReader.PERSON, 3, "P2,F,,2007-02-30,")
                .append(SsdReader.CIN_EPISODES, "R4,P9,2018-01-01,N1,1A,,")
                .append(SsdReader.CP_PLANS, "CP2,P1,2018-05-01,2018-04-01");

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(extract.writeTo(dir)));

        assertThat(e.getMessage()).isEqualTo("3 problems in the extract; first: ssd_person.csv, line 3, record P2, "
                + "column pers_dob: '2007-02-30' is not a real date; write yyyy-mm-dd (e.g. 2019-02-18) or "
                + "dd/mm/yyyy (e.g. 18/02/2019) (bad-date)");
        assertThat(e.getMessage()).doesNotContain("\n");
        ValidationReport report = e.report();
        assertThat(report.problemCount()).isEqualTo(3);
        assertThat(report.problemsByRule()).containsEntry("bad-date", 1L).containsEntry("unknown-person", 1L)
                .containsEntry("end-before-start", 1L);
        assertThat(report.findings()).extracting(Finding::file).containsExactly(SsdReader.PERSON,
                SsdReader.CIN_EPISODES, SsdReader.CP_PLANS);
        assertThat(report.file(SsdReader.PERSON).problemsByRule()).containsExactly(
                org.assertj.core.api.Assertions.entry("bad-date", 1L));
    }

    @Test
    void dependantsOfABadRowAreNotReportedAsProblemsOfTheirOwn() {
        SyntheticExtract extract = new SyntheticExtract().replace(SsdReader.PERSON, 2, "P1,M,WBRI,,British");

        ValidationReport report = failingReport(extract);

        assertThat(report.problemCount()).isEqualTo(1);
        assertThat(report.findings().get(0).rule()).isEqualTo("missing-value");
        assertThat(report.file(SsdReader.CIN_EPISODES).droppedByRule()).containsEntry("depends-on-dropped-row", 1L);
    }

    @Test
    void dropAndCountDropsBadRowsAndTheirDependantsAndCountsThem() {
        SyntheticExtract extract = new SyntheticExtract()
                .replace(SsdReader.PERSON, 2, "P1,X,WBRI,2006-03-14,British")
                .append(SsdReader.CIN_EPISODES, "R4,P3,2018-03-01,N9,9,2018-02-01,RC1")
                .append(SsdReader.CIN_PLANS, "C2,R4,P3,2018-03-02,")
                .append(SsdReader.CLA_EPISODES, "E2,P404,2018-01-01,");

        SsdReadResult result = SsdReader.read(extract.writeTo(dir), ValidationPolicy.DROP_AND_COUNT);

        SsdExtract x = result.extract();
        assertThat(x.people()).extracting(Person::personId).containsExactly("P2", "P3");
        assertThat(x.families()).containsExactly(new FamilyMembership("F1", "P2"));
        assertThat(x.referrals()).extracting(Referral::referralId).containsExactly("R2", "R3");
        assertThat(x.cinPlans()).isEmpty();
        assertThat(x.careEpisodes()).extracting(CareEpisode::episodeId).containsExactly("E1");
        assertThat(x.participation()).extracting(ProgrammeParticipation::personId).containsExactly("P2");

        ValidationReport report = result.report();
        assertThat(report.policy()).isEqualTo(ValidationPolicy.DROP_AND_COUNT);
        assertThat(report.problemCount()).isEqualTo(3);
        assertThat(report.problemsByRule()).containsOnlyKeys("bad-code", "end-before-start", "unknown-person");
        FileReport person = report.file(SsdReader.PERSON);
        assertThat(person.rowsRead()).isEqualTo(3);
        assertThat(person.rowsKept()).isEqualTo(2);
        assertThat(person.droppedByRule()).containsExactly(org.assertj.core.api.Assertions.entry("bad-code", 1L));
        FileReport referrals = report.file(SsdReader.CIN_EPISODES);
        assertThat(referrals.rowsRead()).isEqualTo(4);
        assertThat(referrals.rowsKept()).isEqualTo(2);
        assertThat(referrals.droppedByRule()).containsEntry("depends-on-dropped-row", 1L)
                .containsEntry("end-before-start", 1L);
        FileReport plans = report.file(SsdReader.CIN_PLANS);
        assertThat(plans.rowsDropped()).isEqualTo(2);
        assertThat(plans.droppedByRule()).containsExactly(org.assertj.core.api.Assertions.entry("depends-on-dropped-row", 2L));
        assertThat(report.file(SsdReader.FAMILY).droppedByRule()).containsEntry("depends-on-dropped-row", 1L);
        assertThat(report.file(SsdReader.PARTICIPATION).droppedByRule()).containsEntry("depends-on-dropped-row", 1L);
        assertThat(report.file(SsdReader.CLA_EPISODES).droppedByRule()).containsEntry("unknown-person", 1L);
        assertThat(report.summary()).contains("ssd_cin_episodes.csv: 4 rows read, 2 kept, 2 dropped "
                + "(depends-on-dropped-row 1, end-before-start 1)");
    }

    @Test
    void dropAndCountStillFailsOnAWholeFileProblem() {
        SyntheticExtract extract = new SyntheticExtract().put(SsdReader.CP_PLANS,
                "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date", "CP1,P2,2017-11-01");

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(extract.writeTo(dir), ValidationPolicy.DROP_AND_COUNT));

        assertThat(e.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(SsdReader.CP_PLANS);
            assertThat(f.column()).isEqualTo("cppl_cp_plan_end_date");
            assertThat(f.rule()).isEqualTo("missing-column");
        });
    }

    @Test
    void findingsBeyondTheStoredLimitAreStillCounted() {
        SyntheticExtract extract = new SyntheticExtract();
        for (int i = 0; i < ValidationReport.STORED_FINDINGS + 200; i++) {
            extract.append(SsdReader.CLA_EPISODES, "G" + i + ",P1,2018-13-01,");
        }

        ValidationReport report = failingReport(extract);

        assertThat(report.problemCount()).isEqualTo(ValidationReport.STORED_FINDINGS + 200);
        assertThat(report.count("bad-date")).isEqualTo(ValidationReport.STORED_FINDINGS + 200);
        assertThat(report.findings()).hasSize(ValidationReport.STORED_FINDINGS);
        assertThat(report.summary()).contains("First 20 of 1200 problems:");
    }

    @Test
    void aFileThatIsNotUtf8IsAWholeFileProblem() throws IOException {
        Path folder = new SyntheticExtract().writeTo(dir);
        byte[] latin1 = ("pers_person_id,pers_sex,pers_ethnicity,pers_dob,pers_nationality\r\n"
                + "P1,M,WBRI,2006-03-14,Fran\u00e7aise\r\n").getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve(SsdReader.PERSON), latin1);

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(folder, ValidationPolicy.DROP_AND_COUNT));

        assertThat(e.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(SsdReader.PERSON);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.rule()).isEqualTo("not-utf8");
        });
        assertThat(e.getMessage()).startsWith("1 problem in the extract; first: ssd_person.csv, line 2: the file is "
                + "not UTF-8 text").endsWith("(not-utf8)");
    }

    @Test
    void aBadByteFarIntoAFileIsFoundOnItsLine() throws IOException {
        SyntheticExtract extract = new SyntheticExtract();
        for (int i = 0; i < 5000; i++) {
            extract.append(SsdReader.CLA_EPISODES, "G" + i + ",P1,2018-01-01,2018-02-01");
        }
        Path folder = extract.writeTo(dir);
        Path cla = folder.resolve(SsdReader.CLA_EPISODES);
        byte[] tail = "G9999,P1,2018-01-01,2018-02-01 caf\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(cla, tail, java.nio.file.StandardOpenOption.APPEND);

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(folder, ValidationPolicy.DROP_AND_COUNT));

        assertThat(e.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("not-utf8");
            assertThat(f.line()).isEqualTo(5003);
        });
    }
}
