package org.rightbalance.evaluation.ssd;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small, made-up, valid extract that tests change line by line before writing it to a folder. */
final class SyntheticExtract {

    private final Map<String, List<String>> files = new LinkedHashMap<>();

    SyntheticExtract() {
        put(SsdReader.PERSON,
                "pers_person_id,pers_sex,pers_ethnicity,pers_dob,pers_nationality",
                "P1,M,WBRI,2006-03-14,British",
                "P2,F,,2007-07-01,",
                "P3,U,BAFR,02/11/2005,");
        put(SsdReader.FAMILY,
                "fami_family_id,fami_person_id",
                "F1,P1",
                "F1,P2");
        put(SsdReader.CIN_EPISODES,
                "cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need_code,"
                        + "cine_referral_source_code,cine_close_date,cine_close_reason",
                "R1,P1,2017-09-05,N1,3A,2018-01-10,RC8",
                "R2,P2,2017-10-01T09:30:00,N2,1A,,",
                "R3,P3,15/09/2017,,,,");
        put(SsdReader.CIN_PLANS,
                "cinp_cin_plan_id,cinp_referral_id,cinp_person_id,cinp_cin_plan_start_date,cinp_cin_plan_end_date",
                "C1,R1,P1,2017-09-20,2018-01-05");
        put(SsdReader.CP_PLANS,
                "cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date",
                "CP1,P2,2017-11-01,");
        put(SsdReader.CLA_EPISODES,
                "clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,clae_cla_episode_ceased_date",
                "E1,P3,2018-02-01,2018-06-30");
        put(SsdReader.PARTICIPATION,
                "person_id,referral_id,programme,start_date,end_date",
                "P1,R1,RBFF,2017-09-10,2018-01-05",
                "P2,,RBFF,2017-10-05,");
    }

    SyntheticExtract put(String file, String... lines) {
        files.put(file, new ArrayList<>(Arrays.asList(lines)));
        return this;
    }

    /** Adds a row at the end of {@code file}; it will be on line (rows so far + 2). */
    SyntheticExtract append(String file, String line) {
        files.get(file).add(line);
        return this;
    }

    /** Replaces line {@code lineNumber} (1 is the header) of {@code file}. */
    SyntheticExtract replace(String file, int lineNumber, String line) {
        files.get(file).set(lineNumber - 1, line);
        return this;
    }

    SyntheticExtract remove(String file) {
        files.remove(file);
        return this;
    }

    Path writeTo(Path folder) {
        try {
            for (Map.Entry<String, List<String>> e : files.entrySet()) {
                Files.writeString(folder.resolve(e.getKey()), String.join("\r\n", e.getValue()) + "\r\n",
                        StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }
}
