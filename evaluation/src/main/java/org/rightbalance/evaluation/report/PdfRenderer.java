package org.rightbalance.evaluation.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * XHTML to tagged PDF (PDF/UA) with openhtmltopdf. DejaVu Sans (regular, bold, oblique) comes from
 * the jasperreports-fonts jar and is embedded, for the text and for the SVG charts; every external
 * resource is refused, so rendering never touches the network.
 */
final class PdfRenderer {

  private static final String FAMILY = "DejaVu Sans";
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static Path fontDirectory;

  private PdfRenderer() {
  }

  static {
    // The renderer's progress and CSS notes are not for the person running an evaluation.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    java.util.logging.Logger.getLogger("org.apache.pdfbox").setLevel(java.util.logging.Level.SEVERE);
  }

  static void render(String html, Path file) throws IOException {
    Path fonts = fonts();
    List<String> errors = new ArrayList<>();
    try (OutputStream out = Files.newOutputStream(file)) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      builder.withProducer("Right Balance evaluation pipeline");
      builder.useExternalResourceAccessControl((uri, type) -> false,
          ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl((uri, type) -> false,
          ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE,
          SvgExternalResourceMode.SECURE));
      EnumSet<FSFontUseCase> uses = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG,
          FSFontUseCase.FALLBACK_PRE);
      builder.useFont(fonts.resolve("DejaVuSans.ttf").toFile(), FAMILY, 400, FontStyle.NORMAL,
          true, uses);
      builder.useFont(fonts.resolve("DejaVuSans-Bold.ttf").toFile(), FAMILY, 700,
          FontStyle.NORMAL, true, uses);
      builder.useFont(fonts.resolve("DejaVuSans-Oblique.ttf").toFile(), FAMILY, 400,
          FontStyle.ITALIC, true, uses);
      builder.withDiagnosticConsumer((Diagnostic d) -> {
        if (d.hasError() || d.getLevel().intValue() >= Level.SEVERE.intValue()) {
          errors.add(d.getFormattedMessage());
        }
      });
      // PDF/UA wants alternative text on every replaced element: the chart's own <title> and <desc>.
      builder.addDOMMutator(document -> {
        NodeList svgs = document.getElementsByTagName("svg");
        for (int i = 0; i < svgs.getLength(); i++) {
          Element svg = (Element) svgs.item(i);
          svg.setAttribute("alt", text(svg, "title") + ". " + text(svg, "desc"));
        }
      });
      // Batik draws only elements in the SVG namespace; the HTML file leaves it implicit.
      builder.withHtmlContent(html.replace("<svg ", "<svg xmlns=\"" + SVG_NS + "\" "), null);
      builder.toStream(out);
      builder.run();
    }
    if (!errors.isEmpty()) {
      throw new IOException("PDF rendering of " + file + " failed: " + String.join("; ", errors));
    }
  }

  private static String text(Element svg, String child) {
    NodeList nodes = svg.getElementsByTagName(child);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
  }

  /** The fonts, copied once from the class path to a private temporary folder. */
  private static synchronized Path fonts() throws IOException {
    if (fontDirectory == null) {
      Path dir = Files.createTempDirectory("rightbalance-fonts");
      for (String name : List.of("DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
          "DejaVuSans-Oblique.ttf")) {
        Path target = dir.resolve(name);
        try (InputStream in = ReportWriter.font(name)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        target.toFile().deleteOnExit();
      }
      dir.toFile().deleteOnExit();
      fontDirectory = dir;
    }
    return fontDirectory;
  }
}
