package org.rightbalance.evaluation.report;

import org.rightbalance.evaluation.report.ReportModel.Estimate;
import org.rightbalance.evaluation.report.ReportModel.ValueScale;

/**
 * Plain-English readings of a treatment estimate that never claim more than the design allows:
 * a p-value at or above 0.05 is "no evidence of an effect", never "no effect"; a smaller one is
 * "evidence of a difference", never proof that the programme caused it. An estimate, standard
 * error or p-value that is not a finite number (a sample too small to support it) is said to be
 * not computable; no direction or significance is read from it.
 */
public final class Readings {

  private static final double Z_975 = 1.959963984540054;

  private Readings() {
  }

  /**
   * The reading of the treatment term of the preferred model.
   *
   * @param outcome   the outcome in words, e.g. "re-referral within a year"
   * @param programme the programme's name
   * @param effect    the treatment estimate (a difference in the outcome's units)
   * @param scale     the outcome's units
   */
  public static String treatmentEffect(String outcome, String programme, Estimate effect,
                                       ValueScale scale) {
    if (!Double.isFinite(effect.coefficient())) {
      return "The effect of " + programme + " on " + outcome + " could not be estimated from this "
          + "sample, so the analysis says nothing about it either way.";
    }
    if (!Double.isFinite(effect.standardError()) || !Double.isFinite(effect.pValue())) {
      return "The estimated difference in " + outcome + " between children who had " + programme
          + " and the matched comparison group is " + Numbers.difference(effect.coefficient(), scale)
          + ", but its confidence interval and p-value could not be computed from this sample, so "
          + "it gives no evidence either way about an effect of " + programme + ".";
    }
    double lower = effect.coefficient() - Z_975 * effect.standardError();
    double upper = effect.coefficient() + Z_975 * effect.standardError();
    String interval = "estimated difference " + Numbers.difference(effect.coefficient(), scale)
        + ", 95% confidence interval " + Numbers.differenceInterval(lower, upper, scale);
    if (effect.pValue() >= 0.05) {
      return "There is no evidence of an effect of " + programme + " on " + outcome + " ("
          + Numbers.pValue(effect.pValue()) + "; " + interval + "). This does not show that "
          + programme + " had no effect: the sample may have been too small to detect one.";
    }
    String direction = effect.coefficient() < 0 ? "lower" : "higher";
    return "There is evidence that " + outcome + " was " + direction + " among children who had "
        + programme + " than in the matched comparison group (" + Numbers.pValue(effect.pValue())
        + "; " + interval + "). Because the comparison group is historical and practitioners "
        + "chose who took part, this difference cannot be attributed to " + programme + " alone.";
  }
}
