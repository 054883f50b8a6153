package org.rightbalance.evaluation.pipeline;

/**
 * One box of the consort diagram (Figure 8).
 *
 * @param step a short label, e.g. "aged 10-13 at the key referral"
 * @param n    children remaining
 */
public record ConsortStep(String step, int n) {
}
