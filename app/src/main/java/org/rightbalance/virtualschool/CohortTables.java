package org.rightbalance.virtualschool;

import java.util.List;

/**
 * The report's Tables 19–21 (Appendix 6) for a cohort of cases: attendance above or below 90%, and
 * English and Maths attainment, at the start of Virtual School support and at the last recorded time
 * point.
 *
 * @param cohort     which cases, in words
 * @param cases      how many cases the cohort holds (before the "at least two records" restriction)
 * @param suppressed whether cells under {@value VirtualSchoolCohortTables#SMALL_CELL} children are shown as "&lt;10"
 */
public record CohortTables(String cohort, int cases, boolean suppressed, TransitionTable attendance,
                           TransitionTable english, TransitionTable maths) {

    public List<TransitionTable> all() {
        return List.of(attendance, english, maths);
    }

    /**
     * One table: four rows (start × last category) and two columns, the whole cohort and the children
     * of the programme's age (10 to 13 at referral), as the report shows them.
     */
    public record TransitionTable(String number, String title, String measure, List<Row> rows, Cell total,
                                  Cell totalRbffAge, String base) {
    }

    public record Row(String atStart, String atLast, Cell all, Cell rbffAge) {
    }

    /**
     * A count as shown.
     *
     * @param count   the number of children, or null when it is suppressed (so it never leaves the server)
     * @param shown   the number, "&lt;10", or "Withheld" (a second cell hidden so the first cannot be worked out)
     * @param percent the percentage of the column's total, one decimal place, or null when suppressed or the total is 0
     */
    public record Cell(Integer count, String shown, String percent) {
    }
}
