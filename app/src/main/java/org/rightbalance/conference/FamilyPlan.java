package org.rightbalance.conference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The family's plan: its goals in its own words, the reviews at which they were rescored, and the
 * dates on which scores were given (the conference and each review), for the progress table.
 */
public record FamilyPlan(FamilyGroupConference conference, List<Goal> goals, List<Review> reviews) {

    public FamilyPlan {
        goals = List.copyOf(goals);
        reviews = List.copyOf(reviews);
    }

    /** Every date on which a score was given, oldest first: the columns of the progress table. */
    public List<LocalDate> scoreDates() {
        TreeSet<LocalDate> dates = new TreeSet<>();
        goals.forEach(g -> g.scores().forEach(s -> dates.add(s.scoredOn())));
        return List.copyOf(dates);
    }

    public boolean hasAmendments() {
        return goals.stream().anyMatch(g -> !g.amendments().isEmpty());
    }

    public Optional<Review> latestReview() {
        return reviews.isEmpty() ? Optional.empty() : Optional.of(reviews.get(reviews.size() - 1));
    }

    public ProgressChart chart(Goal goal) {
        return ProgressChart.of(goal);
    }
}
