package org.rightbalance.evaluation.importing.ssda903;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rightbalance.evaluation.ssd.CareEpisode;
import org.rightbalance.evaluation.ssd.Finding;
import org.rightbalance.evaluation.ssd.InvalidExtractException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class Ssda903RulesTest {

    private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB";
    private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
            + "HOME_POST,PL_POST,URN";

    @TempDir
    Path dir;

    private final List<String> header = new ArrayList<>(List.of(HEADER,
            "C1,1,14/03/2006,WBRI,,,",
            "C2,2,01/07/2007,,,1,05/05/2023"));
    private final List<String> episodes = new ArrayList<>(List.of(EPISODES,
            "C1,01/02/2018,S,C2,N1,U1,PR1,10/03/2018,X1,,,,",
            "C1,10/03/2018,P,C2,N1,U4,PR1,30/06/2018,E13,CHILD,,,",
            "C1,01/01/2020,S,V2,N2,U1,PR1,,,,,,",
            "C2,05/05/2019,S,C1,N4,R1,PR2,06/05/2019,E11,,,,"));

    private Ssda903Return read() throws IOException {
        Files.write(dir.resolve("Header.csv"), header, StandardCharsets.UTF_8);
        Files.write(dir.resolve("Episodes.csv"), episodes, StandardCharsets.UTF_8);
        return Ssda903Reader.readCsvFolder(dir);
    }

    @Test
    void aValidReturnGivesPeriodsOfCareJoinedOverX1() throws IOException {
        Ssda903Return r = read();
        assertThat(r.people()).hasSize(2);
        assertThat(r.episodes()).hasSize(4);
        assertThat(r.carePeriods()).containsExactly(
                new CareEpisode("C1/2018-02-01", "C1", LocalDate.of(2018, 2, 1), LocalDate.of(2018, 6, 30)),
                new CareEpisode("C1/2020-01-01", "C1", LocalDate.of(2020, 1, 1), null),
                new CareEpisode("C2/2019-05-05", "C2", LocalDate.of(2019, 5, 5), LocalDate.of(2019, 5, 6)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dec-before-decom|E|4|C2,05/05/2019,S,C1,N4,R1,PR2,04/05/2019,E11,,,,|Episodes.csv|5|C2",
        "overlapping-episodes|E|4|C2,05/05/2019,S,C1,N4,R1,PR2,06/05/2019,E11,,,,;C2,06/04/2019,S,C1,N4,R1,PR2,10/05/2019,E11,,,,|Episodes.csv|5|C2",
        "more-than-one-open-episode|E|4|C2,05/05/2019,S,C1,N4,R1,PR2,,,,,,;C2,06/06/2019,S,C1,N4,R1,PR2,,,,,,|Episodes.csv|6|C2",
        "unknown-child|E|4|C9,05/05/2019,S,C1,N4,R1,PR2,06/05/2019,E11,,,,|Episodes.csv|5|C9",
        "bad-code|E|4|C2,05/05/2019,Q,C1,N4,R1,PR2,06/05/2019,E11,,,,|Episodes.csv|5|C2",
        "bad-code|E|4|C2,05/05/2019,S,C1,N9,R1,PR2,06/05/2019,E11,,,,|Episodes.csv|5|C2",
        "bad-code|E|4|C2,05/05/2019,S,C1,N4,R1,PR2,06/05/2019,E99,,,,|Episodes.csv|5|C2",
        "bad-code|H|2|C2,3,01/07/2007,,,,|Header.csv|3|C2",
        "bad-code|H|2|C2,2,01/07/2007,ZZZZ,,,|Header.csv|3|C2",
        "bad-date|E|4|C2,31/02/2019,S,C1,N4,R1,PR2,06/05/2019,E11,,,,|Episodes.csv|5|C2",
        "bad-date|H|2|C2,2,2007/07/01,,,,|Header.csv|3|C2",
        "missing-value|E|4|C2,05/05/2019,S,C1,N4,R1,PR2,06/05/2019,,,,,|Episodes.csv|5|C2",
        "missing-value|H|2|C2,2,,,,,|Header.csv|3|C2",
        "duplicate-child|H|2|C1,2,01/07/2007,,,,|Header.csv|3|C1",
        "chain-break|E|4|C2,05/05/2019,P,C1,N4,R1,PR2,06/05/2019,E11,,,,|Episodes.csv|5|C2",
        "chain-break|E|2|C1,10/03/2018,S,C2,N1,U4,PR1,30/06/2018,E13,CHILD,,,|Episodes.csv|3|C1",
        "chain-break|E|2|C1,11/03/2018,P,C2,N1,U4,PR1,30/06/2018,E13,CHILD,,,|Episodes.csv|3|C1",
        "wrong-field-count|E|4|C2,05/05/2019,S|Episodes.csv|5|C2",
    })
    void eachRuleIsReportedWithFileLineAndChild(String rule, String table, int index, String replacement,
                                                String file, long line, String child) {
        List<String> lines = table.equals("H") ? header : episodes;
        lines.remove(index);
        lines.addAll(index, List.of(replacement.split(";")));
        InvalidExtractException e = catchThrowableOfType(this::read, InvalidExtractException.class);
        assertThat(e).as(rule).isNotNull();
        assertThat(e.report().findings()).extracting(Finding::rule).contains(rule);
        Finding f = e.report().findings().stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow();
        assertThat(f.file()).isEqualTo(file);
        assertThat(f.line()).isEqualTo(line);
        assertThat(f.recordId()).isEqualTo(child);
        assertThat(e.getMessage()).doesNotContain("\n").contains(file).contains("line " + line).contains(rule);
    }

    @Test
    void aMissingColumnOrTableIsReported() throws IOException {
        header.set(0, "CHILD,SEX,ETHNIC");
        InvalidExtractException e = catchThrowableOfType(this::read, InvalidExtractException.class);
        assertThat(e.report().findings()).extracting(Finding::rule).containsExactly("missing-column");
        assertThat(e.getMessage()).contains("DOB");

        Files.delete(dir.resolve("Episodes.csv"));
        e = catchThrowableOfType(() -> Ssda903Reader.readCsvFolder(dir), InvalidExtractException.class);
        assertThat(e.report().findings()).extracting(Finding::rule).contains("missing-file");
    }

    @Test
    void xmlFindingsNameTheLine() throws IOException {
        Path xml = dir.resolve("return.xml");
        Files.writeString(xml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <EXPSSDA903>
                  <CHILD>
                    <HEADER><CHILDID>A1</CHILDID><SEX>1</SEX><DOB>01/01/2010</DOB></HEADER>
                    <EPISODE><DECOM>01/01/2020</DECOM><RNE>S</RNE><DEC>01/01/2019</DEC><REC>E13</REC></EPISODE>
                  </CHILD>
                </EXPSSDA903>
                """);
        InvalidExtractException e = catchThrowableOfType(() -> Ssda903Reader.readXml(xml),
                InvalidExtractException.class);
        assertThat(e.report().findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("dec-before-decom");
            assertThat(f.line()).isEqualTo(5);
            assertThat(f.recordId()).isEqualTo("A1");
        });
    }
}
