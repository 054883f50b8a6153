package org.rightbalance.conference;

import java.time.LocalDate;

/**
 * A goal's score from 1 to 10 on a date ("on a number of one to ten where we were with that goal").
 *
 * @param reviewId the review it was given at, or null for the score given at the conference
 */
public record Score(long goalId, Long reviewId, LocalDate scoredOn, int score) {
    public Score {
        if (score < 1 || score > 10) {
            throw new IllegalArgumentException("a score is from 1 to 10");
        }
    }
}
