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
        people++;
        String id = "P" + people;
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

    String referral(String personId, int date, String need, String source, int close, String reason)
            throws IOException {
        if ((close == NONE) != reason.isEmpty() || (close != NONE && close < date)) {
            throw new IllegalStateException("bad closure " + close + " " + reason);
        }
        referrals++;
        String id = "R" + referrals;
        referral.write(id);
        referral.write(',');
        referral.write(personId);
        referral.write(',');
        referral.write(Days.text(date));
        referral.write(',');
        referral.write(need);
        referral.write(',');
        referral.write(source);
        referral.write(',');
        date(referral, close);
        referral.write(',');
        referral.write(reason);
        referral.write('\n');
        return id;
    }

    void cinPlan(String referralId, String personId, int start, int end) throws IOException {
        ordered(start, end);
        cinPlans++;
        cinPlan.write("CINP");
        cinPlan.write(Long.toString(cinPlans));
        cinPlan.write(',');
        cinPlan.write(referralId);
        cinPlan.write(',');
        cinPlan.write(personId);
        cinPlan.write(',');
        cinPlan.write(Days.text(start));
        cinPlan.write(',');
        date(cinPlan, end);
        cinPlan.write('\n');
    }

    void cpPlan(String personId, int start, int end) throws IOException {
        ordered(start, end);
        cpPlans++;
        cpPlan.write("CPP");
        cpPlan.write(Long.toString(cpPlans));
        cpPlan.write(',');
        cpPlan.write(personId);
        cpPlan.write(',');
        cpPlan.write(Days.text(start));
        cpPlan.write(',');
        date(cpPlan, end);
        cpPlan.write('\n');
    }

    void careEpisode(String personId, int start, int ceased) throws IOException {
        ordered(start, ceased);
        careEpisodes++;
        care.write("CLA");
        care.write(Long.toString(careEpisodes));
        care.write(',');
        care.write(personId);
        care.write(',');
        care.write(Days.text(start));
        care.write(',');
        date(care, ceased);
        care.write('\n');
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
