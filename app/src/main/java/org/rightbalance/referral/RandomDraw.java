package org.rightbalance.referral;

import java.util.SplittableRandom;

/**
 * One random allocation, recorded so that anyone can repeat it: the seed (drawn from a
 * {@link java.security.SecureRandom}), the probability of the programme arm, the number drawn and
 * the arm it gave. {@code draw < programmeProbability} means the programme.
 */
public record RandomDraw(double programmeProbability, long seed, double draw, Arm arm) {

    public enum Arm {
        PROGRAMME("Programme"), COMPARISON("Comparison");

        private final String label;

        Arm(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public RandomDraw {
        if (!(programmeProbability > 0 && programmeProbability < 1)) {
            throw new IllegalArgumentException("programme probability must be between 0 and 1: " + programmeProbability);
        }
        if (!(draw >= 0 && draw < 1)) {
            throw new IllegalArgumentException("draw must be in [0, 1): " + draw);
        }
        if (arm != (draw < programmeProbability ? Arm.PROGRAMME : Arm.COMPARISON)) {
            throw new IllegalArgumentException("arm does not follow from the draw");
        }
    }

    /** Draws with the given seed: the same seed and probability always give the same arm. */
    public static RandomDraw withSeed(double programmeProbability, long seed) {
        double draw = new SplittableRandom(seed).nextDouble();
        return new RandomDraw(programmeProbability, seed, draw,
                draw < programmeProbability ? Arm.PROGRAMME : Arm.COMPARISON);
    }
}
