package org.rightbalance.evaluation.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.rightbalance.evaluation.report.ReportModel.ChartBar;
import org.rightbalance.evaluation.report.ReportModel.ConsortStep;
import org.rightbalance.evaluation.report.ReportModel.OutcomeChart;

/**
 * Inline SVG for the report's figures. Each SVG has {@code role="img"}, a {@code <title>} and a
 * {@code <desc>} that states every number; bars are told apart by their labels and by a hatch
 * pattern, never by colour alone. No fonts or images are referenced. A bar or interval that is
 * not a finite number is left out of the drawing and described as "not estimable".
 *
 * <p>No text uses font-size 12: openhtmltopdf 1.1.31's SVG renderer draws 12-unit text at a
 * fraction of its size (seen with DejaVu Sans), so sizes are 11, 11.5, 12.5, 13 and 14.
 */
final class Charts {

  static final String FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";
  private static final String INK = "#1a1a1a";
  private static final String[] FILLS = {"#4d4d4d", "#1d5fa8", "#7a3e9d", "#8a5a00"};

  private Charts() {
  }

  /** A bar chart of the outcome with 95% confidence intervals. */
  static String barChart(String id, OutcomeChart chart) {
    int width = 560;
    int height = 280;
    int left = 70;
    int right = 20;
    int top = 30;
    int bottom = 60;
    double plotHeight = height - top - bottom;
    double plotWidth = width - left - right;
    double max = 0;
    double min = 0;
    for (ChartBar bar : chart.bars()) {
      for (double v : drawn(bar)) {
        max = Math.max(max, v);
        min = Math.min(min, v);
      }
    }
    double step = niceStep((max - min) / 5);
    double axisMax = Math.ceil(max / step) * step;
    double axisMin = Math.floor(min / step) * step;
    if (axisMax <= axisMin) {
      axisMax = axisMin + step;
    }
    final double lo = axisMin;
    final double span = axisMax - axisMin;
    java.util.function.DoubleUnaryOperator y = v -> top + plotHeight * (1 - (v - lo) / span);

    Xml svg = new Xml();
    svg.open("svg", "id", id, "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
        "width", String.valueOf(width), "height", String.valueOf(height),
        "viewBox", "0 0 " + width + " " + height, "class", "chart");
    svg.element("title", chart.caption(), "id", id + "-title");
    svg.element("desc", describe(chart), "id", id + "-desc");
    svg.open("defs");
    svg.open("pattern", "id", id + "-hatch", "patternUnits", "userSpaceOnUse", "width", "8",
        "height", "8", "patternTransform", "rotate(45)");
    svg.empty("rect", "width", "8", "height", "8", "fill", FILLS[1]);
    svg.empty("line", "x1", "0", "y1", "0", "x2", "0", "y2", "8", "stroke", "#ffffff",
        "stroke-width", "3");
    svg.close("pattern");
    svg.close("defs");
    svg.empty("rect", "x", "0", "y", "0", "width", String.valueOf(width), "height",
        String.valueOf(height), "fill", "#ffffff");

    // grid lines and ticks
    long ticks = Math.round((axisMax - axisMin) / step);
    for (long k = 0; k <= ticks; k++) {
      double v = axisMin + k * step;
      if (Math.abs(v) < step / 1000) {
        v = 0;
      }
      double yy = y.applyAsDouble(v);
      svg.empty("line", "x1", f(left), "y1", f(yy), "x2", f(width - right), "y2", f(yy),
          "stroke", v == 0 ? INK : "#bfbfbf", "stroke-width", "1");
      svg.element("text", Numbers.tick(v, chart.scale()), "x", f(left - 8), "y", f(yy + 4),
          "text-anchor", "end", "font-size", "11.5", "font-family", FONT, "fill", INK);
    }
    svg.element("text", chart.axisLabel(), "x", "14", "y", f(top + plotHeight / 2),
        "transform", "rotate(-90 14 " + f(top + plotHeight / 2) + ")", "text-anchor", "middle",
        "font-size", "12.5", "font-family", FONT, "fill", INK);

    int n = chart.bars().size();
    double slot = plotWidth / n;
    double barWidth = Math.min(120, slot * 0.5);
    for (int i = 0; i < n; i++) {
      ChartBar bar = chart.bars().get(i);
      double cx = left + slot * (i + 0.5);
      double y0 = y.applyAsDouble(Math.max(0, axisMin));
      if (!bar.hasValue()) {
        // nothing to draw: say so where the bar would stand
        svg.element("text", Numbers.NOT_ESTIMABLE, "x", f(cx), "y", f(y0 - 6),
            "text-anchor", "middle", "font-size", "13", "font-style", "italic",
            "font-family", FONT, "fill", INK);
        svg.element("text", bar.label(), "x", f(cx), "y", f(height - bottom + 20),
            "text-anchor", "middle", "font-size", "13", "font-family", FONT, "fill", INK);
        continue;
      }
      double yv = y.applyAsDouble(bar.value());
      String fill = i % 2 == 1 ? "url(#" + id + "-hatch)" : FILLS[(i / 2) % FILLS.length];
      svg.empty("rect", "x", f(cx - barWidth / 2), "y", f(Math.min(y0, yv)), "width",
          f(barWidth), "height", f(Math.abs(y0 - yv)), "fill", fill, "stroke", INK,
          "stroke-width", "1");
      if (bar.hasInterval()) {
        double yl = y.applyAsDouble(bar.lower());
        double yu = y.applyAsDouble(bar.upper());
        svg.empty("line", "x1", f(cx), "y1", f(yl), "x2", f(cx), "y2", f(yu), "stroke", INK,
            "stroke-width", "2");
        svg.empty("line", "x1", f(cx - 10), "y1", f(yl), "x2", f(cx + 10), "y2", f(yl),
            "stroke", INK, "stroke-width", "2");
        svg.empty("line", "x1", f(cx - 10), "y1", f(yu), "x2", f(cx + 10), "y2", f(yu),
            "stroke", INK, "stroke-width", "2");
      }
      svg.element("text", Numbers.value(bar.value(), chart.scale()), "x", f(cx + barWidth / 2 + 6),
          "y", f(yv - 4), "text-anchor", "start", "font-size", "13", "font-weight", "bold",
          "font-family", FONT, "fill", INK);
      svg.element("text", bar.label(), "x", f(cx), "y", f(height - bottom + 20),
          "text-anchor", "middle", "font-size", "13", "font-family", FONT, "fill", INK);
    }
    svg.element("text", "Vertical lines: 95% confidence intervals", "x", f(left),
        "y", f(height - 12), "font-size", "11", "font-family", FONT, "fill", INK);
    svg.close("svg");
    return svg.toString();
  }

  private static String describe(OutcomeChart chart) {
    StringBuilder d = new StringBuilder("Bar chart with 95% confidence intervals. ")
        .append(chart.axisLabel()).append(". ");
    for (ChartBar bar : chart.bars()) {
      d.append(bar.label()).append(": ").append(Numbers.value(bar.value(), chart.scale()));
      if (bar.hasValue() && bar.hasInterval()) {
        d.append(" (95% CI ").append(Numbers.value(bar.lower(), chart.scale())).append(" to ")
            .append(Numbers.value(bar.upper(), chart.scale())).append(")");
      } else if (bar.hasValue()) {
        d.append(" (95% CI ").append(Numbers.NOT_ESTIMABLE).append(")");
      }
      d.append(". ");
    }
    return d.toString().trim();
  }

  /**
   * The values of {@code bar} that are drawn, and so set the axis: its value if finite, and its
   * interval if the value and both limits are finite. Nothing else may reach a coordinate.
   */
  private static double[] drawn(ChartBar bar) {
    if (!bar.hasValue()) {
      return new double[0];
    }
    return bar.hasInterval() ? new double[] {bar.value(), bar.lower(), bar.upper()}
        : new double[] {bar.value()};
  }

  /**
   * The consort diagram: two columns of boxes joined by arrows.
   *
   * @param count renders a count of children, with small-cell suppression applied
   */
  static String consort(String id, String caption, String treatedLabel, List<ConsortStep> treated,
                        String comparisonLabel, List<ConsortStep> comparison,
                        IntFunction<String> count) {
    int width = 640;
    int boxWidth = 270;
    int gap = 34;
    int lineHeight = 16;
    List<List<String>> treatedLines = lines(treated, count);
    List<List<String>> comparisonLines = lines(comparison, count);
    int rows = Math.max(treated.size(), comparison.size());
    int[] boxHeights = new int[rows];
    for (int i = 0; i < rows; i++) {
      int t = i < treatedLines.size() ? treatedLines.get(i).size() : 0;
      int c = i < comparisonLines.size() ? comparisonLines.get(i).size() : 0;
      boxHeights[i] = Math.max(t, c) * lineHeight + 16;
    }
    int height = 40;
    for (int h : boxHeights) {
      height += h + gap;
    }
    height -= gap - 10;

    StringBuilder desc = new StringBuilder("Flow of children into the analysis sample. ");
    describeColumn(desc, treatedLabel, treated, count);
    describeColumn(desc, comparisonLabel, comparison, count);

    Xml svg = new Xml();
    svg.open("svg", "id", id, "role", "img", "aria-labelledby", id + "-title " + id + "-desc",
        "width", String.valueOf(width), "height", String.valueOf(height),
        "viewBox", "0 0 " + width + " " + height, "class", "chart");
    svg.element("title", caption, "id", id + "-title");
    svg.element("desc", desc.toString().trim(), "id", id + "-desc");
    svg.empty("rect", "x", "0", "y", "0", "width", String.valueOf(width), "height",
        String.valueOf(height), "fill", "#ffffff");
    column(svg, 20, boxWidth, treatedLabel, treatedLines, boxHeights, gap, lineHeight, "#e8eef7");
    column(svg, width - 20 - boxWidth, boxWidth, comparisonLabel, comparisonLines, boxHeights, gap,
        lineHeight, "#f2f2f2");
    svg.close("svg");
    return svg.toString();
  }

  private static void describeColumn(StringBuilder desc, String label, List<ConsortStep> steps,
                                     IntFunction<String> count) {
    desc.append(label).append(": ");
    for (int i = 0; i < steps.size(); i++) {
      desc.append(i == 0 ? "" : ", then ").append(steps.get(i).label()).append(" ")
          .append(count.apply(steps.get(i).children()));
    }
    desc.append(". ");
  }

  private static List<List<String>> lines(List<ConsortStep> steps, IntFunction<String> count) {
    List<List<String>> out = new ArrayList<>();
    for (ConsortStep step : steps) {
      List<String> lines = wrap(step.label(), 34);
      lines.add("n = " + count.apply(step.children()));
      out.add(lines);
    }
    return out;
  }

  private static void column(Xml svg, int x, int boxWidth, String label, List<List<String>> boxes,
                             int[] boxHeights, int gap, int lineHeight, String fill) {
    svg.element("text", label, "x", f(x + boxWidth / 2.0), "y", "24", "text-anchor", "middle",
        "font-size", "14", "font-weight", "bold", "font-family", FONT, "fill", INK);
    double yy = 40;
    for (int i = 0; i < boxes.size(); i++) {
      List<String> lines = boxes.get(i);
      svg.empty("rect", "x", f(x), "y", f(yy), "width", f(boxWidth), "height",
          f(boxHeights[i]), "rx", "4", "fill", fill, "stroke", INK, "stroke-width", "1.2");
      double ty = yy + 8 + lineHeight - 3;
      for (int l = 0; l < lines.size(); l++) {
        boolean last = l == lines.size() - 1;
        svg.element("text", lines.get(l), "x", f(x + boxWidth / 2.0), "y", f(ty),
            "text-anchor", "middle", "font-size", "13", "font-weight", last ? "bold" : "normal",
            "font-family", FONT, "fill", INK);
        ty += lineHeight;
      }
      double next = yy + boxHeights[i] + gap;
      if (i < boxes.size() - 1) {
        double ax = x + boxWidth / 2.0;
        svg.empty("line", "x1", f(ax), "y1", f(yy + boxHeights[i]), "x2", f(ax), "y2",
            f(next - 7), "stroke", INK, "stroke-width", "1.5");
        svg.empty("polygon", "points", f(ax - 5) + "," + f(next - 8) + " " + f(ax + 5) + ","
            + f(next - 8) + " " + f(ax) + "," + f(next - 1), "fill", INK);
      }
      yy = next;
    }
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A "nice" axis step (1, 2, 2.5 or 5 times a power of ten) at least {@code raw}. */
  static double niceStep(double raw) {
    if (raw <= 0) {
      return 1;
    }
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= raw) {
        return m * power;
      }
    }
    return 10 * power;
  }

  private static String f(double v) {
    return Numbers.fixed(v, 1).replace(Numbers.MINUS, "-");
  }
}
