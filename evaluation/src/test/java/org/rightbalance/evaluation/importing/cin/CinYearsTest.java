package org.rightbalance.evaluation.importing.cin;

import org.junit.jupiter.api.Test;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Sex;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rightbalance.evaluation.importing.cin.CinXml.child;
import static org.rightbalance.evaluation.importing.cin.CinXml.closedEpisode;
import static org.rightbalance.evaluation.importing.cin.CinXml.cpPlan;
import static org.rightbalance.evaluation.importing.cin.CinXml.doc;

class CinYearsTest {

    private static String withGender(String id, int year, String element, String value) {
        String c = child(id, year, closedEpisode(""));
        return c.replace(year >= CinHeader.FIRST_SEX_YEAR ? "<Sex>M</Sex>" : "<GenderCurrent>1</GenderCurrent>",
                "<" + element + ">" + value + "</" + element + ">");
    }

    @Test
    void a2023To24FileCodesGenderCurrent() {
        String xml = doc(2024, withGender("A", 2024, "GenderCurrent", "1") + withGender("B", 2024, "GenderCurrent",
                "2") + withGender("C", 2024, "GenderCurrent", "0") + withGender("D", 2024, "GenderCurrent", "9"));
        CinCensus c = CinXml.read(xml);
        assertThat(c.header().collectionYear()).isEqualTo("2023/24");
        assertThat(c.extract().people()).extracting(Person::sex)
                .containsExactly(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN, Sex.UNKNOWN);
    }

    @Test
    void a2024To25FileCodesSex() {
        String xml = doc(2025, withGender("A", 2025, "Sex", "M") + withGender("B", 2025, "Sex", "F")
                + withGender("C", 2025, "Sex", "U"));
        CinCensus c = CinXml.read(xml);
        assertThat(c.header().collectionYear()).isEqualTo("2024/25");
        assertThat(c.extract().people()).extracting(Person::sex).containsExactly(Sex.MALE, Sex.FEMALE, Sex.UNKNOWN);
    }

    @Test
    void theWrongGenderElementForTheYearIsNamed() {
        String old = doc(2025, withGender("A", 2025, "GenderCurrent", "1"));
        CinCensusException e = catchThrowableOfType(() -> CinXml.read(old), CinCensusException.class);
        assertThat(e.report().findings()).extracting(CinFinding::rule)
                .containsExactly("gender-element-for-year", "missing-element");
        assertThat(e.report().findings().get(0).line()).isEqualTo(CinXml.lineOf(old, "<GenderCurrent>"));

        String early = doc(2024, withGender("A", 2024, "Sex", "F"));
        CinCensusException e2 = catchThrowableOfType(() -> CinXml.read(early), CinCensusException.class);
        assertThat(e2.report().findings()).extracting(CinFinding::rule)
                .containsExactly("gender-element-for-year", "missing-element");
        assertThat(e2.getMessage()).contains("2023/24");
    }

    @Test
    void badGenderCodesAreNamed() {
        String xml = doc(2024, withGender("A", 2024, "GenderCurrent", "M"));
        CinCensusException e = catchThrowableOfType(() -> CinXml.read(xml), CinCensusException.class);
        assertThat(e.report().findings().get(0).element()).isEqualTo("GenderCurrent");
        assertThat(e.report().findings().get(0).rule()).isEqualTo("bad-code");
        String xml2 = doc(2025, withGender("A", 2025, "Sex", "1"));
        CinCensusException e2 = catchThrowableOfType(() -> CinXml.read(xml2), CinCensusException.class);
        assertThat(e2.report().findings().get(0).element()).isEqualTo("Sex");
    }

    @Test
    void the2025To26ElementsAreRead() {
        String details = closedEpisode("""
                        <Assessments>
                          <AssessmentActualStartDate>2023-05-02</AssessmentActualStartDate>
                          <AssessmentFactors>21A</AssessmentFactors>
                        </Assessments>
                        <Section47>
                          <S47ActualStartDate>2023-05-03</S47ActualStartDate>
                        </Section47>
                """ + cpPlan("2023-06-01", "2023-12-01") + """
                        <PreProceedings>
                          <PreProceedingsStartDate>2023-10-01</PreProceedingsStartDate>
                          <PreProceedingsEndDate>2023-12-15</PreProceedingsEndDate>
                        </PreProceedings>
                        <FamilyGroupDecisionMaking>
                          <FGDMOfferedDate>2023-06-02</FGDMOfferedDate>
                          <FGDMDate>2023-06-20</FGDMDate>
                        </FamilyGroupDecisionMaking>
                """);
        CinCensus c = CinXml.read(doc(2026, child("A", 2026, details)));
        assertThat(c.header().collectionYear()).isEqualTo("2025/26");
        assertThat(c.header().referenceDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(c.header().lea()).isEqualTo("999");
        assertThat(c.preProceedings()).containsExactly(new PreProceedings("A/2023-05-01", "A",
                LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 15)));
        assertThat(c.familyGroupDecisions()).containsExactly(new FamilyGroupDecision("A/2023-05-01", "A",
                LocalDate.of(2023, 6, 2), LocalDate.of(2023, 6, 20)));
        assertThat(c.extract().cpPlans()).hasSize(1);
    }

    @Test
    void preProceedingsDatesAreChecked() {
        String details = closedEpisode("""
                        <PreProceedings>
                          <PreProceedingsStartDate>2023-10-01</PreProceedingsStartDate>
                          <PreProceedingsEndDate>2023-09-15</PreProceedingsEndDate>
                        </PreProceedings>
                """);
        String xml = doc(2026, child("A", 2026, details));
        CinCensusException e = catchThrowableOfType(() -> CinXml.read(xml), CinCensusException.class);
        CinFinding f = e.report().findings().get(0);
        assertThat(f.rule()).isEqualTo("end-before-start");
        assertThat(f.element()).isEqualTo("PreProceedingsEndDate");
        assertThat(f.line()).isEqualTo(CinXml.lineOf(xml, "<PreProceedingsEndDate>"));
    }

    @Test
    void anUnbornChildTakesTheExpectedBirthDate() {
        String xml = doc(2024, child("U1", 2024, closedEpisode("")).replace("<PersonBirthDate>2010-01-01"
                + "</PersonBirthDate>", "<ExpectedPersonBirthDate>2023-08-01</ExpectedPersonBirthDate>"));
        assertThat(CinXml.read(xml).extract().people().get(0).dateOfBirth()).isEqualTo(LocalDate.of(2023, 8, 1));
    }
}
