package org.rightbalance.evaluations;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** Running the evaluation from other systems: the same service calls as the evaluation page. */
@RestController
@RequestMapping("/api/evaluations")
@Tag(name = "Evaluation", description = "Run the 2020 evaluation on the application's own records and read its results")
class EvaluationRunApiController {

    private final EvaluationRunService evaluations;

    EvaluationRunApiController(EvaluationRunService evaluations) {
        this.evaluations = evaluations;
    }

    @PostMapping
    @Operation(summary = "Run the evaluation now (synchronously) on an export of the application's records",
            description = "Answers 201 with the run, finished or stopped; a stopped run carries a plain-English message. "
                    + "The reports are at /evaluation/runs/{id}/report.html and report.pdf.")
    ResponseEntity<EvaluationRun> run(@AuthenticationPrincipal StaffPrincipal me) {
        EvaluationRun run = evaluations.run(me.staff());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/evaluations/" + run.id())).body(run);
    }

    @GetMapping
    @Operation(summary = "The latest runs, newest first")
    List<EvaluationRun> latest(@AuthenticationPrincipal StaffPrincipal me) {
        return evaluations.latest(me.staff());
    }

    @GetMapping("/{runId}")
    @Operation(summary = "One run: its status, cohort counts and estimates")
    EvaluationRun run(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long runId) {
        return evaluations.find(me.staff(), runId);
    }
}
