package org.rightbalance.evaluation.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A synthetic council extract in the SSD layout (seven CSV files, see {@link
 * org.rightbalance.evaluation.ssd.SsdExtract#FILES}), shaped by a {@link Profile}.
 *
 * <p>The same profile, seed and scale always give the same bytes ({@link java.util.SplittableRandom}).
 * The cohorts the evaluation plan selects are built by construction: at scale 1 the camden-2020
 * profile yields exactly 121 treated, 463 comparison and 539 untreated evaluation-period children
 * for every seed, with the published counts of sex, previous referral, siblings, quarter, ethnicity
 * group, British nationality, re-referral, escalation and open CIN plans. Every other child (the
 * background) is kept out of the cohorts' age-and-date windows, so the cohort rules still have to
 * exclude flagged children of other ages, flagged children referred before the window, earlier
 * referrals, and children of the cohort ages outside the windows.
 *
 * <p>{@code scale} multiplies every count (largest-remainder rounding); files are streamed family
 * by family, so memory does not grow with scale. Scale 1 is about 7,100 referrals over
 * 2013-01-01…2020-02-18, scale 700 about five million.
 *
 * @param profile the council's shape, e.g. {@link Profile#CAMDEN_2020}
 * @param seed    the random seed
 * @param scale   multiplier of every count (1 = the profile's council)
 */
public record SyntheticCouncil(Profile profile, long seed, double scale) {

    /** The programme name written to {@code programme_participation.csv}. */
    public static final String PROGRAMME = "RBFF";

    public SyntheticCouncil {
        Objects.requireNonNull(profile, "profile");
        if (!(scale > 0) || scale > 100_000) {
            throw new IllegalArgumentException("scale must be in (0, 100000]: " + scale);
        }
    }

    /**
     * What was written.
     *
     * @param cohortTreated             treated children built (all flagged, aged 10–13 at the key referral)
     * @param cohortComparison          comparison children built
     * @param cohortEvaluationUntreated untreated children of the evaluation period built
     * @param flaggedExcluded           flagged children the rules must exclude
     */
    public record Summary(long people, long families, long familyMemberships, long referrals, long cinPlans,
                          long cpPlans, long careEpisodes, long participations, long cohortTreated,
                          long cohortComparison, long cohortEvaluationUntreated, long flaggedExcluded) {
    }

    /** Writes the extract into {@code folder} (created if needed; existing files are replaced). */
    public Summary write(Path folder) throws IOException {
        try (ExtractWriter out = new ExtractWriter(folder)) {
            Generator generator = new Generator(profile, seed, scale, out);
            generator.run();
            return new Summary(out.people, out.families, out.memberships, out.referrals, out.cinPlans,
                    out.cpPlans, out.careEpisodes, out.participations, generator.built(Generator.TREATED),
                    generator.built(Generator.COMPARISON), generator.built(Generator.EVALUATION),
                    generator.built(Generator.YOUNG) + generator.built(Generator.OLD)
                            + generator.built(Generator.BEFORE));
        }
    }

    public static Summary write(Path folder, Profile profile, long seed, double scale) throws IOException {
        return new SyntheticCouncil(profile, seed, scale).write(folder);
    }

    /**
     * {@code SyntheticCouncil --out FOLDER [--profile camden-2020] [--seed 2020] [--scale 1]}: writes
     * an extract and prints what it wrote.
     */
    public static void main(String[] args) {
        Path out = null;
        String profile = Profile.CAMDEN_2020.name();
        long seed = 2020;
        double scale = 1;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--out" -> out = Path.of(require(value, "--out"));
                case "--profile" -> profile = require(value, "--profile");
                case "--seed" -> seed = Long.parseLong(require(value, "--seed"));
                case "--scale" -> scale = Double.parseDouble(require(value, "--scale"));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (usage: --out FOLDER [--profile camden-2020] [--seed N] [--scale X])");
            }
            i++;
        }
        if (out == null) {
            throw new IllegalArgumentException("--out FOLDER is required");
        }
        long started = System.nanoTime();
        try {
            Summary s = write(out, Profile.named(profile), seed, scale);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(Locale.ROOT, "%s seed %d scale %s -> %s in %.1f s%n", profile, seed, scale, out,
                    seconds);
            System.out.println(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String require(String value, String option) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
