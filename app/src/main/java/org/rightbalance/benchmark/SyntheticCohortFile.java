package org.rightbalance.benchmark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a synthetic analysis table of any size for benchmarks: one row per child with the 2020
 * evaluation's match variables, a family identifier and two outcomes. Every value is drawn from a
 * seeded generator; no real person is described.
 *
 * <p>Columns: {@code person_id, family_id, treated, previous_referral, sex, quarter, siblings, age,
 * rereferral, cin_days}. Families have 1–4 children (45/30/15/10%); a child has siblings when the
 * family has more than one; about a fifth are treated, more often after a previous referral.
 */
public final class SyntheticCohortFile {

    public static final String HEADER =
            "person_id,family_id,treated,previous_referral,sex,quarter,siblings,age,rereferral,cin_days";

    private SyntheticCohortFile() {
    }

    /** Writes {@code rows} children to {@code file}. */
    public static void write(Path file, long rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(96);
            long person = 0;
            long family = 0;
            while (person < rows) {
                family++;
                double u = random.nextDouble();
                int size = u < 0.45 ? 1 : u < 0.75 ? 2 : u < 0.90 ? 3 : 4;
                double familyEffect = random.nextGaussian() * 0.5;
                for (int c = 0; c < size && person < rows; c++) {
                    person++;
                    int previous = random.nextDouble() < 0.6 ? 1 : 0;
                    int treated = random.nextDouble() < 0.18 + 0.05 * previous ? 1 : 0;
                    double s = random.nextDouble();
                    String sex = s < 0.49 ? "F" : s < 0.98 ? "M" : "U";
                    int quarter = 1 + random.nextInt(4);
                    int siblings = size > 1 ? 1 : 0;
                    int ageHundredths = 1000 + random.nextInt(400);
                    double eta = -2.1 + 0.3 * previous - 0.05 * treated + familyEffect;
                    int rereferral = random.nextDouble() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
                    long cinDays = Math.max(1, Math.round(170 + 30 * treated + 60 * random.nextGaussian()));
                    line.setLength(0);
                    line.append('P').append(person).append(",F").append(family).append(',')
                            .append(treated).append(',').append(previous).append(',').append(sex).append(',')
                            .append(quarter).append(',').append(siblings).append(',')
                            .append(ageHundredths / 100).append('.').append(twoDigits(ageHundredths % 100)).append(',')
                            .append(rereferral).append(',').append(cinDays).append('\n');
                    out.append(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String twoDigits(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
