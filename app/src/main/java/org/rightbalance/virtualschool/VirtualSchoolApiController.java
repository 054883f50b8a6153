package org.rightbalance.virtualschool;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/** The REST API for Virtual School records and the cohort tables: the same service calls as the pages. */
@RestController
@Tag(name = "Virtual School", description = "Attendance per term, English and Maths attainment, and the report's Tables 19-21")
class VirtualSchoolApiController {

    private final VirtualSchoolService virtualSchool;
    private final VirtualSchoolCohortTables tables;

    VirtualSchoolApiController(VirtualSchoolService virtualSchool, VirtualSchoolCohortTables tables) {
        this.virtualSchool = virtualSchool;
        this.tables = tables;
    }

    @GetMapping("/api/cases/{caseId}/virtual-school")
    @Operation(summary = "A case's attendance term by term and attainment at each time point")
    VirtualSchoolRecord record(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return virtualSchool.record(me.staff(), caseId);
    }

    @PostMapping("/api/cases/{caseId}/virtual-school/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a term's attendance (needs the family's consent to Virtual School support)")
    AttendanceRecord addAttendance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                                   @Valid @RequestBody AttendanceForm form) {
        return virtualSchool.addAttendance(me.staff(), caseId, form);
    }

    @PutMapping("/api/cases/{caseId}/virtual-school/attendance/{attendanceId}")
    @Operation(summary = "Correct a term's attendance; 409 if someone else changed it since the version given")
    AttendanceRecord updateAttendance(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                                      @PathVariable long attendanceId, @Valid @RequestBody AttendanceForm form) {
        return virtualSchool.updateAttendance(me.staff(), caseId, attendanceId, form);
    }

    @PostMapping("/api/cases/{caseId}/virtual-school/attainment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record English and Maths attainment at a time point")
    AttainmentRecord addAttainment(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId,
                                   @Valid @RequestBody AttainmentForm form) {
        return virtualSchool.addAttainment(me.staff(), caseId, form);
    }

    @GetMapping("/api/virtual-school/tables")
    @Operation(summary = "Tables 19-21 for the cases opened in a date range (or all) that the caller may see; "
            + "cells under 10 children suppressed unless the caller works on every case")
    CohortTables tables(@AuthenticationPrincipal StaffPrincipal me,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return tables.tables(me.staff(), new Cohort(from, to));
    }
}
