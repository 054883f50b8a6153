package org.rightbalance.evaluations;

import org.rightbalance.access.AccessPolicy;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.audit.AuditTrail;
import org.rightbalance.casedata.SsdExport;
import org.rightbalance.evaluation.Evaluation;
import org.rightbalance.evaluation.pipeline.EvaluationResult;
import org.rightbalance.evaluation.pipeline.ModelResult;
import org.rightbalance.evaluation.plan.PlanException;
import org.rightbalance.evaluation.pseudonymisation.PseudonymisedExport;
import org.rightbalance.evaluation.ssd.InvalidExtractException;
import org.rightbalance.evaluation.ssd.ValidationPolicy;
import org.rightbalance.staff.StaffMember;
import org.rightbalance.system.RecordNotFoundException;
import org.rightbalance.stats.model.Coefficient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the 2020 evaluation (the shipped plan {@code rbff-2020}) on the application's own records:
 * export the database as an SSD extract (no names or addresses), prepare it for the evaluation, run
 * the pipeline into {@code <data dir>/evaluations/<timestamp>}, and keep the summary.
 *
 * <p>The run is synchronous: on the demo council (about 4,800 children) it takes a few seconds.
 * Every run and every download of a report is written to the audit trail as an EXPORT.
 */
@Service
public class EvaluationRunService {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRunService.class);
    static final String PLAN = "rbff-2020";
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The files of a run that may be downloaded. */
    public enum Download {
        HTML("report.html", "text/html;charset=UTF-8"), PDF("report.pdf", "application/pdf");

        private final String file;
        private final String mediaType;

        Download(String file, String mediaType) {
            this.file = file;
            this.mediaType = mediaType;
        }

        public String file() {
            return file;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private final CaseAccess access;
    private final AuditTrail audit;
    private final SsdExport export;
    private final EvaluationRunRepository runs;
    private final Clock clock;
    private final Path dataDir;
    private final CouncilKey key;

    public EvaluationRunService(CaseAccess access, AuditTrail audit, SsdExport export, EvaluationRunRepository runs,
                                Clock clock, @Value("${rightbalance.data-dir}") Path dataDir, CouncilKey key) {
        this.key = key;
        this.access = access;
        this.audit = audit;
        this.export = export;
        this.runs = runs;
        this.clock = clock;
        this.dataDir = dataDir;
    }

    /** The latest runs, newest first. */
    public List<EvaluationRun> latest(StaffMember actor) {
        access.requireRole(actor, AccessPolicy.mayRunEvaluation(actor.role()), "evaluation page");
        return runs.latest(20);
    }

    public EvaluationRun find(StaffMember actor, long runId) {
        access.requireRole(actor, AccessPolicy.mayRunEvaluation(actor.role()), "evaluation run " + runId);
        return runs.find(runId).orElseThrow(() -> new RecordNotFoundException("evaluation run " + runId));
    }

    /**
     * Exports the records, runs the evaluation and returns the run: finished, or stopped with a
     * plain-English message (e.g. too few children to match). Never throws for a failed evaluation.
     */
    public EvaluationRun run(StaffMember actor) {
        access.requireRole(actor, AccessPolicy.mayRunEvaluation(actor.role()), "run the evaluation");
        Instant started = Instant.now(clock);
        Path folder = runFolder(started);
        long id = runs.start(started, actor.username(), folder.toString());
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.EXPORT, AuditOutcome.ALLOWED,
                null, null, null, "evaluation run " + id + ": the application's records exported (no names or addresses) "
                + "pseudonymised with the council's key and evaluated with plan " + PLAN + " in " + folder));
        try {
            Files.createDirectories(folder);
            Path exported = folder.resolve("extract");
            SsdExport.Written written = export.write(exported);
            runs.exported(id, written.children());
            Path data = prepareForEvaluation(exported);
            Path plan = folder.resolve(PLAN + ".yaml");
            Files.writeString(plan, Evaluation.shippedPlan(PLAN));
            long t0 = System.nanoTime();
            Evaluation.Outcome outcome = Evaluation.run(new Evaluation.Request(plan, data, folder, null),
                    (stage, message) -> LOG.debug("evaluation run {}: {}", id, message));
            LOG.info("evaluation run {} took {} ms", id, (System.nanoTime() - t0) / 1_000_000);
            EvaluationResult r = outcome.result();
            int[] counts = {r.counts().flagged(), r.counts().treated(), r.counts().comparison(), r.cem().matched().treated(),
                r.cem().matched().control(), r.cem().unmatched().treated(), r.cem().unmatched().control()};
            runs.succeeded(id, Instant.now(clock), counts, estimates(r));
        } catch (IllegalStateException e) {
            runs.failed(id, Instant.now(clock), tooFewToMatch(e));
        } catch (InvalidExtractException e) {
            runs.failed(id, Instant.now(clock), "The application's records break " + e.report().problemCount()
                    + (e.report().problemCount() == 1 ? " rule" : " rules") + " of the evaluation's data format, so the "
                    + "evaluation stopped before any analysis. Correct the records and run it again. First problem: "
                    + e.report().findings().stream().findFirst().map(f -> f.describe()).orElse("none listed") + ".");
        } catch (PlanException e) {
            runs.failed(id, Instant.now(clock), "The evaluation plan could not be read: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("evaluation run {} failed", id, e);
            runs.failed(id, Instant.now(clock), "The evaluation stopped because of an unexpected error. Nothing was "
                    + "reported. The error has been logged for the administrator (evaluation run " + id + ").");
        }
        return runs.find(id).orElseThrow();
    }

    /**
     * Makes the export fit to leave the case-work system: identifiers become keyed hashes under the
     * council's key, dates of birth become ages at referral (issue 5, docs/pseudonymisation.md), and
     * the identifiable export is deleted. The evaluation never sees anything else.
     */
    Path prepareForEvaluation(Path exported) {
        Path pseudonymised = exported.resolveSibling("pseudonymised");
        PseudonymisedExport.write(exported, pseudonymised, key.key(), ValidationPolicy.STOP);
        deleteRecursively(exported); // the identifiable export is not kept once pseudonymised
        return pseudonymised;
    }

    private static void deleteRecursively(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A run's report, recorded in the audit trail as an export. */
    public Path download(StaffMember actor, long runId, Download which) {
        access.requireRole(actor, AccessPolicy.mayRunEvaluation(actor.role()), "evaluation run " + runId + " " + which.file());
        String folder = runs.folder(runId).orElseThrow(() -> new RecordNotFoundException("evaluation run " + runId));
        Path file = Path.of(folder).resolve(which.file());
        if (!Files.isRegularFile(file)) {
            throw new RecordNotFoundException("evaluation run " + runId + " " + which.file());
        }
        audit.record(new AuditTrail.Entry(actor.username(), actor.role().name(), AuditAction.EXPORT, AuditOutcome.ALLOWED,
                null, null, null, "evaluation run " + runId + ": downloaded " + which.file()));
        return file;
    }

    private Path runFolder(Instant at) {
        Path base = dataDir.resolve("evaluations");
        Path folder = base.resolve(FOLDER.format(at));
        for (int i = 2; Files.exists(folder); i++) {
            folder = base.resolve(FOLDER.format(at) + "-" + i);
        }
        return folder;
    }

    private static String tooFewToMatch(IllegalStateException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("cannot match")) {
            return "There are too few children to match. The 2020 plan compares children who took part in the programme, "
                    + "aged 10 to 13 at a referral from 1 September 2017, with children who did not, aged 10 to 13 at a "
                    + "referral between 1 September 2015 and 18 February 2017; both groups are needed ("
                    + e.getMessage().replace("cannot match: ", "") + "). Import the council's records of children known "
                    + "to social care (Administration, Import a council's extract) and run the evaluation again.";
        }
        LOG.error("evaluation stopped", e);
        return "The evaluation stopped because of an unexpected error. Nothing was reported. The error has been logged "
                + "for the administrator.";
    }

    private static List<EvaluationRun.Estimate> estimates(EvaluationResult r) {
        List<EvaluationRun.Estimate> out = new ArrayList<>();
        for (ModelResult m : r.models()) {
            Optional<Coefficient> c = m.coefficient("treated");
            out.add(new EvaluationRun.Estimate(m.outcome(), m.estimator(), m.sensitivity(), m.n(), m.clusters(),
                    finite(m.controlMean()), c.map(x -> finite(x.estimate())).orElse(null),
                    c.map(x -> finite(x.confLow())).orElse(null), c.map(x -> finite(x.confHigh())).orElse(null),
                    c.map(x -> finite(x.pValue())).orElse(null), m.fitted() ? m.reading() : m.note().orElse(m.reading())));
        }
        return out;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }
}
