package org.rightbalance.evaluation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.rightbalance.evaluation.report.ReportModel.BalanceRow;
import org.rightbalance.evaluation.report.ReportModel.BalanceStats;
import org.rightbalance.evaluation.report.ReportModel.ChartBar;
import org.rightbalance.evaluation.report.ReportModel.ConsortStep;
import org.rightbalance.evaluation.report.ReportModel.Estimate;
import org.rightbalance.evaluation.report.ReportModel.GroupRow;
import org.rightbalance.evaluation.report.ReportModel.ModelColumn;
import org.rightbalance.evaluation.report.ReportModel.ModelTable;
import org.rightbalance.evaluation.report.ReportModel.OutcomeChart;
import org.rightbalance.evaluation.report.ReportModel.OutcomeSection;

/**
 * Writes the evaluation report as one self-contained XHTML file (inline CSS and SVG, no scripts,
 * no external references) or as a tagged PDF (PDF/UA) rendered from the same XHTML with
 * DejaVu Sans embedded.
 *
 * <p>Accessibility: {@code lang}, one {@code h1}, headings in order, every table with a caption and
 * {@code th scope}, every chart an {@code svg role="img"} with a title and a description that
 * states its numbers, followed by the same numbers in a table; contrast of at least 4.5:1 for text
 * and 3:1 for graphics; bars told apart by labels and pattern, not colour alone.
 */
public final class ReportWriter {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final double Z_975 = 1.959963984540054;
  private static final Pattern NUMBER = Pattern.compile("(?:p [=<] )?[+\u2212-]?\\d[\\d.,]*%?");
  private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";

  private ReportWriter() {
  }

  /** Writes the report as a self-contained HTML file (XHTML syntax, UTF-8). */
  public static void writeHtml(ReportModel model, Path file) throws IOException {
    createParent(file);
    Files.writeString(file, html(model), StandardCharsets.UTF_8);
  }

  /** Writes the report as a tagged PDF (PDF/UA) with its fonts embedded. */
  public static void writePdf(ReportModel model, Path file) throws IOException {
    createParent(file);
    PdfRenderer.render(html(model), file);
  }

  /** The report as an XHTML document. */
  public static String html(ReportModel model) {
    return new Builder(model).build();
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  static InputStream font(String name) {
    InputStream in = ReportWriter.class.getClassLoader().getResourceAsStream(FONT_DIR + name);
    if (in == null) {
      throw new UncheckedIOException(new IOException(
          "font " + FONT_DIR + name + " is not on the class path (jasperreports-fonts)"));
    }
    return in;
  }

  /** Renders one model; keeps the running numbers of tables and figures. */
  private static final class Builder {
    private final ReportModel model;
    private final Xml x = new Xml();
    private int tableNumber;
    private int figureNumber;

    Builder(ReportModel model) {
      this.model = model;
    }

    String build() {
      x.raw("<!DOCTYPE html>\n");
      x.open("html", "lang", "en-GB", "xml:lang", "en-GB").newline();
      x.open("head");
      x.empty("meta", "charset", "UTF-8");
      x.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
      x.empty("meta", "name", "description", "content",
          "Impact evaluation report of " + model.programme() + ": matched comparison of outcomes");
      x.empty("meta", "name", "subject", "content",
          "Impact evaluation report of " + model.programme() + ": matched comparison of outcomes");
      x.empty("meta", "name", "author", "content", "Right Balance evaluation pipeline");
      x.element("title", model.title());
      x.open("style").raw(Css.STYLE).close("style");
      x.close("head").newline();
      x.open("body").newline();
      header();
      x.open("main", "id", "content").newline();
      summary();
      sample();
      balance();
      int figure = 0;
      for (OutcomeSection outcome : model.outcomes()) {
        outcome(outcome, ++figure);
      }
      groups();
      limitations();
      x.close("main").newline();
      footer();
      x.close("body").newline();
      x.close("html").newline();
      return x.toString();
    }

    private void header() {
      x.open("header").newline();
      x.element("h1", model.title()).newline();
      x.open("dl", "class", "meta");
      term("Programme", model.programme());
      term("Evaluation plan", model.planName());
      term("Data extracted", DATE.format(model.extractDate()));
      term("Report generated", DATE.format(model.generatedAt()));
      term("Data source", model.dataSource());
      x.close("dl").newline();
      x.open("nav", "aria-label", "Contents").open("h2", "class", "toc").text("Contents")
          .close("h2").open("ol");
      link("summary", "Summary");
      link("sample", "Who was in the analysis");
      link("balance", "Balance checks");
      for (int i = 0; i < model.outcomes().size(); i++) {
        link("outcome-" + (i + 1), model.outcomes().get(i).heading());
      }
      link("groups", "Characteristics of the four groups");
      link("limitations", "Limitations");
      x.close("ol").close("nav").newline();
      x.close("header").newline();
    }

    private void term(String name, String value) {
      x.element("dt", name).element("dd", value);
    }

    private void link(String id, String text) {
      x.open("li").element("a", text, "href", "#" + id).close("li");
    }

    private void summary() {
      x.open("section", "id", "summary", "aria-labelledby", "summary-h").newline();
      x.element("h2", "Summary", "id", "summary-h").newline();
      x.open("ul", "class", "readings");
      for (OutcomeSection outcome : model.outcomes()) {
        x.open("li").element("strong", outcome.heading() + ": ");
        prose(outcome.reading());
        x.close("li").newline();
      }
      x.close("ul");
      if (model.suppression().enabled()) {
        x.element("p", "To protect children's privacy, any count of fewer than "
            + model.suppression().threshold() + " children, and any percentage or mean computed "
            + "from it, is shown as \u201c" + hidden() + "\u201d.");
      }
      x.close("section").newline();
    }

    /** The note under a table that may hold suppressed cells. */
    private void suppressionNote() {
      if (model.suppression().enabled()) {
        x.element("p", "\u201c" + hidden() + "\u201d: fewer than "
            + model.suppression().threshold() + " children; the number is withheld to protect "
            + "privacy.", "class", "note");
      }
    }

    private String hidden() {
      return "<" + model.suppression().threshold();
    }

    private String count(int children) {
      return model.suppression().hides(children) ? hidden() : String.valueOf(children);
    }

    private void sample() {
      x.open("section", "id", "sample", "class", "major", "aria-labelledby", "sample-h")
          .newline();
      x.element("h2", "Who was in the analysis", "id", "sample-h").newline();
      int figure = ++figureNumber;
      String caption = "Figure " + figure + ": Consort diagram of the analysis sample";
      x.open("figure", "class", "chart");
      x.raw(Charts.consort("figure-" + figure, caption, model.consort().treatedLabel(),
          model.consort().treated(), model.consort().comparisonLabel(),
          model.consort().comparison(), this::count));
      x.element("figcaption", caption);
      x.close("figure").newline();
      x.open("table", "class", "data");
      x.element("caption", "Data for figure " + figure + ": children at each step");
      x.open("thead").open("tr");
      th("Cohort", "col");
      th("Step", "col");
      th("Children", "col", "num");
      x.close("tr").close("thead").open("tbody");
      consortRows(model.consort().treatedLabel(), model.consort().treated());
      consortRows(model.consort().comparisonLabel(), model.consort().comparison());
      x.close("tbody").close("table").newline();
      x.close("section").newline();
    }

    private void consortRows(String cohort, List<ConsortStep> steps) {
      for (ConsortStep step : steps) {
        x.open("tr").element("td", cohort);
        th(step.label(), "row");
        td(count(step.children()));
        x.close("tr");
      }
    }

    private void balance() {
      boolean before = model.balance().stream().anyMatch(r -> r.before().isPresent());
      boolean smd = model.balance().stream().anyMatch(r -> r.after().smd().isPresent()
          || r.before().map(b -> b.smd().isPresent()).orElse(false));
      x.open("section", "id", "balance", "class", "major", "aria-labelledby", "balance-h")
          .newline();
      x.element("h2", "Balance checks", "id", "balance-h").newline();
      x.element("p", "Means of the matching variables in the comparison and treated groups. "
          + "Small differences and large p-values mean the groups are alike on what was "
          + "measured; they cannot show balance on what was not measured, such as practitioners' "
          + "reasons for offering the programme.");
      x.open("table", "class", "data balance");
      x.element("caption", "Table " + (++tableNumber) + ": Balance checks");
      x.open("thead");
      int perGroup = smd ? 4 : 3;
      if (before) {
        x.open("tr");
        x.element("td", "", "class", "blank");
        x.element("th", "Before matching", "scope", "colgroup", "colspan",
            String.valueOf(perGroup));
        x.element("th", "After matching", "scope", "colgroup", "colspan",
            String.valueOf(perGroup));
        x.close("tr");
      }
      x.open("tr");
      th("Variable", "col");
      for (int g = 0; g < (before ? 2 : 1); g++) {
        th("Mean, comparison", "col", "num");
        th("Mean, " + model.programme(), "col", "num");
        th("P-value", "col", "num");
        if (smd) {
          th("Std. mean diff.", "col", "num");
        }
      }
      x.close("tr").close("thead").open("tbody");
      for (BalanceRow row : model.balance()) {
        x.open("tr");
        th(row.variable(), "row");
        if (before) {
          if (row.before().isPresent()) {
            balanceCells(row.before().get(), smd);
          } else {
            for (int i = 0; i < perGroup; i++) {
              td("\u2013");
            }
          }
        }
        balanceCells(row.after(), smd);
        x.close("tr");
      }
      x.close("tbody").close("table").newline();
      x.element("p", model.balanceNote(), "class", "note");
      suppressionNote();
      x.close("section").newline();
    }

    private void balanceCells(BalanceStats s, boolean smd) {
      td(mean(s.meanComparison(), s.countComparison()));
      td(mean(s.meanTreated(), s.countTreated()));
      td(s.pValue().isPresent() ? Numbers.pCell(s.pValue().getAsDouble()) : "\u2013");
      if (smd) {
        td(s.smd().isPresent()
            ? Numbers.fixedOr(s.smd().getAsDouble(), 3, Numbers.NOT_ESTIMABLE) : "\u2013");
      }
    }

    private String mean(double mean, OptionalInt children) {
      if (children.isPresent() && model.suppression().hides(children.getAsInt())) {
        return hidden();
      }
      return Numbers.fixedOr(mean, 3, Numbers.NOT_ESTIMABLE);
    }

    private void outcome(OutcomeSection outcome, int index) {
      String id = "outcome-" + index;
      x.open("section", "id", id, "class", "major", "aria-labelledby", id + "-h").newline();
      x.element("h2", outcome.heading(), "id", id + "-h").newline();
      x.open("p", "class", "reading");
      prose(outcome.reading());
      x.close("p").newline();
      x.element("h3", "What the sample could detect");
      x.open("p");
      prose(outcome.power());
      x.close("p");
      x.element("h3", "Sensitivity to unmeasured confounding");
      x.open("p");
      prose(outcome.eValue());
      x.close("p");
      x.element("h3", "Estimates");
      chart(outcome.chart());
      modelTable(outcome.table());
      x.close("section").newline();
    }

    private void chart(OutcomeChart chart) {
      int figure = ++figureNumber;
      String caption = "Figure " + figure + ": " + chart.caption();
      x.open("figure", "class", "chart");
      x.raw(Charts.barChart("figure-" + figure, new OutcomeChart(caption, chart.axisLabel(),
          chart.scale(), chart.bars(), chart.note())));
      x.element("figcaption", caption + (chart.note().isEmpty() ? "" : ". " + chart.note()));
      x.close("figure").newline();
      x.open("table", "class", "data");
      x.element("caption", "Data for figure " + figure + ": " + chart.caption());
      x.open("thead").open("tr");
      th("Group", "col");
      th(chart.axisLabel(), "col", "num");
      th("95% CI, lower", "col", "num");
      th("95% CI, upper", "col", "num");
      th("Children", "col", "num");
      x.close("tr").close("thead").open("tbody");
      for (ChartBar bar : chart.bars()) {
        x.open("tr");
        th(bar.label(), "row");
        boolean hide = model.suppression().hides(bar.children());
        td(hide ? hidden() : Numbers.value(bar.value(), chart.scale()));
        td(hide ? hidden() : Numbers.value(bar.lower(), chart.scale()));
        td(hide ? hidden() : Numbers.value(bar.upper(), chart.scale()));
        td(count(bar.children()));
        x.close("tr");
      }
      x.close("tbody").close("table").newline();
    }

    private void modelTable(ModelTable table) {
      x.open("table", "class", "data model");
      x.element("caption", "Table " + (++tableNumber) + ": " + table.caption());
      x.open("thead").open("tr");
      th(table.dependentVariable(), "col");
      for (ModelColumn column : table.columns()) {
        th(column.label(), "col", "num");
      }
      x.close("tr").close("thead").open("tbody");
      for (String term : table.terms()) {
        x.open("tr");
        th(term, "row");
        for (ModelColumn column : table.columns()) {
          Estimate e = column.estimates().get(term);
          if (e == null) {
            td("\u2013");
          } else if (!Double.isFinite(e.coefficient())) {
            td(Numbers.NOT_ESTIMABLE);
          } else {
            x.open("td", "class", "num")
                .text(Numbers.fixed(e.coefficient(), 3) + Numbers.stars(e.pValue()))
                .empty("br")
                .element("span", "[" + Numbers.fixedOr(e.standardError(), 3,
                    Numbers.NOT_ESTIMABLE) + "]", "class", "se");
            if (Double.isFinite(e.standardError()) && !Double.isFinite(e.pValue())) {
              // no stars would read as "not significant": say the p-value is missing
              x.empty("br").element("span", Numbers.pValue(e.pValue()), "class", "se");
            }
            x.close("td");
          }
        }
        x.close("tr");
      }
      optionalRow("Control mean", table.columns().stream().map(ModelColumn::controlMean).toList());
      optionalRow("Marginal treatment effect",
          table.columns().stream().map(ModelColumn::marginalEffect).toList());
      x.open("tr");
      th("N", "row");
      for (ModelColumn column : table.columns()) {
        td(count(column.n()));
      }
      x.close("tr");
      x.close("tbody").close("table").newline();
      x.open("div", "class", "note");
      for (String note : table.notes()) {
        x.element("p", note);
      }
      x.element("p", "Standard errors in brackets. + p < 0.10, * p < 0.05, ** p < 0.01.");
      if (table.columns().stream().anyMatch(ReportWriter::hasNonFinite)) {
        x.element("p", "\u201c" + Numbers.NOT_ESTIMABLE + "\u201d: the number cannot be "
            + "computed from this sample; no stars are given for a p-value that cannot be "
            + "computed.");
      }
      x.close("div").newline();
    }

    private void optionalRow(String label, List<OptionalDouble> values) {
      if (values.stream().noneMatch(OptionalDouble::isPresent)) {
        return;
      }
      x.open("tr");
      th(label, "row");
      for (OptionalDouble v : values) {
        td(v.isPresent() ? Numbers.fixedOr(v.getAsDouble(), 3, Numbers.NOT_ESTIMABLE) : "");
      }
      x.close("tr");
    }

    private void groups() {
      x.open("section", "id", "groups", "class", "major", "aria-labelledby", "groups-h")
          .newline();
      x.element("h2", "Characteristics of the four groups", "id", "groups-h").newline();
      x.element("p", "Children aged 10\u201313.9 in each period, by whether they had "
          + model.programme() + " and whether they were matched. Rows 1 and 3 are the matched "
          + "groups compared in the analysis; similar percentages there mean the matching worked "
          + "on the characteristics that were recorded.");
      groupTable("Ethnicity of children in the four groups", List.of(
          new GroupColumn("White", GroupRow::white),
          new GroupColumn("Black", GroupRow::black),
          new GroupColumn("Asian", GroupRow::asian),
          new GroupColumn("Mixed", GroupRow::mixed),
          new GroupColumn("Other ethnicity", GroupRow::otherEthnicity)));
      groupTable("Other characteristics of children in the four groups", List.of(
          new GroupColumn("Have sibling(s)", GroupRow::withSiblings),
          new GroupColumn("Female", GroupRow::female),
          new GroupColumn("British", GroupRow::british),
          new GroupColumn("Previous referral", GroupRow::previousReferral)));
      suppressionNote();
      x.close("section").newline();
    }

    private void groupTable(String caption, List<GroupColumn> columns) {
      x.open("table", "class", "data groups");
      x.element("caption", "Table " + (++tableNumber) + ": " + caption);
      x.open("thead").open("tr");
      th("Period", "col");
      th("Group", "col");
      th("N", "col", "num");
      for (GroupColumn column : columns) {
        th(column.label(), "col", "num");
      }
      x.close("tr").close("thead").open("tbody");
      for (GroupRow row : model.groups()) {
        x.open("tr");
        td(row.period(), "text");
        th(row.group(), "row");
        td(count(row.n()));
        for (GroupColumn column : columns) {
          int children = column.count().applyAsInt(row);
          td(model.suppression().hides(children) || model.suppression().hides(row.n())
              ? hidden()
              : Numbers.fixed(row.n() == 0 ? 0 : 100.0 * children / row.n(), 1) + "%");
        }
        x.close("tr");
      }
      x.close("tbody").close("table").newline();
    }

    private void limitations() {
      x.open("section", "id", "limitations", "class", "major", "aria-labelledby",
          "limitations-h").newline();
      x.element("h2", "Limitations", "id", "limitations-h").newline();
      for (String paragraph : model.limitations()) {
        x.element("p", paragraph).newline();
      }
      x.close("section").newline();
    }

    private void footer() {
      x.open("footer").element("p", "Generated by the Right Balance evaluation pipeline on "
          + DATE.format(model.generatedAt()) + " from the plan \u201c" + model.planName()
          + "\u201d. Every number is computed from the council's extract of "
          + DATE.format(model.extractDate()) + ".").close("footer").newline();
    }

    /** Text whose numbers ("−7.5", "+8.9", "p = 0.87" parts) are never split across lines. */
    private void prose(String text) {
      Matcher m = NUMBER.matcher(text);
      int at = 0;
      while (m.find()) {
        x.text(text.substring(at, m.start()));
        x.element("span", m.group(), "class", "nowrap");
        at = m.end();
      }
      x.text(text.substring(at));
    }

    private void th(String text, String scope, String... cssClass) {
      if (cssClass.length > 0) {
        x.element("th", text, "scope", scope, "class", cssClass[0]);
      } else {
        x.element("th", text, "scope", scope);
      }
    }

    private void td(String text) {
      x.element("td", text, "class", "num");
    }

    private void td(String text, String cssClass) {
      x.element("td", text, "class", cssClass);
    }
  }

  /** Whether any number of the column is NaN or infinite (and so shown "not estimable"). */
  private static boolean hasNonFinite(ModelColumn column) {
    return column.estimates().values().stream().anyMatch(e -> !e.estimable())
        || Stream.of(column.controlMean(), column.marginalEffect())
            .anyMatch(v -> v.isPresent() && !Double.isFinite(v.getAsDouble()));
  }

  /** Ninety-five per cent interval of an estimate, for callers building chart bars. */
  public static double[] interval95(Estimate estimate) {
    return new double[] {estimate.coefficient() - Z_975 * estimate.standardError(),
        estimate.coefficient() + Z_975 * estimate.standardError()};
  }

  private record GroupColumn(String label, ToIntFunction<GroupRow> count) {
  }
}
