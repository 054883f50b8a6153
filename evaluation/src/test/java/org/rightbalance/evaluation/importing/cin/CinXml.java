package org.rightbalance.evaluation.importing.cin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** Small made-up CIN census files for tests; a {@code <!--here-->} comment marks the line a finding should name. */
final class CinXml {

    static final String FILE = "cin-test.xml";

    private CinXml() {
    }

    static String header(int year) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Message>
                  <Header>
                    <CollectionDetails>
                      <Collection>CIN</Collection>
                      <Year>%d</Year>
                      <ReferenceDate>%d-03-31</ReferenceDate>
                    </CollectionDetails>
                    <Source>
                      <SourceLevel>L</SourceLevel>
                      <LEA>999</LEA>
                      <SoftwareCode>Test</SoftwareCode>
                      <Release>1</Release>
                      <SerialNo>7</SerialNo>
                      <DateTime>%d-04-02T10:00:00</DateTime>
                    </Source>
                  </Header>
                """.formatted(year, year, year);
    }

    static String doc(int year, String children) {
        return header(year) + "  <Children>\n" + children + "  </Children>\n</Message>\n";
    }

    /** A child with GenderCurrent (Years up to 2024) or Sex (from 2025), born 2010, and the given CINdetails. */
    static String child(String id, int year, String details) {
        String sex = year >= CinHeader.FIRST_SEX_YEAR ? "<Sex>M</Sex>" : "<GenderCurrent>1</GenderCurrent>";
        return """
                    <Child>
                      <ChildIdentifiers>
                        <LAchildID>%s</LAchildID>
                        <UPN>A123456789012</UPN>
                        <PersonBirthDate>2010-01-01</PersonBirthDate>
                        %s
                      </ChildIdentifiers>
                      <ChildCharacteristics>
                        <Ethnicity>WBRI</Ethnicity>
                        <Disabilities><Disability>NONE</Disability></Disabilities>
                      </ChildCharacteristics>
                """.formatted(id, sex) + details + "    </Child>\n";
    }

    /** A closed episode 2023-05-01 to 2024-01-31 with {@code inner} (plans etc.) inside. */
    static String closedEpisode(String inner) {
        return """
                      <CINdetails>
                        <CINreferralDate>2023-05-01</CINreferralDate>
                        <ReferralSource>1A</ReferralSource>
                        <PrimaryNeedCode>N1</PrimaryNeedCode>
                        <CINclosureDate>2024-01-31</CINclosureDate>
                        <ReasonForClosure>RC1</ReasonForClosure>
                """ + inner + "      </CINdetails>\n";
    }

    static String cinPlan(String start, String end) {
        return "        <CINPlanDates>\n          <CINPlanStartDate>" + start + "</CINPlanStartDate>\n"
                + "          <CINPlanEndDate>" + end + "</CINPlanEndDate>\n        </CINPlanDates>\n";
    }

    static String cpPlan(String start, String end) {
        return "        <ChildProtectionPlans>\n          <CPPstartDate>" + start + "</CPPstartDate>\n"
                + "          <CPPendDate>" + end + "</CPPendDate>\n"
                + "          <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>\n"
                + "          <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>\n"
                + "          <NumberOfPreviousCPP>0</NumberOfPreviousCPP>\n"
                + "          <Reviews><CPPreviewDate>" + start + "</CPPreviewDate></Reviews>\n"
                + "        </ChildProtectionPlans>\n";
    }

    static CinCensus read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    static CinCensus read(byte[] xml) {
        return CinCensusReader.read(new ByteArrayInputStream(xml), FILE);
    }

    /** The 1-based line of the first {@code needle}. */
    static long lineOf(String xml, String needle) {
        int at = xml.indexOf(needle);
        if (at < 0) {
            throw new IllegalArgumentException("no " + needle);
        }
        return 1 + xml.substring(0, at).chars().filter(c -> c == '\n').count();
    }
}
