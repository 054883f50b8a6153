package org.rightbalance.casedata;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class SsdDatabaseImportWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SsdDatabaseImport importer;
    @Autowired
    StaffRepository staff;

    @TempDir
    Path temp;
    String p;
    long teamId;

    @BeforeEach
    void setUp() {
        p = "T" + UUID.randomUUID().toString().substring(0, 8);
        teamId = staff.addTeam("Import team " + p);
    }

    /** Three children, two of them siblings; four referrals, a CIN plan, a CP plan, a period of care, one participant. */
    Path extract(String prefix, String secondBirthDate) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(prefix));
        Files.writeString(dir.resolve("ssd_person.csv"), """
                pers_person_id,pers_sex,pers_ethnicity,pers_dob
                %1$s-1,F,WBRI,2006-03-14
                %1$s-2,M,,%2$s
                %1$s-3,U,BAFR,02/11/2005
                """.formatted(prefix, secondBirthDate));
        Files.writeString(dir.resolve("ssd_family.csv"), """
                fami_family_id,fami_person_id
                %1$s-F1,%1$s-1
                %1$s-F1,%1$s-2
                """.formatted(prefix));
        Files.writeString(dir.resolve("ssd_cin_episodes.csv"), """
                cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need_code,cine_referral_source_code,cine_close_date,cine_close_reason
                %1$s-R1,%1$s-1,2017-09-05,N1,3A,2018-01-10,RC8
                %1$s-R2,%1$s-1,2018-03-01,N2,1A,,
                %1$s-R3,%1$s-2,2017-10-01,,,,
                %1$s-R4,%1$s-3,2016-05-01,N4,5A,,
                """.formatted(prefix));
        Files.writeString(dir.resolve("ssd_cin_plans.csv"), """
                cinp_cin_plan_id,cinp_referral_id,cinp_person_id,cinp_cin_plan_start_date,cinp_cin_plan_end_date
                %1$s-C1,%1$s-R1,%1$s-1,2017-09-20,2017-12-19
                """.formatted(prefix));
        Files.writeString(dir.resolve("ssd_cp_plans.csv"), """
                cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date
                %1$s-P1,%1$s-1,2018-04-01,
                """.formatted(prefix));
        Files.writeString(dir.resolve("ssd_cla_episodes.csv"), """
                clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,clae_cla_episode_ceased_date
                %1$s-E1,%1$s-3,2016-08-01,2017-01-01
                """.formatted(prefix));
        Files.writeString(dir.resolve("programme_participation.csv"), """
                person_id,referral_id,programme,start_date,end_date
                %1$s-1,%1$s-R1,RBFF,2017-09-10,2018-06-30
                """.formatted(prefix));
        return dir;
    }

    long count(String table, String prefix) {
        return jdbc.sql("select count(*) from " + table + " t join child c on c.id = t.child_id where c.council_child_id like ?")
                .param(prefix + "-%").query(Long.class).single();
    }

    @Test
    void anExtractIsImportedWithItsPlansCareAndProgrammeCasesAndAgainChangesNothing() throws IOException {
        Path dir = extract(p, "2007-02-01");

        SsdDatabaseImport.Result first = importer.importFolder(dir, List.of(teamId));

        assertThat(first.childrenAdded()).isEqualTo(3);
        assertThat(first.families()).isEqualTo(2);
        assertThat(first.referrals()).isEqualTo(4);
        assertThat(first.programmeCases()).isEqualTo(1);
        assertThat(count("social_care_referral", p)).isEqualTo(4);
        assertThat(count("cin_plan", p)).isEqualTo(1);
        assertThat(count("child_protection_plan", p)).isEqualTo(1);
        assertThat(count("care_period", p)).isEqualTo(1);
        assertThat(count("programme_case", p)).isEqualTo(1);
        long siblingsFamilies = jdbc.sql("select count(distinct family_id) from child where council_child_id in (?, ?)")
                .params(p + "-1", p + "-2").query(Long.class).single();
        assertThat(siblingsFamilies).isEqualTo(1);
        String cpReferralDate = jdbc.sql("""
                select r.referral_date from child_protection_plan cp join social_care_referral r on r.id = cp.referral_id
                join child c on c.id = cp.child_id where c.council_child_id = ?""").param(p + "-1").query(String.class).single();
        assertThat(cpReferralDate).isEqualTo("2018-03-01");
        String keyReferralDate = jdbc.sql("""
                select r.referral_date from programme_key_referral k join social_care_referral r on r.id = k.referral_id
                join programme_case pc on pc.id = k.case_id join child c on c.id = pc.child_id where c.council_child_id = ?""")
                .param(p + "-1").query(String.class).single();
        assertThat(keyReferralDate).isEqualTo("2017-09-05");
        String stage = jdbc.sql("select stage from programme_case pc join child c on c.id = pc.child_id where c.council_child_id = ?")
                .param(p + "-1").query(String.class).single();
        assertThat(stage).isEqualTo("CLOSED");

        SsdDatabaseImport.Result again = importer.importFolder(dir, List.of(teamId));

        assertThat(again.childrenAdded()).isZero();
        assertThat(again.childrenAlreadyPresent()).isEqualTo(3);
        assertThat(again.recordsUpdated()).isZero();
        assertThat(again.recordsAddedToKnownChildren()).isZero();
        assertThat(count("social_care_referral", p)).isEqualTo(4);
        assertThat(count("programme_case", p)).isEqualTo(1);
    }

    @Test
    void aLaterExtractUpdatesWhatChangedAddsWhatIsNewAndKeepsTheRest() throws IOException {
        importer.importFolder(extract(p, "2007-02-01"), List.of(teamId));
        long referralVersion = jdbc.sql("""
                select r.version from social_care_referral r join child c on c.id = r.child_id
                where c.council_child_id = ? and r.referral_date = ?""").params(p + "-1", java.time.LocalDate.of(2018, 3, 1))
                .query(Long.class).single();

        // A year later: the open referral R2 is closed, the CP plan has ended, child 2 has a new referral
        // (ids renumbered, as a new extract may), child 3's ethnicity is corrected.
        Path later = extract(p + "later", "2007-02-01");
        Files.writeString(later.resolve("ssd_person.csv"), Files.readString(later.resolve("ssd_person.csv"))
                .replace(p + "later", p).replace(",U,BAFR,", ",U,BCRB,"));
        Files.writeString(later.resolve("ssd_family.csv"), Files.readString(later.resolve("ssd_family.csv")).replace(p + "later", p));
        Files.writeString(later.resolve("ssd_cin_episodes.csv"), """
                cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need_code,cine_referral_source_code,cine_close_date,cine_close_reason
                X1,%1$s-1,2017-09-05,N1,3A,2018-01-10,RC8
                X2,%1$s-1,2018-03-01,N2,1A,2019-02-01,RC7
                X3,%1$s-2,2017-10-01,,,,
                X5,%1$s-2,2019-01-15,N3,2A,,
                X4,%1$s-3,2016-05-01,N4,5A,,
                """.formatted(p));
        Files.writeString(later.resolve("ssd_cin_plans.csv"), """
                cinp_cin_plan_id,cinp_referral_id,cinp_person_id,cinp_cin_plan_start_date,cinp_cin_plan_end_date
                Y1,X1,%1$s-1,2017-09-20,2017-12-19
                """.formatted(p));
        Files.writeString(later.resolve("ssd_cp_plans.csv"), """
                cppl_cp_plan_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date
                Z1,%1$s-1,2018-04-01,2019-01-20
                """.formatted(p));
        Files.writeString(later.resolve("ssd_cla_episodes.csv"), """
                clae_cla_episode_id,clae_person_id,clae_cla_episode_start_date,clae_cla_episode_ceased_date
                W1,%1$s-3,2016-08-01,2017-01-01
                """.formatted(p));
        Files.writeString(later.resolve("programme_participation.csv"), """
                person_id,referral_id,programme,start_date,end_date
                %1$s-1,X1,RBFF,2017-09-10,2018-06-30
                """.formatted(p));

        SsdDatabaseImport.Result result = importer.importFolder(later, List.of(teamId));

        assertThat(result.childrenAdded()).isZero();
        assertThat(result.childrenAlreadyPresent()).isEqualTo(3);
        assertThat(result.recordsUpdated()).isEqualTo(3);     // R2 closed, CP plan ended, ethnicity corrected
        assertThat(result.recordsAddedToKnownChildren()).isEqualTo(1);  // child 2's new referral
        assertThat(count("social_care_referral", p)).isEqualTo(5);
        assertThat(count("programme_case", p)).isEqualTo(1);
        var closed = jdbc.sql("""
                select r.close_reason, r.version from social_care_referral r join child c on c.id = r.child_id
                where c.council_child_id = ? and r.referral_date = ?""").params(p + "-1", java.time.LocalDate.of(2018, 3, 1))
                .query((rs, n) -> rs.getString(1) + "/" + rs.getLong(2)).single();
        assertThat(closed).isEqualTo("RC7/" + (referralVersion + 1));
        String cpEnd = jdbc.sql("""
                select cp.end_date from child_protection_plan cp join child c on c.id = cp.child_id where c.council_child_id = ?""")
                .param(p + "-1").query(String.class).single();
        assertThat(cpEnd).isEqualTo("2019-01-20");
        assertThat(jdbc.sql("select ethnicity from child where council_child_id = ?").param(p + "-3").query(String.class).single())
                .isEqualTo("BCRB");

        SsdDatabaseImport.Result again = importer.importFolder(later, List.of(teamId));
        assertThat(again.recordsUpdated()).isZero();
        assertThat(again.recordsAddedToKnownChildren()).isZero();
    }

    @Test
    void anExtractWithOneBadRowWritesNothing() throws IOException {
        Path dir = extract(p, "2007-02-30");

        assertThatThrownBy(() -> importer.importFolder(dir, List.of(teamId)))
                .isInstanceOf(InvalidExtractException.class)
                .hasMessageContaining("not a real date");

        long children = jdbc.sql("select count(*) from child where council_child_id like ?").param(p + "-%")
                .query(Long.class).single();
        assertThat(children).isZero();
    }

    @Test
    void aFailureHalfWayThroughTheWriteRollsEverythingBack() throws IOException {
        Path dir = extract(p, "2007-02-01");

        // the programme cases are written last; a team that does not exist makes that insert fail
        assertThatThrownBy(() -> importer.importFolder(dir, List.of(-1L)))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        long children = jdbc.sql("select count(*) from child where council_child_id like ?").param(p + "-%")
                .query(Long.class).single();
        assertThat(children).isZero();
        long families = jdbc.sql("select count(*) from family where family_name = ?").param("Family " + p + "-F1")
                .query(Long.class).single();
        assertThat(families).isZero();
    }

    @Test
    void anIdentifierTooLongForTheDatabaseIsRefusedBeforeAnythingIsWritten() throws IOException {
        String longPrefix = p + "-" + "x".repeat(40);
        Path dir = extract(longPrefix, "2007-02-01");

        assertThatThrownBy(() -> importer.importFolder(dir, List.of(teamId)))
                .isInstanceOf(org.rightbalance.system.InvalidRequestException.class)
                .hasMessageContaining("longer than 40 characters");
        long children = jdbc.sql("select count(*) from child where council_child_id like ?").param(p + "%")
                .query(Long.class).single();
        assertThat(children).isZero();
    }

    @Test
    void anAdministratorUploadsAZipAndSeesWhatWasImported() throws Exception {
        byte[] zip = zip(extract(p, "2007-02-01"));
        mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "extract.zip", "application/zip", zip))
                        .param("teamId", Long.toString(teamId)).with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The extract was imported")))
                .andExpect(content().string(containsString("3</span> children added")));
        assertThat(count("social_care_referral", p)).isEqualTo(4);
    }

    @Test
    void aBadUploadIsReportedRowByRowAndNothingIsWritten() throws Exception {
        byte[] zip = zip(extract(p, "2007-02-30"));
        mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "extract.zip", "application/zip", zip))
                        .param("teamId", Long.toString(teamId)).with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The extract was not imported")))
                .andExpect(content().string(containsString("Nothing was written to the database")))
                .andExpect(content().string(containsString("bad-date")))
                .andExpect(content().string(containsString(p + "-2")));
        long children = jdbc.sql("select count(*) from child where council_child_id like ?").param(p + "-%")
                .query(Long.class).single();
        assertThat(children).isZero();
    }

    @Test
    void aPseudonymisedExtractIsRefusedBecauseItsChildrenCannotBeMatchedAndNothingIsWritten() throws Exception {
        Path dir = extract(p, "2007-02-01");
        // ages at referral instead of dates of birth, as a pseudonymised export writes them: Importer refuses to
        // match such children with the database's
        Files.writeString(dir.resolve("ssd_person.csv"), """
                pers_person_id,pers_sex,pers_ethnicity,pers_dob
                %1$s-1,F,WBRI,
                %1$s-2,M,,
                %1$s-3,U,BAFR,
                """.formatted(p));
        Files.writeString(dir.resolve("ssd_cin_episodes.csv"), """
                cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need_code,cine_referral_source_code,cine_close_date,cine_close_reason,cine_age_at_referral
                %1$s-R1,%1$s-1,2017-09-05,N1,3A,2018-01-10,RC8,11
                %1$s-R2,%1$s-1,2018-03-01,N2,1A,,,11
                %1$s-R3,%1$s-2,2017-10-01,,,,,10
                %1$s-R4,%1$s-3,2016-05-01,N4,5A,,,10
                """.formatted(p));

        mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "extract.zip", "application/zip", zip(dir)))
                        .param("teamId", Long.toString(teamId)).with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The extract was not imported")))
                .andExpect(content().string(containsString("1 problem was found")))
                // the reason is shown, naming the upload rather than the server's temporary folder
                .andExpect(content().string(containsString("the uploaded file: child")))
                .andExpect(content().string(containsString("has no date of birth")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("rightbalance-import"))));
        long children = jdbc.sql("select count(*) from child where council_child_id like ?").param(p + "-%")
                .query(Long.class).single();
        assertThat(children).isZero();
    }

    @Test
    void anUploadWithoutAFileOrNotAZipIsAFormError() throws Exception {
        mvc.perform(multipart("/admin/import").param("teamId", Long.toString(teamId)).with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#file\"")))
                .andExpect(content().string(containsString("Choose the file to import")));
        mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "x.zip", "application/zip", "not a zip".getBytes()))
                        .param("teamId", Long.toString(teamId)).with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not a zip file")));
    }

    @Test
    void onlyAnAdministratorMayImport() throws Exception {
        long before = demo.auditCount("pm.morgan", "DENIED");
        mvc.perform(get("/admin/import").with(demo.as("pm.morgan"))).andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/import").file(new MockMultipartFile("file", "x.zip", "application/zip", new byte[]{1}))
                        .param("teamId", Long.toString(teamId)).with(csrf()).with(demo.as("pm.morgan")))
                .andExpect(status().isForbidden());
        assertThat(demo.auditCount("pm.morgan", "DENIED")).isEqualTo(before + 2);
    }

    static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                zip.putNextEntry(new ZipEntry("extract/" + f.getFileName()));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void anAdministratorUploadsACinCensusFileAndItsChildrenArrive() throws Exception {
        Path census = temp.resolve("census-" + p + ".xml");
        org.rightbalance.evaluation.importing.cin.CinCensusWriter.write(
                org.rightbalance.evaluation.ssd.SsdReader.read(extract(p, "2007-02-01"),
                        org.rightbalance.evaluation.ssd.ValidationPolicy.STOP).extract(), 2018, census);
        mvc.perform(multipart("/admin/import")
                        .file(new MockMultipartFile("file", "census.xml", "application/xml", Files.readAllBytes(census)))
                        .param("format", "CIN_CENSUS").param("teamId", Long.toString(teamId)).with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The extract was imported")));
        assertThat(count("social_care_referral", p)).isEqualTo(4);
        assertThat(count("cin_plan", p)).isEqualTo(1);
        assertThat(count("child_protection_plan", p)).isEqualTo(1);
    }

    @Test
    void aTruncatedCinCensusFileIsRefusedWithItsProblemAndNothingIsWritten() throws Exception {
        Path census = temp.resolve("census-" + p + ".xml");
        org.rightbalance.evaluation.importing.cin.CinCensusWriter.write(
                org.rightbalance.evaluation.ssd.SsdReader.read(extract(p, "2007-02-01"),
                        org.rightbalance.evaluation.ssd.ValidationPolicy.STOP).extract(), 2018, census);
        byte[] whole = Files.readAllBytes(census);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);
        mvc.perform(multipart("/admin/import")
                        .file(new MockMultipartFile("file", "census.xml", "application/xml", truncated))
                        .param("format", "CIN_CENSUS").param("teamId", Long.toString(teamId)).with(csrf()).with(demo.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The extract was not imported")));
        long children = jdbc.sql("select count(*) from child where council_child_id like ?").param(p + "-%")
                .query(Long.class).single();
        assertThat(children).isZero();
    }
}
