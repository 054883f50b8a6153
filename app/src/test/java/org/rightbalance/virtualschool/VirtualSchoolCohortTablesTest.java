package org.rightbalance.virtualschool;

import org.junit.jupiter.api.Test;
import org.rightbalance.virtualschool.CohortTables.Cell;
import org.rightbalance.virtualschool.CohortTables.TransitionTable;
import org.rightbalance.virtualschool.VirtualSchoolCohortTables.CohortChild;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class VirtualSchoolCohortTablesTest {

    private static long nextId = 1;

    private static AttendanceRecord term(long caseId, int year, Term term, int possible, int attended) {
        return new AttendanceRecord(nextId++, caseId, new SchoolTerm(year, term), possible, attended, 0);
    }

    private static AttainmentRecord attainment(long caseId, LocalDate on, Attainment english, Attainment maths) {
        return new AttainmentRecord(nextId++, caseId, on, "Point", english, maths, 0);
    }

    private static List<String> shown(TransitionTable t, boolean rbff) {
        List<String> cells = new ArrayList<>();
        t.rows().forEach(r -> cells.add((rbff ? r.rbffAge() : r.all()).shown()));
        cells.add((rbff ? t.totalRbffAge() : t.total()).shown());
        return cells;
    }

    private static final Attainment B = Attainment.BELOW;
    private static final Attainment E = Attainment.EXPECTED;

    /**
     * Five children, hand-counted. Attendance (first term → last term, in term order whatever the
     * order given): A 84%→93% improved; B 95%→80% decreased; C 70%→85% below both times; D 92%→90%
     * at or above both (90% exactly is not below); E has only one term and is left out. Ages at
     * referral: A 11, B 14, C 12, D 9, E 10, so the programme-age column holds A and C.
     */
    private static List<CohortChild> fiveChildren() {
        LocalDate d1 = LocalDate.of(2025, 10, 1);
        LocalDate d2 = LocalDate.of(2026, 6, 1);
        return List.of(
                new CohortChild(1, 11, List.of(term(1, 2025, Term.SUMMER, 100, 93), term(1, 2025, Term.AUTUMN, 100, 84)),
                        List.of(attainment(1, d2, E, E), attainment(1, d1, B, B))),
                new CohortChild(2, 14, List.of(term(2, 2024, Term.SPRING, 100, 95), term(2, 2025, Term.SPRING, 100, 80)),
                        List.of(attainment(2, d1, E, B), attainment(2, d2, B, B))),
                new CohortChild(3, 12, List.of(term(3, 2025, Term.AUTUMN, 100, 70), term(3, 2025, Term.SPRING, 100, 60),
                        term(3, 2025, Term.SUMMER, 100, 85)),
                        List.of(attainment(3, d1, B, E), attainment(3, d1.plusMonths(2), E, E), attainment(3, d2, B, E))),
                new CohortChild(4, 9, List.of(term(4, 2025, Term.AUTUMN, 50, 46), term(4, 2025, Term.SPRING, 100, 90)),
                        List.of(attainment(4, d1, E, E))),
                new CohortChild(5, 10, List.of(term(5, 2025, Term.AUTUMN, 100, 50)), List.of()));
    }

    @Test
    void theTablesCountEachChildsFirstAgainstLastRecordForTheCaseWorkersWithoutSuppression() {
        CohortTables tables = VirtualSchoolCohortTables.compute("All cases", fiveChildren(), false);

        assertThat(tables.cases()).isEqualTo(5);
        assertThat(tables.suppressed()).isFalse();
        // Rows: below→below, below→at/above, at/above→below, at/above→at/above.
        assertThat(shown(tables.attendance(), false)).containsExactly("1", "1", "1", "1", "4");
        assertThat(shown(tables.attendance(), true)).containsExactly("1", "1", "0", "0", "2");
        assertThat(tables.attendance().rows().get(0).all().percent()).isEqualTo("25.0%");
        assertThat(tables.attendance().rows().get(1).rbffAge().percent()).isEqualTo("50.0%");
        assertThat(tables.attendance().rows().get(2).rbffAge().percent()).isEqualTo("0.0%");

        // English, first → last by date: A B→E, B E→B, C B→B; D has one record only.
        assertThat(shown(tables.english(), false)).containsExactly("1", "1", "1", "0", "3");
        assertThat(shown(tables.english(), true)).containsExactly("1", "1", "0", "0", "2");
        assertThat(tables.english().rows().get(0).all().percent()).isEqualTo("33.3%");
        // Maths: A B→E, B B→B, C E→E.
        assertThat(shown(tables.maths(), false)).containsExactly("1", "1", "0", "1", "3");
        assertThat(shown(tables.maths(), true)).containsExactly("0", "1", "0", "1", "2");
    }

    @Test
    void anEmptyCohortGivesZeroesWithoutPercentages() {
        CohortTables tables = VirtualSchoolCohortTables.compute("None", List.of(), false);
        assertThat(shown(tables.attendance(), false)).containsExactly("0", "0", "0", "0", "0");
        assertThat(tables.attendance().rows().get(0).all().percent()).isNull();
    }

    @Test
    void shownToOthersEveryCountUnderTenIsSuppressedAndLeavesNoNumber() {
        CohortTables tables = VirtualSchoolCohortTables.compute("All cases", fiveChildren(), true);
        assertThat(shown(tables.attendance(), false)).containsExactly("<10", "<10", "<10", "<10", "<10");
        Cell cell = tables.attendance().rows().get(0).all();
        assertThat(cell.count()).isNull();
        assertThat(cell.percent()).isNull();
    }

    @Test
    void aSingleSmallCellInALargeColumnIsProtectedByWithholdingTheNextSmallest() {
        // 12 + 3 + 15 + 20 = 50: "3" alone would follow from the total, so 12 is withheld too.
        Cell[] cells = VirtualSchoolCohortTables.column(new int[]{12, 3, 15, 20}, true);
        assertThat(cells).extracting(Cell::shown).containsExactly("Withheld", "<10", "15", "20", "50");
        assertThat(cells[0].count()).isNull();
        assertThat(cells[2].percent()).isEqualTo("30.0%");

        // Two small cells already protect each other: no cell is withheld.
        Cell[] two = VirtualSchoolCohortTables.column(new int[]{12, 3, 0, 10}, true);
        assertThat(two).extracting(Cell::shown).containsExactly("12", "<10", "<10", "10", "25");

        // Every cell at 10 or more: nothing suppressed.
        Cell[] none = VirtualSchoolCohortTables.column(new int[]{10, 11, 12, 13}, true);
        assertThat(none).extracting(Cell::shown).containsExactly("10", "11", "12", "13", "46");
        assertThat(none[3].percent()).isEqualTo("28.3%");
    }

    @Test
    void aCohortOfThirtyIsCountedAndSuppressedAsTheReportWouldPublishIt() {
        // 13 below→below, 1 below→above, 2 above→below, 14 above→above (all aged 12).
        List<CohortChild> children = new ArrayList<>();
        long id = 100;
        int[][] groups = {{13, 80, 80}, {1, 80, 95}, {2, 95, 80}, {14, 95, 95}};
        for (int[] g : groups) {
            for (int i = 0; i < g[0]; i++) {
                long caseId = id++;
                children.add(new CohortChild(caseId, 12, List.of(term(caseId, 2025, Term.AUTUMN, 100, g[1]),
                        term(caseId, 2025, Term.SUMMER, 100, g[2])), List.of()));
            }
        }
        CohortTables own = VirtualSchoolCohortTables.compute("c", children, false);
        assertThat(shown(own.attendance(), false)).containsExactly("13", "1", "2", "14", "30");
        CohortTables published = VirtualSchoolCohortTables.compute("c", children, true);
        assertThat(shown(published.attendance(), false)).containsExactly("13", "<10", "<10", "14", "30");
        assertThat(published.attendance().rows().get(0).all().percent()).isEqualTo("43.3%");
    }

    @Test
    void theNinetyPercentThresholdIsComparedExactly() {
        assertThat(new AttendanceRecord(1, 1, new SchoolTerm(2025, Term.AUTUMN), 100, 90, 0).belowThreshold()).isFalse();
        AttendanceRecord justUnder = new AttendanceRecord(1, 1, new SchoolTerm(2025, Term.AUTUMN), 10000, 8999, 0);
        assertThat(justUnder.belowThreshold()).isTrue();
        assertThat(justUnder.rate()).hasToString("90.0");
    }

    @Test
    void termsOrderWithinAndAcrossAcademicYearsAndParseFromTheUsualNotation() {
        assertThat(new SchoolTerm(2024, Term.SUMMER)).isLessThan(new SchoolTerm(2025, Term.AUTUMN));
        assertThat(new SchoolTerm(2025, Term.AUTUMN)).isLessThan(new SchoolTerm(2025, Term.SPRING));
        assertThat(new SchoolTerm(2025, Term.AUTUMN).label()).isEqualTo("2025/26 autumn");
        assertThat(SchoolTerm.parseAcademicYear("2025/26")).contains(2025);
        assertThat(SchoolTerm.parseAcademicYear("1999/00")).isEmpty();
        assertThat(SchoolTerm.parseAcademicYear("2099/00")).contains(2099);
        assertThat(SchoolTerm.parseAcademicYear("2025/27")).isEmpty();
        assertThat(SchoolTerm.containing(LocalDate.of(2026, 11, 27))).isEqualTo(new SchoolTerm(2026, Term.AUTUMN));
        assertThat(SchoolTerm.containing(LocalDate.of(2026, 2, 1))).isEqualTo(new SchoolTerm(2025, Term.SPRING));
        assertThat(SchoolTerm.containing(LocalDate.of(2026, 6, 1))).isEqualTo(new SchoolTerm(2025, Term.SUMMER));
    }
}
