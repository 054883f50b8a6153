package org.rightbalance.admin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.rightbalance.access.AccessPolicy;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.audit.AuditAction;
import org.rightbalance.audit.AuditOutcome;
import org.rightbalance.security.StaffPrincipal;
import org.rightbalance.system.InvalidRequestException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** The administration start page and the audit trail viewer and export. */
@Controller
class AdminController {

    private final CaseAccess access;
    private final AuditAdminService auditAdmin;

    AdminController(CaseAccess access, AuditAdminService auditAdmin) {
        this.access = access;
        this.auditAdmin = auditAdmin;
    }

    @GetMapping("/admin")
    String index(@AuthenticationPrincipal StaffPrincipal me) {
        access.requireRole(me.staff(), AccessPolicy.mayAdminister(me.staff().role()), "administration");
        return "admin/index";
    }

    @GetMapping("/admin/audit")
    String audit(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") AuditFilterForm form,
                 BindingResult errors, Model model) {
        model.addAttribute("actions", options(AuditAction.values()));
        model.addAttribute("outcomes", options(AuditOutcome.values()));
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("result", auditAdmin.search(me.staff(), form));
            } catch (InvalidRequestException e) {
                StaffAdminController.reject(errors, e);
            }
        }
        if (errors.hasErrors()) {
            access.requireRole(me.staff(), AccessPolicy.mayAdminister(me.staff().role()), "audit trail");
        }
        return "admin/audit";
    }

    @GetMapping("/admin/audit/export.csv")
    void export(@AuthenticationPrincipal StaffPrincipal me, @Valid @ModelAttribute("form") AuditFilterForm form,
                BindingResult errors, HttpServletResponse response) throws IOException {
        if (errors.hasErrors()) {
            throw new InvalidRequestException(null, "Correct the filter on the audit trail page, then export again.");
        }
        // The stream is opened only once the export is allowed, so a refusal can still show its page.
        auditAdmin.exportCsv(me.staff(), form, () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-trail.csv\"");
            return new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        });
    }

    private static Map<String, String> options(Enum<?>[] values) {
        Map<String, String> options = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> options.put(v.name(), v.name().replace('_', ' ').toLowerCase()));
        return options;
    }
}
