package org.rightbalance.evaluation.ssd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Each rule, broken once in an otherwise valid extract, gives one finding at the right place. */
class SsdRulesTest {

    @TempDir
    Path dir;

    private static final String PERSON = SsdReader.PERSON;
    private static final String FAMILY = SsdReader.FAMILY;
    private static final String CIN = SsdReader.CIN_EPISODES;
    private static final String PLANS = SsdReader.CIN_PLANS;
    private static final String CP = SsdReader.CP_PLANS;
    private static final String CLA = SsdReader.CLA_EPISODES;
    private static final String PART = SsdReader.PARTICIPATION;

    /**
     * file, line to replace (0 to append a row), the row's text, then the expected finding's line,
     * record, column and rule.
     */
    static Stream<Arguments> brokenRows() {
        return Stream.of(
                arguments(CIN, 0, "R4,P9,2018-01-01,N1,1A,,", 5, "R4", "cine_person_id", "unknown-person"),
                arguments(FAMILY, 0, "F2,P9", 4, "F2", "fami_person_id", "unknown-person"),
                arguments(PLANS, 0, "C2,R1,P9,2018-01-01,", 3, "C2", "cinp_person_id", "unknown-person"),
                arguments(CP, 0, "CP2,P9,2018-01-01,", 3, "CP2", "cppl_person_id", "unknown-person"),
                arguments(CLA, 0, "E2,P9,2018-01-01,", 3, "E2", "clae_person_id", "unknown-person"),
                arguments(PART, 0, "P9,,RBFF,2018-01-01,", 4, "P9", "person_id", "unknown-person"),
                arguments(CIN, 2, "R1,P1,2017-09-05,N1,3A,2017-09-04,RC8", 2, "R1", "cine_close_date", "end-before-start"),
                arguments(PLANS, 0, "C2,R2,P2,2018-02-01,2018-01-01", 3, "C2", "cinp_cin_plan_end_date", "end-before-start"),
                arguments(CP, 0, "CP2,P1,2018-02-01,31/01/2018", 3, "CP2", "cppl_cp_plan_end_date", "end-before-start"),
                arguments(CLA, 0, "E2,P1,2018-02-01,2018-01-31", 3, "E2", "clae_cla_episode_ceased_date", "end-before-start"),
                arguments(PART, 0, "P3,R3,RBFF,2018-02-01,2018-01-31", 4, "P3", "end_date", "end-before-start"),
                arguments(PERSON, 3, "P2,F,WBR,2007-07-01,", 3, "P2", "pers_ethnicity", "bad-code"),
                arguments(PERSON, 3, "P2,Female,,2007-07-01,", 3, "P2", "pers_sex", "bad-code"),
                arguments(CIN, 4, "R3,P3,15/09/2017,N10,,,", 4, "R3", "cine_cin_primary_need_code", "bad-code"),
                arguments(CIN, 4, "R3,P3,15/09/2017,,3G,,", 4, "R3", "cine_referral_source_code", "bad-code"),
                arguments(CIN, 4, "R3,P3,15/09/2017,,,2018-01-01,RC0", 4, "R3", "cine_close_reason", "bad-code"),
                arguments(PERSON, 0, "P1,F,,2008-01-01,", 5, "P1", "pers_person_id", "duplicate-id"),
                arguments(FAMILY, 0, "F2,P1", 4, "F2", "fami_person_id", "duplicate-id"),
                arguments(CIN, 0, "R1,P1,2018-01-01,,,,", 5, "R1", "cine_referral_id", "duplicate-id"),
                arguments(PLANS, 0, "C1,R1,P1,2018-01-01,", 3, "C1", "cinp_cin_plan_id", "duplicate-id"),
                arguments(CP, 0, "CP1,P1,2018-01-01,", 3, "CP1", "cppl_cp_plan_id", "duplicate-id"),
                arguments(CLA, 0, "E1,P1,2018-01-01,", 3, "E1", "clae_cla_episode_id", "duplicate-id"),
                arguments(PERSON, 4, "P3,U,BAFR,31/02/2005,", 4, "P3", "pers_dob", "bad-date"),
                arguments(CIN, 0, "R4,P1,2019-13-01,,,,", 5, "R4", "cine_referral_date", "bad-date"),
                arguments(CIN, 0, "R4,P1,02/29/2019,,,,", 5, "R4", "cine_referral_date", "bad-date"),
                arguments(CP, 0, "CP2,P1,2018-01-01T25:00,", 3, "CP2", "cppl_cp_plan_start_date", "bad-date"),
                arguments(CLA, 0, "E2,P1,1 March 2018,", 3, "E2", "clae_cla_episode_start_date", "bad-date"),
                arguments(PART, 0, "P3,,RBFF,2018-01-01,2018/02/01", 4, "P3", "end_date", "bad-date"),
                arguments(PERSON, 3, "P2,F,,,", 3, "P2", "pers_dob", "missing-value"),
                arguments(PERSON, 0, ",F,,2007-07-01,", 5, "", "pers_person_id", "missing-value"),
                arguments(CIN, 0, "R4,P1,,,,,", 5, "R4", "cine_referral_date", "missing-value"),
                arguments(PLANS, 0, "C2,,P1,2018-01-01,", 3, "C2", "cinp_referral_id", "missing-value"),
                arguments(PART, 0, "P3,, ,2018-01-01,", 4, "P3", "programme", "missing-value"),
                arguments(FAMILY, 0, ",P3", 4, "", "fami_family_id", "missing-value"),
                arguments(CIN, 4, "R3,P3,15/09/2017,,,2018-01-01,", 4, "R3", "cine_close_reason", "close-date-without-reason"),
                arguments(CIN, 4, "R3,P3,15/09/2017,,,,RC2", 4, "R3", "cine_close_date", "close-reason-without-date"),
                arguments(PLANS, 0, "C2,R99,P1,2018-01-01,", 3, "C2", "cinp_referral_id", "plan-referral-mismatch"),
                arguments(PLANS, 0, "C2,R2,P1,2018-01-01,", 3, "C2", "cinp_referral_id", "plan-referral-mismatch"),
                arguments(PART, 0, "P3,R1,RBFF,2018-01-01,", 4, "P3", "referral_id", "participation-referral-mismatch"),
                arguments(PART, 0, "P3,R99,RBFF,2018-01-01,", 4, "P3", "referral_id", "participation-referral-mismatch"),
                arguments(CLA, 0, "E2,P1,2018-01-01", 3, "E2", "", "wrong-field-count"),
                arguments(PERSON, 0, "P4,M,WBRI,2006-03-14,British,extra", 5, "P4", "", "wrong-field-count"));
    }

    @ParameterizedTest(name = "{0} {2} -> {6}")
    @MethodSource("brokenRows")
    void eachRuleGivesOneFindingAtTheRightPlace(String file, int replace, String row, int line, String record,
                                                String column, String rule) {
        SyntheticExtract extract = new SyntheticExtract();
        if (replace == 0) {
            extract.append(file, row);
        } else {
            extract.replace(file, replace, row);
        }

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(extract.writeTo(dir)));

        assertThat(e).as("the read should fail").isNotNull();
        assertThat(e.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(file);
            assertThat(f.line()).isEqualTo(line);
            assertThat(f.recordId()).isEqualTo(record);
            assertThat(f.column()).isEqualTo(column);
            assertThat(f.rule()).isEqualTo(rule);
            assertThat(f.message()).isNotBlank();
        });
        assertThat(e.report().problemsByRule()).containsOnlyKeys(rule);
        assertThat(e.getMessage()).startsWith("1 problem in the extract; first: " + file + ", line " + line)
                .endsWith("(" + rule + ")");
    }

    @Test
    void everyRuleIdUsedInTheTestsIsARuleOfTheReader() {
        assertThat(brokenRows().map(a -> (String) a.get()[6]).distinct())
                .allSatisfy(id -> assertThat(Arrays.stream(SsdRule.values()).map(SsdRule::id)).contains(id));
    }

    @Test
    void aMissingColumnIsNamed() {
        SyntheticExtract extract = new SyntheticExtract().put(PERSON, "pers_person_id,pers_sex,pers_dob",
                "P1,M,2006-03-14");

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(extract.writeTo(dir), ValidationPolicy.DROP_AND_COUNT));

        assertThat(e.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(PERSON);
            assertThat(f.line()).isZero();
            assertThat(f.column()).isEqualTo("pers_ethnicity");
            assertThat(f.rule()).isEqualTo("missing-column");
        });
        assertThat(e.getMessage()).isEqualTo("1 problem in the extract; first: ssd_person.csv, column pers_ethnicity: "
                + "the header has no column pers_ethnicity (names are exact and lower case; the header has: "
                + "pers_person_id, pers_sex, pers_dob) (missing-column)");
    }

    @Test
    void headerNamesAreExact() {
        SyntheticExtract extract = new SyntheticExtract().put(CLA,
                "CLAE_CLA_EPISODE_ID,clae_person_id,clae_cla_episode_start_date,clae_cla_episode_ceased_date");

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(extract.writeTo(dir)));

        assertThat(e.report().findings()).extracting(Finding::column).containsExactly("clae_cla_episode_id");
    }

    @Test
    void aColumnNamedTwiceIsAWholeFileProblem() {
        SyntheticExtract extract = new SyntheticExtract().put(FAMILY, "fami_family_id,fami_person_id,fami_person_id",
                "F1,P1,P1");

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(extract.writeTo(dir), ValidationPolicy.DROP_AND_COUNT));

        assertThat(e.report().findings()).extracting(Finding::rule).containsExactly("duplicate-column");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        SyntheticExtract extract = new SyntheticExtract().put(CP);

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(extract.writeTo(dir)));

        assertThat(e.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.file()).isEqualTo(CP);
            assertThat(f.rule()).isEqualTo("missing-column");
            assertThat(f.message()).startsWith("the file is empty");
        });
    }

    @Test
    void bothRequiredFilesMissingAreBothReported() {
        Path folder = new SyntheticExtract().remove(PERSON).remove(CIN).writeTo(dir);

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class, () -> SsdReader.read(folder));

        assertThat(e.report().findings()).extracting(Finding::file).containsExactly(PERSON, CIN);
        assertThat(e.report().count("missing-file")).isEqualTo(2);
    }

    @Test
    void aRowWithSeveralProblemsReportsEachButIsDroppedOnce() {
        SyntheticExtract extract = new SyntheticExtract().append(CIN, "R4,P9,2019-13-01,N99,,,");

        SsdReadResult result = SsdReader.read(extract.writeTo(dir), ValidationPolicy.DROP_AND_COUNT);

        assertThat(result.report().findings()).extracting(Finding::rule)
                .containsExactly("unknown-person", "bad-date", "bad-code");
        assertThat(result.report().file(CIN).droppedByRule()).containsOnlyKeys("unknown-person");
        assertThat(result.report().file(CIN).rowsDropped()).isEqualTo(1);
        assertThat(result.extract().referrals()).hasSize(3);
    }

    @Test
    void codesAreReadInAnyCaseAndStoredInTheirListForm() {
        SyntheticExtract extract = new SyntheticExtract().replace(PERSON, 3, "P2,f,mwbc,2007-07-01,")
                .replace(CIN, 4, "R3,P3,15/09/2017,n4,5a,2018-01-01,rc3");

        SsdExtract x = SsdReader.read(extract.writeTo(dir)).extract();

        assertThat(x.people().get(1).sex()).isEqualTo(Sex.FEMALE);
        assertThat(x.people().get(1).ethnicity()).isEqualTo("MWBC");
        assertThat(x.referrals().get(2)).extracting(Referral::primaryNeedCode, Referral::referralSourceCode,
                Referral::closeReason).containsExactly("N4", "5A", "RC3");
    }

    @Test
    void aWrongFieldCountInThePersonFileDropsThePersonsReferralsAsDependants() {
        SyntheticExtract extract = new SyntheticExtract().replace(PERSON, 4, "P3,U,BAFR");

        SsdReadResult result = SsdReader.read(extract.writeTo(dir), ValidationPolicy.DROP_AND_COUNT);

        assertThat(result.report().problemCount()).isEqualTo(1);
        assertThat(result.report().file(CIN).droppedByRule()).containsEntry("depends-on-dropped-row", 1L);
        assertThat(result.report().file(CLA).droppedByRule()).containsEntry("depends-on-dropped-row", 1L);
    }
}
