package org.rightbalance.evaluation.report;

/** A small XHTML writer: elements opened and closed in order, every text escaped. */
final class Xml {

  private final StringBuilder out = new StringBuilder(64 * 1024);

  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Opens {@code name} with attributes given as name, value pairs. */
  Xml open(String name, String... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    return this;
  }

  Xml close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** An empty element, e.g. {@code <rect .../>}. */
  Xml empty(String name, String... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** {@code <name attrs>text</name>}. */
  Xml element(String name, String text, String... attributes) {
    return open(name, attributes).text(text).close(name);
  }

  Xml text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Markup that is already escaped. */
  Xml raw(String markup) {
    out.append(markup);
    return this;
  }

  Xml newline() {
    out.append('\n');
    return this;
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1]))
          .append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
