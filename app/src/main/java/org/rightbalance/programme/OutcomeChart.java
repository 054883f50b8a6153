package org.rightbalance.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the programme page's inline SVG chart: one bar per yes/no measure with its 95%
 * interval as a whisker. The page shows the same figures in a table beside it.
 */
public record OutcomeChart(List<Bar> bars, String description) {

    static final double LEFT = 210;
    static final double WIDTH = 360;
    static final double ROW = 40;

    /** One bar: coordinates in the SVG's user units. */
    public record Bar(String label, String text, double y, double width, double low, double high, double textY) {
    }

    public static OutcomeChart of(OutcomeMeasures measures) {
        List<Bar> bars = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        int i = 0;
        for (OutcomeMeasures.Proportion p : List.of(measures.rereferral(), measures.escalation())) {
            if (p.interval().isEmpty()) {
                continue;
            }
            Intervals.Estimate e = p.interval().get();
            String text = String.format(Locale.UK, "%.0f%% (%.0f%% to %.0f%%)", 100 * e.estimate(), 100 * e.low(), 100 * e.high());
            double y = 10 + i * ROW;
            bars.add(new Bar(p.label(), text, y, WIDTH * e.estimate(), LEFT + WIDTH * e.low(), LEFT + WIDTH * e.high(), y + 16));
            description.append(p.label()).append(": ").append(text).append(". ");
            i++;
        }
        return new OutcomeChart(bars, description.toString().strip());
    }

    /** The SVG's height for the bars it holds. */
    public double height() {
        return 20 + bars.size() * ROW;
    }

    public double left() {
        return LEFT;
    }
}
