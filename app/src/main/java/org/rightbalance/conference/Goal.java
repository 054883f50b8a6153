package org.rightbalance.conference;

import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One goal of the family plan, in the family's own words, with the actions towards it, its scores
 * and every amendment a professional has made to it.
 */
public record Goal(long id, long conferenceId, int number, String wording, List<GoalAction> actions,
                   List<Score> scores, List<Amendment> amendments, int version) {

    public static final int MAX_WORDING = 500;

    public Goal {
        Objects.requireNonNull(wording, "wording");
        actions = List.copyOf(actions);
        scores = scores.stream().sorted(Comparator.comparing(Score::scoredOn)).toList();
        amendments = List.copyOf(amendments);
    }

    /** Checks the family's words for a goal: there, and not too long. */
    public static String checkWording(String wording, String field) {
        if (wording == null || wording.isBlank()) {
            throw new InvalidRequestException(field, "Enter the goal in the family's own words");
        }
        if (wording.strip().length() > MAX_WORDING) {
            throw new InvalidRequestException(field, "The goal must be " + MAX_WORDING + " characters or fewer");
        }
        return wording.strip();
    }

    /** Checks a score from 1 to 10. */
    public static int checkScore(Integer score, String field, String what) {
        if (score == null || score < 1 || score > 10) {
            throw new InvalidRequestException(field, "Enter a score from 1 to 10 for " + what);
        }
        return score;
    }

    /** The goal's score at a review on {@code on}. */
    public Score rescore(long reviewId, LocalDate on, Integer score) {
        return new Score(id, reviewId, on, checkScore(score, "scores[" + id + "]", "goal " + number));
    }

    /**
     * A professional's change of the goal's words: the reason is required, and the change is kept.
     *
     * @throws InvalidRequestException if the new words are missing or unchanged, or the reason is missing
     */
    public Amendment amend(String text, String reason, StaffMember by, Instant at) {
        String newWording = checkWording(text, "wording");
        if (newWording.equals(wording)) {
            throw new InvalidRequestException("wording", "Change the goal's words, or go back without amending it");
        }
        return new Amendment(0, id, "Changed the goal's wording", wording, newWording, checkReason(reason),
                by.id(), by.displayName(), at);
    }

    /** Adding an action to an agreed plan is an amendment as well. */
    public Amendment amendWithAction(GoalAction action, String reason, StaffMember by, Instant at) {
        return new Amendment(0, id, "Added an action", null, action.describe(), checkReason(reason),
                by.id(), by.displayName(), at);
    }

    /** A professional's change to one of the goal's actions: always an amendment with its reason. */
    public Amendment amendAction(GoalAction current, GoalAction changed, String reason, StaffMember by, Instant at) {
        if (current.describe().equals(changed.describe())) {
            throw new InvalidRequestException("what", "Change the action, or go back without amending it");
        }
        return new Amendment(0, id, "Changed an action", current.describe(), changed.describe(), checkReason(reason),
                by.id(), by.displayName(), at);
    }

    public Optional<GoalAction> action(long actionId) {
        return actions.stream().filter(a -> a.id() == actionId).findFirst();
    }

    public Optional<Score> latestScore() {
        return scores.isEmpty() ? Optional.empty() : Optional.of(scores.get(scores.size() - 1));
    }

    public Optional<Score> scoreOn(LocalDate date) {
        return scores.stream().filter(s -> s.scoredOn().equals(date)).reduce((a, b) -> b);
    }

    static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason",
                    "Enter the reason for changing the family's plan: the family will see it");
        }
        if (reason.strip().length() > 1000) {
            throw new InvalidRequestException("reason", "The reason must be 1000 characters or fewer");
        }
        return reason.strip();
    }
}
