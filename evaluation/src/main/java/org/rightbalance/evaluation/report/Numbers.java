package org.rightbalance.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.rightbalance.evaluation.report.ReportModel.ValueScale;

/** How the report writes numbers: a true minus sign, fixed decimals, stars, p-values. */
public final class Numbers {

  /** U+2212, the typographic minus sign (screen readers say "minus"). */
  public static final String MINUS = "\u2212";

  private Numbers() {
  }

  /** {@code value} rounded half-up to {@code decimals}, with a true minus; "−0.000" becomes "0.000". */
  public static String fixed(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    if (rounded.signum() == 0) {
      rounded = rounded.abs();
    }
    String text = rounded.toPlainString();
    return text.startsWith("-") ? MINUS + text.substring(1) : text;
  }

  /** Significance stars of the regression tables: + p &lt; 0.10, * p &lt; 0.05, ** p &lt; 0.01. */
  public static String stars(double pValue) {
    if (pValue < 0.01) {
      return "**";
    }
    if (pValue < 0.05) {
      return "*";
    }
    if (pValue < 0.10) {
      return "+";
    }
    return "";
  }

  /** "p = 0.83", "p = 0.004", "p &lt; 0.001". */
  public static String pValue(double p) {
    if (p < 0.001) {
      return "p < 0.001";
    }
    return "p = " + (p < 0.01 ? fixed(p, 3) : fixed(p, 2));
  }

  /** A p-value in a table cell: three decimals, "&lt;0.001" below that. */
  public static String pCell(double p) {
    return p < 0.001 ? "<0.001" : fixed(p, 3);
  }

  /** A chart or reading value: "11%" for proportions, "169 days" for days. */
  public static String value(double value, ValueScale scale) {
    return switch (scale) {
      case PROPORTION -> fixed(100 * value, 0) + "%";
      case DAYS -> fixed(value, 0) + " days";
    };
  }

  /** A difference: "−0.7 percentage points" for proportions, "31 days" for days, signed. */
  public static String difference(double value, ValueScale scale) {
    String sign = value > 0 ? "+" : "";
    return switch (scale) {
      case PROPORTION -> sign + fixed(100 * value, 1) + " percentage points";
      case DAYS -> sign + fixed(value, 0) + " days";
    };
  }

  /** An interval of differences with its unit once: "−7.2 to +5.8 percentage points". */
  public static String differenceInterval(double lower, double upper, ValueScale scale) {
    String unit = scale == ValueScale.PROPORTION ? " percentage points" : " days";
    String lowerText = difference(lower, scale);
    return lowerText.substring(0, lowerText.length() - unit.length()) + " to "
        + difference(upper, scale);
  }

  /** Axis tick text: "10%", "150". */
  public static String tick(double value, ValueScale scale) {
    return switch (scale) {
      case PROPORTION -> fixed(100 * value, 0) + "%";
      case DAYS -> fixed(value, 0);
    };
  }
}
