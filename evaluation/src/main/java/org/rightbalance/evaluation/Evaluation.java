package org.rightbalance.evaluation;

import org.rightbalance.evaluation.pipeline.EvaluationPipeline;
import org.rightbalance.evaluation.pipeline.EvaluationResult;
import org.rightbalance.evaluation.pipeline.PipelineProgress;
import org.rightbalance.evaluation.pipeline.ResultWriter;
import org.rightbalance.evaluation.plan.EvaluationPlan;
import org.rightbalance.evaluation.plan.PlanReader;
import org.rightbalance.evaluation.report.ReportModel;
import org.rightbalance.evaluation.report.ReportModels;
import org.rightbalance.evaluation.report.ReportWriter;
import org.rightbalance.evaluation.ssd.SsdReadResult;
import org.rightbalance.evaluation.ssd.SsdReader;
import org.rightbalance.evaluation.ssd.ValidationPolicy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An evaluation from a council's extract to its report: read the plan, read and validate the
 * extract, derive cohorts and outcomes, match, estimate, and write {@code analysis_table.csv},
 * {@code results.json}, {@code report.html} and {@code report.pdf}.
 *
 * <p>The extract is read before anything is written: a run that fails on bad input leaves the
 * output folder as it was.
 */
public final class Evaluation {

    /**
     * What to run.
     *
     * @param plan   the plan file (YAML)
     * @param data   the extract folder
     * @param out    the output folder
     * @param policy what to do with rows that break a rule, overriding the plan's {@code invalid_rows};
     *               {@code null} to follow the plan
     */
    public record Request(Path plan, Path data, Path out, ValidationPolicy policy) {
        public Request {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(data, "data");
            Objects.requireNonNull(out, "out");
        }
    }

    /** What was produced. */
    public record Outcome(EvaluationResult result, SsdReadResult extract, Path analysisTable, Path results,
                          Path reportHtml, Path reportPdf) {
    }

    private Evaluation() {
    }

    /** The text of a plan shipped with Right Balance ({@code plans/NAME.yaml}), e.g. {@code rbff-2020}. */
    public static String shippedPlan(String name) {
        try (var in = Evaluation.class.getResourceAsStream("plans/" + name + ".yaml")) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped plan named '" + name + "'");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Outcome run(Request request, PipelineProgress progress) {
        EvaluationPlan plan = PlanReader.read(request.plan());
        progress.report(PipelineProgress.Stage.COHORTS, "reading the extract in " + request.data());
        SsdReadResult extract = SsdReader.read(request.data(),
                request.policy() != null ? request.policy() : plan.invalidRows());
        EvaluationResult result = EvaluationPipeline.run(plan, extract.extract(), progress);
        ReportModel model = ReportModels.from(result, LocalDate.now(),
                "Standard Safeguarding Dataset extract in " + request.data().getFileName());
        Path html = request.out().resolve("report.html");
        Path pdf = request.out().resolve("report.pdf");
        try {
            Files.createDirectories(request.out());
            ResultWriter.write(result, request.out());
            ReportWriter.writeHtml(model, html);
            ReportWriter.writePdf(model, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Outcome(result, extract, request.out().resolve("analysis_table.csv"),
                request.out().resolve("results.json"), html, pdf);
    }
}
