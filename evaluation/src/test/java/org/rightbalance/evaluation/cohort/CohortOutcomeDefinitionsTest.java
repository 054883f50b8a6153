package org.rightbalance.evaluation.cohort;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rightbalance.evaluation.ExtractBuilder;
import org.rightbalance.evaluation.Plans;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.evaluation.ssd.Sex;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Each cohort rule and outcome definition of the rbff-2020 plan on hand-built edge cases. */
class CohortOutcomeDefinitionsTest {

    private static final EvaluationPlan PLAN = Plans.rbff2020();

    private static Cohorts cohorts(ExtractBuilder b) {
        return new CohortBuilder(PLAN).build(b.build());
    }

    private static Optional<AnalysisRow> row(Cohorts c, String personId) {
        return c.rows().stream().filter(r -> r.personId().equals(personId)).findFirst();
    }

    /** A treated child aged 11 on 2018-03-01, key referral R1 that day. */
    private static ExtractBuilder treatedChild() {
        return new ExtractBuilder().person("T", Sex.MALE, "2007-01-15").referral("R1", "T", "2018-03-01")
                .flag("T", "R1", "2018-03-10");
    }

    @Nested
    class Windows {

        @Test
        void treated_window_start_is_included() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.FEMALE, "2006-01-01")
                    .referral("R1", "T", "2017-09-01").flag("T", null, "2017-09-05"));
            assertThat(row(c, "T")).get().extracting(AnalysisRow::keyReferralId).isEqualTo("R1");
        }

        @Test
        void a_flagged_child_referred_only_before_the_treated_window_is_counted_and_excluded() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.FEMALE, "2006-01-01")
                    .referral("R1", "T", "2017-08-31").flag("T", null, "2017-09-05"));
            assertThat(c.rows()).isEmpty();
            assertThat(c.counts().flagged()).isEqualTo(1);
            assertThat(c.counts().flaggedKeyReferralInWindow()).isZero();
        }

        @Test
        void comparison_window_start_is_included_and_end_excluded() {
            Cohorts c = cohorts(new ExtractBuilder()
                    .person("A", Sex.MALE, "2004-01-01").referral("RA", "A", "2015-09-01")
                    .person("B", Sex.MALE, "2004-01-01").referral("RB", "B", "2017-02-18")
                    .person("C", Sex.MALE, "2004-01-01").referral("RC", "C", "2017-02-19"));
            assertThat(c.rows()).extracting(AnalysisRow::personId).containsExactly("A", "B");
            assertThat(c.rows()).allMatch(r -> r.group() == Group.COMPARISON);
            assertThat(c.counts().comparisonWithReferral()).isEqualTo(2);
        }

        @Test
        void the_comparison_key_referral_is_the_first_in_the_window_at_which_the_child_is_in_the_age_band() {
            // aged 9 at R1 (2015-10-01), 10 at R2 (2016-06-01): R2 is the key referral, R1 a previous referral
            Cohorts c = cohorts(new ExtractBuilder().person("K", Sex.FEMALE, "2006-03-01")
                    .referral("R1", "K", "2015-10-01").referral("R2", "K", "2016-06-01"));
            AnalysisRow r = row(c, "K").orElseThrow();
            assertThat(r.keyReferralId()).isEqualTo("R2");
            assertThat(r.age()).isEqualTo(10);
            assertThat(r.previousReferral()).isEqualTo(1);
        }

        @Test
        void a_flagged_child_also_eligible_for_the_comparison_window_is_treated_only() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2005-06-01")
                    .referral("R0", "T", "2016-01-10").referral("R1", "T", "2018-01-10").flag("T", "R1", "2018-02-01"));
            assertThat(c.rows()).hasSize(1);
            AnalysisRow r = c.rows().get(0);
            assertThat(r.group()).isEqualTo(Group.TREATED);
            assertThat(r.previousReferral()).isEqualTo(1);
            assertThat(c.counts().comparison()).isZero();
        }

        @Test
        void a_child_flagged_only_for_another_programme_is_not_flagged() {
            Cohorts c = cohorts(new ExtractBuilder().person("K", Sex.MALE, "2005-06-01")
                    .referral("R0", "K", "2016-01-10")
                    .participation(new org.rightbalance.evaluation.ssd.ProgrammeParticipation("K", "R0", "FGC",
                            ExtractBuilder.d("2016-01-11"), null)));
            assertThat(c.counts().flagged()).isZero();
            assertThat(row(c, "K")).get().extracting(AnalysisRow::group).isEqualTo(Group.COMPARISON);
        }

        @Test
        void a_flagged_child_outside_the_age_band_is_in_neither_cohort_even_if_comparison_eligible() {
            // 15 at the treated key referral, 13 at the 2016 referral: still never a comparison child
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2002-06-01")
                    .referral("R0", "T", "2016-01-10").referral("R1", "T", "2018-01-10").flag("T", "R1", "2018-02-01"));
            assertThat(c.rows()).isEmpty();
            assertThat(c.counts().flaggedAboveAgeBand()).isEqualTo(1);
        }
    }

    @Nested
    class Ages {

        @Test
        void tenth_birthday_on_the_referral_date_is_included() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2008-03-01")
                    .referral("R1", "T", "2018-03-01").flag("T", "R1", "2018-03-01"));
            assertThat(row(c, "T")).get().extracting(AnalysisRow::age).isEqualTo(10);
        }

        @Test
        void the_day_before_the_tenth_birthday_is_below_the_band_and_counted() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2008-03-02")
                    .referral("R1", "T", "2018-03-01").flag("T", "R1", "2018-03-01"));
            assertThat(c.rows()).isEmpty();
            assertThat(c.counts().flaggedKeyReferralInWindow()).isEqualTo(1);
            assertThat(c.counts().flaggedBelowAgeBand()).isEqualTo(1);
        }

        @Test
        void fourteenth_birthday_on_the_referral_date_is_excluded_and_counted() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2004-03-01")
                    .referral("R1", "T", "2018-03-01").flag("T", "R1", "2018-03-01"));
            assertThat(c.rows()).isEmpty();
            assertThat(c.counts().flaggedAboveAgeBand()).isEqualTo(1);
        }

        @Test
        void the_day_before_the_fourteenth_birthday_is_13_and_included() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2004-03-02")
                    .referral("R1", "T", "2018-03-01").flag("T", "R1", "2018-03-01"));
            assertThat(row(c, "T")).get().extracting(AnalysisRow::age).isEqualTo(13);
        }
    }

    @Nested
    class KeyReferral {

        @Test
        void participation_naming_a_referral_makes_it_the_key_referral() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2007-01-15")
                    .referral("R1", "T", "2017-10-01").referral("R2", "T", "2018-05-01").flag("T", "R2", "2018-05-10"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.keyReferralId()).isEqualTo("R2");
            assertThat(r.previousReferral()).isEqualTo(1);
            assertThat(r.quarter()).isEqualTo(2);
        }

        @Test
        void participation_without_a_referral_takes_the_first_referral_in_the_window() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2007-01-15")
                    .referral("R0", "T", "2017-08-01").referral("R1", "T", "2017-10-01")
                    .referral("R2", "T", "2018-05-01").flag("T", null, "2018-05-10"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.keyReferralId()).isEqualTo("R1");
            assertThat(r.quarter()).isEqualTo(4);
            assertThat(r.outcome("rereferral_1y")).as("R2 is 212 days after R1").isEqualTo(1.0);
        }

        @Test
        void participation_naming_a_referral_before_the_window_excludes_the_child() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2007-01-15")
                    .referral("R0", "T", "2017-08-01").referral("R1", "T", "2017-10-01").flag("T", "R0", "2017-08-10"));
            assertThat(c.rows()).isEmpty();
            assertThat(c.counts().flaggedKeyReferralInWindow()).isZero();
        }

        @Test
        void a_same_day_second_referral_is_neither_previous_nor_a_rereferral() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2007-01-15")
                    .referral("R1", "T", "2018-03-01").referral("R2", "T", "2018-03-01").flag("T", null, "2018-03-10"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.keyReferralId()).isEqualTo("R1");
            assertThat(r.previousReferral()).isZero();
            assertThat(r.outcome("rereferral_1y")).isZero();
        }

        @Test
        void when_participation_names_the_later_of_two_same_day_referrals_the_other_is_not_previous() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2007-01-15")
                    .referral("R1", "T", "2018-03-01").referral("R2", "T", "2018-03-01").flag("T", "R2", "2018-03-10"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.keyReferralId()).isEqualTo("R2");
            assertThat(r.previousReferral()).isZero();
            assertThat(r.outcome("rereferral_1y")).isZero();
        }
    }

    @Nested
    class Rereferral {

        @Test
        void a_referral_on_day_365_counts() {
            Cohorts c = cohorts(treatedChild().referral("R2", "T", "2019-03-01"));
            assertThat(row(c, "T").orElseThrow().outcome("rereferral_1y")).isEqualTo(1.0);
        }

        @Test
        void a_referral_on_day_366_does_not() {
            Cohorts c = cohorts(treatedChild().referral("R2", "T", "2019-03-02"));
            assertThat(row(c, "T").orElseThrow().outcome("rereferral_1y")).isZero();
        }

        @Test
        void a_referral_before_the_key_referral_is_a_previous_referral_not_a_rereferral() {
            Cohorts c = cohorts(treatedChild().referral("R0", "T", "2016-05-01"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.outcome("rereferral_1y")).isZero();
            assertThat(r.previousReferral()).isEqualTo(1);
        }
    }

    @Nested
    class CinPlanDays {

        @Test
        void counts_end_minus_start_of_the_plan_linked_to_the_key_referral() {
            Cohorts c = cohorts(treatedChild().cinPlan("R1", "T", "2018-03-10", "2018-09-06"));
            assertThat(row(c, "T").orElseThrow().outcome("cin_plan_days")).isEqualTo(180.0);
        }

        @Test
        void of_several_plans_takes_the_first_linked_to_the_key_referral() {
            Cohorts c = cohorts(treatedChild().referral("R0", "T", "2017-01-01")
                    .cinPlan("P0", "R0", "T", "2017-01-05", "2017-02-05")      // another referral's plan
                    .cinPlan("P2", "R1", "T", "2018-06-01", "2018-06-11")
                    .cinPlan("P1", "R1", "T", "2018-03-05", "2018-04-04"));
            assertThat(row(c, "T").orElseThrow().outcome("cin_plan_days")).isEqualTo(30.0);
        }

        @Test
        void an_open_first_plan_is_missing_and_counted_as_open() {
            Cohorts c = cohorts(treatedChild().cinPlan("R1", "T", "2018-03-10", null)
                    .cinPlan("R1", "T", "2018-12-01", "2019-01-01"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.outcome("cin_plan_days")).isNaN();
            assertThat(r.missingReasons()).containsEntry("cin_plan_days", AnalysisRow.OPEN_PLAN);
        }

        @Test
        void no_linked_plan_is_missing_and_counted_as_no_plan() {
            Cohorts c = cohorts(treatedChild().referral("R2", "T", "2018-06-01").cinPlan("R2", "T", "2018-06-02", "2018-07-02"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.outcome("cin_plan_days")).isNaN();
            assertThat(r.missingReasons()).containsEntry("cin_plan_days", AnalysisRow.NO_PLAN);
        }
    }

    @Nested
    class Escalation {

        @Test
        void a_child_protection_plan_within_a_year_counts() {
            Cohorts c = cohorts(treatedChild().cpPlan("T", "2018-09-01"));
            assertThat(row(c, "T").orElseThrow().outcome("escalation_1y")).isEqualTo(1.0);
        }

        @Test
        void a_care_episode_starting_on_day_365_counts() {
            Cohorts c = cohorts(treatedChild().careEpisode("T", "2019-03-01"));
            assertThat(row(c, "T").orElseThrow().outcome("escalation_1y")).isEqualTo(1.0);
        }

        @Test
        void a_care_episode_on_day_366_or_a_plan_on_the_key_date_or_before_does_not() {
            Cohorts c = cohorts(treatedChild().careEpisode("T", "2019-03-02").cpPlan("T", "2018-03-01")
                    .cpPlan("T", "2017-12-01"));
            assertThat(row(c, "T").orElseThrow().outcome("escalation_1y")).isZero();
        }
    }

    @Nested
    class FollowUpAndCutoff {

        @Test
        void a_key_referral_a_year_before_the_extract_date_is_complete_and_not_after_the_cutoff() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2007-01-15")
                    .referral("R1", "T", "2019-02-18").flag("T", "R1", "2019-02-20"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.outcome("followup_complete")).isEqualTo(1.0);
            assertThat(r.referralAfterCutoff()).isZero();
        }

        @Test
        void a_key_referral_after_the_cutoff_has_incomplete_follow_up() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.MALE, "2007-01-15")
                    .referral("R1", "T", "2019-02-19").flag("T", "R1", "2019-02-20"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.outcome("followup_complete")).isZero();
            assertThat(r.referralAfterCutoff()).isEqualTo(1);
        }
    }

    @Nested
    class Characteristics {

        @Test
        void unknown_sex_is_kept_as_U() {
            Cohorts c = cohorts(new ExtractBuilder().person("T", Sex.UNKNOWN, "2007-01-15")
                    .referral("R1", "T", "2018-03-01").flag("T", "R1", "2018-03-10"));
            assertThat(row(c, "T").orElseThrow().sex()).isEqualTo(Sex.UNKNOWN);
        }

        @Test
        void a_child_without_a_family_row_is_their_own_family_without_siblings() {
            Cohorts c = cohorts(treatedChild());
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.familyId()).isEqualTo("person:T");
            assertThat(r.siblings()).isZero();
        }

        @Test
        void a_family_with_another_person_gives_siblings() {
            Cohorts c = cohorts(treatedChild().person("S", Sex.FEMALE, "2015-01-01").family("F1", "T", "S"));
            AnalysisRow r = row(c, "T").orElseThrow();
            assertThat(r.familyId()).isEqualTo("F1");
            assertThat(r.siblings()).isEqualTo(1);
        }

        @Test
        void quarters_are_calendar_quarters_of_the_key_referral() {
            Cohorts c = cohorts(new ExtractBuilder()
                    .person("A", Sex.MALE, "2005-01-01").referral("RA", "A", "2016-03-31")
                    .person("B", Sex.MALE, "2005-01-01").referral("RB", "B", "2016-04-01")
                    .person("C", Sex.MALE, "2005-01-01").referral("RC", "C", "2015-12-31"));
            assertThat(c.rows()).extracting(AnalysisRow::quarter).containsExactly(1, 2, 4);
        }

        @Test
        void unflagged_children_referred_in_the_treated_window_in_the_band_are_the_evaluation_period_untreated() {
            Cohorts c = cohorts(new ExtractBuilder()
                    .person("U", Sex.FEMALE, "2006-01-01", "CHNE", "Chinese").referral("RU", "U", "2018-01-01")
                    .person("V", Sex.FEMALE, "2000-01-01").referral("RV", "V", "2018-01-01"));
            assertThat(c.rows()).isEmpty();
            assertThat(c.counts().evaluationPeriodUntreated()).isEqualTo(1);
            ChildProfile p = c.evaluationPeriodUntreated().get(0);
            assertThat(p.ethnicity()).isEqualTo(EthnicityGroup.ASIAN);
            assertThat(p.british()).isFalse();
            assertThat(p.female()).isTrue();
        }
    }
}
