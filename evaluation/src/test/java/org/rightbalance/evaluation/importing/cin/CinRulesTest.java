package org.rightbalance.evaluation.importing.cin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.rightbalance.evaluation.importing.cin.CinXml.child;
import static org.rightbalance.evaluation.importing.cin.CinXml.cinPlan;
import static org.rightbalance.evaluation.importing.cin.CinXml.closedEpisode;
import static org.rightbalance.evaluation.importing.cin.CinXml.cpPlan;
import static org.rightbalance.evaluation.importing.cin.CinXml.doc;
import static org.rightbalance.evaluation.importing.cin.CinXml.lineOf;

class CinRulesTest {

    private static final String HERE = "<!--here-->";

    private static String open(String date, String inner) {
        return "      <CINdetails>\n        <CINreferralDate>" + date + "</CINreferralDate>\n"
                + "        <ReferralSource>3A</ReferralSource>\n        <PrimaryNeedCode>N2</PrimaryNeedCode>\n"
                + inner + "      </CINdetails>\n";
    }

    /** rule id, element named, CINdetails of child C9 (a {@code <!--here-->} marks the finding's line). */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("cin-plan-during-cp-plan", "CINPlanStartDate", closedEpisode(
                        cinPlan("2023-06-01</CINPlanStartDate>" + HERE + "<x>", "2023-12-01")
                                .replace("<x></CINPlanStartDate>", "")
                                + cpPlan("2023-09-01", "2024-01-01"))),
                Arguments.of("several-open-cin-plans", "CINPlanStartDate", open("2023-05-01",
                        cinPlan("2023-06-01", "") + "        <CINPlanDates>\n          <CINPlanStartDate>2023-08-01"
                                + "</CINPlanStartDate>" + HERE + "\n        </CINPlanDates>\n")),
                Arguments.of("overlapping-cin-plans", "CINPlanStartDate", closedEpisode(cinPlan("2023-06-01",
                        "2023-09-01") + "        <CINPlanDates>\n          <CINPlanStartDate>2023-08-01"
                        + "</CINPlanStartDate>" + HERE + "\n          <CINPlanEndDate>2023-10-01</CINPlanEndDate>\n"
                        + "        </CINPlanDates>\n")),
                Arguments.of("end-before-start", "CINPlanEndDate", closedEpisode("        <CINPlanDates>\n"
                        + "          <CINPlanStartDate>2023-08-01</CINPlanStartDate>\n"
                        + "          <CINPlanEndDate>2023-07-01</CINPlanEndDate>" + HERE + "\n"
                        + "        </CINPlanDates>\n")),
                Arguments.of("plan-before-referral", "CINPlanStartDate", closedEpisode("        <CINPlanDates>\n"
                        + "          <CINPlanStartDate>2023-04-01</CINPlanStartDate>" + HERE + "\n"
                        + "          <CINPlanEndDate>2023-07-01</CINPlanEndDate>\n        </CINPlanDates>\n")),
                Arguments.of("plan-after-closure", "CPPendDate", closedEpisode("        <ChildProtectionPlans>\n"
                        + "          <CPPstartDate>2023-06-01</CPPstartDate>\n"
                        + "          <CPPendDate>2024-03-01</CPPendDate>" + HERE + "\n"
                        + "        </ChildProtectionPlans>\n")),
                Arguments.of("overlapping-cp-plans", "CPPstartDate", closedEpisode(cpPlan("2023-06-01",
                        "2023-10-01") + "        <ChildProtectionPlans>\n          <CPPstartDate>2023-09-01"
                        + "</CPPstartDate>" + HERE + "\n          <CPPendDate>2023-12-01</CPPendDate>\n"
                        + "        </ChildProtectionPlans>\n")),
                Arguments.of("closure-incomplete", "ReasonForClosure", "      <CINdetails>\n"
                        + "        <CINreferralDate>2023-05-01</CINreferralDate>\n"
                        + "        <CINclosureDate>2023-06-01</CINclosureDate>" + HERE + "\n      </CINdetails>\n"),
                Arguments.of("closure-incomplete", "CINclosureDate", "      <CINdetails>\n"
                        + "        <CINreferralDate>2023-05-01</CINreferralDate>\n"
                        + "        <ReasonForClosure>RC2</ReasonForClosure>" + HERE + "\n      </CINdetails>\n"),
                Arguments.of("end-before-start", "CINclosureDate", "      <CINdetails>\n"
                        + "        <CINreferralDate>2023-05-01</CINreferralDate>\n"
                        + "        <CINclosureDate>2023-04-01</CINclosureDate>" + HERE + "\n"
                        + "        <ReasonForClosure>RC2</ReasonForClosure>\n      </CINdetails>\n"),
                Arguments.of("overlapping-episodes", "CINreferralDate", closedEpisode("") + "      <CINdetails>\n"
                        + "        <CINreferralDate>2023-09-01</CINreferralDate>" + HERE + "\n      </CINdetails>\n"),
                Arguments.of("several-open-episodes", "CINreferralDate", open("2023-05-01", "")
                        + "      <CINdetails>\n        <CINreferralDate>2023-09-01</CINreferralDate>" + HERE + "\n"
                        + "      </CINdetails>\n"),
                Arguments.of("duplicate-referral", "CINreferralDate", closedEpisode("") + "      <CINdetails>\n"
                        + "        <CINreferralDate>2023-05-01</CINreferralDate>" + HERE + "\n      </CINdetails>\n"),
                Arguments.of("missing-element", "CINreferralDate", "      <CINdetails>" + HERE + "\n"
                        + "        <PrimaryNeedCode>N1</PrimaryNeedCode>\n      </CINdetails>\n"),
                Arguments.of("bad-date", "CINreferralDate", "      <CINdetails>\n"
                        + "        <CINreferralDate>01/05/2023</CINreferralDate>" + HERE + "\n      </CINdetails>\n"),
                Arguments.of("bad-code", "PrimaryNeedCode", open("2023-05-01", "").replace("<PrimaryNeedCode>N2"
                        + "</PrimaryNeedCode>", "<PrimaryNeedCode>N10</PrimaryNeedCode>" + HERE)),
                Arguments.of("bad-code", "ReferralSource", open("2023-05-01", "").replace("<ReferralSource>3A"
                        + "</ReferralSource>", "<ReferralSource>11</ReferralSource>" + HERE)),
                Arguments.of("bad-code", "ReasonForClosure", closedEpisode("").replace("<ReasonForClosure>RC1",
                        "<ReasonForClosure>RC10").replace("RC10</ReasonForClosure>", "RC10</ReasonForClosure>"
                        + HERE)),
                Arguments.of("bad-code", "InitialCategoryOfAbuse", closedEpisode(cpPlan("2023-06-01",
                        "2023-10-01").replace("<InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>",
                        "<InitialCategoryOfAbuse>PHYS</InitialCategoryOfAbuse>" + HERE))),
                Arguments.of("bad-code", "LatestCategoryOfAbuse", closedEpisode(cpPlan("2023-06-01",
                        "2023-10-01").replace("<LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>",
                        "<LatestCategoryOfAbuse>X</LatestCategoryOfAbuse>" + HERE))));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("cases")
    void everyRuleNamesTheChildTheElementAndTheLine(String rule, String element, String details) {
        String xml = doc(2024, child("C1", 2024, closedEpisode("")) + child("C9", 2024, details));
        CinCensusException e = catchThrowableOfType(() -> CinXml.read(xml), CinCensusException.class);
        assertThat(e).as("expected %s", rule).isNotNull();
        CinFinding f = e.report().findings().get(0);
        assertThat(f.rule()).isEqualTo(rule);
        assertThat(f.laChildId()).isEqualTo("C9");
        assertThat(f.element()).isEqualTo(element);
        assertThat(f.line()).isEqualTo(lineOf(xml, HERE));
        assertThat(f.file()).isEqualTo(CinXml.FILE);
        assertThat(e.getMessage()).contains(CinXml.FILE, "line " + f.line(), "child C9", rule);
    }

    @Test
    void badEthnicityAndDuplicateChildAreFound() {
        String ok = child("C1", 2024, closedEpisode(""));
        String xml = doc(2024, ok.replace("<Ethnicity>WBRI", "<Ethnicity>WHITE") + ok);
        CinCensusException e = catchThrowableOfType(() -> CinXml.read(xml), CinCensusException.class);
        assertThat(e.report().findings()).extracting(CinFinding::rule, CinFinding::element, CinFinding::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("bad-code", "Ethnicity", lineOf(xml, "WHITE")),
                        org.assertj.core.groups.Tuple.tuple("duplicate-child", "LAchildID",
                                lineOf(xml.substring(xml.indexOf("WHITE")), "<LAchildID>") - 1
                                        + lineOf(xml, "WHITE")));
    }

    @Test
    void aCinPlanMayEndOnTheDayACpPlanStartsAndEpisodesMayTouch() {
        String xml = doc(2024, child("C1", 2024, closedEpisode(cinPlan("2023-06-01", "2023-09-01")
                + cpPlan("2023-09-01", "2024-01-31")) + open("2024-01-31", cinPlan("2024-02-01", ""))));
        CinCensus census = CinXml.read(xml);
        assertThat(census.extract().referrals()).extracting(r -> r.referralId())
                .containsExactly("C1/2023-05-01", "C1/2024-01-31");
        assertThat(census.extract().cinPlans()).extracting(p -> p.planId())
                .containsExactly("C1/2023-05-01/CIN/2023-06-01", "C1/2024-01-31/CIN/2024-02-01");
        assertThat(census.extract().cpPlans()).extracting(p -> p.planId()).containsExactly("C1/2023-05-01/CP/2023-09-01");
    }

    @Test
    void theReportIsReadableAndSerializesAsJson() {
        String xml = doc(2024, child("C9", 2024, closedEpisode(cinPlan("2023-04-01", "2023-03-01"))));
        CinCensusException e = catchThrowableOfType(() -> CinXml.read(xml), CinCensusException.class);
        CinReport report = e.report();
        assertThat(report.problemCount()).isEqualTo(2);
        assertThat(report.summary()).contains("2 problems", "end-before-start: 1", "plan-before-referral: 1",
                "child C9");
        JsonMapper mapper = new JsonMapper();
        JsonNode json = mapper.valueToTree(report);
        assertThat(json.get("problemCount").asLong()).isEqualTo(2);
        assertThat(json.get("findings").get(0).get("laChildId").asString()).isEqualTo("C9");
        assertThat(json.get("findings").get(0).get("rule").asString()).isEqualTo("end-before-start");
        assertThat(json.get("problemsByRule").get("plan-before-referral").asLong()).isEqualTo(1);
        assertThat(mapper.readValue(mapper.writeValueAsString(report), CinReport.class))
                .isEqualTo(report);
    }

    @Test
    void nothingIsReturnedWhenOneChildOfManyIsWrong() {
        StringBuilder children = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            children.append(child("C" + i, 2024, closedEpisode("")));
        }
        children.append(child("BAD", 2024, closedEpisode("").replace("N1<", "N99<")));
        assertThatThrownBy(() -> CinXml.read(doc(2024, children.toString())))
                .isInstanceOf(CinCensusException.class).hasMessageContaining("child BAD");
    }
}
