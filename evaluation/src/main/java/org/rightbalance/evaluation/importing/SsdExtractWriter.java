package org.rightbalance.evaluation.importing;

import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes an {@link SsdExtract} as the seven SSD CSV files {@link SsdReader} reads (same columns as the
 * synthetic council's writer), rows in the extract's order, dates as yyyy-mm-dd, {@code \n} line ends,
 * fields quoted only when they hold a comma, quote or line break.
 */
public final class SsdExtractWriter {

    private SsdExtractWriter() {
    }

    public static void write(SsdExtract x, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (BufferedWriter w = open(folder, SsdReader.PERSON, PERSON_HEADER)) {
            for (Person p : x.people()) {
                w.write(line(p));
            }
        }
        try (BufferedWriter w = open(folder, SsdReader.FAMILY, FAMILY_HEADER)) {
            for (FamilyMembership f : x.families()) {
                row(w, f.familyId(), f.personId());
            }
        }
        try (BufferedWriter w = open(folder, SsdReader.CIN_EPISODES, REFERRAL_HEADER)) {
            for (Referral r : x.referrals()) {
                w.write(line(r));
            }
        }
        try (BufferedWriter w = open(folder, SsdReader.CIN_PLANS, CIN_PLAN_HEADER)) {
            for (CinPlan p : x.cinPlans()) {
                w.write(line(p));
            }
        }
        try (BufferedWriter w = open(folder, SsdReader.CP_PLANS, CP_PLAN_HEADER)) {
            for (ChildProtectionPlan p : x.cpPlans()) {
                w.write(line(p));
            }
        }
        try (BufferedWriter w = open(folder, SsdReader.CLA_EPISODES, CARE_HEADER)) {
            for (CareEpisode e : x.careEpisodes()) {
                row(w, e.episodeId(), e.personId(), text(e.start()), text(e.ceased()));
            }
        }
        try (BufferedWriter w = open(folder, SsdReader.PARTICIPATION, PARTICIPATION_HEADER)) {
            for (ProgrammeParticipation p : x.participation()) {
                row(w, p.personId(), p.referralId() == null ? "" : p.referralId(), p.programme(), text(p.start()),
                        text(p.end()));
            }
        }
    }

    static final String PERSON_HEADER = "pers_person_id,pers_sex,pers_ethnicity,pers_dob,pers_nationality";
    static final String FAMILY_HEADER = "fami_family_id,fami_person_id";
    static final String REFERRAL_HEADER = "cine_referral_id,cine_person_id,cine_referral_date,"
            + "cine_cin_primary_need_code,cine_referral_source_code,cine_close_date,cine_close_reason";
    static final String CIN_PLAN_HEADER = "cinp_cin_plan_id,cinp_referral_id,cinp_person_id,"
            + "cinp_cin_plan_start_date,cinp_cin_plan_end_date";
    static final String CP_PLAN_HEADER = "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,"
            + "cppl_cp_plan_end_date";
    static final String CARE_HEADER = "clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,"
            + "clae_cla_episode_ceased_date";
    static final String PARTICIPATION_HEADER = "person_id,referral_id,programme,start_date,end_date";

    /** A person's line in {@link SsdReader#PERSON}. */
    static String line(Person p) {
        return csvLine(List.of(p.personId(), p.sex().code(), p.ethnicity(), text(p.dateOfBirth()), p.nationality()));
    }

    /** A referral's line in {@link SsdReader#CIN_EPISODES}. */
    static String line(Referral r) {
        return csvLine(List.of(r.referralId(), r.personId(), text(r.referralDate()), r.primaryNeedCode(),
                r.referralSourceCode(), text(r.closeDate()), r.closeReason()));
    }

    /** A CIN plan's line in {@link SsdReader#CIN_PLANS}. */
    static String line(CinPlan p) {
        return csvLine(List.of(p.planId(), p.referralId(), p.personId(), text(p.start()), text(p.end())));
    }

    /** A CP plan's line in {@link SsdReader#CP_PLANS}. */
    static String line(ChildProtectionPlan p) {
        return csvLine(List.of(p.planId(), p.personId(), text(p.start()), text(p.end())));
    }

    static BufferedWriter open(Path folder, String file, String header) throws IOException {
        BufferedWriter w = Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8);
        w.write(header);
        w.write('\n');
        return w;
    }

    static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    static void row(BufferedWriter w, String... fields) throws IOException {
        w.write(csvLine(List.of(fields)));
    }

    /** One CSV line with its {@code \n}. */
    public static String csvLine(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String f = fields.get(i);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        return b.append('\n').toString();
    }
}
