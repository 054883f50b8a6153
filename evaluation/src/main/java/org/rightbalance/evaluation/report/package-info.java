/**
 * The evaluation report. The pipeline fills a {@link org.rightbalance.evaluation.report.ReportModel}
 * (numbers and sentences only) and {@link org.rightbalance.evaluation.report.ReportWriter} writes
 * it as one self-contained, accessible HTML file or as a tagged PDF with the same content:
 * consort diagram, balance table, regression tables with stars, outcome charts with 95%
 * confidence intervals, power and E-value sentences, the characteristics of the four groups and
 * the limitations. Counts of fewer children than the model's
 * {@link org.rightbalance.evaluation.report.ReportModel.Suppression} threshold are shown as
 * "&lt;10". {@link org.rightbalance.evaluation.report.Readings} words an estimate without claiming
 * more than the design allows. A statistic that is NaN or infinite (very small matched samples)
 * is written "not estimable" and left out of the charts, so the report always renders.
 */
package org.rightbalance.evaluation.report;
