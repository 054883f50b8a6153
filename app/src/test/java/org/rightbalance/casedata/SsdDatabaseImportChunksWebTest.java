package org.rightbalance.casedata;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.importing.Importer;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.support.WebTest;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database import writes an extract a chunk of children at a time; where the chunks split the
 * children must not change what is written. The comparisons import the same synthetic council twice,
 * under two random prefixes in the shared test database: once in chunks of 3 children, once in the
 * default chunks (all ten children in one), and compare every row written.
 */
@WebTest
class SsdDatabaseImportChunksWebTest {

    /** Ten children in chunks of 3: {01–03}, {04–06}, {07–09}, {10}, so families F1 and F2 span chunks. */
    static final int TINY_CHUNK = 3;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    SsdDatabaseImport importer;
    @Autowired
    StaffRepository staff;

    @TempDir
    Path temp;
    String chunked;
    String whole;
    List<Long> teams;

    @BeforeEach
    void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        chunked = "A" + run;
        whole = "B" + run;
        // two teams, so that handing programme cases to teams in turn must carry over from chunk to chunk
        teams = List.of(staff.addTeam("Chunk team 1 " + run), staff.addTeam("Chunk team 2 " + run));
    }

    @Test
    void chunkBoundariesDoNotChangeWhatIsWritten() throws IOException {
        SsdDatabaseImport.Result inChunks = importer.importFolder(council(chunked, false), teams, TINY_CHUNK);
        SsdDatabaseImport.Result inOne = importer.importFolder(council(whole, false), teams);

        assertThat(inChunks).isEqualTo(inOne);
        // 10 children; families F1, F2, F3 and one each for the four children in none; 18 referrals;
        // child 10's plan has no referral; child 8's participation is in another programme
        assertThat(inChunks).isEqualTo(new SsdDatabaseImport.Result(10, 0, 7, 18, 4, 3, 3, 4, 1, 0, 0));
        assertThat(written(chunked)).isEqualTo(written(whole));
        assertThat(familiesOf(chunked)).containsExactlyInAnyOrder(
                "Family P-F1: P-01 P-05 P-09", "Family P-F2: P-03 P-04", "Family P-F3: P-07",
                "Family of P-02: P-02", "Family of P-06: P-06", "Family of P-08: P-08", "Family of P-10: P-10");
        assertThat(teamsOfCases(chunked)).containsExactly("P-01:0", "P-04:1", "P-07:0", "P-09:1");
    }

    @Test
    void aLaterExtractUpdatesKnownChildrenInEveryChunkAsInOne() throws IOException {
        importer.importFolder(council(chunked, false), teams, TINY_CHUNK);
        importer.importFolder(council(whole, false), teams);

        SsdDatabaseImport.Result inChunks = importer.importFolder(council(chunked, true), teams, TINY_CHUNK);
        SsdDatabaseImport.Result inOne = importer.importFolder(council(whole, true), teams);

        assertThat(inChunks).isEqualTo(inOne);
        // added: children 11 (family F1 again, as a new family) and 12, 12's referral, 11's programme case;
        // updated: 1's ethnicity, 4's referral closed, 6's care ended, 8's plan ended (chunks 1 to 3);
        // added to known children: 4's and 10's new referrals, 9's CIN plan, 10's plan now it has a referral
        assertThat(inChunks).isEqualTo(new SsdDatabaseImport.Result(2, 10, 2, 1, 0, 0, 0, 1, 0, 4, 4));
        assertThat(written(chunked)).isEqualTo(written(whole));
        assertThat(familiesOf(chunked)).contains("Family P-F1: P-11");
        assertThat(written(chunked)).contains("child P-01 Child P-01 2005-01-10 M BCRB 1 Family P-F1",
                "referral P-04 2016-06-04 2A N2 2017-01-15 RC7 1", "care P-06 2016-05-01 2017-01-31 1",
                "cp P-10 2016-11-01 null referral 2017-02-01 0");

        assertThat(importer.importFolder(council(chunked, true), teams, TINY_CHUNK))
                .isEqualTo(new SsdDatabaseImport.Result(0, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void anIdentifierTooLongInTheLastChunkLeavesNothingFromTheEarlierChunks() throws IOException {
        Path raw = rawCouncil(chunked, false);
        // sorts after P-10, so it is in the fourth chunk, after three chunks have been written
        String tooLong = chunked + "-zz" + "9".repeat(40);
        Files.writeString(raw.resolve("ssd_person.csv"), tooLong + ",F,WBRI,2006-01-01\n", java.nio.file.StandardOpenOption.APPEND);
        Path extract = canonical(raw);

        assertThatThrownBy(() -> importer.importFolder(extract, teams, TINY_CHUNK))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("longer than 40 characters");

        assertThat(jdbc.sql("select count(*) from child where council_child_id like ?").param(chunked + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from family where family_name like ?").param("%" + chunked + "%")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from programme_case where team_id in (?, ?)").params(teams.get(0), teams.get(1))
                .query(Long.class).single()).isZero();
    }

    @Test
    void moreKeysThanOneStatementTakesAreQueriedInSlices() throws IOException {
        importer.importFolder(council(chunked, false), teams, TINY_CHUNK);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2 * InList.MAX_PARAMETERS + 500; i++) {
            keys.add(chunked + "-absent-" + i);
        }
        keys.add(5, chunked + "-01");
        keys.add(InList.MAX_PARAMETERS + 7, chunked + "-05");
        keys.add(chunked + "-10");

        List<String> found = new ArrayList<>();
        InList.query(jdbcTemplate, "select council_child_id from child where council_child_id in (%s)", keys,
                rs -> {
                    found.add(rs.getString(1));
                });

        assertThat(found).containsExactlyInAnyOrder(chunked + "-01", chunked + "-05", chunked + "-10");
    }

    /** The council {@link #rawCouncil} as {@link Importer} writes it, which is what the application imports. */
    Path council(String prefix, boolean later) throws IOException {
        return canonical(rawCouncil(prefix, later));
    }

    Path canonical(Path raw) {
        Path out = temp.resolve(raw.getFileName() + "-imported");
        Importer.run(new Importer.Request(Importer.Format.SSD, List.of(raw), out));
        return out;
    }

    /**
     * Ten synthetic children {@code prefix-01} … {@code -10} with one to three referrals each (none for
     * child 10), CIN plans, child protection plans (child 10's without any referral), periods of care and
     * programme participation. The later extract adds children 11 and 12 and changes children 1, 4, 6, 8,
     * 9 and 10.
     */
    Path rawCouncil(String prefix, boolean later) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(prefix + (later ? "-later" : "-first")));
        int children = later ? 12 : 10;
        StringBuilder people = new StringBuilder("pers_person_id,pers_sex,pers_ethnicity,pers_dob\n");
        StringBuilder referrals = new StringBuilder("cine_referral_id,cine_person_id,cine_referral_date,"
                + "cine_cin_primary_need_code,cine_referral_source_code,cine_close_date,cine_close_reason\n");
        for (int i = 1; i <= children; i++) {
            String id = child(prefix, i);
            String ethnicity = i == 1 && later ? "BCRB" : i % 4 == 0 ? "" : "WBRI";
            people.append("%s,%s,%s,2005-%02d-10\n".formatted(id, List.of("U", "M", "F").get(i % 3), ethnicity, i));
            int count = i <= 9 ? i % 3 + 1 : 0;
            for (int k = 1; k <= count; k++) {
                String close = k < count ? "2016-%02d-%02d,RC8".formatted(k * 3 + 1, i)
                        : i == 4 && later ? "2017-01-15,RC7" : ",";
                referrals.append("%s-R%02d-%d,%s,2016-%02d-%02d,N%d,%dA,%s\n".formatted(prefix, i, k, id, k * 3, i,
                        k, k, close));
            }
        }
        if (later) {
            referrals.append("%1$s-R04-3,%2$s,2017-03-01,N3,2A,,\n".formatted(prefix, child(prefix, 4)));
            referrals.append("%1$s-R10-1,%2$s,2017-02-01,N1,1A,,\n".formatted(prefix, child(prefix, 10)));
            referrals.append("%1$s-R12-1,%2$s,2017-01-05,N2,3A,,\n".formatted(prefix, child(prefix, 12)));
        }
        Files.writeString(dir.resolve("ssd_person.csv"), people);
        Files.writeString(dir.resolve("ssd_cin_episodes.csv"), referrals);
        Files.writeString(dir.resolve("ssd_family.csv"), """
                fami_family_id,fami_person_id
                %1$s-F1,%1$s-01
                %1$s-F1,%1$s-05
                %1$s-F1,%1$s-09
                %1$s-F2,%1$s-03
                %1$s-F2,%1$s-04
                %1$s-F3,%1$s-07
                """.formatted(prefix) + (later ? "%1$s-F1,%1$s-11\n".formatted(prefix) : ""));
        Files.writeString(dir.resolve("ssd_cin_plans.csv"), """
                cinp_cin_plan_id,cinp_referral_id,cinp_person_id,cinp_cin_plan_start_date,cinp_cin_plan_end_date
                %1$s-C01,%1$s-R01-1,%1$s-01,2016-03-02,2016-05-01
                %1$s-C03,%1$s-R03-1,%1$s-03,2016-03-04,
                %1$s-C05,%1$s-R05-1,%1$s-05,2016-03-06,2016-05-01
                %1$s-C07,%1$s-R07-1,%1$s-07,2016-03-08,
                """.formatted(prefix) + (later ? "%1$s-C09,%1$s-R09-1,%1$s-09,2016-03-20,\n".formatted(prefix) : ""));
        Files.writeString(dir.resolve("ssd_cp_plans.csv"), """
                cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date
                %1$s-P02,%1$s-02,2016-07-01,
                %1$s-P04,%1$s-04,2016-01-01,2016-02-01
                %1$s-P08,%1$s-08,2016-10-01,%2$s
                %1$s-P10,%1$s-10,2016-11-01,
                """.formatted(prefix, later ? "2017-02-02" : ""));
        Files.writeString(dir.resolve("ssd_cla_episodes.csv"), """
                clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,clae_cla_episode_ceased_date
                %1$s-E03,%1$s-03,2016-04-01,2016-08-01
                %1$s-E06,%1$s-06,2016-05-01,%2$s
                %1$s-E09,%1$s-09,2016-02-01,2016-02-20
                """.formatted(prefix, later ? "2017-01-31" : ""));
        Files.writeString(dir.resolve("programme_participation.csv"), """
                person_id,referral_id,programme,start_date,end_date
                %1$s-01,%1$s-R01-1,RBFF,2016-04-01,2016-12-31
                %1$s-04,,RBFF,2016-06-10,
                %1$s-07,%1$s-R07-2,RBFF,2016-07-01,
                %1$s-08,,OTHER,2016-02-01,
                %1$s-09,%1$s-R09-1,RBFF,2016-04-01,2016-09-30
                """.formatted(prefix) + (later ? "%1$s-11,,RBFF,2017-01-10,\n".formatted(prefix) : ""));
        return dir;
    }

    static String child(String prefix, int i) {
        return "%s-%02d".formatted(prefix, i);
    }

    /**
     * Every row the import wrote for the prefix's children, one line each, the prefix replaced by {@code P}
     * and database ids by what they point to, so that two imports under different prefixes compare equal.
     */
    List<String> written(String prefix) {
        List<String> rows = new ArrayList<>();
        rows.addAll(lines(prefix, """
                select 'child', c.council_child_id, c.given_name, c.family_name, c.date_of_birth, c.sex, c.ethnicity,
                       c.version, f.family_name
                from child c join family f on f.id = c.family_id where c.council_child_id like ?
                order by c.council_child_id"""));
        rows.addAll(familiesOf(prefix));
        rows.addAll(lines(prefix, """
                select 'referral', c.council_child_id, r.referral_date, r.referral_source, r.primary_need, r.close_date,
                       r.close_reason, r.version
                from social_care_referral r join child c on c.id = r.child_id where c.council_child_id like ?
                order by c.council_child_id, r.referral_date"""));
        for (String plan : List.of("cin_plan", "child_protection_plan")) {
            rows.addAll(lines(prefix, """
                    select '%s', c.council_child_id, p.start_date, p.end_date, 'referral', r.referral_date, p.version
                    from %s p join child c on c.id = p.child_id join social_care_referral r on r.id = p.referral_id
                    where c.council_child_id like ? order by c.council_child_id, p.start_date"""
                    .formatted(plan.equals("cin_plan") ? "cin" : "cp", plan)));
        }
        rows.addAll(lines(prefix, """
                select 'care', c.council_child_id, p.start_date, p.end_date, p.version
                from care_period p join child c on c.id = p.child_id where c.council_child_id like ?
                order by c.council_child_id, p.start_date"""));
        rows.addAll(lines(prefix, """
                select 'case', c.council_child_id, pc.stage, pc.opened_on, pc.closed_on, 'key referral', r.referral_date
                from programme_case pc join child c on c.id = pc.child_id
                left join programme_key_referral k on k.case_id = pc.id
                left join social_care_referral r on r.id = k.referral_id
                where c.council_child_id like ? order by c.council_child_id, pc.opened_on"""));
        rows.addAll(teamsOfCases(prefix));
        return rows;
    }

    /** Each family of the prefix's children: its name and its members. */
    List<String> familiesOf(String prefix) {
        Map<Long, TreeSet<String>> members = new TreeMap<>();
        Map<Long, String> names = new TreeMap<>();
        jdbc.sql("""
                select f.id, f.family_name, c.council_child_id from child c join family f on f.id = c.family_id
                where c.council_child_id like ?""").param(prefix + "-%").query((rs, n) -> {
            names.put(rs.getLong(1), rs.getString(2).replace(prefix, "P"));
            members.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(3).replace(prefix, "P"));
            return n;
        }).list();
        return new TreeSet<>(members.keySet().stream().map(id -> names.get(id) + ": " + String.join(" ", members.get(id)))
                .toList()).stream().toList();
    }

    /** Which of {@link #teams} (0 or 1) holds each programme case, by child. */
    List<String> teamsOfCases(String prefix) {
        return jdbc.sql("""
                select c.council_child_id, pc.team_id from programme_case pc join child c on c.id = pc.child_id
                where c.council_child_id like ? order by c.council_child_id""").param(prefix + "-%")
                .query((rs, n) -> rs.getString(1).replace(prefix, "P") + ":" + teams.indexOf(rs.getLong(2))).list();
    }

    List<String> lines(String prefix, String sql) {
        return jdbc.sql(sql).param(prefix + "-%").query((rs, n) -> {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                values.add(String.valueOf(rs.getString(i)));
            }
            return String.join(" ", values).replace(prefix, "P");
        }).list();
    }
}
