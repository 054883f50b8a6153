package org.rightbalance.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the application's exceptions into plain-English pages or, under {@code /api}, RFC 9457
 * problem details. Nothing about the code or the database (stack trace, SQL) ever reaches a user.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(RecordNotFoundException.class)
    Object notFound(HttpServletRequest request, HttpServletResponse response) {
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

    /**
     * Anything else is a fault in the service: the person sees a plain apology (no exception, no
     * SQL), the log gets the details.
     */
    @ExceptionHandler(Exception.class)
    Object unexpected(HttpServletRequest request, Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring Security answers these itself (403, or the sign-in page)
        }
        logUnexpected(e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with the service",
                "Try again later. Nothing you entered has been saved if the page did not confirm it.");
    }

    static Object respond(HttpServletRequest request, HttpStatus status, String title, String detail) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(status);
        page.addObject("title", title);
        page.addObject("detail", detail);
        // Under these names too: inside the layout fragment, "title" is the fragment's own parameter.
        page.addObject("problemTitle", title);
        page.addObject("problemDetail", detail);
        return page;
    }

    static void logUnexpected(Throwable e) {
        LOG.error("Unexpected error", e);
    }
}
