package org.rightbalance.evaluation.report;

import org.rightbalance.evaluation.report.ReportModel.Estimate;
import org.rightbalance.evaluation.report.ReportModel.ValueScale;

/**
 * Plain-English readings of a treatment estimate that never claim more than the design allows:
 * a p-value at or above 0.05 is "no evidence of an effect", never "no effect"; a smaller one is
 * "evidence of a difference", never proof that the programme caused it.
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
