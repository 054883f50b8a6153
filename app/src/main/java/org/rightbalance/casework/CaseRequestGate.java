package org.rightbalance.casework;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.rightbalance.access.CaseAccess;
import org.rightbalance.access.Operation;
import org.rightbalance.access.Section;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Defence in depth in front of every request to {@code /cases/{caseId}/**} and
 * {@code /api/cases/{caseId}/**}: before the request body is even read or validated, a person with
 * no need to know the case — or, where the address is a section's page (see {@link CasePaths}), no
 * right to view (GET) or change (other methods) that section under the permission matrix — is
 * refused as "not found" and the attempt is audited, exactly as {@link CaseAccess#require} does.
 * The services still check every call themselves; this gate only stops refused requests earlier,
 * so that, for example, an invalid form sent to someone else's case is not answered "400 invalid".
 */
@Configuration
class CaseRequestGate implements HandlerInterceptor, WebMvcConfigurer {

    private static final Pattern CASE_PATTERN = Pattern.compile("^(/api)?/cases/\\{([^}/]+)\\}(/.*)?$");

    private final CaseAccess access;

    CaseRequestGate(CaseAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/cases/**", "/api/cases/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        Matcher m = pattern == null ? null : CASE_PATTERN.matcher(pattern.toString());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (m == null || !m.matches() || authentication == null
                || !(authentication.getPrincipal() instanceof StaffPrincipal principal)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String value = variables == null ? null : variables.get(m.group(2));
        if (value == null || !value.matches("\\d{1,18}")) {
            return true; // not an identifier: the handler answers 400
        }
        long caseId = Long.parseLong(value);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Operation operation = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? Operation.VIEW : Operation.CHANGE;
        Optional<Section> section = sectionOf(path.startsWith("/api/") ? path.substring(4) : path, caseId);
        boolean allowed = section.map(s -> access.can(principal.staff(), caseId, s, operation))
                .orElseGet(() -> !access.viewableSections(principal.staff(), caseId).isEmpty());
        if (!allowed) {
            // Records the refused attempt and throws RecordNotFoundException (404).
            access.require(principal.staff(), caseId, section.orElse(Section.CASE_SUMMARY), operation,
                    "refused before the request was read: " + request.getMethod() + " " + pattern);
        }
        return true;
    }

    /** The section whose page address (CasePaths) the path is, or lies under; empty if none. */
    static Optional<Section> sectionOf(String path, long caseId) {
        Section best = null;
        int bestLength = -1;
        for (Section s : Section.values()) {
            String base = CasePaths.of(caseId, s);
            boolean matches = s == Section.CASE_SUMMARY ? path.equals(base) : path.equals(base) || path.startsWith(base + "/");
            if (matches && base.length() > bestLength) {
                best = s;
                bestLength = base.length();
            }
        }
        return Optional.ofNullable(best);
    }
}
