package org.rightbalance.child;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The REST API for the family and network: the same service calls as the page. */
@RestController
@RequestMapping("/api/cases/{caseId}/family")
@Tag(name = "Family and network", description = "The child's family and the people around them")
class FamilyApiController {

    private final FamilyService families;

    FamilyApiController(FamilyService families) {
        this.families = families;
    }

    @GetMapping
    @Operation(summary = "The child, the family and its network")
    FamilyView view(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return families.view(me.staff(), caseId);
    }

    @PostMapping("/network")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a family member, friend or professional to the network")
    FamilyView add(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                   @Valid @RequestBody NetworkMemberForm form) {
        families.addMember(me.staff(), caseId, form);
        return families.view(me.staff(), caseId);
    }
}
