package org.rightbalance.evaluations;

import org.rightbalance.security.StaffPrincipal;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.nio.file.Path;

/** The evaluation page: run the evaluation on the application's records, see the runs, get the reports. */
@Controller
class EvaluationRunController {

    /** The report is a page of its own with its own styles: let it use them, and nothing else. */
    static final String REPORT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src data:; frame-ancestors 'none'";

    private final EvaluationRunService evaluations;

    EvaluationRunController(EvaluationRunService evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping("/evaluation")
    String page(@AuthenticationPrincipal StaffPrincipal me, Model model) {
        model.addAttribute("runs", evaluations.latest(me.staff()));
        return "evaluations/evaluation";
    }

    @PostMapping("/evaluation/runs")
    String run(@AuthenticationPrincipal StaffPrincipal me) {
        EvaluationRun run = evaluations.run(me.staff());
        return "redirect:/evaluation/runs/" + run.id();
    }

    @GetMapping("/evaluation/runs/{runId}")
    String runPage(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long runId, Model model) {
        model.addAttribute("run", evaluations.find(me.staff(), runId));
        return "evaluations/run";
    }

    @GetMapping("/evaluation/runs/{runId}/report.html")
    ResponseEntity<Resource> html(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long runId) {
        Path file = evaluations.download(me.staff(), runId, EvaluationRunService.Download.HTML);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(EvaluationRunService.Download.HTML.mediaType()))
                .header("Content-Security-Policy", REPORT_POLICY)
                .body(new FileSystemResource(file));
    }

    @GetMapping("/evaluation/runs/{runId}/report.pdf")
    ResponseEntity<Resource> pdf(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long runId) {
        Path file = evaluations.download(me.staff(), runId, EvaluationRunService.Download.PDF);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"evaluation-run-" + runId + ".pdf\"")
                .body(new FileSystemResource(file));
    }
}
