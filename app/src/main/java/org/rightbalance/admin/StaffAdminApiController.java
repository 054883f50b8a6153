package org.rightbalance.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.groups.Default;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Staff accounts through the REST API (administrators only): the same service as the pages. */
@RestController
@RequestMapping("/api/admin/staff")
@Tag(name = "Administration", description = "Staff accounts (administrators only)")
class StaffAdminApiController {

    private final StaffAdminService staff;

    StaffAdminApiController(StaffAdminService staff) {
        this.staff = staff;
    }

    @GetMapping
    @Operation(summary = "Every staff account")
    List<StaffAccount> list(@AuthenticationPrincipal StaffPrincipal me) {
        return staff.list(me.staff());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a staff member (user name, name, role, team for social workers and team managers, password)")
    Map<String, Long> add(@AuthenticationPrincipal StaffPrincipal me,
                          @Validated({Default.class, StaffForm.Adding.class}) @RequestBody StaffForm form) {
        return Map.of("id", staff.add(me.staff(), form));
    }
}
