package org.rightbalance.programme;

import java.util.List;

/**
 * The programme page: caseloads, cases by stage and the live outcome measures, for the whole
 * programme (programme manager) or one team (team manager). Every count of children is a {@link Cell}.
 *
 * @param scope        what the figures cover, e.g. "Team North"
 * @param socialWorkers open cases per allocated social worker
 * @param mentors      open cases per mentor
 * @param stages       cases per stage
 * @param outcomes     the live outcome measures
 */
public record ProgrammeDashboard(String scope, List<Caseload> socialWorkers, List<Caseload> mentors,
                                 List<StageCount> stages, OutcomeMeasures outcomes) {

    public ProgrammeDashboard {
        socialWorkers = List.copyOf(socialWorkers);
        mentors = List.copyOf(mentors);
        stages = List.copyOf(stages);
    }

    /** A member of staff and the open cases they hold. */
    public record Caseload(String staffName, Cell openCases) {
    }

    /** The cases at one stage. */
    public record StageCount(String stage, String label, Cell cases) {
    }
}
