package org.rightbalance.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rightbalance.evaluation.report.ReportModel.BalanceRow;
import org.rightbalance.evaluation.report.ReportModel.BalanceStats;
import org.rightbalance.evaluation.report.ReportModel.Suppression;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The report of the 2020 evaluation's published numbers, as HTML and as PDF. */
class ReportWriterTest {

  private static final Path OUT = Path.of("target", "report-sample");
  private static String html;
  private static Document dom;

  @BeforeAll
  static void writeSample() throws Exception {
    Path file = OUT.resolve("report.html");
    ReportWriter.writeHtml(PublishedReport.model(Suppression.belowTen()), file);
    html = Files.readString(file, StandardCharsets.UTF_8);
    dom = parse(html);
  }

  private static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> elements(String name) {
    NodeList nodes = dom.getElementsByTagName(name);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static Element firstChildElement(Element parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    return null;
  }

  @Test
  void htmlIsWellFormedXhtmlWithLanguageAndTitle() {
    Element root = dom.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("html");
    assertThat(root.getAttribute("lang")).isEqualTo("en-GB");
    assertThat(elements("title")).first().extracting(Node::getTextContent)
        .isEqualTo("Right Balance for Families: impact evaluation");
    assertThat(html).startsWith("<!DOCTYPE html>");
  }

  @Test
  void oneH1AndHeadingsNeverSkipALevel() {
    assertThat(elements("h1")).hasSize(1);
    List<Integer> levels = new ArrayList<>();
    collectHeadings(dom.getDocumentElement(), levels);
    assertThat(levels.get(0)).isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %d after h%d", i, levels.get(i - 1))
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
    assertThat(levels).contains(2, 3);
  }

  private static void collectHeadings(Node node, List<Integer> levels) {
    if (node instanceof Element e && e.getTagName().matches("h[1-6]")) {
      levels.add(e.getTagName().charAt(1) - '0');
    }
    for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
      collectHeadings(c, levels);
    }
  }

  @Test
  void everyTableHasACaptionFirstAndEveryHeaderCellAScope() {
    List<Element> tables = elements("table");
    // consort data, balance, 3 × (figure data + model), 2 group tables
    assertThat(tables).hasSize(10);
    for (Element table : tables) {
      Element first = firstChildElement(table);
      assertThat(first.getTagName()).isEqualTo("caption");
      assertThat(first.getTextContent()).isNotBlank();
    }
    for (Element th : elements("th")) {
      assertThat(th.getAttribute("scope")).as(th.getTextContent())
          .isIn("col", "row", "colgroup", "rowgroup");
    }
    List<String> captions = elements("caption").stream().map(Node::getTextContent).toList();
    assertThat(captions).contains("Table 1: Balance checks",
        "Table 2: Regression table for re-referral rates",
        "Table 3: Regression table for length of CIN plan",
        "Table 4: Regression table for escalations to CP or LAC",
        "Table 5: Ethnicity of children in the four groups",
        "Table 6: Other characteristics of children in the four groups",
        "Data for figure 1: children at each step");
  }

  @Test
  void everyChartIsAnImageWithATitleADescriptionAndItsNumbersInATable() {
    List<Element> svgs = elements("svg");
    assertThat(svgs).hasSize(4);
    for (Element svg : svgs) {
      assertThat(svg.getAttribute("role")).isEqualTo("img");
      Element title = firstChildElement(svg);
      assertThat(title.getTagName()).isEqualTo("title");
      assertThat(title.getTextContent()).startsWith("Figure ");
      assertThat(svg.getAttribute("aria-labelledby")).contains(title.getAttribute("id"));
      NodeList desc = svg.getElementsByTagName("desc");
      assertThat(desc.getLength()).isEqualTo(1);
      assertThat(desc.item(0).getTextContent()).isNotBlank();
    }
    assertThat(svgs.get(1).getElementsByTagName("desc").item(0).getTextContent())
        .contains("Comparison: 11% (95% CI 7% to 14%)", "RBFF: 10% (95% CI 4% to 17%)");
    assertThat(html).contains("Data for figure 2: Re-referral within a year",
        "Data for figure 3: Number of days on a CIN plan", "203 days");
  }

  @Test
  void regressionTablesShowEstimatesWithStarsStandardErrorsControlMeanAndN() {
    String text = dom.getDocumentElement().getTextContent();
    assertThat(text).contains("\u22120.007[0.033]", "0.107**[0.017]", "\u22122.120**[0.183]",
        "\u22120.109*[0.051]", "\u22121.461+[0.804]", "0.362[0.392]", "31.487[25.541]",
        "171.128**[13.910]", "168.931", "0.151**[0.023]", "\u22121.724**[0.179]");
    assertThat(html).contains("<th scope=\"row\">Referral after 18 Feb 2019</th>",
        "<th scope=\"row\">Control mean</th>", "<th scope=\"row\">Marginal treatment effect</th>",
        "<td class=\"num\">560</td>", "<td class=\"num\">0.111</td>",
        "<td class=\"num\">0.034</td>");
    assertThat(html).contains("Children with open CIN plans (55 treated and 37 untreated)");
    assertThat(html).contains("+ p &lt; 0.10, * p &lt; 0.05, ** p &lt; 0.01.");
  }

  @Test
  void readingsNeverOverClaim() {
    String text = dom.getDocumentElement().getTextContent();
    assertThat(text).contains("There is no evidence of an effect of RBFF on re-referral within "
        + "a year (p = 0.83;", "(p = 0.22;", "(p = 0.87;");
    assertThat(text).contains("This does not show that RBFF had no effect",
        "estimated difference \u22120.7 percentage points, 95% confidence interval \u22127.2 to "
            + "+5.8 percentage points");
    assertThat(html).contains("<span class=\"nowrap\">+8.9</span>");
    assertThat(text.toLowerCase()).doesNotContain("had no effect on", "proves", "reduced re-ref");
  }

  @Test
  void smallCellsAreSuppressedAndTheRuleIsConfigurable() throws Exception {
    assertThat(html).contains("<td class=\"num\">&lt;10</td>");
    // group 4: 1 of 23 children Black (published 4.4%, 1/23 = 4.3%); the balance table's one treated girl (0.008)
    assertThat(html).doesNotContain("4.3%").contains("<th scope=\"row\">Female</th>"
        + "<td class=\"num\">0.000</td><td class=\"num\">&lt;10</td>");
    assertThat(html).contains("35.0%", "98.0%", "0.669", "<td class=\"num\">0.0%</td>");
    String open = ReportWriter.html(PublishedReport.model(Suppression.none()));
    assertThat(open).doesNotContain("&lt;10<").contains("4.3%", "0.2%", "<th scope=\"row\">"
        + "Female</th><td class=\"num\">0.000</td><td class=\"num\">0.008</td>");
    String five = ReportWriter.html(PublishedReport.model(new Suppression(true, 6)));
    assertThat(five).contains("&lt;6").contains("39.1%").doesNotContain("4.3%");
  }

  @Test
  void balanceBeforeAndAfterMatchingWithStandardisedDifferences() throws Exception {
    ReportModel published = PublishedReport.model(Suppression.belowTen());
    BalanceStats before = new BalanceStats(0.551, 0.669,
        OptionalDouble.of(0.012), OptionalDouble.of(0.243),
        OptionalInt.empty(), OptionalInt.empty());
    BalanceStats after = new BalanceStats(0.616, 0.669,
        OptionalDouble.of(0.276), OptionalDouble.of(-0.109),
        OptionalInt.empty(), OptionalInt.empty());
    ReportModel model = new ReportModel(published.title(), published.programme(),
        published.planName(), published.extractDate(), published.generatedAt(),
        published.dataSource(), published.consort(),
        List.of(new BalanceRow("Previous referral", Optional.of(before),
            after)),
        published.balanceNote(), published.outcomes(), published.groups(),
        published.limitations(), published.suppression());
    String text = ReportWriter.html(model);
    Document parsed = parse(text);
    assertThat(parsed.getDocumentElement().getTagName()).isEqualTo("html");
    assertThat(text).contains(
        "<th scope=\"colgroup\" colspan=\"4\">Before matching</th>",
        "<th scope=\"colgroup\" colspan=\"4\">After matching</th>",
        "<th scope=\"col\" class=\"num\">Std. mean diff.</th>",
        "<th scope=\"row\">Previous referral</th><td class=\"num\">0.551</td>"
            + "<td class=\"num\">0.669</td><td class=\"num\">0.012</td>"
            + "<td class=\"num\">0.243</td><td class=\"num\">0.616</td>",
        "<td class=\"num\">\u22120.109</td>");
  }

  @Test
  void htmlIsSelfContained() {
    assertThat(html).doesNotContain("http://", "https://", "<script", "src=", "@import",
        "@font-face", "<link");
    assertThat(html.replace("url(#", "")).doesNotContain("url(");
    assertThat(html).contains("@media print", "page-break-before: always");
  }

  private static void walk(List<Object> kids, Map<String, Integer> tags, List<String> alts) {
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement element) {
        tags.merge(element.getStructureType(), 1, Integer::sum);
        if ("Figure".equals(element.getStructureType())) {
          alts.add(element.getAlternateDescription());
        }
        walk(element.getKids(), tags, alts);
      }
    }
  }

  @Test
  void pdfHasTheTablesNumbersAndChartsTaggedWithEmbeddedFonts() throws IOException {
    Path pdf = OUT.resolve("report.pdf");
    ReportWriter.writePdf(PublishedReport.model(Suppression.belowTen()), pdf);
    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Right Balance for Families: impact evaluation",
          "Table 1: Balance checks", "Table 2: Regression table for re-referral rates",
          "Table 3: Regression table for length of CIN plan",
          "Table 4: Regression table for escalations to CP or LAC",
          "Table 6: Other characteristics of children in the four groups",
          "Figure 1: Consort diagram of the analysis sample",
          "0.107**", "\u22121.461+", "[0.804]", "31.487", "168.931", "<10",
          "no evidence of an effect");
      assertThat(doc.getNumberOfPages()).isGreaterThan(5);
      assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
      assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      assertThat(doc.getDocumentInformation().getTitle())
          .isEqualTo("Right Balance for Families: impact evaluation");
      Map<String, Integer> tags = new TreeMap<>();
      List<String> alts = new ArrayList<>();
      walk(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), tags, alts);
      assertThat(tags).containsEntry("H1", 1).containsEntry("Table", 10)
          .containsEntry("Caption", 10).containsEntry("Figure", 4);
      assertThat(tags.get("TH")).isGreaterThan(80);
      assertThat(alts).hasSize(4).allMatch(alt -> alt.startsWith("Figure "));
      assertThat(alts.get(1)).contains("RBFF: 10% (95% CI 4% to 17%)");
      Set<String> fonts = new TreeSet<>();
      int figures = 0;
      for (PDPage page : doc.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.isEmbedded()).as(font.getName()).isTrue();
          fonts.add(font.getName());
        }
        for (var ignored : page.getResources().getXObjectNames()) {
          figures++;
        }
      }
      assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans-Bold"))
          .anyMatch(f -> f.endsWith("DejaVuSans"));
      assertThat(figures).as("charts drawn as form XObjects").isGreaterThanOrEqualTo(4);
    }
  }
}
