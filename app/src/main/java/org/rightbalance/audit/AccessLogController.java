package org.rightbalance.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import java.util.List;

/** The case page's "Who has looked at this record" section, as a page and through the API. */
@Controller
@Tag(name = "Cases")
class AccessLogController {

    private final AccessLogService accessLog;

    AccessLogController(AccessLogService accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/cases/{caseId}/access-log")
    String page(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId, Model model) {
        model.addAttribute("log", accessLog.forCase(me.staff(), caseId));
        return "audit/access-log";
    }

    @GetMapping("/api/cases/{caseId}/access-log")
    @ResponseBody
    @Operation(summary = "Who has looked at the child's record (team and programme managers)")
    List<AuditEvent> api(@AuthenticationPrincipal StaffPrincipal me, @PathVariable long caseId) {
        return accessLog.forCase(me.staff(), caseId).events();
    }
}
