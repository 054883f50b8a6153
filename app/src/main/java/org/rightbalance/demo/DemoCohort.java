package org.rightbalance.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A synthetic analysis table shaped like the 2020 evaluation's (report, Appendix 4): 121 treated
 * children referred from September 2017 and 463 children of the historical comparison cohort
 * (September 2015 – February 2017), all aged 10–13, with the four match variables and the three
 * outcomes. Proportions follow Tables 2, 6 and 7 and the control means of Tables 3–5 (one treated
 * child of unknown sex, as in Table 2, has no comparison match). Seeded; no real person.
 *
 * <p>Columns: {@code person_id, family_id, group, treated, previous_referral, sex, quarter,
 * siblings, age, referral_after_cutoff, rereferral_1y, cin_plan_days, escalation_1y};
 * {@code cin_plan_days} is empty while the plan is still open (55 treated and 37 comparison
 * children in the report).
 */
public final class DemoCohort {

    public static final int TREATED = 121;
    public static final int COMPARISON = 463;

    private static final String HEADER = "person_id,family_id,group,treated,previous_referral,sex,quarter,"
            + "siblings,age,referral_after_cutoff,rereferral_1y,cin_plan_days,escalation_1y";

    // Table 2: quarter of the key referral, by group.
    private static final double[] QUARTER_TREATED = {0.223, 0.190, 0.281, 0.306};
    private static final double[] QUARTER_COMPARISON = {0.253, 0.212, 0.210, 0.326};

    private DemoCohort() {
    }

    /** Writes the table to {@code file}. */
    public static void write(Path file, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            int family = 0;
            int person = 0;
            int openTreated = 0;
            int openComparison = 0;
            for (int i = 0; i < TREATED + COMPARISON; i++) {
                boolean treated = i < TREATED;
                person++;
                // About one child in ten shares a family with another child of the cohorts.
                if (i == 0 || i == TREATED || random.nextDouble() > 0.10) {
                    family++;
                }
                int previous = random.nextDouble() < (treated ? 0.669 : 0.616) ? 1 : 0;
                String sex = treated && i == 0 ? "U" : random.nextDouble() < 0.515 ? "M" : "F";
                int quarter = 1 + draw(random, treated ? QUARTER_TREATED : QUARTER_COMPARISON);
                int siblings = random.nextDouble() < (treated ? 0.917 : 0.931) ? 1 : 0;
                double age = 10 + random.nextInt(400) / 100.0;
                int afterCutoff = treated && random.nextDouble() < 0.30 ? 1 : 0;
                double pRereferral = treated ? (afterCutoff == 1 ? 0.04 : 0.147) : 0.111;
                int rereferral = random.nextDouble() < pRereferral ? 1 : 0;
                int escalation = random.nextDouble() < (treated ? 0.158 : 0.140) ? 1 : 0;
                String cinDays;
                boolean open = treated ? openTreated < 55 && random.nextDouble() < 0.5
                        : openComparison < 37 && random.nextDouble() < 0.09;
                if (open) {
                    cinDays = "";
                    if (treated) {
                        openTreated++;
                    } else {
                        openComparison++;
                    }
                } else {
                    double mean = treated ? 200 : 170;
                    cinDays = Long.toString(Math.max(7, Math.round(mean * Math.exp(0.8 * random.nextGaussian() - 0.32))));
                }
                out.write(String.join(",", "C" + (10000 + person), "FAM" + (5000 + family),
                        treated ? "treated" : "comparison", treated ? "1" : "0", Integer.toString(previous), sex,
                        Integer.toString(quarter), Integer.toString(siblings), String.format(java.util.Locale.ROOT, "%.2f", age),
                        Integer.toString(afterCutoff), Integer.toString(rereferral), cinDays, Integer.toString(escalation)));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int draw(SplittableRandom random, double[] probabilities) {
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < probabilities.length; i++) {
            cumulative += probabilities[i];
            if (u < cumulative) {
                return i;
            }
        }
        return probabilities.length - 1;
    }
}
