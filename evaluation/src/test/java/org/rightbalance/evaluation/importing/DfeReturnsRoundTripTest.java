package org.rightbalance.evaluation.importing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightbalance.evaluation.Evaluation;
import org.rightbalance.evaluation.importing.cin.CinCensusWriter;
import org.rightbalance.evaluation.importing.ssda903.Ssda903Writer;
import org.rightbalance.evaluation.pipeline.PipelineProgress;
import org.rightbalance.evaluation.ssd.ChildProtectionPlan;
import org.rightbalance.evaluation.ssd.CinPlan;
import org.rightbalance.evaluation.ssd.ProgrammeParticipation;
import org.rightbalance.evaluation.ssd.Referral;
import org.rightbalance.evaluation.ssd.SsdExtract;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.evaluation.synth.Profile;
import org.rightbalance.evaluation.synth.SyntheticCouncil;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip: the synthetic Camden council (seed 2020, scale 1) written as a council's DfE returns — CIN
 * census XML and the SSDA903 — plus the council's own programme records (who took part, families, nationality: none of
 * them is in a DfE return), imported with {@link Importer} into an evaluation input folder, gives the same analysis
 * table and the same estimates as the SSD extract it was written from.
 *
 * <p>The census names a referral by child and referral date ({@code P12/2018-03-05}), the SSD extract by its own id
 * ({@code R345}); the programme records name the key referral the census way, as a council's would once its referrals
 * come from the census. So the tables are compared with the SSD route's {@code key_referral_id} in the census form;
 * every other column must be equal as written.
 */
class DfeReturnsRoundTripTest {

    @TempDir
    Path dir;

    private Path ssd;
    private SsdExtract extract;

    @BeforeEach
    void generate() throws IOException {
        ssd = dir.resolve("ssd");
        SyntheticCouncil.write(ssd, Profile.CAMDEN_2020, 2020, 1);
        extract = SsdReader.read(ssd, ValidationPolicy.STOP).extract();
    }

    @Test
    void censusAndSsda903ImportedGiveTheSameAnalysisTableAndEstimatesAsTheSsdExtract() throws IOException {
        Path census = dir.resolve("cin-census-2019-20.xml");
        CinCensusWriter.write(extract, 2020, census);
        Path ssda903 = dir.resolve("ssda903");
        Ssda903Writer.writeCsv(extract, 2020, ssda903);
        Path programme = programmeRecords();
        Path input = dir.resolve("input");

        Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS, List.of(census), input));
        Importer.run(new Importer.Request(Importer.Format.SSDA903, List.of(ssda903), input));
        Importer.run(new Importer.Request(Importer.Format.SSD, List.of(programme), input));

        assertSameEvaluation(input);
    }

    @Test
    void censusFilesOfEachCollectionYearImportedInAnyOrderGiveTheSameAnalysisTable() throws IOException {
        List<Path> census = new ArrayList<>();
        for (int year = 2018; year <= 2020; year++) {
            Path file = dir.resolve("cin-census-" + year + ".xml");
            CinCensusWriter.write(asAt(extract, year), year, file);
            census.add(file);
        }
        Path ssda903 = dir.resolve("ssda903.xml");
        Ssda903Writer.writeXml(extract, 2020, ssda903);
        Path programme = programmeRecords();
        Path input = dir.resolve("input");

        // the latest year first, then the others: an earlier year must not undo what a later one says
        Map<Integer, ImportReport.Counts> referrals = new HashMap<>();
        for (Path file : List.of(census.get(2), census.get(0), census.get(1))) {
            ImportReport.SourceCounts counts = Importer.run(new Importer.Request(Importer.Format.CIN_CENSUS,
                    List.of(file), input)).report().sources().get(0);
            referrals.put(counts.year(), counts.tables().get("referral"));
        }
        assertThat(referrals.get(2018).keptNewer()).as("2017/18 episodes the 2019/20 file closed").isPositive();
        assertThat(referrals.get(2019).updated()).as("episodes open in 2017/18, closed in 2018/19").isPositive();
        assertThat(referrals.get(2019).keptNewer()).as("open in 2018/19, closed in 2019/20").isPositive();
        Importer.run(new Importer.Request(Importer.Format.SSDA903, List.of(ssda903), input));
        ExtractMerger.Imported last = Importer.run(new Importer.Request(Importer.Format.SSD, List.of(programme), input));

        assertThat(last.report().sources()).singleElement().satisfies(s -> assertThat(s.tables().get("referral")
                .added()).isZero());
        assertSameEvaluation(input);
    }

    /**
     * The census of collection year {@code year} as the council would have returned it on its reference date (31
     * March): for 2017/18, every episode up to then (the council's first file to us holds its history); for later
     * years, the episodes open at some time in the year. What happened after the reference date is not yet known: an
     * episode or plan that ended later is open, a plan that started later is not there.
     */
    static SsdExtract asAt(SsdExtract x, int year) {
        LocalDate from = year == 2018 ? LocalDate.MIN : LocalDate.of(year - 1, 4, 1);
        LocalDate to = LocalDate.of(year, 3, 31);
        List<Referral> referrals = x.referrals().stream()
                .filter(r -> !r.referralDate().isAfter(to) && (r.closeDate() == null || !r.closeDate().isBefore(from)))
                .map(r -> r.closeDate() == null || !r.closeDate().isAfter(to) ? r : new Referral(r.referralId(),
                        r.personId(), r.referralDate(), r.primaryNeedCode(), r.referralSourceCode(), null, ""))
                .toList();
        Set<String> kept = new HashSet<>();
        referrals.forEach(r -> kept.add(r.referralId()));
        List<CinPlan> cinPlans = x.cinPlans().stream()
                .filter(p -> kept.contains(p.referralId()) && !p.start().isAfter(to))
                .map(p -> p.end() == null || !p.end().isAfter(to) ? p
                        : new CinPlan(p.planId(), p.referralId(), p.personId(), p.start(), null))
                .toList();
        List<ChildProtectionPlan> cpPlans = x.cpPlans().stream()
                .filter(p -> !p.start().isAfter(to) && (p.end() == null || !p.end().isBefore(from)))
                .map(p -> p.end() == null || !p.end().isAfter(to) ? p
                        : new ChildProtectionPlan(p.planId(), p.personId(), p.start(), null))
                .toList();
        return new SsdExtract(x.people(), List.of(), referrals, cinPlans, cpPlans, List.of(), List.of());
    }

    /** Runs the evaluation on the SSD extract and on {@code input} and compares what they wrote. */
    private void assertSameEvaluation(Path input) throws IOException {
        Evaluation.Outcome direct = evaluate(ssd, dir.resolve("direct"));
        Evaluation.Outcome imported = evaluate(input, dir.resolve("imported"));

        List<String> expected = censusKeyed(Files.readAllLines(direct.analysisTable()));
        List<String> actual = Files.readAllLines(imported.analysisTable());
        assertThat(actual).hasSize(585);
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(imported.result().counts()).isEqualTo(direct.result().counts());

        JsonMapper json = JsonMapper.builder().build();
        JsonNode directModels = json.readTree(Files.readString(direct.results())).get("models");
        JsonNode importedModels = json.readTree(Files.readString(imported.results())).get("models");
        assertThat(importedModels).hasSize(9);
        assertThat(importedModels).isEqualTo(directModels);
    }

    private Evaluation.Outcome evaluate(Path data, Path out) throws IOException {
        Path plan = dir.resolve("rbff-2020.yaml");
        Files.writeString(plan, Evaluation.shippedPlan("rbff-2020"));
        return Evaluation.run(new Evaluation.Request(plan, data, out, null), PipelineProgress.NONE);
    }

    /**
     * What a council holds beside its DfE returns, as an SSD folder: every child (with nationality), the families,
     * the programme's participation rows naming their key referral by child and date, and those referrals (the SSD
     * reader checks a participation row's referral in its own folder).
     */
    private Path programmeRecords() throws IOException {
        Map<String, Referral> byId = new HashMap<>();
        extract.referrals().forEach(r -> byId.put(r.referralId(), r));
        List<ProgrammeParticipation> participation = new ArrayList<>();
        List<Referral> named = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ProgrammeParticipation p : extract.participation()) {
            Referral r = p.referralId() == null ? null : byId.get(p.referralId());
            if (r == null) {
                participation.add(p);
                continue;
            }
            Referral census = censusKeyed(r);
            participation.add(new ProgrammeParticipation(p.personId(), census.referralId(), p.programme(), p.start(),
                    p.end()));
            if (seen.add(census.referralId())) {
                named.add(census);
            }
        }
        assertThat(named).hasSizeGreaterThan(100);
        Path folder = dir.resolve("programme");
        SsdExtractWriter.write(new SsdExtract(extract.people(), extract.families(), named, List.of(), List.of(),
                List.of(), participation), folder);
        return folder;
    }

    private static Referral censusKeyed(Referral r) {
        return new Referral(r.personId() + "/" + r.referralDate(), r.personId(), r.referralDate(), r.primaryNeedCode(),
                r.referralSourceCode(), r.closeDate(), r.closeReason());
    }

    /** The analysis table with {@code key_referral_id} (column 5) written as the census names the referral. */
    private static List<String> censusKeyed(List<String> table) {
        assertThat(table.get(0).split(",")[4]).isEqualTo("key_referral_id");
        assertThat(table.get(0).split(",")[5]).isEqualTo("key_referral_date");
        List<String> out = new ArrayList<>(List.of(table.get(0)));
        for (String line : table.subList(1, table.size())) {
            String[] f = line.split(",", -1);
            f[4] = f[0] + "/" + f[5];
            out.add(String.join(",", f));
        }
        return out;
    }
}
