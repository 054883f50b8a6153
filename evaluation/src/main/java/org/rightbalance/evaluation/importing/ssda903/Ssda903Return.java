package org.rightbalance.evaluation.importing.ssda903;

import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated SSDA903 return: the children of {@code Header} and the rows of {@code Episodes}.
 *
 * @param people   one per Header row, in file order (nationality "", SEX 1 → M, 2 → F, 0/9 → U)
 * @param episodes the episodes, in file order
 */
public record Ssda903Return(List<Person> people, List<Ssda903Episode> episodes) {

    public Ssda903Return {
        people = List.copyOf(Objects.requireNonNull(people, "people"));
        episodes = List.copyOf(Objects.requireNonNull(episodes, "episodes"));
    }

    /**
     * The periods of care: a period starts at an episode with RNE = S and runs through the episodes that
     * follow it while each ceases with REC = X1; it ends at the DEC of the first episode that ceases with
     * another REC, or stays open ({@code ceased == null}) when its last episode has no DEC. The period's
     * id is {@code CHILD/yyyy-mm-dd} of its start. Ordered by child, then start.
     */
    public List<CareEpisode> carePeriods() {
        Map<String, List<Ssda903Episode>> byChild = new LinkedHashMap<>();
        episodes.stream()
                .sorted(Comparator.comparing(Ssda903Episode::child).thenComparing(Ssda903Episode::commenced))
                .forEach(e -> byChild.computeIfAbsent(e.child(), k -> new ArrayList<>()).add(e));
        List<CareEpisode> periods = new ArrayList<>();
        for (var entry : byChild.entrySet()) {
            LocalDate start = null;
            for (Ssda903Episode e : entry.getValue()) {
                if (start == null || Ssda903Episode.STARTED.equals(e.reasonNewEpisode())) {
                    start = e.commenced();
                }
                if (e.ceased() == null) {
                    periods.add(new CareEpisode(periodId(e.child(), start), e.child(), start, null));
                    start = null;
                } else if (!Ssda903Episode.X1.equals(e.reasonCeased())) {
                    periods.add(new CareEpisode(periodId(e.child(), start), e.child(), start, e.ceased()));
                    start = null;
                }
            }
            if (start != null) {
                // a chain whose last episode ceased X1 with no successor: validated returns have none
                throw new IllegalStateException("child " + entry.getKey() + ": period without an end episode");
            }
        }
        return periods;
    }

    static String periodId(String child, LocalDate start) {
        return child + "/" + start;
    }
}
