package org.rightbalance.casework;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The REST API's view of cases: the same service calls as the pages. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "A practitioner's cases, a case's summary and chronology")
class CaseworkApiController {

    private final CaseworkService casework;

    CaseworkApiController(CaseworkService casework) {
        this.casework = casework;
    }

    @GetMapping
    @Operation(summary = "The cases the signed-in person works on or manages")
    List<CaseListItem> myCases(@AuthenticationPrincipal StaffPrincipal me) {
        return casework.myCases(me.staff());
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "A case: the child, the people working on it, and the chronology the caller may see")
    CaseOverview overview(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return casework.overview(me.staff(), caseId);
    }
}
