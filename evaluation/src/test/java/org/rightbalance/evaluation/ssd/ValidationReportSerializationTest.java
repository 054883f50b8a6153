package org.rightbalance.evaluation.ssd;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationReportSerializationTest {

    @TempDir
    Path dir;

    @Test
    void theReportSerializesAsJsonWithRuleIdsAndCounts() {
        Path folder = new SyntheticExtract().append(SsdReader.CIN_EPISODES, "R4,P9,2018-01-01,,,,").writeTo(dir);
        ValidationReport report = SsdReader.read(folder, ValidationPolicy.DROP_AND_COUNT).report();

        JsonNode json = new JsonMapper().valueToTree(report);

        assertThat(json.get("policy").asString()).isEqualTo("DROP_AND_COUNT");
        assertThat(json.get("problemCount").asLong()).isEqualTo(1);
        assertThat(json.get("problemsByRule").get("unknown-person").asLong()).isEqualTo(1);
        JsonNode finding = json.get("findings").get(0);
        assertThat(finding.get("file").asString()).isEqualTo("ssd_cin_episodes.csv");
        assertThat(finding.get("line").asLong()).isEqualTo(5);
        assertThat(finding.get("recordId").asString()).isEqualTo("R4");
        assertThat(finding.get("column").asString()).isEqualTo("cine_person_id");
        assertThat(finding.get("rule").asString()).isEqualTo("unknown-person");
        JsonNode cin = json.get("files").get(2);
        assertThat(cin.get("file").asString()).isEqualTo("ssd_cin_episodes.csv");
        assertThat(cin.get("rowsRead").asLong()).isEqualTo(4);
        assertThat(cin.get("rowsKept").asLong()).isEqualTo(3);
        assertThat(cin.get("droppedByRule").get("unknown-person").asLong()).isEqualTo(1);
    }

    @Test
    void theReportSerializesAsYaml() {
        ValidationReport report = SsdReader.read(new SyntheticExtract().writeTo(dir)).report();

        String yaml = new YAMLMapper().writeValueAsString(report);

        assertThat(yaml).contains("policy: \"STOP\"").contains("problemCount: 0").contains("ssd_person.csv");
    }
}
