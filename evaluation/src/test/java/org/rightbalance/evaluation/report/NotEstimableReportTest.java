package org.rightbalance.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rightbalance.evaluation.ExtractBuilder;
import org.rightbalance.evaluation.Plans;
import org.rightbalance.evaluation.pipeline.EvaluationPipeline;
import org.rightbalance.evaluation.cohort.AnalysisRow;
import org.rightbalance.evaluation.cohort.Group;
import org.rightbalance.evaluation.pipeline.EvaluationResult;
import org.rightbalance.evaluation.pipeline.MatchedRow;
import org.rightbalance.evaluation.pipeline.ModelResult;
import org.rightbalance.evaluation.report.ReportModel.BalanceRow;
import org.rightbalance.evaluation.report.ReportModel.BalanceStats;
import org.rightbalance.evaluation.report.ReportModel.ChartBar;
import org.rightbalance.evaluation.report.ReportModel.Estimate;
import org.rightbalance.evaluation.report.ReportModel.ModelColumn;
import org.rightbalance.evaluation.report.ReportModel.ModelTable;
import org.rightbalance.evaluation.report.ReportModel.OutcomeChart;
import org.rightbalance.evaluation.report.ReportModel.OutcomeSection;
import org.rightbalance.evaluation.report.ReportModel.Suppression;
import org.rightbalance.evaluation.report.ReportModel.ValueScale;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.stats.model.Coefficient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A report whose statistics are NaN or infinite, as a very small matched sample produces (one
 * family, no variation in an outcome, nobody matched): it is written, as HTML and as PDF, with
 * "not estimable" where a number cannot be computed and never "NaN" or "Infinity".
 */
class NotEstimableReportTest {

  private static final Path OUT = Path.of("target", "report-not-estimable");
  private static final double NAN = Double.NaN;
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final String TABLE = "Regression table for a one-family sample";
  private static final String CHART = "Re-referral in a one-family sample";

  private static String html;
  private static Document dom;

  @BeforeAll
  static void writeReport() throws Exception {
    Path file = OUT.resolve("report.html");
    ReportWriter.writeHtml(model(), file);
    html = Files.readString(file, StandardCharsets.UTF_8);
    dom = parse(html);
  }

  /** The published report with a balance row and one outcome whose numbers are not finite. */
  private static ReportModel model() {
    ReportModel published = PublishedReport.model(Suppression.belowTen());
    BalanceStats before = new BalanceStats(0.551, 0.669, OptionalDouble.of(0.012),
        OptionalDouble.of(NAN), OptionalInt.empty(), OptionalInt.empty());
    BalanceStats after = new BalanceStats(NAN, NAN, OptionalDouble.empty(),
        OptionalDouble.of(INF), OptionalInt.empty(), OptionalInt.empty());
    List<OutcomeSection> outcomes = new ArrayList<>(published.outcomes());
    outcomes.add(0, oneFamilySection());
    return new ReportModel(published.title(), published.programme(), published.planName(),
        published.extractDate(), published.generatedAt(), published.dataSource(),
        published.consort(), List.of(new BalanceRow("Previous referral", Optional.of(before), after)),
        published.balanceNote(), outcomes, published.groups(), published.limitations(),
        published.suppression());
  }

  private static OutcomeSection oneFamilySection() {
    String treated = PublishedReport.TREATED;
    String constant = PublishedReport.CONSTANT;
    Estimate nothing = new Estimate(NAN, NAN, NAN);
    ModelTable table = new ModelTable(TABLE, "Child re-referred within 1 year",
        List.of(treated, constant),
        List.of(
            new ModelColumn("OLS", Map.of(treated, nothing,
                constant, new Estimate(0.052, INF, NAN)),
                OptionalDouble.of(NAN), OptionalDouble.empty(), 14),
            new ModelColumn("Logit", Map.of(treated, new Estimate(0.031, 0.020, NAN),
                constant, new Estimate(-2.1, 0.18, 0.0000001)),
                OptionalDouble.of(0.5), OptionalDouble.of(Double.NEGATIVE_INFINITY), 14)),
        List.of("OLS: all 14 children belong to one family."));
    OutcomeChart chart = new OutcomeChart(CHART, "Re-referred within a year",
        ValueScale.PROPORTION,
        List.of(new ChartBar("Comparison", NAN, NAN, NAN, 12),
            new ChartBar("RBFF", 0.5, NAN, INF, 14)), "");
    return new OutcomeSection("One family", table, chart,
        Readings.treatmentEffect("re-referral within a year", treated, nothing,
            ValueScale.PROPORTION),
        "The smallest effect this sample could detect could not be computed.",
        "No E-value could be computed for this sample.");
  }

  private static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> children(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  /** The table whose caption ends with {@code caption}. */
  private static Element table(String caption) {
    return children(dom.getDocumentElement(), "table").stream()
        .filter(t -> children(t, "caption").get(0).getTextContent().endsWith(caption))
        .findFirst().orElseThrow();
  }

  /** The texts of the data cells in the row of {@code table} headed {@code row}. */
  private static List<String> cells(Element table, String row) {
    for (Element tr : children(table, "tr")) {
      List<Element> th = children(tr, "th");
      if (!th.isEmpty() && th.get(0).getTextContent().equals(row)) {
        return children(tr, "td").stream().map(Node::getTextContent).toList();
      }
    }
    throw new AssertionError("no row '" + row + "'");
  }

  @Test
  void regressionCellsThatCannotBeComputedSayNotEstimable() {
    Element table = table(TABLE);
    assertThat(cells(table, PublishedReport.TREATED))
        .containsExactly("not estimable", "0.031[0.020]p not estimable");
    assertThat(cells(table, PublishedReport.CONSTANT))
        .containsExactly("0.052[not estimable]", "\u22122.100**[0.180]");
    assertThat(cells(table, "Control mean")).containsExactly("not estimable", "0.500");
    assertThat(cells(table, "Marginal treatment effect")).containsExactly("", "not estimable");
    assertThat(html).contains("\u201cnot estimable\u201d: the number cannot be computed from this "
        + "sample", "OLS: all 14 children belong to one family.");
  }

  @Test
  void tablesWithOnlyFiniteNumbersGetNoNotEstimableLegend() {
    String published = ReportWriter.html(PublishedReport.model(Suppression.belowTen()));
    assertThat(published).doesNotContain("not estimable");
  }

  @Test
  void balanceMeansAndDifferencesThatCannotBeComputedSayNotEstimable() {
    assertThat(cells(table("Balance checks"), "Previous referral")).containsExactly(
        "0.551", "0.669", "0.012", "not estimable", "not estimable", "not estimable", "\u2013",
        "not estimable");
  }

  @Test
  void chartLeavesOutBarsAndIntervalsThatAreNotFiniteAndItsTableSaysNotEstimable() {
    assertThat(cells(table(CHART), "Comparison"))
        .containsExactly("not estimable", "not estimable", "not estimable", "12");
    assertThat(cells(table(CHART), "RBFF"))
        .containsExactly("50%", "not estimable", "not estimable", "14");
    Element svg = children(dom.getDocumentElement(), "svg").stream()
        .filter(s -> children(s, "title").get(0).getTextContent().endsWith(CHART))
        .findFirst().orElseThrow();
    assertThat(children(svg, "desc").get(0).getTextContent())
        .contains("Comparison: not estimable.", "RBFF: 50% (95% CI not estimable).");
    List<Element> bars = children(svg, "rect").stream().filter(r -> r.hasAttribute("stroke"))
        .toList();
    assertThat(bars).as("only the RBFF bar is drawn").hasSize(1);
    List<Element> intervals = children(svg, "line").stream()
        .filter(l -> l.getAttribute("stroke-width").equals("2")).toList();
    assertThat(intervals).as("no interval is drawn").isEmpty();
    assertThat(children(svg, "text").stream().map(Node::getTextContent))
        .as("the axis runs from 0% to the one finite value, 50%")
        .contains("not estimable", "0%", "50%").doesNotContain("60%");
  }

  @Test
  void readingOfANonFiniteEstimateClaimsNeitherDirectionNorSignificance() {
    Element summary = children(dom.getDocumentElement(), "ul").stream()
        .filter(u -> u.getAttribute("class").equals("readings")).findFirst().orElseThrow();
    String reading = children(summary, "li").get(0).getTextContent();
    assertThat(reading).contains("could not be estimated from this sample")
        .doesNotContain("evidence", "lower", "higher", "p =", "p <");
  }

  @Test
  void noNonNumberIsEverPrinted() {
    assertThat(html).doesNotContain("NaN", "Infinity");
  }

  @Test
  void pdfIsWrittenWithNotEstimableAndNoNonNumbers() throws Exception {
    Path pdf = OUT.resolve("report.pdf");
    ReportWriter.writePdf(model(), pdf);
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Table 2: " + TABLE, "not estimable", "0.052")
          .doesNotContain("NaN", "Infinity");
    }
  }

  private static ModelResult fitted(int n, int clusters, double controlMean) {
    double nan = Double.NaN;
    return new ModelResult("rereferral_1y", "ols", false, n, clusters, controlMean,
        List.of(new Coefficient("(Intercept)", 0.5, nan, nan, nan, nan, nan, 0),
            new Coefficient("treated", 0.0, nan, nan, nan, nan, nan, 0)),
        Optional.empty(), "reading", Optional.empty());
  }

  /** A matched child (weight 0: unmatched) with one outcome. */
  private static MatchedRow row(String id, Group group, double weight, double rereferral) {
    AnalysisRow row = new AnalysisRow(id, "F-" + id, group, "R-" + id, LocalDate.of(2018, 2, 1),
        11, Sex.MALE, 0, 1, 0, 0, Map.of("rereferral_1y", rereferral), Map.of());
    return new MatchedRow(row, weight > 0, weight > 0 ? 1 : 0, weight);
  }

  @Test
  void notEstimableNoteGivesTheReasonTheModelResultShowsAndNoOther() {
    assertThat(ReportModels.notEstimableNote("OLS", fitted(4, 1, 0.5), List.of(), "rereferral_1y"))
        .isEqualTo("OLS: the numbers shown \u201cnot estimable\u201d could not be computed from "
            + "this sample, because all 4 children in the model belong to one family, so standard "
            + "errors clustered by family cannot be computed.");
    assertThat(ReportModels.notEstimableNote("OLS", fitted(2, 2, 0.5), List.of(), "rereferral_1y"))
        .endsWith("because the model has too few children (2) for its 2 terms.");
    assertThat(ReportModels.notEstimableNote("OLS", fitted(9, 4, Double.NaN), List.of(),
        "rereferral_1y")).endsWith("because no matched comparison child has this outcome recorded.");
    List<MatchedRow> noneReReferred = List.of(row("T1", Group.TREATED, 1, 0.0),
        row("C1", Group.COMPARISON, 1, 0.0), row("C2", Group.COMPARISON, 0, 1.0));
    assertThat(ReportModels.notEstimableNote("OLS", fitted(9, 4, 0.0), noneReReferred,
        "rereferral_1y")).endsWith("because the outcome is the same for every matched child (no "
            + "variation).");
    List<MatchedRow> someReReferred = List.of(row("T1", Group.TREATED, 1, 1.0),
        row("C1", Group.COMPARISON, 1, 0.0));
    assertThat(ReportModels.notEstimableNote("OLS", fitted(9, 4, 0.0), someReReferred,
        "rereferral_1y")).doesNotContain("because");
    assertThat(ReportModels.notEstimableNote("Logit", fitted(9, 4, 0.5), List.of(),
        "rereferral_1y")).isEqualTo("Logit: the numbers shown \u201cnot estimable\u201d could "
            + "not be computed from this sample.");
  }

  @Test
  void aSampleInWhichNoChildIsMatchedStillGetsAnHtmlAndPdfReport() throws Exception {
    // the two treated girls find no comparison child alike: matching leaves no one
    ExtractBuilder extract = new ExtractBuilder()
        .person("T1", Sex.FEMALE, "2007-01-15").referral("RT1", "T1", "2018-02-01")
        .flag("T1", "RT1", "2018-02-02")
        .person("T2", Sex.FEMALE, "2007-03-15").referral("RT2", "T2", "2018-03-01")
        .flag("T2", "RT2", "2018-03-02")
        .person("C1", Sex.MALE, "2005-01-15").referral("R1", "C1", "2016-02-01")
        .person("C2", Sex.MALE, "2005-06-15").referral("R2", "C2", "2016-03-01");
    EvaluationResult result = EvaluationPipeline.run(Plans.rbff2020(), extract.build());
    assertThat(result.cem().matched().total()).isZero();
    ReportModel model = ReportModels.from(result, LocalDate.of(2026, 11, 27), "a synthetic test");
    Path dir = OUT.resolve("nobody-matched");
    ReportWriter.writeHtml(model, dir.resolve("report.html"));
    ReportWriter.writePdf(model, dir.resolve("report.pdf"));

    String written = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(parse(written).getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(written).doesNotContain("NaN", "Infinity")
        .contains("<th scope=\"row\">sexF</th>")
        .contains("<td class=\"num\">not estimable</td><td class=\"num\">not estimable</td>")
        .contains("The smallest effect this sample could detect could not be computed: no matched "
            + "treated child has this outcome recorded.");
    try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(dir.resolve("report.pdf")))) {
      assertThat(new PDFTextStripper().getText(doc)).contains("not estimable")
          .doesNotContain("NaN", "Infinity");
    }
  }
}
