package org.rightbalance.evaluation.ssd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The example in docs/data-format.md reads as the document says. */
class DataFormatExampleTest {

    @TempDir
    Path dir;

    private Path example() throws IOException {
        Files.writeString(dir.resolve(SsdReader.PERSON), """
                pers_person_id,pers_sex,pers_ethnicity,pers_dob,pers_nationality
                P1,M,WBRI,2006-03-14,British
                P2,F,,2007-02-30,
                P3,U,BAFR,02/11/2005,
                """);
        Files.writeString(dir.resolve(SsdReader.CIN_EPISODES), """
                cine_referral_id,cine_person_id,cine_referral_date,cine_cin_primary_need_code,\
                cine_referral_source_code,cine_close_date,cine_close_reason
                R1,P1,2017-09-05,N1,3A,2018-01-10,RC8
                R2,P2,2017-10-01T09:30:00,N2,1A,,
                R3,P3,15/09/2017,,,,
                R4,P9,2018-01-01,N1,1A,,
                """);
        Files.writeString(dir.resolve(SsdReader.PARTICIPATION), """
                person_id,referral_id,programme,start_date,end_date
                P1,R1,RBFF,2017-09-10,2018-01-05
                """);
        return dir;
    }

    @Test
    void stopFailsWithTheDocumentedMessage() throws IOException {
        Path folder = example();

        InvalidExtractException e = catchThrowableOfType(InvalidExtractException.class,
                () -> SsdReader.read(folder, ValidationPolicy.STOP));

        assertThat(e.getMessage()).startsWith("2 problems in the extract; first: ssd_person.csv, line 3, record P2, "
                + "column pers_dob: '2007-02-30' is not a real date;").endsWith("(bad-date)");
        assertThat(e.report().findings().get(1).describe()).isEqualTo("ssd_cin_episodes.csv, line 5, record R4, "
                + "column cine_person_id: person P9 is not in ssd_person.csv; add the person or correct the id "
                + "(unknown-person)");
        assertThat(e.report().notes()).hasSize(4);
    }

    @Test
    void dropAndCountKeepsWhatTheDocumentSays() throws IOException {
        SsdReadResult result = SsdReader.read(example(), ValidationPolicy.DROP_AND_COUNT);

        assertThat(result.extract().people()).extracting(Person::personId).containsExactly("P1", "P3");
        assertThat(result.extract().referrals()).extracting(Referral::referralId).containsExactly("R1", "R3");
        assertThat(result.extract().participation()).hasSize(1);
        assertThat(result.report().summary())
                .contains("ssd_person.csv: 3 rows read, 2 kept, 1 dropped (bad-date 1)")
                .contains("ssd_cin_episodes.csv: 4 rows read, 2 kept, 2 dropped "
                        + "(depends-on-dropped-row 1, unknown-person 1)");
    }
}
