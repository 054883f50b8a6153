package org.rightbalance.evaluation.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seven files of an extract, written row by row; identifiers are a table prefix and a counter,
 * so they are unique at any size. Dates are epoch days; {@link #NONE} writes an empty field.
 *
 * <p>A child's referrals, plans and periods of care are held until the next child starts (or the
 * writer closes), shaped by {@link ChildRecords#shape()} into a valid CIN census and SSDA903 history,
 * and only then written; a referral's id is given when it is drawn, so the generator can link to it.
 */
final class ExtractWriter implements AutoCloseable {

    static final int NONE = Integer.MIN_VALUE;
    private static final int BUFFER = 1 << 20;

    private final BufferedWriter person;
    private final BufferedWriter family;
    private final BufferedWriter referral;
    private final BufferedWriter cinPlan;
    private final BufferedWriter cpPlan;
    private final BufferedWriter care;
    private final BufferedWriter participation;

    long people;
    long families;
    long memberships;
    long referrals;
    long cinPlans;
    long cpPlans;
    long careEpisodes;
    long participations;

    private final ChildRecords child = new ChildRecords();
    private String childId;

    ExtractWriter(Path folder) throws IOException {
        Files.createDirectories(folder);
        person = open(folder, "ssd_person.csv", "pers_person_id,pers_sex,pers_ethnicity,pers_dob,pers_nationality");
        family = open(folder, "ssd_family.csv", "fami_family_id,fami_person_id");
        referral = open(folder, "ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_referral_date,"
                + "cine_cin_primary_need_code,cine_referral_source_code,cine_close_date,cine_close_reason");
        cinPlan = open(folder, "ssd_cin_plans.csv", "cinp_cin_plan_id,cinp_referral_id,cinp_person_id,"
                + "cinp_cin_plan_start_date,cinp_cin_plan_end_date");
        cpPlan = open(folder, "ssd_cp_plans.csv", "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,"
                + "cppl_cp_plan_end_date");
        care = open(folder, "ssd_cla_episodes.csv", "clae_cla_episode_id,clae_person_id,"
                + "clae_cla_episode_start_date,clae_cla_episode_ceased_date");
        participation = open(folder, "programme_participation.csv",
                "person_id,referral_id,programme,start_date,end_date");
    }

    private static BufferedWriter open(Path folder, String file, String header) throws IOException {
        Writer w = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
        BufferedWriter out = new BufferedWriter(w, BUFFER);
        out.write(header);
        out.write('\n');
        return out;
    }

    String newFamily() {
        families++;
        return "F" + families;
    }

    String person(String sex, String ethnicity, int dob, String nationality) throws IOException {
        flushChild();
        people++;
        String id = "P" + people;
        childId = id;
        person.write(id);
        person.write(',');
        person.write(sex);
        person.write(',');
        person.write(ethnicity);
        person.write(',');
        person.write(Days.text(dob));
        person.write(',');
        person.write(nationality);
        person.write('\n');
        return id;
    }

    void member(String familyId, String personId) throws IOException {
        memberships++;
        family.write(familyId);
        family.write(',');
        family.write(personId);
        family.write('\n');
    }

    String referral(String personId, int date, String need, String source, int close, String reason) {
        if ((close == NONE) != reason.isEmpty() || (close != NONE && close < date)) {
            throw new IllegalStateException("bad closure " + close + " " + reason);
        }
        current(personId);
        referrals++;
        String id = "R" + referrals;
        child.episodes.add(new ChildRecords.Episode(id, date, need, source, close, reason));
        return id;
    }

    /** A CIN plan; a {@code protectedPlan} (a cohort child's key plan) keeps its dates whatever follows. */
    void cinPlan(String referralId, String personId, int start, int end, boolean protectedPlan) {
        ordered(start, end);
        current(personId);
        child.cinPlans.add(new ChildRecords.Span(referralId, start, end, protectedPlan));
    }

    void cinPlan(String referralId, String personId, int start, int end) {
        cinPlan(referralId, personId, start, end, false);
    }

    void cpPlan(String personId, int start, int end) {
        ordered(start, end);
        current(personId);
        child.cpPlans.add(new ChildRecords.Span(null, start, end, false));
    }

    void careEpisode(String personId, int start, int ceased) {
        ordered(start, ceased);
        current(personId);
        child.care.add(new ChildRecords.Span(null, start, ceased, false));
    }

    private void current(String personId) {
        if (!personId.equals(childId)) {
            throw new IllegalStateException("rows of " + personId + " after those of " + childId);
        }
    }

    /** Shapes and writes the current child's held rows. */
    private void flushChild() throws IOException {
        if (child.isEmpty()) {
            return;
        }
        child.shape();
        for (ChildRecords.Episode e : child.episodes) {
            referral.write(e.id);
            referral.write(',');
            referral.write(childId);
            referral.write(',');
            referral.write(Days.text(e.date));
            referral.write(',');
            referral.write(e.need);
            referral.write(',');
            referral.write(e.source);
            referral.write(',');
            date(referral, e.close);
            referral.write(',');
            referral.write(e.reason);
            referral.write('\n');
        }
        for (ChildRecords.Span p : child.cinPlans) {
            if (p.dropped) {
                continue;
            }
            cinPlans++;
            cinPlan.write("CINP");
            cinPlan.write(Long.toString(cinPlans));
            cinPlan.write(',');
            cinPlan.write(p.referralId);
            cinPlan.write(',');
            cinPlan.write(childId);
            cinPlan.write(',');
            cinPlan.write(Days.text(p.start));
            cinPlan.write(',');
            date(cinPlan, p.end);
            cinPlan.write('\n');
        }
        for (ChildRecords.Span p : child.cpPlans) {
            if (p.dropped) {
                continue;
            }
            cpPlans++;
            cpPlan.write("CPP");
            cpPlan.write(Long.toString(cpPlans));
            cpPlan.write(',');
            cpPlan.write(childId);
            cpPlan.write(',');
            cpPlan.write(Days.text(p.start));
            cpPlan.write(',');
            date(cpPlan, p.end);
            cpPlan.write('\n');
        }
        for (ChildRecords.Span e : child.care) {
            careEpisodes++;
            care.write("CLA");
            care.write(Long.toString(careEpisodes));
            care.write(',');
            care.write(childId);
            care.write(',');
            care.write(Days.text(e.start));
            care.write(',');
            date(care, e.end);
            care.write('\n');
        }
        child.clear();
    }

    void participation(String personId, String referralId, String programme, int start, int end)
            throws IOException {
        ordered(start, end);
        participations++;
        participation.write(personId);
        participation.write(',');
        participation.write(referralId == null ? "" : referralId);
        participation.write(',');
        participation.write(programme);
        participation.write(',');
        participation.write(Days.text(start));
        participation.write(',');
        date(participation, end);
        participation.write('\n');
    }

    private static void ordered(int start, int end) {
        if (end != NONE && end < start) {
            throw new IllegalStateException("ends before it starts");
        }
    }

    private static void date(BufferedWriter out, int day) throws IOException {
        if (day != NONE) {
            out.write(Days.text(day));
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        try {
            flushChild();
        } catch (IOException e) {
            first = e;
        }
        for (BufferedWriter w : new BufferedWriter[] {person, family, referral, cinPlan, cpPlan, care, participation}) {
            try {
                w.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
