package org.rightbalance.evaluation.pipeline;

import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small, entirely synthetic extract shaped like the report's data, for the end-to-end tests and the
 * R fixture: families of one to four children (a few with no family row); children flagged for RBFF
 * with a key referral from September 2017 to January 2020 (most aged 10–13, some outside the band, some
 * naming their referral in the participation row); never-flagged children referred from September 2015
 * to February 2017 and in the evaluation period; earlier referrals, re-referrals, CIN plans (some
 * open), CP plans and care episodes at rates near the report's.
 */
final class SmallSyntheticExtract {

    private static final LocalDate EXTRACT = LocalDate.of(2020, 2, 18);
    private static final String[] ETHNICITY = {"WBRI", "WOTH", "BAFR", "BCRB", "AIND", "ABAN", "CHNE", "MWBC",
            "MOTH", "OOTH", "REFU", ""};

    private final SplittableRandom random;
    private final List<Person> people = new ArrayList<>();
    private final List<FamilyMembership> families = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<CinPlan> cinPlans = new ArrayList<>();
    private final List<ChildProtectionPlan> cpPlans = new ArrayList<>();
    private final List<CareEpisode> care = new ArrayList<>();
    private final List<ProgrammeParticipation> participation = new ArrayList<>();
    private int next;

    private SmallSyntheticExtract(long seed) {
        random = new SplittableRandom(seed);
    }

    /** {@code treated} flagged and {@code comparison} never-flagged historical children, plus others. */
    static SsdExtract generate(long seed, int treated, int comparison) {
        SmallSyntheticExtract g = new SmallSyntheticExtract(seed);
        g.children(treated, true, LocalDate.of(2017, 9, 1), LocalDate.of(2020, 1, 31));
        g.children(comparison, false, LocalDate.of(2015, 9, 1), LocalDate.of(2017, 2, 18));
        g.children(comparison / 2, false, LocalDate.of(2017, 9, 1), LocalDate.of(2020, 1, 31));
        return new SsdExtract(g.people, g.families, g.referrals, g.cinPlans, g.cpPlans, g.care, g.participation);
    }

    private void children(int count, boolean flagged, LocalDate from, LocalDate to) {
        int made = 0;
        while (made < count) {
            String family = "F" + (++next);
            int size = 1 + random.nextInt(4);
            boolean noFamilyRow = random.nextDouble() < 0.05;
            for (int k = 0; k < size && made < count; k++, made++) {
                child(family, noFamilyRow, flagged, from, to);
            }
            if (!noFamilyRow && size == 1 && random.nextDouble() < 0.6) {
                // a sibling outside the cohorts (e.g. an infant)
                String sib = "P" + (++next);
                people.add(new Person(sib, Sex.FEMALE, "WBRI", LocalDate.of(2016, 1, 1).plusDays(random.nextInt(900)),
                        "British"));
                families.add(new FamilyMembership(family, sib));
            }
        }
    }

    private void child(String family, boolean noFamilyRow, boolean flagged, LocalDate from, LocalDate to) {
        String pid = "P" + (++next);
        LocalDate key = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
        int ageDays = 365 * 9 + random.nextInt(365 * 6);           // about 9 to 15 at the key referral
        if (!flagged || random.nextDouble() < 0.85) {
            ageDays = 365 * 10 + 3 + random.nextInt(365 * 4 - 6);  // 10-13
        }
        double u = random.nextDouble();
        Sex sex = u < 0.5 ? Sex.MALE : u < 0.98 ? Sex.FEMALE : Sex.UNKNOWN;
        String nationality = random.nextDouble() < 0.7 ? "British" : random.nextDouble() < 0.5 ? "Somali" : "";
        people.add(new Person(pid, sex, ETHNICITY[random.nextInt(ETHNICITY.length)], key.minusDays(ageDays),
                nationality));
        if (!noFamilyRow) {
            families.add(new FamilyMembership(family, pid));
        }
        if (random.nextDouble() < 0.6) {
            referral(pid, key.minusDays(60 + random.nextInt(1500)));
        }
        String keyId = referral(pid, key);
        if (random.nextDouble() < 0.13) {
            LocalDate again = key.plusDays(1 + random.nextInt(600));
            if (!again.isAfter(EXTRACT)) {
                referral(pid, again);
            }
        }
        if (random.nextDouble() < 0.85) {
            LocalDate start = key.plusDays(random.nextInt(30));
            LocalDate end = start.plusDays(20 + random.nextInt(380));
            boolean open = end.isAfter(EXTRACT) || random.nextDouble() < 0.08;
            if (!start.isAfter(EXTRACT)) {
                cinPlans.add(new CinPlan("CIN" + (++next), keyId, pid, start, open ? null : end));
            }
        }
        if (random.nextDouble() < 0.14) {
            LocalDate start = key.plusDays(1 + random.nextInt(500));
            if (!start.isAfter(EXTRACT)) {
                if (random.nextDouble() < 0.75) {
                    cpPlans.add(new ChildProtectionPlan("CP" + (++next), pid, start, null));
                } else {
                    care.add(new CareEpisode("LAC" + (++next), pid, start, null));
                }
            }
        }
        if (flagged) {
            participation.add(new ProgrammeParticipation(pid, random.nextDouble() < 0.7 ? keyId : null, "RBFF",
                    key.plusDays(random.nextInt(20)), null));
        }
    }

    private String referral(String pid, LocalDate date) {
        String id = "R" + (++next);
        referrals.add(new Referral(id, pid, date, "N1", "1A", null, ""));
        return id;
    }
}
