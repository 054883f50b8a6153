package org.rightbalance.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.rightbalance.support.Browser;
import org.rightbalance.support.Demo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One new, made-up family walked through the whole programme in a real browser (Debian's headless
 * Chromium): referral, consent, family group conference and review, systemic discussion, mentoring,
 * Virtual School, case events and closure; then what each role may and may not see. Every distinct
 * page on the way, forms with errors included, is checked with axe-core's WCAG 2.2 A and AA rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyJourneyBrowserTest {

    static final String NOT_FOUND = "Page not found";
    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
    }

    @Test
    void oneFamilyGoesFromReferralToClosureAndEachRoleSeesOnlyItsPart() {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String given = "Testy";
        String family = "Fakename" + suffix;
        String child = given + " " + family;
        String councilId = "JRNY-" + suffix;
        LocalDate today = LocalDate.now();
        LocalDate referred = today.minusDays(60);
        LocalDate born = referred.minusYears(11).minusDays(30);
        LocalDate conferenceDay = today.minusDays(30);

        // 1. The social worker proposes the child, first forgetting the last name.
        browser.signIn("sw.amara", Demo.PASSWORD);
        browser.open("/referrals/new");
        assertThat(browser.heading()).isEqualTo("Propose a child for the programme");
        browser.assertAccessible();
        browser.type("councilChildId", councilId).type("givenName", given).date("dateOfBirth", born.toString())
                .choose("sex-1").date("referralDate", referred.toString()).choose("socialWorkerView")
                .type("socialWorkerComment", "Keen for the family to have support")
                .choose("motivation-3").choose("stability-2").choose("allocationMethod");
        browser.click("Propose the child");
        assertThat(browser.errorSummary()).containsExactly("Enter the child's last name");
        assertThat(browser.driver().findElement(By.cssSelector(".govuk-error-summary__list a")).getDomAttribute("href"))
                .isEqualTo("#familyName");
        assertThat(browser.value("councilChildId")).isEqualTo(councilId);
        assertThat(browser.value("givenName")).isEqualTo(given);
        assertThat(browser.value("dateOfBirth")).isEqualTo(born.toString());
        assertThat(browser.value("referralDate")).isEqualTo(referred.toString());
        assertThat(browser.value("socialWorkerComment")).isEqualTo("Keen for the family to have support");
        assertThat(browser.isChecked("sex-1")).isTrue();
        assertThat(browser.isChecked("socialWorkerView")).isTrue();
        assertThat(browser.isChecked("motivation-3")).isTrue();
        assertThat(browser.isChecked("stability-2")).isTrue();
        assertThat(browser.isChecked("allocationMethod")).isTrue();
        browser.assertAccessible();

        browser.type("familyName", family).click("Propose the child");
        long caseId = caseIdFrom(browser.path());
        String c = "/cases/" + caseId;
        assertThat(browser.path()).isEqualTo(c + "/referral");
        assertThat(browser.mainText()).contains(child, "11 (within the criteria, 10 to 13)", "Amara Okafor",
                "Objective criteria (age 10 to 13, Child in Need)", "Awaiting a decision");
        browser.assertAccessible();

        browser.click("Record the decision");
        assertThat(browser.heading()).isEqualTo("Decision on the referral");
        browser.assertAccessible();
        browser.choose("outcome").click("Save the decision");
        assertThat(browser.mainText()).contains("Accepted");

        browser.click("Change the people working on this case");
        assertThat(browser.heading()).isEqualTo("People working on this case");
        browser.assertAccessible();
        browser.selectText("fgcCoordinatorId", "Lee Walker").selectText("mentorId", "Sam Clarke")
                .selectText("virtualSchoolOfficerId", "Harpreet Kaur").click("Save");
        assertThat(browser.mainText()).contains("Lee Walker", "Sam Clarke", "Harpreet Kaur");

        // 2. Consent to all four parts of the programme.
        browser.open(c + "/consent");
        browser.assertAccessible();
        browser.click("Record consent");
        assertThat(browser.errorSummary()).anySatisfy(e -> assertThat(e).containsIgnoringCase("part of the programme"));
        browser.assertAccessible();
        for (String component : List.of("component", "component-1", "component-2", "component-3")) {
            browser.choose(component).date("givenOn", referred.plusDays(1).toString()).type("givenBy", "Parent")
                    .click("Record consent");
            assertThat(browser.errorSummary()).isEmpty();
        }
        assertThat(browser.mainText()).doesNotContain("Not given")
                .contains("Family group conference", "Multi-agency systemic discussion", "Mentoring",
                        "Virtual School education support");
        browser.assertAccessible();
        browser.signOut();

        // 3. The FGC coordinator records the conference, the plan, a review and an amendment.
        browser.signIn("fgc.lee", Demo.PASSWORD);
        browser.open(c + "/conference");
        browser.assertAccessible();
        browser.click("Record the conference");
        browser.assertAccessible();
        browser.click("Save the conference");
        assertThat(browser.errorSummary()).isNotEmpty();
        browser.assertAccessible();
        browser.date("heldOn", conferenceDay.toString()).type("venue", "The community centre")
                .choose("privateTimeHeld").type("privateTimeMinutes", "45").click("Save the conference");
        assertThat(browser.path()).isEqualTo(c + "/conference");

        browser.click("Add someone the family invited");
        browser.assertAccessible();
        browser.type("name", "Auntie Fakename" + suffix).type("relationship", "aunt").choose("attended").click("Add them");
        assertThat(browser.mainText()).contains("Auntie Fakename" + suffix);

        browser.click("Add a goal");
        browser.assertAccessible();
        browser.type("wording", "We want to eat tea together every night").type("score", "11").click("Add the goal");
        assertThat(browser.errorSummary()).containsExactly("Enter where the family is now, from 1 to 10");
        assertThat(browser.value("wording")).isEqualTo("We want to eat tea together every night");
        browser.assertAccessible();
        browser.type("score", "3").click("Add the goal");
        browser.click("Add a goal");
        browser.type("wording", "I want to get to school on time").type("score", "4").click("Add the goal");
        browser.click("Add an action to goal 1");
        browser.assertAccessible();
        browser.type("who", "Mum").type("what", "Cook tea by six o'clock").date("byWhen", today.plusDays(30).toString())
                .click("Add the action");
        browser.click("Add an action to goal 2");
        browser.type("who", "Nan").type("what", "Walk me to school").click("Add the action");
        assertThat(browser.mainText()).contains("We want to eat tea together every night", "I want to get to school on time",
                "Cook tea by six o'clock", "Walk me to school");

        browser.click("Record the plan as agreed");
        browser.assertAccessible();
        browser.click("The family agreed its plan");
        assertThat(browser.mainText()).contains("The family agreed this plan");
        browser.assertAccessible();

        browser.click("Record a review");
        browser.assertAccessible();
        List<WebElement> scores = browser.driver().findElements(By.cssSelector("main input[name^='scores[']"));
        assertThat(scores).hasSize(2);
        scores.get(0).sendKeys("6");
        scores.get(1).sendKeys("7");
        browser.click("Save the review");
        assertThat(browser.path()).isEqualTo(c + "/conference");
        String scoreTable = browser.driver().findElement(By.xpath(
                "//main//table[caption[contains(., 'Scores from 1 to 10')]]")).getText();
        assertThat(scoreTable).contains("We want to eat tea together every night 3 6")
                .contains("I want to get to school on time 4 7");
        List<String> charts = browser.driver().findElements(By.cssSelector("main svg desc")).stream()
                .map(d -> d.getDomProperty("textContent")).toList();
        assertThat(charts).containsExactly(
                "Scores for goal 1 from 1 to 10: 3 on " + LONG.format(conferenceDay) + ", 6 on " + LONG.format(today) + ".",
                "Scores for goal 2 from 1 to 10: 4 on " + LONG.format(conferenceDay) + ", 7 on " + LONG.format(today) + ".");
        browser.assertAccessible();

        browser.clickAndWait(browser.driver().findElement(By.xpath(
                "//main//a[starts-with(normalize-space(), 'Amend the goal') and contains(normalize-space(), '(goal 1)')]")));
        browser.assertAccessible();
        browser.type("wording", "We want to eat tea together most nights").type("reason", "").click("Save the amendment");
        assertThat(browser.errorSummary()).isNotEmpty();
        assertThat(browser.value("wording")).isEqualTo("We want to eat tea together most nights");
        browser.assertAccessible();
        browser.type("reason", "Mum works two late shifts a week").click("Save the amendment");
        browser.open(c + "/conference/plan");
        assertThat(browser.heading()).isEqualTo("Our family plan");
        assertThat(browser.mainText()).contains("Amended by Lee Walker", "because Mum works two late shifts a week",
                "We want to eat tea together most nights");
        browser.assertAccessible();
        browser.signOut();

        // 4. The social worker records a systemic discussion; its outcome is shared with the mentor.
        browser.signIn("sw.amara", Demo.PASSWORD);
        browser.open(c + "/systemic-discussions");
        browser.assertAccessible();
        browser.click("Record a discussion");
        browser.assertAccessible();
        browser.type("dilemmas", "How to keep school mornings calm").click("Save the discussion");
        assertThat(browser.errorSummary()).isNotEmpty();
        assertThat(browser.value("dilemmas")).isEqualTo("How to keep school mornings calm");
        browser.assertAccessible();
        browser.date("heldOn", today.minusDays(10).toString()).choose("mainCarerTookPart")
                .type("others[0].name", "Ms Teacher").type("others[0].agency", "school")
                .type("actions[0].description", "Set up a breakfast club place").type("actions[0].owner", "School")
                .date("actions[0].dueOn", today.plusDays(14).toString())
                .type("referrals[0].service", "CAMHS").date("referrals[0].referredOn", today.minusDays(10).toString())
                .click("Save the discussion");
        assertThat(browser.path()).isEqualTo(c + "/systemic-discussions");
        assertThat(browser.mainText()).contains("How to keep school mornings calm", "Set up a breakfast club place", "CAMHS");
        browser.assertAccessible();
        browser.signOut();

        // 5. The mentor sees the discussion, holds one session and records another as missed.
        browser.signIn("mentor.sam", Demo.PASSWORD);
        browser.open(c + "/systemic-discussions");
        assertThat(browser.mainText()).contains("How to keep school mornings calm", "Set up a breakfast club place", "CAMHS");
        browser.assertAccessible();
        browser.open(c + "/mentoring");
        browser.assertAccessible();
        browser.type("time", "25:99").click("Plan session");
        assertThat(browser.errorSummary()).isNotEmpty();
        browser.assertAccessible();
        planSession(today.minusDays(7), "Football");
        browser.follow("/mentoring/sessions/");
        browser.assertAccessible();
        browser.choose("outcome").type("note", "Played football and talked about school").click("Save outcome");
        planSession(today.minusDays(2), "Homework club");
        browser.follow("/mentoring/sessions/");
        browser.choose("outcome-1").choose("missedBy-1").type("reason", "Not at home when I called").click("Save outcome");
        browser.open(c + "/mentoring");
        assertThat(browser.mainText()).contains("Held", "Missed: Young person did not attend", "Not at home when I called");
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("sw.amara", Demo.PASSWORD);
        assertThat(browser.heading()).isEqualTo("My cases");
        assertThat(browser.mainText()).contains(child + ": mentoring session on " + today.minusDays(2) + " missed");
        browser.assertAccessible();
        browser.signOut();

        // 6. The Virtual School officer records attendance below 90% and attainment.
        browser.signIn("vs.harpreet", Demo.PASSWORD);
        browser.open(c + "/virtual-school");
        browser.assertAccessible();
        browser.click("Record a term's attendance");
        browser.assertAccessible();
        int firstYear = (today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1) - 1;
        String academicYear = firstYear + "/" + String.format("%02d", (firstYear + 1) % 100);
        browser.type("academicYear", academicYear).choose("term").type("sessionsPossible", "100")
                .type("sessionsAttended", "120").click("Save attendance");
        assertThat(browser.errorSummary()).anySatisfy(e -> assertThat(e).contains("Sessions attended"));
        assertThat(browser.value("academicYear")).isEqualTo(academicYear);
        browser.assertAccessible();
        browser.type("sessionsAttended", "84").click("Save attendance");
        assertThat(browser.mainText()).contains(academicYear, "84");
        browser.click("Record attainment");
        browser.assertAccessible();
        browser.type("timePoint", "Baseline").date("assessedOn", today.minusDays(5).toString())
                .choose("english").choose("maths-1").click("Save attainment");
        assertThat(browser.mainText()).contains("Baseline", "Below expected", "At or above expected");
        browser.assertAccessible();
        browser.signOut();

        // 7. The social worker records a CIN plan started and ended, and closes the case.
        browser.signIn("sw.amara", Demo.PASSWORD);
        browser.open(c + "/events");
        browser.assertAccessible();
        browser.follow("/events/referrals/new");
        browser.assertAccessible();
        browser.date("startDate", referred.minusDays(20).toString()).click("Save");
        browser.follow("/events/cin-plans/new");
        browser.click("Save");
        assertThat(browser.errorSummary()).isNotEmpty();
        browser.assertAccessible();
        browser.select("referralId", browser.driver().findElements(By.cssSelector("#referralId option")).get(1)
                .getDomAttribute("value"));
        browser.date("startDate", referred.minusDays(10).toString()).click("Save");
        assertThat(browser.errorSummary()).isEmpty();
        browser.follow("/events/cin-plans/");
        browser.assertAccessible();
        browser.date("endDate", today.minusDays(1).toString()).click("Save");
        String cinPlans = browser.driver().findElement(By.xpath(
                "//main//table[caption[normalize-space()='Child in need plans']]")).getText();
        assertThat(cinPlans).contains(LONG.format(referred.minusDays(10)) + " " + LONG.format(today.minusDays(1)));
        browser.assertAccessible();

        browser.open(c + "/closure");
        browser.assertAccessible();
        browser.click("Close the case");
        assertThat(browser.errorSummary()).isNotEmpty();
        browser.assertAccessible();
        browser.select("reason", "RC7").type("contacts", "Family hub on 0000 000 0000; Nan")
                .choose("mentorArrangement-2").click("Close the case");
        assertThat(browser.errorSummary()).isEmpty();
        assertThat(browser.mainText()).contains("RC7", "Family hub on 0000 000 0000; Nan",
                "The mentor stays in touch for an agreed time", "Closed on " + LONG.format(today) + " by Amara Okafor");
        browser.assertAccessible();
        browser.open(c);
        assertThat(browser.heading()).isEqualTo(child);
        assertThat(browser.mainText()).contains("Closed", councilId,
                "Mentoring session missed: young person did not attend");
        assertThat(browser.links()).as("the social worker is not offered the access log")
                .doesNotContain(c + "/access-log");
        browser.assertAccessible();
        browser.signOut();

        // 8. What each role sees.
        browser.signIn("mentor.sam", Demo.PASSWORD);
        browser.open(c + "/mentoring");
        assertThat(browser.heading()).isNotEqualTo(NOT_FOUND);
        browser.open(c + "/referral");
        assertThat(browser.heading()).isEqualTo(NOT_FOUND);
        browser.signOut();

        browser.signIn("fgc.lee", Demo.PASSWORD);
        browser.open(c + "/conference");
        assertThat(browser.heading()).isNotEqualTo(NOT_FOUND);
        browser.open(c + "/mentoring");
        assertThat(browser.heading()).isEqualTo(NOT_FOUND);
        browser.signOut();

        browser.signIn("eval.alex", Demo.PASSWORD);
        browser.open(c);
        assertThat(browser.heading()).isEqualTo(NOT_FOUND);
        browser.assertAccessible();
        browser.signOut();

        browser.signIn("tm.priya", Demo.PASSWORD);
        browser.open(c);
        assertThat(browser.heading()).isEqualTo(child);
        browser.assertAccessible();
        // The team manager sees who has looked at the child's record, refused attempts included.
        assertThat(browser.links()).contains(c + "/access-log");
        browser.open(c + "/access-log");
        assertThat(browser.heading()).isEqualTo("Who has looked at this record");
        assertThat(browser.mainText()).contains("sw.amara", "mentor.sam", "fgc.lee", "eval.alex", "Refused");
        browser.assertAccessible();
        browser.signOut();
    }

    private void planSession(LocalDate date, String place) {
        browser.date("date", date.toString()).type("time", "16:30").type("durationMinutes", "60").type("place", place)
                .click("Plan session");
        assertThat(browser.errorSummary()).isEmpty();
        assertThat(browser.mainText()).contains(place);
    }

    private static long caseIdFrom(String path) {
        Matcher m = Pattern.compile("^/cases/(\\d+)/").matcher(path);
        assertThat(m.find()).as("a case page: %s", path).isTrue();
        return Long.parseLong(m.group(1));
    }
}
