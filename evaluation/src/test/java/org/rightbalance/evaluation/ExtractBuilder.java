package org.rightbalance.evaluation;

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

/** Builds small synthetic extracts by hand for tests. */
public final class ExtractBuilder {

    private final List<Person> people = new ArrayList<>();
    private final List<FamilyMembership> families = new ArrayList<>();
    private final List<Referral> referrals = new ArrayList<>();
    private final List<CinPlan> cinPlans = new ArrayList<>();
    private final List<ChildProtectionPlan> cpPlans = new ArrayList<>();
    private final List<CareEpisode> care = new ArrayList<>();
    private final List<ProgrammeParticipation> participation = new ArrayList<>();
    private int ids;

    public static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    public ExtractBuilder person(String id, Sex sex, String dateOfBirth) {
        return person(id, sex, dateOfBirth, "WBRI", "British");
    }

    public ExtractBuilder person(String id, Sex sex, String dateOfBirth, String ethnicity, String nationality) {
        people.add(new Person(id, sex, ethnicity, d(dateOfBirth), nationality));
        return this;
    }

    public ExtractBuilder family(String familyId, String... personIds) {
        for (String p : personIds) {
            families.add(new FamilyMembership(familyId, p));
        }
        return this;
    }

    public ExtractBuilder referral(String id, String personId, String date) {
        referrals.add(new Referral(id, personId, d(date), "N1", "1A", null, ""));
        return this;
    }

    public ExtractBuilder cinPlan(String referralId, String personId, String start, String end) {
        cinPlans.add(new CinPlan("CIN" + (++ids), referralId, personId, d(start), end == null ? null : d(end)));
        return this;
    }

    public ExtractBuilder cinPlan(String planId, String referralId, String personId, String start, String end) {
        cinPlans.add(new CinPlan(planId, referralId, personId, d(start), end == null ? null : d(end)));
        return this;
    }

    public ExtractBuilder cpPlan(String personId, String start) {
        cpPlans.add(new ChildProtectionPlan("CP" + (++ids), personId, d(start), null));
        return this;
    }

    public ExtractBuilder careEpisode(String personId, String start) {
        care.add(new CareEpisode("LAC" + (++ids), personId, d(start), null));
        return this;
    }

    /** Flags the child for RBFF, naming {@code referralId} (null for none). */
    public ExtractBuilder flag(String personId, String referralId, String start) {
        participation.add(new ProgrammeParticipation(personId, referralId, "RBFF", d(start), null));
        return this;
    }

    public ExtractBuilder participation(ProgrammeParticipation p) {
        participation.add(p);
        return this;
    }

    public SsdExtract build() {
        return new SsdExtract(people, families, referrals, cinPlans, cpPlans, care, participation);
    }
}
