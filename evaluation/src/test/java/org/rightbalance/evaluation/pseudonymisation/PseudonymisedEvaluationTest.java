package org.rightbalance.evaluation.pseudonymisation;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.Evaluation;
import org.rightbalance.evaluation.pipeline.PipelineProgress;
import org.rightbalance.evaluation.ssd.FamilyMembership;
import org.rightbalance.evaluation.ssd.Person;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The evaluation of the synthetic Camden council (seed 2020, the extract of the end-to-end test against
 * R) gives the same results on its pseudonymised export as on the original: the same cohorts, matches
 * and estimates; the analysis table differs only by identifiers (its rows are in pseudonym order, so the
 * matching weights, sums over those rows, may differ in the last digits).
 */
class PseudonymisedEvaluationTest {

    private static final PseudonymisationKey KEY = PseudonymiserTest.KEY;

    @TempDir
    static Path dir;

    private static Evaluation.Outcome original;
    private static Evaluation.Outcome pseudonymised;
    private static PseudonymisedExport.Summary export;

    @BeforeAll
    static void evaluateBoth() throws IOException {
        Path data = dir.resolve("extract");
        SyntheticCouncil.write(data, Profile.CAMDEN_2020, 2020, 1);
        Path pseudo = dir.resolve("pseudonymised");
        export = PseudonymisedExport.write(data, pseudo, KEY, ValidationPolicy.STOP);
        Path plan = dir.resolve("rbff-2020.yaml");
        Files.writeString(plan, Evaluation.shippedPlan("rbff-2020"));
        original = Evaluation.run(new Evaluation.Request(plan, data, dir.resolve("out-original"), null),
                PipelineProgress.NONE);
        pseudonymised = Evaluation.run(new Evaluation.Request(plan, pseudo, dir.resolve("out-pseudonymised"), null),
                PipelineProgress.NONE);
    }

    @Test
    void theEvaluationReadsNoDateOfBirth() {
        assertThat(pseudonymised.extract().extract().people()).extracting(Person::dateOfBirth).containsOnlyNulls();
    }

    @Test
    void cohortCountsAndTheConsortAreTheSame() {
        assertThat(original.result().counts().treated()).isEqualTo(121);
        assertThat(pseudonymised.result().counts()).isEqualTo(original.result().counts());
        assertThat(pseudonymised.result().consort()).isEqualTo(original.result().consort());
    }

    @Test
    void everyNumberInResultsJsonIsTheSame() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode a = json.readTree(Files.readString(original.results()));
        JsonNode b = json.readTree(Files.readString(pseudonymised.results()));
        List<String> compared = new ArrayList<>();

        same("", a, b, compared);

        assertThat(compared).as("numbers compared").hasSizeGreaterThan(200)
                .anyMatch(path -> path.startsWith("/models/") && path.endsWith("/estimate"))
                .anyMatch(path -> path.startsWith("/characteristics/"));
    }

    /**
     * Same structure, texts and numbers; numbers equal to 1e-9 relative, because the analysis table is
     * in pseudonym order and sums over it are taken in another order.
     */
    private static void same(String path, JsonNode a, JsonNode b, List<String> compared) {
        assertThat(b.getNodeType()).as(path).isEqualTo(a.getNodeType());
        if (a.isNumber()) {
            double x = a.asDouble();
            assertThat(b.asDouble()).as(path).isCloseTo(x, within(1e-9 * Math.max(1, Math.abs(x))));
            compared.add(path);
        } else if (a.isObject()) {
            assertThat(b.propertyNames()).as(path).containsExactlyElementsOf(a.propertyNames());
            for (String name : a.propertyNames()) {
                same(path + "/" + name, a.get(name), b.get(name), compared);
            }
        } else if (a.isArray()) {
            assertThat(b.size()).as(path).isEqualTo(a.size());
            for (int i = 0; i < a.size(); i++) {
                same(path + "/" + i, a.get(i), b.get(i), compared);
            }
        } else {
            assertThat(b.asString()).as(path).isEqualTo(a.asString());
        }
    }

    @Test
    void theAnalysisTableDiffersOnlyByIdentifiers() throws IOException {
        assertThat(export.childrenWithSameDayReferrals()).as("no tie the pseudonyms could reorder").isZero();
        Pseudonymiser p = new Pseudonymiser(KEY);
        Map<String, String> familyOf = new HashMap<>();
        for (FamilyMembership f : original.extract().extract().families()) {
            familyOf.putIfAbsent(f.personId(), f.familyId());
        }
        Map<String, NamedCsvRecord> before = rowsByPerson(original.analysisTable());
        Map<String, NamedCsvRecord> after = rowsByPerson(pseudonymised.analysisTable());
        assertThat(after).hasSameSizeAs(before);
        Map<String, String> strata = new HashMap<>();

        before.forEach((person, row) -> {
            NamedCsvRecord other = after.get(p.pseudonym(IdentifierKind.PERSON, person));
            assertThat(other).as(person).isNotNull();
            String family = familyOf.get(person);
            assertThat(other.getField("family_id")).isEqualTo(family == null
                    ? "person:" + p.pseudonym(IdentifierKind.PERSON, person) : p.pseudonym(IdentifierKind.FAMILY, family));
            assertThat(other.getField("key_referral_id"))
                    .isEqualTo(p.pseudonym(IdentifierKind.REFERRAL, row.getField("key_referral_id")));
            for (String column : row.getHeader()) {
                if (column.equals("weight")) {
                    double w = Double.parseDouble(row.getField(column));
                    assertThat(Double.parseDouble(other.getField(column))).as(person + " weight")
                            .isCloseTo(w, within(1e-12 * Math.max(1, w)));
                } else if (!List.of("person_id", "family_id", "key_referral_id", "stratum").contains(column)) {
                    assertThat(other.getField(column)).as(person + " " + column).isEqualTo(row.getField(column));
                }
            }
            String stratum = strata.putIfAbsent(row.getField("stratum"), other.getField("stratum"));
            assertThat(stratum == null ? other.getField("stratum") : stratum)
                    .as("children of one stratum stay together").isEqualTo(other.getField("stratum"));
        });
        assertThat(strata).hasSizeGreaterThan(5);
        assertThat(new java.util.HashSet<>(strata.values())).hasSameSizeAs(strata.keySet());
    }

    private static Map<String, NamedCsvRecord> rowsByPerson(Path table) throws IOException {
        Map<String, NamedCsvRecord> rows = new HashMap<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(table)) {
            csv.forEach(r -> rows.put(r.getField("person_id"), r));
        }
        return rows;
    }

    @Test
    void theExtractReadForTheEvaluationHasTheSameRowsPerFile() {
        assertThat(pseudonymised.extract().report().files()).extracting(f -> f.file() + " " + f.rowsKept())
                .containsExactlyElementsOf(original.extract().report().files().stream()
                        .map(f -> f.file() + " " + f.rowsKept()).toList());
        assertThat(pseudonymised.extract().report().file(SsdReader.CIN_EPISODES).rowsKept()).isGreaterThan(6_000);
    }
}
