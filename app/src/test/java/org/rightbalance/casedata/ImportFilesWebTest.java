package org.rightbalance.casedata;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.importing.Importer;
import org.rightbalance.evaluation.importing.cin.CinCensusWriter;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.Sex;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.staff.StaffRepository;
import org.rightbalance.support.Demo;
import org.rightbalance.support.WebTest;
import org.rightbalance.system.ForbiddenException;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command line's {@code import --into-app}: files on the server's disk go through the same checks and load as an
 * upload, under an administrator's account, audited.
 */
@WebTest
class ImportFilesWebTest {

    @Autowired
    ImportService imports;
    @Autowired
    StaffRepository staff;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Demo demo;

    @TempDir
    Path temp;
    String p;
    String team;

    @BeforeEach
    void setUp() {
        p = "F" + UUID.randomUUID().toString().substring(0, 8);
        team = "Files team " + p;
        staff.addTeam(team);
    }

    private Path census() {
        LocalDate referred = LocalDate.of(2023, 5, 1);
        Path file = temp.resolve("cin-census.xml");
        CinCensusWriter.write(new SsdExtract(List.of(new Person(p + "-1", Sex.FEMALE, "WBRI", LocalDate.of(2012, 1, 2),
                ""), new Person(p + "-2", Sex.MALE, "", LocalDate.of(2011, 6, 7), "")), List.of(),
                List.of(new Referral(p + "-1/" + referred, p + "-1", referred, "N1", "1A", null, ""),
                        new Referral(p + "-2/" + referred, p + "-2", referred, "N2", "", referred.plusDays(40), "RC8")),
                List.of(new CinPlan("x", p + "-1/" + referred, p + "-1", referred.plusDays(10), null)), List.of(),
                List.of(), List.of()), 2024, file);
        return file;
    }

    private long children() {
        return jdbc.sql("select count(*) from child where council_child_id like ?").param(p + "-%").query(Long.class)
                .single();
    }

    @Test
    void anAdministratorImportsACensusFileFromDiskAndTheImportIsAudited() {
        long audited = demo.auditCount("admin", "ALLOWED");

        ImportService.Report report = imports.importFiles("admin", Importer.Format.CIN_CENSUS, List.of(census()), team);

        assertThat(report.imported()).isTrue();
        assertThat(report.result().orElseThrow().childrenAdded()).isEqualTo(2);
        assertThat(report.result().orElseThrow().describe()).startsWith("2 children added; 0 already in the database");
        assertThat(children()).isEqualTo(2);
        assertThat(demo.auditCount("admin", "ALLOWED")).isGreaterThan(audited);
        ImportService.Report again = imports.importFiles("admin", Importer.Format.CIN_CENSUS, List.of(census()), team);
        assertThat(again.result().orElseThrow().childrenAlreadyPresent()).isEqualTo(2);
        assertThat(children()).isEqualTo(2);
    }

    @Test
    void someoneWhoIsNotAnAdministratorCannotImportAndTheAttemptIsAudited() {
        long denied = demo.auditCount("sw.amara", "DENIED");
        Path file = census();

        assertThatThrownBy(() -> imports.importFiles("sw.amara", Importer.Format.CIN_CENSUS, List.of(file), team))
                .isInstanceOf(ForbiddenException.class);

        assertThat(demo.auditCount("sw.amara", "DENIED")).isEqualTo(denied + 1);
        assertThat(children()).isZero();
    }

    @Test
    void anUnknownAccountOrTeamIsNamedAndNothingIsWritten() {
        Path file = census();

        assertThatThrownBy(() -> imports.importFiles("nobody." + p, Importer.Format.CIN_CENSUS, List.of(file), team))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("There is no account 'nobody." + p);
        assertThatThrownBy(() -> imports.importFiles("admin", Importer.Format.CIN_CENSUS, List.of(file), "No " + p))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("There is no team 'No " + p)
                .hasMessageContaining(team);
        assertThat(children()).isZero();
    }

    @Test
    void aFileWithAFindingIsRefusedWithItsFindingAndNothingIsWritten() throws IOException {
        Path file = census();
        String xml = Files.readString(file);
        Files.writeString(file, xml.substring(0, xml.length() / 2));

        ImportService.Report report = imports.importFiles("admin", Importer.Format.CIN_CENSUS, List.of(file), team);

        assertThat(report.imported()).isFalse();
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("not-xml");
            assertThat(f.file()).isEqualTo("cin-census.xml");
        });
        assertThat(children()).isZero();
    }
}
