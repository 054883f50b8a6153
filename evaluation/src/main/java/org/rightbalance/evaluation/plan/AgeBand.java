package org.rightbalance.evaluation.plan;

/**
 * An age band in completed years at the key referral, both ends included ({@code age_years: {min, max}}):
 * 10–13 takes a child from their 10th birthday to the day before their 14th.
 */
public record AgeBand(int min, int max) {

    public AgeBand {
        if (min < 0) {
            throw new IllegalArgumentException("age_years.min must be 0 or more, was " + min);
        }
        if (max < min) {
            throw new IllegalArgumentException("age_years.max (" + max + ") must be at least age_years.min (" + min + ")");
        }
    }

    public boolean contains(int age) {
        return age >= min && age <= max;
    }
}
