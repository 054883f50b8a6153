package org.rightbalance.conference;

import org.junit.jupiter.api.Test;
import org.rightbalance.staff.Role;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GoalTest {

    static final StaffMember WORKER = new StaffMember(7, "sw.test", "Test Worker", Role.SOCIAL_WORKER, Optional.empty());
    static final LocalDate HELD = LocalDate.of(2026, 3, 2);

    final Goal goal = new Goal(42, 1, 1, "We eat together (test)", List.of(), List.of(
            new Score(42, null, HELD, 3), new Score(42, 9L, HELD.plusWeeks(6), 10), new Score(42, 8L, HELD.plusWeeks(3), 1)),
            List.of(), 0);

    @Test
    void aScoreOutsideOneToTenIsRefusedNamingTheGoalsField() {
        assertThatThrownBy(() -> goal.rescore(5, HELD, 11)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("Enter a score from 1 to 10 for goal 1")
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("scores[42]");
        assertThatThrownBy(() -> goal.rescore(5, HELD, 0)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> goal.rescore(5, HELD, null)).isInstanceOf(InvalidRequestException.class);
        assertThat(goal.rescore(5, HELD, 10).score()).isEqualTo(10);
    }

    @Test
    void anAmendmentNeedsNewWordsAndAReasonAndKeepsBothVersions() {
        assertThatThrownBy(() -> goal.amend("We eat together (test)", "Because", WORKER, Instant.EPOCH))
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("wording");
        assertThatThrownBy(() -> goal.amend("New words", "  ", WORKER, Instant.EPOCH))
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("reason");
        Amendment a = goal.amend("  New words  ", "The family asked (test)", WORKER, Instant.EPOCH);
        assertThat(a.before()).isEqualTo("We eat together (test)");
        assertThat(a.after()).isEqualTo("New words");
        assertThat(a.amendedBy()).isEqualTo("Test Worker");
    }

    @Test
    void scoresAreInDateOrderAndTheChartPutsTenAtTheTopAndOneAtTheBottom() {
        assertThat(goal.scores()).extracting(Score::score).containsExactly(3, 1, 10);
        assertThat(goal.latestScore()).map(Score::score).contains(10);
        ProgressChart chart = ProgressChart.of(goal);
        assertThat(chart.points()).extracting(ProgressChart.Point::y)
                .containsExactly(104, chart.axisBottom(), ProgressChart.TOP);
        assertThat(chart.axisBottom()).isEqualTo(130);
        assertThat(chart.points().get(0).x()).isEqualTo(chart.axisLeft());
        assertThat(chart.points().get(2).x()).isEqualTo(chart.axisRight());
        assertThat(chart.description()).contains("3 on 2 March 2026", "10 on 13 April 2026");
    }
}
