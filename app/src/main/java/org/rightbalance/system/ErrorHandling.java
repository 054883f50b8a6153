package org.rightbalance.system;

import jakarta.servlet.http.HttpServletRequest;
import org.rightbalance.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the application's exceptions into plain-English pages or, under {@code /api}, RFC 9457
 * problem details. Nothing about the code or the database (stack trace, SQL) ever reaches a user.
 */
@ControllerAdvice
class ErrorHandling {

    @ExceptionHandler(RecordNotFoundException.class)
    Object notFound(HttpServletRequest request) {
        return respond(request, HttpStatus.NOT_FOUND, "Page not found",
                "The record does not exist, or you do not have access to it. Access to children's records is need-to-know.");
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(HttpServletRequest request) {
        return respond(request, HttpStatus.FORBIDDEN, "You do not have access to this page",
                "Your role does not include this part of the service. Ask your manager if you need it.");
    }

    @ExceptionHandler(ConcurrentEditException.class)
    Object conflict(HttpServletRequest request, ConcurrentEditException e) {
        return respond(request, HttpStatus.CONFLICT, "Someone else changed this record",
                e.getMessage() + ". Nothing you entered was saved: reload the record and make your change again.");
    }

    @ExceptionHandler(InvalidRequestException.class)
    Object invalid(HttpServletRequest request, InvalidRequestException e) {
        return respond(request, HttpStatus.BAD_REQUEST, "There is a problem", e.getMessage());
    }

    private static Object respond(HttpServletRequest request, HttpStatus status, String title, String detail) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(status);
        page.addObject("problemTitle", title);
        page.addObject("problemDetail", detail);
        // Exception handlers' views miss the @ModelAttribute methods, so the header is filled here.
        StaffPrincipal me = SecurityContextHolder.getContext().getAuthentication() != null
                && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof StaffPrincipal p ? p : null;
        page.addObject("me", me);
        page.addObject("nav", CurrentStaffAdvice.navigationFor(me));
        return page;
    }
}
