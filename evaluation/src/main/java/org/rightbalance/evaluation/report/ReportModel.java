package org.rightbalance.evaluation.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Everything the evaluation report shows, already computed: the view model that the pipeline
 * fills and {@link ReportWriter} renders. It holds numbers and sentences, never raw records.
 *
 * <p>Counts of children are plain integers here; the writer applies {@link Suppression} when it
 * renders them, so the model always carries the true values.
 *
 * @param title          report title (the HTML {@code h1} and the PDF title)
 * @param programme      programme name, e.g. "RBFF"; labels the treatment term
 * @param planName       name of the evaluation plan file or version the results come from
 * @param extractDate    date the data were extracted
 * @param generatedAt    date the report was generated
 * @param dataSource     one sentence on where the data come from
 * @param consort        the flow of children into the analysis sample (consort diagram)
 * @param balance        balance checks, one row per matching variable (in display order)
 * @param balanceNote    note under the balance table (base, source)
 * @param outcomes       one section per outcome, in display order
 * @param groups         characteristics of the four groups (treated/untreated × matched/not)
 * @param limitations    paragraphs on the design's limitations
 * @param suppression    small-cell suppression rule applied to every count of children
 */
public record ReportModel(
    String title,
    String programme,
    String planName,
    LocalDate extractDate,
    LocalDate generatedAt,
    String dataSource,
    Consort consort,
    List<BalanceRow> balance,
    String balanceNote,
    List<OutcomeSection> outcomes,
    List<GroupRow> groups,
    List<String> limitations,
    Suppression suppression) {

  public ReportModel {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(planName, "planName");
    Objects.requireNonNull(extractDate, "extractDate");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(consort, "consort");
    Objects.requireNonNull(balanceNote, "balanceNote");
    Objects.requireNonNull(suppression, "suppression");
    balance = List.copyOf(balance);
    outcomes = List.copyOf(outcomes);
    groups = List.copyOf(groups);
    limitations = List.copyOf(limitations);
  }

  /**
   * Cells counting fewer than {@code threshold} children (and more than none) are shown as
   * "&lt;threshold", e.g. "&lt;10". Percentages and means computed from such a cell are hidden too.
   */
  public record Suppression(boolean enabled, int threshold) {
    public Suppression {
      if (threshold < 1) {
        throw new IllegalArgumentException("threshold must be at least 1: " + threshold);
      }
    }

    /** The convention of the 2020 report's data-sharing agreement: fewer than 10 children. */
    public static Suppression belowTen() {
      return new Suppression(true, 10);
    }

    public static Suppression none() {
      return new Suppression(false, 1);
    }

    /** True when a count of {@code children} must not be shown. */
    public boolean hides(int children) {
      return enabled && children > 0 && children < threshold;
    }
  }

  /** Consort diagram: the steps from everyone flagged to the matched sample, per cohort. */
  public record Consort(String treatedLabel, List<ConsortStep> treated,
                        String comparisonLabel, List<ConsortStep> comparison) {
    public Consort {
      Objects.requireNonNull(treatedLabel, "treatedLabel");
      Objects.requireNonNull(comparisonLabel, "comparisonLabel");
      treated = List.copyOf(treated);
      comparison = List.copyOf(comparison);
    }
  }

  /** One step of the consort diagram, e.g. "Aged 10–13.9 at referral", 121. */
  public record ConsortStep(String label, int children) {
    public ConsortStep {
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * One matching variable of the balance table.
   *
   * @param variable label, e.g. "Previous referral"
   * @param before   balance in the unmatched sample, if computed
   * @param after    balance in the matched sample
   */
  public record BalanceRow(String variable, Optional<BalanceStats> before, BalanceStats after) {
    public BalanceRow {
      Objects.requireNonNull(variable, "variable");
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * Means (proportions for indicators) of one variable in each group.
   *
   * @param meanComparison   mean in the comparison group
   * @param meanTreated      mean in the treated group
   * @param pValue           p-value of the difference, empty where not estimable (shown "–")
   * @param smd              standardised mean difference, if computed
   * @param countComparison  children with the characteristic in the comparison group, if an indicator
   * @param countTreated     children with the characteristic in the treated group, if an indicator
   */
  public record BalanceStats(double meanComparison, double meanTreated, OptionalDouble pValue,
                             OptionalDouble smd, OptionalInt countComparison,
                             OptionalInt countTreated) {
    public BalanceStats {
      Objects.requireNonNull(pValue, "pValue");
      Objects.requireNonNull(smd, "smd");
      Objects.requireNonNull(countComparison, "countComparison");
      Objects.requireNonNull(countTreated, "countTreated");
    }
  }

  /**
   * One outcome: its regression table, its chart and the sentences that read them.
   *
   * @param heading  section heading, e.g. "Re-referrals"
   * @param table    the regression table
   * @param chart    the outcome chart
   * @param reading  plain-English reading (see {@link Readings}); must not over-claim
   * @param power    what effect the sample could have detected
   * @param eValue   the E-value sentence
   */
  public record OutcomeSection(String heading, ModelTable table, OutcomeChart chart,
                               String reading, String power, String eValue) {
    public OutcomeSection {
      Objects.requireNonNull(heading, "heading");
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(chart, "chart");
      Objects.requireNonNull(reading, "reading");
      Objects.requireNonNull(power, "power");
      Objects.requireNonNull(eValue, "eValue");
    }
  }

  /**
   * A regression table: columns are models, rows are terms.
   *
   * @param caption            table caption, e.g. "Regression table for re-referral rates"
   * @param dependentVariable  text of the top-left cell, e.g. "Child re-referred within 1 year"
   * @param terms              term labels in row order, e.g. "RBFF", "Referral after 18 Feb 2019",
   *                           "Constant"
   * @param columns            the models, left to right
   * @param notes              lines under the table (exclusions, clustering, star legend)
   */
  public record ModelTable(String caption, String dependentVariable, List<String> terms,
                           List<ModelColumn> columns, List<String> notes) {
    public ModelTable {
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(dependentVariable, "dependentVariable");
      terms = List.copyOf(terms);
      columns = List.copyOf(columns);
      notes = List.copyOf(notes);
      for (ModelColumn column : columns) {
        for (String term : column.estimates().keySet()) {
          if (!terms.contains(term)) {
            throw new IllegalArgumentException(
                "model '" + column.label() + "' has an estimate for '" + term
                    + "', which is not a row of the table " + terms);
          }
        }
      }
    }
  }

  /**
   * One model of a regression table.
   *
   * @param label            e.g. "OLS", "Logit", "OLS + cut-off dummy"
   * @param estimates        estimate per term label; a term the model does not have is shown "–"
   * @param controlMean      mean outcome of the matched comparison group, if shown in this column
   * @param marginalEffect   average marginal treatment effect (logit), if shown in this column
   * @param n                children in the estimation sample
   */
  public record ModelColumn(String label, Map<String, Estimate> estimates,
                            OptionalDouble controlMean, OptionalDouble marginalEffect, int n) {
    public ModelColumn {
      Objects.requireNonNull(label, "label");
      estimates = Map.copyOf(estimates);
      Objects.requireNonNull(controlMean, "controlMean");
      Objects.requireNonNull(marginalEffect, "marginalEffect");
    }
  }

  /**
   * A coefficient, its (clustered) standard error and its two-sided p-value. Any of them may be
   * NaN or infinite when the sample cannot support it (e.g. one family, or no variation in the
   * outcome); the report then shows "not estimable". A finite p-value must lie in [0, 1].
   */
  public record Estimate(double coefficient, double standardError, double pValue) {
    public Estimate {
      if (Double.isFinite(pValue) && !(pValue >= 0 && pValue <= 1)) {
        throw new IllegalArgumentException("p-value outside [0, 1]: " + pValue);
      }
    }

    /** Whether the coefficient, its standard error and its p-value are all finite. */
    public boolean estimable() {
      return Double.isFinite(coefficient) && Double.isFinite(standardError)
          && Double.isFinite(pValue);
    }
  }

  /**
   * An outcome chart: one bar per group (or one per effect) with its 95% confidence interval.
   *
   * @param caption  figure caption, e.g. "Re-referral rates within a year"
   * @param axisLabel label of the value axis, e.g. "Re-referred within a year"
   * @param scale    how values are written
   * @param bars     bars, left to right
   * @param note     line under the chart (e.g. exclusions), may be empty
   */
  public record OutcomeChart(String caption, String axisLabel, ValueScale scale,
                             List<ChartBar> bars, String note) {
    public OutcomeChart {
      Objects.requireNonNull(caption, "caption");
      Objects.requireNonNull(axisLabel, "axisLabel");
      Objects.requireNonNull(scale, "scale");
      bars = List.copyOf(bars);
      Objects.requireNonNull(note, "note");
      if (bars.isEmpty()) {
        throw new IllegalArgumentException("a chart needs at least one bar: " + caption);
      }
    }
  }

  /**
   * One bar: the estimate with its 95% confidence interval, and the children it rests on. The
   * value or a limit may be NaN or infinite when it cannot be estimated; the chart then leaves
   * out the bar or the interval and the table shows "not estimable". Finite values must be in
   * order.
   */
  public record ChartBar(String label, double value, double lower, double upper, int children) {
    public ChartBar {
      Objects.requireNonNull(label, "label");
      boolean ordered = (!Double.isFinite(lower) || !Double.isFinite(value) || lower <= value)
          && (!Double.isFinite(value) || !Double.isFinite(upper) || value <= upper)
          && (!Double.isFinite(lower) || !Double.isFinite(upper) || lower <= upper);
      if (!ordered) {
        throw new IllegalArgumentException(
            "bar '" + label + "': need lower <= value <= upper, got " + lower + ", " + value + ", "
                + upper);
      }
    }

    /** Whether the bar itself can be drawn. */
    public boolean hasValue() {
      return Double.isFinite(value);
    }

    /** Whether both limits of the confidence interval can be drawn. */
    public boolean hasInterval() {
      return Double.isFinite(lower) && Double.isFinite(upper);
    }
  }

  /** How chart values are written: proportions as percentages, or numbers with a unit. */
  public enum ValueScale {
    /** Values are proportions in [0, 1], shown as "11%". */
    PROPORTION,
    /** Values are days, shown as "169 days". */
    DAYS
  }

  /**
   * One of the four groups of Tables 6 and 7: counts of children, percentages are derived.
   *
   * @param period   e.g. "Evaluation period 2017–2019"
   * @param group    e.g. "1. Treated; matched"
   * @param n        children in the group
   */
  public record GroupRow(String period, String group, int n, int white, int black, int asian,
                         int mixed, int otherEthnicity, int withSiblings, int female,
                         int british, int previousReferral) {
    public GroupRow {
      Objects.requireNonNull(period, "period");
      Objects.requireNonNull(group, "group");
      for (int count : new int[] {white, black, asian, mixed, otherEthnicity, withSiblings, female,
          british, previousReferral}) {
        if (count < 0 || count > n) {
          throw new IllegalArgumentException(
              "group '" + group + "': count " + count + " outside 0.." + n);
        }
      }
    }
  }
}
