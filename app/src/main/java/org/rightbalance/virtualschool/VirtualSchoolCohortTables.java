package org.rightbalance.virtualschool;

import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;
import org.rightbalance.virtualschool.CohortTables.Cell;
import org.rightbalance.virtualschool.CohortTables.Row;
import org.rightbalance.virtualschool.CohortTables.TransitionTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tables 19–21 of the report (Appendix 6) for any cohort of cases: for each child with at least two
 * records, the category at the start of Virtual School support (the earliest record) against the
 * category at the last recorded time point, counted for the whole cohort and for children aged 10 to
 * 13 at referral. Shown to anyone but the cases' own workers, counts under {@value #SMALL_CELL} are
 * suppressed as "&lt;10", with a second cell withheld where one alone could be worked out from the total.
 */
@Service
@Transactional(readOnly = true)
public class VirtualSchoolCohortTables {

    /** Cells with fewer children than this are suppressed (as DfE statistics do). */
    public static final int SMALL_CELL = 10;
    static final String SMALL = "<10";
    static final String WITHHELD = "Withheld";

    private final CaseAccess caseAccess;
    private final VirtualSchoolRepository records;
    private final JdbcClient jdbc;

    public VirtualSchoolCohortTables(CaseAccess caseAccess, VirtualSchoolRepository records, JdbcClient jdbc) {
        this.caseAccess = caseAccess;
        this.records = records;
        this.jdbc = jdbc;
    }

    /** Who may see the tables: Virtual School officers (their own cases), team managers (their team), programme managers. */
    public static boolean maySee(Role role) {
        return role == Role.VIRTUAL_SCHOOL_OFFICER || role == Role.TEAM_MANAGER || role == Role.PROGRAMME_MANAGER;
    }

    /**
     * The tables over the cases of the cohort that the actor may see the Virtual School records of.
     *
     * @throws org.rightbalance.system.ForbiddenException if the actor's role has no use for the tables
     * @throws InvalidRequestException                    if the date range ends before it starts
     */
    public CohortTables tables(StaffMember actor, Cohort cohort) {
        caseAccess.requireRole(actor, maySee(actor.role()), "Virtual School tables");
        if (cohort.openedFrom() != null && cohort.openedTo() != null && cohort.openedTo().isBefore(cohort.openedFrom())) {
            throw new InvalidRequestException("to", "The end of the date range must be on or after its start");
        }
        List<Long> visible = caseAccess.visibleCaseIds(actor).stream()
                .filter(id -> caseAccess.can(actor, id, Section.VIRTUAL_SCHOOL, Operation.VIEW)).toList();
        Map<Long, CaseDates> dates = caseDates(visible);
        List<Long> ids = visible.stream().filter(id -> cohort.contains(dates.get(id).openedOn())).toList();
        boolean ownWorker = ids.stream().allMatch(id -> isAssigned(actor, id));
        Map<Long, List<AttendanceRecord>> attendance = records.attendance(ids).stream()
                .collect(Collectors.groupingBy(AttendanceRecord::caseId));
        Map<Long, List<AttainmentRecord>> attainment = records.attainment(ids).stream()
                .collect(Collectors.groupingBy(AttainmentRecord::caseId));
        List<CohortChild> children = ids.stream().map(id -> new CohortChild(id, dates.get(id).ageAtReferral(),
                attendance.getOrDefault(id, List.of()), attainment.getOrDefault(id, List.of()))).toList();
        return compute(cohort.describe(), children, !ownWorker);
    }

    /** A child of the cohort with their records. */
    public record CohortChild(long caseId, int ageAtReferral, List<AttendanceRecord> attendance,
                              List<AttainmentRecord> attainment) {
        boolean programmeAge() {
            return ageAtReferral >= 10 && ageAtReferral <= 13;
        }
    }

    /** Tables 19–21 for the given children, with small cells suppressed if {@code suppress}. */
    public static CohortTables compute(String cohort, List<CohortChild> children, boolean suppress) {
        List<Transition> attendance = new ArrayList<>();
        List<Transition> english = new ArrayList<>();
        List<Transition> maths = new ArrayList<>();
        for (CohortChild child : children) {
            if (child.attendance().size() >= 2) {
                List<AttendanceRecord> sorted = child.attendance().stream()
                        .sorted(Comparator.comparing(AttendanceRecord::term)).toList();
                attendance.add(new Transition(sorted.get(0).belowThreshold(), sorted.get(sorted.size() - 1).belowThreshold(),
                        child.programmeAge()));
            }
            if (child.attainment().size() >= 2) {
                List<AttainmentRecord> sorted = child.attainment().stream()
                        .sorted(Comparator.comparing(AttainmentRecord::assessedOn).thenComparingLong(AttainmentRecord::id)).toList();
                AttainmentRecord first = sorted.get(0);
                AttainmentRecord last = sorted.get(sorted.size() - 1);
                english.add(new Transition(first.english() == Attainment.BELOW, last.english() == Attainment.BELOW,
                        child.programmeAge()));
                maths.add(new Transition(first.maths() == Attainment.BELOW, last.maths() == Attainment.BELOW,
                        child.programmeAge()));
            }
        }
        return new CohortTables(cohort, children.size(), suppress,
                table("Table 19", "Attendance", "Attendance rate", "<90%", ">=90%",
                        new String[]{"<90% (no change)", ">=90% (improved attendance)", "<90% (decreased attendance)", ">=90% (no change)"},
                        attendance, suppress, "attendance"),
                table("Table 20", "English attainment", "Performance in English", "Below expected", "Expected/above expected",
                        new String[]{"Below expected (no change)", "Expected/above expected (improvement in performance)",
                                "Below expected (decrease in performance)", "Expected/above expected (no change)"},
                        english, suppress, "attainment"),
                table("Table 21", "Maths attainment", "Performance in Maths", "Below expected", "Expected/above expected",
                        new String[]{"Below expected (no change)", "Expected/above expected (improvement in performance)",
                                "Below expected (decrease in performance)", "Expected/above expected (no change)"},
                        maths, suppress, "attainment"));
    }

    private record Transition(boolean belowAtStart, boolean belowAtLast, boolean programmeAge) {
        int row() {
            return (belowAtStart ? 0 : 2) + (belowAtLast ? 0 : 1);
        }
    }

    private static TransitionTable table(String number, String title, String measure, String below, String above,
                                         String[] lastLabels, List<Transition> transitions, boolean suppress, String kind) {
        int[] all = new int[4];
        int[] rbff = new int[4];
        for (Transition t : transitions) {
            all[t.row()]++;
            if (t.programmeAge()) {
                rbff[t.row()]++;
            }
        }
        Cell[] allCells = column(all, suppress);
        Cell[] rbffCells = column(rbff, suppress);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(new Row(i < 2 ? below : above, lastLabels[i], allCells[i], rbffCells[i]));
        }
        return new TransitionTable(number, title, measure, rows, allCells[4], rbffCells[4],
                "Children with at least two " + kind + " records. The programme-age column counts children aged 10 to 13 at referral.");
    }

    /** The four cells of a column and its total (index 4), suppressed as described on the class. */
    static Cell[] column(int[] counts, boolean suppress) {
        int total = counts[0] + counts[1] + counts[2] + counts[3];
        String[] shown = new String[5];
        if (suppress) {
            for (int i = 0; i < 4; i++) {
                if (counts[i] < SMALL_CELL) {
                    shown[i] = SMALL;
                }
            }
            if (total < SMALL_CELL) {
                shown[4] = SMALL;
            }
            long hidden = java.util.Arrays.stream(shown, 0, 4).filter(s -> s != null).count();
            if (hidden == 1 && shown[4] == null) {
                // One hidden cell could be worked out from the total and the others: withhold the next smallest too.
                int smallest = -1;
                for (int i = 0; i < 4; i++) {
                    if (shown[i] == null && (smallest < 0 || counts[i] < counts[smallest])) {
                        smallest = i;
                    }
                }
                shown[smallest] = WITHHELD;
            }
        }
        Cell[] cells = new Cell[5];
        for (int i = 0; i < 5; i++) {
            int count = i < 4 ? counts[i] : total;
            if (shown[i] != null) {
                cells[i] = new Cell(null, shown[i], null);
            } else {
                String percent = total == 0 ? null : BigDecimal.valueOf(count * 100L)
                        .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP).toPlainString() + "%";
                cells[i] = new Cell(count, Integer.toString(count), percent);
            }
        }
        return cells;
    }

    private boolean isAssigned(StaffMember actor, long caseId) {
        return jdbc.sql("select count(*) from case_assignment where case_id = ? and staff_id = ?")
                .params(caseId, actor.id()).query(Long.class).single() > 0;
    }

    private record CaseDates(LocalDate openedOn, int ageAtReferral) {
    }

    private Map<Long, CaseDates> caseDates(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                select c.id, c.opened_on, ch.date_of_birth from programme_case c join child ch on ch.id = c.child_id
                where c.id in (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getLong(1), new CaseDates(rs.getObject(2, LocalDate.class),
                        Period.between(rs.getObject(3, LocalDate.class), rs.getObject(2, LocalDate.class)).getYears())))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
