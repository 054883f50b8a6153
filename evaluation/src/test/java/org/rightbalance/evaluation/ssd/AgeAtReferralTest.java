package org.rightbalance.evaluation.ssd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * An extract may give each child's age at each referral ({@code cine_age_at_referral}) instead of a date
 * of birth, as a pseudonymised extract does; one of the two must be there, and when both are they must agree.
 */
class AgeAtReferralTest {

    private static final String CIN_HEADER = "cine_referral_id,cine_person_id,cine_referral_date,"
            + "cine_cin_primary_need_code,cine_referral_source_code,cine_close_date,cine_close_reason";

    @TempDir
    Path dir;

    private Path extract(String person, String referrals) throws IOException {
        Files.writeString(dir.resolve(SsdReader.PERSON), person);
        Files.writeString(dir.resolve(SsdReader.CIN_EPISODES), referrals);
        return dir;
    }

    private static Finding onlyFinding(Path folder) {
        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class, () -> SsdReader.read(folder));
        assertThat(e).as("the read should fail").isNotNull();
        assertThat(e.report().findings()).hasSize(1);
        return e.report().findings().get(0);
    }

    @Test
    void anExtractWithoutDatesOfBirthGivesTheRecordedAgeAtEachReferral() throws IOException {
        Path folder = extract("pers_person_id,pers_sex,pers_ethnicity\nP1,F,WBRI\n",
                CIN_HEADER + ",cine_age_at_referral\nR1,P1,2017-09-05,N1,3A,,,11\nR2,P1,2019-01-10,N1,3A,,,12\n");

        SsdExtract x = SsdReader.read(folder).extract();

        Person child = x.people().get(0);
        assertThat(child.dateOfBirth()).isNull();
        assertThat(child.birthDate()).isEmpty();
        assertThat(x.referrals()).extracting(child::ageAt).containsExactly(11, 12);
    }

    @Test
    void aPersonWithoutDateOfBirthHasNoAgeOnAnArbitraryDate() {
        Person child = new Person("P1", Sex.FEMALE, "WBRI", null, "");

        assertThatThrownBy(() -> child.ageOn(LocalDate.of(2018, 1, 1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("P1 has no date of birth");
    }

    @Test
    void anAgeThatAgreesWithTheDateOfBirthIsAcceptedCountingABirthdayOnTheReferralDate() throws IOException {
        Path folder = extract("pers_person_id,pers_sex,pers_ethnicity,pers_dob\nP1,M,,2007-09-05\n",
                CIN_HEADER + ",cine_age_at_referral\nR1,P1,2017-09-05,,,,,10\nR2,P1,2017-09-04,,,,,\n");

        SsdExtract x = SsdReader.read(folder).extract();

        Person child = x.people().get(0);
        assertThat(x.referrals()).extracting(child::ageAt).containsExactly(10, 9);
    }

    @Test
    void neitherDateOfBirthNorAgeAtReferralIsAMissingColumn() throws IOException {
        Path folder = extract("pers_person_id,pers_sex,pers_ethnicity\nP1,F,WBRI\n", CIN_HEADER + "\nR1,P1,2017-09-05,,,,\n");

        Finding f = onlyFinding(folder);

        assertThat(f.file()).isEqualTo(SsdReader.PERSON);
        assertThat(f.column()).isEqualTo("pers_dob");
        assertThat(f.rule()).isEqualTo("missing-column");
        assertThat(f.message()).contains("cine_age_at_referral");
    }

    @Test
    void aReferralOfAChildWithoutDateOfBirthNeedsAnAge() throws IOException {
        Path folder = extract("pers_person_id,pers_sex,pers_ethnicity,pers_dob\nP1,F,WBRI,2006-01-01\nP2,M,,\n",
                CIN_HEADER + ",cine_age_at_referral\nR1,P1,2017-09-05,,,,,\nR2,P2,2017-09-05,,,,,\n");

        Finding f = onlyFinding(folder);

        assertThat(f.file()).isEqualTo(SsdReader.CIN_EPISODES);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.recordId()).isEqualTo("R2");
        assertThat(f.column()).isEqualTo("cine_age_at_referral");
        assertThat(f.rule()).isEqualTo("missing-value");
        assertThat(f.message()).contains("P2 has no pers_dob");
    }

    @Test
    void anEmptyDateOfBirthIsStillMissingWhenTheExtractGivesNoAges() throws IOException {
        Path folder = extract("pers_person_id,pers_sex,pers_ethnicity,pers_dob\nP1,F,WBRI,\n", CIN_HEADER + "\n");

        Finding f = onlyFinding(folder);

        assertThat(f.file()).isEqualTo(SsdReader.PERSON);
        assertThat(f.recordId()).isEqualTo("P1");
        assertThat(f.column()).isEqualTo("pers_dob");
        assertThat(f.rule()).isEqualTo("missing-value");
    }

    @Test
    void anAgeThatDisagreesWithTheDateOfBirthIsAFinding() throws IOException {
        Path folder = extract("pers_person_id,pers_sex,pers_ethnicity,pers_dob\nP1,M,,2007-09-06\n",
                CIN_HEADER + ",cine_age_at_referral\nR1,P1,2017-09-05,,,,,10\n");

        Finding f = onlyFinding(folder);

        assertThat(f.file()).isEqualTo(SsdReader.CIN_EPISODES);
        assertThat(f.line()).isEqualTo(2);
        assertThat(f.recordId()).isEqualTo("R1");
        assertThat(f.column()).isEqualTo("cine_age_at_referral");
        assertThat(f.rule()).isEqualTo("age-mismatch");
        assertThat(f.message()).contains("age 10").contains("was 9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12.5", "-1", "twelve", "126", "1000"})
    void anAgeThatIsNotAWholeNumberOfYearsIsABadAge(String age) throws IOException {
        Path folder = extract("pers_person_id,pers_sex,pers_ethnicity\nP1,F,WBRI\n",
                CIN_HEADER + ",cine_age_at_referral\nR1,P1,2017-09-05,,,,," + age + "\n");

        Finding f = onlyFinding(folder);

        assertThat(f.recordId()).isEqualTo("R1");
        assertThat(f.column()).isEqualTo("cine_age_at_referral");
        assertThat(f.rule()).isEqualTo("bad-age");
    }

    @Test
    void underDropAndCountAReferralWithoutAgeIsDroppedWithItsPlans() throws IOException {
        Path folder = extract("pers_person_id,pers_sex,pers_ethnicity\nP1,F,WBRI\n",
                CIN_HEADER + ",cine_age_at_referral\nR1,P1,2017-09-05,,,,,11\nR2,P1,2018-09-05,,,,,\n");
        Files.writeString(folder.resolve(SsdReader.CIN_PLANS), "cinp_cin_plan_id,cinp_referral_id,cinp_person_id,"
                + "cinp_cin_plan_start_date,cinp_cin_plan_end_date\nC1,R2,P1,2018-09-10,\n");

        SsdReadResult result = SsdReader.read(folder, ValidationPolicy.DROP_AND_COUNT);

        assertThat(result.extract().referrals()).extracting(Referral::referralId).containsExactly("R1");
        assertThat(result.extract().cinPlans()).isEmpty();
        assertThat(result.report().file(SsdReader.CIN_EPISODES).droppedByRule()).containsEntry("missing-value", 1L);
    }
}
