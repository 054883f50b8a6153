package org.rightbalance.costs;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/** The cost ledger for other systems: the same service calls as the pages. */
@RestController
@RequestMapping("/api/costs")
@Tag(name = "Costs", description = "The programme's cost ledger, totals by component and funding source, cost per child")
class CostApiController {

    private final CostService costs;

    CostApiController(CostService costs) {
        this.costs = costs;
    }

    @GetMapping
    @Operation(summary = "Totals and cost per child over a period, with its entries",
            description = "Without from and to: the whole span of the ledger. Dates as yyyy-mm-dd.")
    CostSummary summary(@AuthenticationPrincipal StaffPrincipal me,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return costs.summary(me.staff(), Optional.ofNullable(from), Optional.ofNullable(to));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One entry of the ledger")
    CostEntry entry(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id) {
        return costs.find(me.staff(), id);
    }

    @PostMapping
    @Operation(summary = "Add a cost")
    ResponseEntity<CostEntry> add(@AuthenticationPrincipal StaffPrincipal me, @Valid @RequestBody CostForm form) {
        CostEntry entry = costs.add(me.staff(), form);
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/costs/" + entry.id())).body(entry);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a cost", description = "Send the version you read; 409 if someone else changed it since.")
    CostEntry update(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long id, @Valid @RequestBody CostForm form) {
        return costs.update(me.staff(), id, form);
    }
}
