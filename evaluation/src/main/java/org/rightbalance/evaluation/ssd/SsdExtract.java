package org.rightbalance.evaluation.ssd;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A council's extract in the Standard Safeguarding Dataset layout, validated: every reference
 * resolves, dates are in order, identifiers are unique (see {@code docs/data-format.md}).
 *
 * @param people        ssd_person
 * @param families      ssd_family
 * @param referrals     ssd_cin_episodes
 * @param cinPlans      ssd_cin_plans
 * @param cpPlans       ssd_cp_plans
 * @param careEpisodes  ssd_cla_episodes
 * @param participation programme_participation
 */
public record SsdExtract(List<Person> people, List<FamilyMembership> families, List<Referral> referrals,
                         List<CinPlan> cinPlans, List<ChildProtectionPlan> cpPlans, List<CareEpisode> careEpisodes,
                         List<ProgrammeParticipation> participation) {

    public SsdExtract {
        people = List.copyOf(Objects.requireNonNull(people, "people"));
        families = List.copyOf(Objects.requireNonNull(families, "families"));
        referrals = List.copyOf(Objects.requireNonNull(referrals, "referrals"));
        cinPlans = List.copyOf(Objects.requireNonNull(cinPlans, "cinPlans"));
        cpPlans = List.copyOf(Objects.requireNonNull(cpPlans, "cpPlans"));
        careEpisodes = List.copyOf(Objects.requireNonNull(careEpisodes, "careEpisodes"));
        participation = List.copyOf(Objects.requireNonNull(participation, "participation"));
    }

    /** The file names of the extract, in the order they are read. */
    public static final List<String> FILES = List.of("ssd_person.csv", "ssd_family.csv", "ssd_cin_episodes.csv",
            "ssd_cin_plans.csv", "ssd_cp_plans.csv", "ssd_cla_episodes.csv", "programme_participation.csv");

    /** The latest date anywhere in the extract (a lower bound for its extract date). */
    public LocalDate latestDate() {
        LocalDate max = LocalDate.MIN;
        for (Referral r : referrals) {
            max = later(later(max, r.referralDate()), r.closeDate());
        }
        for (CinPlan p : cinPlans) {
            max = later(later(max, p.start()), p.end());
        }
        for (ChildProtectionPlan p : cpPlans) {
            max = later(later(max, p.start()), p.end());
        }
        for (CareEpisode e : careEpisodes) {
            max = later(later(max, e.start()), e.ceased());
        }
        return max;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
