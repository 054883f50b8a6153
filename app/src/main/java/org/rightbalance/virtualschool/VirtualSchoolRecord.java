package org.rightbalance.virtualschool;

import org.rightbalance.access.Section;

import java.util.List;
import java.util.Set;

/**
 * A child's Virtual School page: attendance term by term, attainment at each time point, and what
 * the reader may do.
 */
public record VirtualSchoolRecord(long caseId, String childName, List<AttendanceRecord> attendance,
                                  List<AttainmentRecord> attainment, boolean consentGiven, boolean mayChange,
                                  Set<Section> sections) {

    /** Bars of the attendance chart, in an SVG 600 wide and 240 high with the plot from y=20 (100%) to y=200 (0%). */
    public List<Bar> bars() {
        int n = attendance.size();
        if (n == 0) {
            return List.of();
        }
        double slot = 540.0 / n;
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> {
            AttendanceRecord r = attendance.get(i);
            double height = r.rate().doubleValue() * 1.8;
            double width = Math.min(60, slot * 0.6);
            double x = 50 + slot * i + (slot - width) / 2;
            return new Bar(round(x), round(200 - height), round(width), round(height), round(x + width / 2),
                    r.term().label(), r.rate().toPlainString() + "%", r.belowThreshold());
        }).toList();
    }

    /** The y coordinate of the 90% threshold line in the chart. */
    public double thresholdY() {
        return 200 - AttendanceRecord.THRESHOLD_PERCENT * 1.8;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public record Bar(double x, double y, double width, double height, double centre, String label, String value,
                      boolean below) {
    }
}
