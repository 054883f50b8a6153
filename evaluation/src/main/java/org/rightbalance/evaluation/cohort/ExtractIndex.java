package org.rightbalance.evaluation.cohort;

import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The extract indexed by person, built once in O(n log n): each child's referrals sorted by
 * (date, referral id), CIN plans by referral, the start dates of CP plans and care episodes sorted by
 * person, family membership, and the programme's participation rows. Lookups of "the next event after a
 * date" are binary searches, so no step scans another child's records.
 */
final class ExtractIndex {

    static final Comparator<Referral> REFERRAL_ORDER = Comparator.comparing(Referral::referralDate)
            .thenComparing(Referral::referralId);
    private static final Referral[] NO_REFERRALS = new Referral[0];
    private static final LocalDate[] NO_DATES = new LocalDate[0];

    private final Map<String, Person> people;
    private final Map<String, Referral[]> referralsByPerson;
    private final Map<String, List<CinPlan>> cinPlansByReferral;
    private final Map<String, LocalDate[]> escalationStartsByPerson;
    private final Map<String, String> familyOfPerson;
    private final Map<String, Integer> familySize;
    private final Map<String, List<ProgrammeParticipation>> participationByPerson;

    ExtractIndex(SsdExtract extract, String programme) {
        people = new HashMap<>(capacity(extract.people().size()));
        for (Person p : extract.people()) {
            people.put(p.personId(), p);
        }

        Map<String, List<Referral>> refs = new HashMap<>(capacity(extract.people().size()));
        for (Referral r : extract.referrals()) {
            refs.computeIfAbsent(r.personId(), k -> new ArrayList<>(2)).add(r);
        }
        referralsByPerson = new HashMap<>(capacity(refs.size()));
        for (Map.Entry<String, List<Referral>> e : refs.entrySet()) {
            Referral[] sorted = e.getValue().toArray(NO_REFERRALS);
            java.util.Arrays.sort(sorted, REFERRAL_ORDER);
            referralsByPerson.put(e.getKey(), sorted);
        }

        cinPlansByReferral = new HashMap<>(capacity(extract.cinPlans().size()));
        for (CinPlan p : extract.cinPlans()) {
            cinPlansByReferral.computeIfAbsent(p.referralId(), k -> new ArrayList<>(1)).add(p);
        }

        Map<String, List<LocalDate>> starts = new HashMap<>();
        for (ChildProtectionPlan p : extract.cpPlans()) {
            starts.computeIfAbsent(p.personId(), k -> new ArrayList<>(2)).add(p.start());
        }
        for (CareEpisode c : extract.careEpisodes()) {
            starts.computeIfAbsent(c.personId(), k -> new ArrayList<>(2)).add(c.start());
        }
        escalationStartsByPerson = new HashMap<>(capacity(starts.size()));
        for (Map.Entry<String, List<LocalDate>> e : starts.entrySet()) {
            LocalDate[] sorted = e.getValue().toArray(NO_DATES);
            java.util.Arrays.sort(sorted);
            escalationStartsByPerson.put(e.getKey(), sorted);
        }

        familyOfPerson = new HashMap<>(capacity(extract.families().size()));
        Map<String, java.util.Set<String>> members = new HashMap<>();
        for (FamilyMembership f : extract.families()) {
            familyOfPerson.putIfAbsent(f.personId(), f.familyId());
            members.computeIfAbsent(f.familyId(), k -> new java.util.HashSet<>(4)).add(f.personId());
        }
        familySize = new HashMap<>(capacity(members.size()));
        members.forEach((family, set) -> familySize.put(family, set.size()));

        participationByPerson = new HashMap<>();
        for (ProgrammeParticipation p : extract.participation()) {
            if (p.programme().equals(programme) && people.containsKey(p.personId())) {
                participationByPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>(1)).add(p);
            }
        }
        for (List<ProgrammeParticipation> list : participationByPerson.values()) {
            list.sort(Comparator.comparing(ProgrammeParticipation::start));
        }
    }

    private static int capacity(int n) {
        return Math.max(16, (int) Math.min(Integer.MAX_VALUE, n * 4L / 3 + 1));
    }

    Map<String, Person> people() {
        return people;
    }

    /** The child's referrals sorted by (date, referral id); empty when none. */
    Referral[] referrals(String personId) {
        return referralsByPerson.getOrDefault(personId, NO_REFERRALS);
    }

    List<CinPlan> cinPlans(String referralId) {
        return cinPlansByReferral.getOrDefault(referralId, List.of());
    }

    /** Start dates of the child's CP plans and care episodes, sorted. */
    LocalDate[] escalationStarts(String personId) {
        return escalationStartsByPerson.getOrDefault(personId, NO_DATES);
    }

    /** The child's family: the first family row naming the child, else {@code person:<id>}. */
    String familyOf(String personId) {
        String f = familyOfPerson.get(personId);
        return f == null ? "person:" + personId : f;
    }

    /** Whether the child's family (as {@link #familyOf}) has another person. */
    boolean hasSiblings(String personId) {
        String f = familyOfPerson.get(personId);
        return f != null && familySize.getOrDefault(f, 1) > 1;
    }

    boolean isFlagged(String personId) {
        return participationByPerson.containsKey(personId);
    }

    /** The programme's participation rows of flagged children, each list sorted by start. */
    Map<String, List<ProgrammeParticipation>> participation() {
        return participationByPerson;
    }

    /** Index of the first referral dated strictly after {@code date} (length when none). */
    static int firstAfter(Referral[] sorted, LocalDate date) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].referralDate().isAfter(date)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Index of the first date strictly after {@code date} (length when none). */
    static int firstAfter(LocalDate[] sorted, LocalDate date) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].isAfter(date)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
