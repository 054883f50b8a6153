package org.rightbalance.evaluation.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a synthetic council looks like at scale 1: the evaluation's dates and the published counts
 * the cohorts are built to reproduce. Counts are for scale 1; {@link SyntheticCouncil} multiplies
 * them by its scale.
 *
 * @param name                 e.g. camden-2020
 * @param dataStart            first date of the extract
 * @param extractDate          the day the data were pulled (nothing is dated later)
 * @param treatedFrom          first day a key referral can make a child treated
 * @param comparisonFrom       first day of the comparison window
 * @param comparisonTo         first day after the comparison window
 * @param cutoff               key referrals after this day have less than a year of follow-up
 * @param treated              flagged children aged 10–13 at a key referral on/after {@code treatedFrom}
 * @param comparison           unflagged children aged 10–13 at a referral in the comparison window
 * @param evaluationUntreated  unflagged children aged 10–13 at a referral on/after {@code treatedFrom}
 * @param flaggedTooYoung      flagged children aged under 10 at their key referral
 * @param flaggedTooOld        flagged children aged 14 or more at their key referral
 * @param flaggedBeforeWindow  flagged children whose named referral predates {@code treatedFrom}
 * @param backgroundFamilies   families with no cohort child
 */
public record Profile(String name, LocalDate dataStart, LocalDate extractDate, LocalDate treatedFrom,
                      LocalDate comparisonFrom, LocalDate comparisonTo, LocalDate cutoff, Cohort treated,
                      Cohort comparison, Cohort evaluationUntreated, long flaggedTooYoung, long flaggedTooOld,
                      long flaggedBeforeWindow, long backgroundFamilies) {

    /**
     * Published counts of one cohort. Arrays are counts by category; {@code quarterByFollowUp} is
     * null when key referral dates are spread evenly over the window, and outcome arrays are null
     * when the outcome is left to chance at the background rates.
     *
     * @param size              children in the cohort
     * @param sex               male, female, unknown
     * @param previousReferral  with, without
     * @param siblings          with, without
     * @param ethnicity         White, Black, Asian, Mixed, Other
     * @param british           British, other nationality
     * @param quarterByFollowUp key referral's quarter 1–4 with a full year of follow-up, then 1–4 after the cut-off
     * @param rereferral        re-referred within a year: {with full follow-up, after the cut-off}
     * @param escalation        escalated within a year: {with full follow-up, after the cut-off}
     * @param openPlan          CIN plan still open at the extract date: {with full follow-up, after the cut-off}
     * @param meanPlanDays      mean length of a closed CIN plan on the key referral
     * @param fixed             children whose attributes are laid down (the rest are dealt from what
     *                          the totals leave): how the matching strata and Tables 6–7 come out exact
     */
    public record Cohort(long size, long[] sex, long[] previousReferral, long[] siblings, long[] ethnicity,
                         long[] british, long[] quarterByFollowUp, long[] rereferral, long[] escalation,
                         long[] openPlan, double meanPlanDays, List<Fixed> fixed) {

        public Cohort {
            fixed = List.copyOf(fixed);
            Objects.requireNonNull(sex, "sex");
            check(size, sex, "sex");
            check(size, previousReferral, "previousReferral");
            check(size, siblings, "siblings");
            check(size, ethnicity, "ethnicity");
            check(size, british, "british");
            if (quarterByFollowUp != null) {
                check(size, quarterByFollowUp, "quarterByFollowUp");
            }
        }

        private static void check(long size, long[] counts, String what) {
            if (counts == null) {
                return;
            }
            long sum = 0;
            for (long c : counts) {
                sum += c;
            }
            if (sum != size) {
                throw new IllegalArgumentException(what + " adds up to " + sum + ", not " + size);
            }
        }
    }

    /**
     * One child laid down in advance; each field is a category index of the matching {@link Cohort}
     * array (quarter is 1–4), or {@link #ANY} to deal it like any other child.
     */
    public record Fixed(int previousReferral, int sex, int quarter, int siblings, int ethnicity, int british) {
        public static final int ANY = -1;
    }

    /**
     * Camden's Right Balance for Families evaluation (2020), Appendix 4: 121 treated (Table 2 and
     * the consort diagram; 197 flagged children referred from September 2017, 76 of them outside
     * ages 10–13), 463 comparison, 539 untreated children of the evaluation period (Tables 6–7),
     * outcome counts from the control means and treatment effects of Tables 3–5 and the open plans
     * under Table 4. Table 2's row labelled "Male" matches Table 7's female share and is read so.
     */
    public static final Profile CAMDEN_2020 = new Profile("camden-2020",
            LocalDate.of(2013, 1, 1), LocalDate.of(2020, 2, 18), LocalDate.of(2017, 9, 1),
            LocalDate.of(2015, 9, 1), LocalDate.of(2017, 2, 19), LocalDate.of(2019, 2, 18),
            new Cohort(121, new long[] {58, 62, 1}, new long[] {81, 40}, new long[] {111, 10},
                    new long[] {43, 23, 29, 22, 4}, new long[] {92, 29},
                    new long[] {16, 12, 19, 25, 11, 11, 15, 12},
                    new long[] {10, 2}, new long[] {11, 7}, new long[] {14, 41}, 218, treatedFixed()),
            new Cohort(463, new long[] {223, 240, 0}, new long[] {285, 178}, new long[] {431, 32},
                    new long[] {153, 117, 131, 60, 2}, new long[] {325, 138},
                    new long[] {117, 98, 97, 151, 0, 0, 0, 0},
                    new long[] {51, 0}, new long[] {62, 0}, new long[] {37, 0}, 169, comparisonFixed()),
            new Cohort(539, new long[] {261, 278, 0}, new long[] {297, 242}, new long[] {482, 57},
                    new long[] {175, 110, 169, 60, 25}, new long[] {326, 213},
                    null, null, null, null, 180, List.of()),
            30, 46, 9, 960);

    private static final int WITH = 0;
    private static final int WITHOUT = 1;
    private static final int MALE = 0;
    private static final int FEMALE = 1;
    private static final int ANY = Fixed.ANY;

    /**
     * The child of unknown sex (no previous referral, siblings, White, British: the one treated
     * child matching leaves out, Tables 2, 6, 7); the ten treated children without siblings, in four
     * (previous referral, sex, quarter) cells; and one treated child with siblings in each of the
     * sixteen (previous referral, sex, quarter) cells, so that every comparison child with siblings
     * finds a match.
     */
    private static List<Fixed> treatedFixed() {
        List<Fixed> out = new ArrayList<>();
        out.add(new Fixed(WITHOUT, 2, ANY, WITH, 0, 0));
        add(out, 3, WITH, FEMALE, 4, WITHOUT);
        add(out, 3, WITH, MALE, 3, WITHOUT);
        add(out, 2, WITHOUT, FEMALE, 1, WITHOUT);
        add(out, 2, WITH, MALE, 1, WITHOUT);
        everyCell(out);
        return out;
    }

    /**
     * Nine comparison children without siblings in the treated no-sibling cells (matched), the 23
     * without siblings outside them (unmatched, with Table 6–7's row 4: 10 previously referred, 10
     * female, 13 British, ethnicity 9/1/7/5/1), and one child with siblings in each of the sixteen
     * cells.
     */
    private static List<Fixed> comparisonFixed() {
        List<Fixed> out = new ArrayList<>();
        add(out, 3, WITH, FEMALE, 4, WITHOUT);
        add(out, 2, WITH, MALE, 3, WITHOUT);
        add(out, 2, WITHOUT, FEMALE, 1, WITHOUT);
        add(out, 2, WITH, MALE, 1, WITHOUT);
        int[][] unmatched = {{WITH, FEMALE, 1, 2}, {WITH, FEMALE, 2, 2}, {WITH, MALE, 2, 2}, {WITH, MALE, 4, 2},
            {WITH, FEMALE, 3, 2}, {WITHOUT, FEMALE, 2, 2}, {WITHOUT, FEMALE, 3, 2}, {WITHOUT, MALE, 1, 2},
            {WITHOUT, MALE, 2, 2}, {WITHOUT, MALE, 3, 2}, {WITHOUT, MALE, 4, 3}};
        int[] ethnicity = {0, 2, 3, 0, 2, 0, 3, 2, 0, 1, 2, 3, 0, 2, 0, 3, 2, 0, 4, 2, 0, 3, 0};
        int k = 0;
        for (int[] cell : unmatched) {
            for (int i = 0; i < cell[3]; i++, k++) {
                out.add(new Fixed(cell[0], cell[1], cell[2], WITHOUT, ethnicity[k], k < 13 ? 0 : 1));
            }
        }
        everyCell(out);
        return out;
    }

    private static void add(List<Fixed> out, int n, int previous, int sex, int quarter, int siblings) {
        for (int i = 0; i < n; i++) {
            out.add(new Fixed(previous, sex, quarter, siblings, ANY, ANY));
        }
    }

    private static void everyCell(List<Fixed> out) {
        for (int previous = 0; previous < 2; previous++) {
            for (int sex = 0; sex < 2; sex++) {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    out.add(new Fixed(previous, sex, quarter, WITH, ANY, ANY));
                }
            }
        }
    }

    public static Profile named(String name) {
        if (CAMDEN_2020.name.equals(name)) {
            return CAMDEN_2020;
        }
        throw new IllegalArgumentException("unknown profile " + name + " (known: " + CAMDEN_2020.name + ")");
    }
}
