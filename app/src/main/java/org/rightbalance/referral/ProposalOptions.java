package org.rightbalance.referral;

import java.util.Map;

/** What the proposal form offers: the teams, and the proposer's own team as the default. */
public record ProposalOptions(Map<Long, String> teams, Long defaultTeamId, double programmeProbability) {
}
