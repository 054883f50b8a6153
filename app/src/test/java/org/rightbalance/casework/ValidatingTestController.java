package org.rightbalance.casework;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Test only: a case endpoint that validates its body before any service could check access. */
@RestController
@Hidden
class ValidatingTestController {

    record Note(@NotBlank String text) {
    }

    @PostMapping("/api/cases/{caseId}/test-support/validated-note")
    String note(@PathVariable long caseId, @Valid @RequestBody Note note) {
        return "accepted";
    }
}
