package org.rightbalance.evaluation.report;

/**
 * The report's style sheet, inlined in the HTML. Text is #1a1a1a on white (17:1); header cells
 * #1a1a1a on #e6ecf4 (14:1); links #0b4f8a (8:1). No web fonts: DejaVu Sans where installed,
 * else the reader's sans-serif; the PDF embeds DejaVu Sans.
 */
final class Css {

  static final String STYLE = """
      @page { size: A4; margin: 18mm 16mm 20mm 16mm;
        @bottom-center { content: "Page " counter(page) " of " counter(pages);
          font-family: "DejaVu Sans", sans-serif; font-size: 8pt; color: #404040; } }
      html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a;
        background: #ffffff; line-height: 1.5; }
      body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.25rem 2rem 1.25rem; }
      h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 1rem 0; }
      h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem 0; padding-bottom: 0.2rem;
        border-bottom: 2px solid #1d5fa8; }
      h2.toc { font-size: 1.1rem; border-bottom: none; margin-top: 1rem; }
      h3 { font-size: 1.05rem; margin: 1.25rem 0 0.4rem 0; }
      a { color: #0b4f8a; }
      a:focus { outline: 3px solid #1a1a1a; outline-offset: 2px; }
      dl.meta { display: block; margin: 0 0 1rem 0; }
      dl.meta dt { font-weight: bold; float: left; clear: left; width: 10rem; }
      dl.meta dd { margin: 0 0 0.2rem 10.5rem; }
      ul.readings li { margin-bottom: 0.5rem; }
      p.reading { font-weight: bold; }
      figure { margin: 1rem 0; page-break-inside: avoid; }
      figcaption { font-weight: bold; margin-top: 0.3rem; }
      svg.chart { max-width: 100%; height: auto; display: block; }
      table { border-collapse: collapse; margin: 0.75rem 0 0.5rem 0; width: 100%;
        page-break-inside: avoid; font-size: 0.9rem; }
      caption { caption-side: top; text-align: left; font-weight: bold; padding: 0.3rem 0; }
      th, td { border: 1px solid #8c8c8c; padding: 0.25rem 0.45rem; vertical-align: top; }
      thead th { background: #e6ecf4; text-align: left; }
      th[scope="row"] { text-align: left; font-weight: normal; }
      thead th.num, td.num { text-align: right; }
      td.num, span.nowrap { white-space: nowrap; }
      table.model { table-layout: fixed; }
      table.balance { table-layout: fixed; font-size: 0.78rem; }
      table.balance thead tr:last-child th:first-child { width: 17%; }
      table.model thead th:first-child { width: 32%; }
      td.blank { border: none; }
      span.se { color: #404040; }
      div.note p, p.note { font-size: 0.85rem; margin: 0.2rem 0; }
      footer { margin-top: 2rem; border-top: 1px solid #8c8c8c; font-size: 0.85rem; }
      @media print {
        html { font-size: 10pt; }
        body { max-width: none; padding: 0; }
        nav { display: none; }
        section.major { page-break-before: always; }
        h2, h3 { page-break-after: avoid; }
        a { color: #1a1a1a; text-decoration: none; }
      }
      """;

  private Css() {
  }
}
