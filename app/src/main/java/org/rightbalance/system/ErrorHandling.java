package org.rightbalance.system;

import jakarta.servlet.http.HttpServletRequest;
import org.rightbalance.security.StaffPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
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

    /**
     * Spring MVC's errors that {@link RequestErrors} does not name (an invalid API body, a form value
     * of the wrong type, any other {@link ErrorResponse}) get the same treatment; anything else is a
     * fault in the service: the person sees a plain apology (no exception, no SQL), the log gets the details.
     */
    @ExceptionHandler(Exception.class)
    Object other(HttpServletRequest request, Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring Security's filters answer these (sign-in page, 401, 403)
        }
        if (e instanceof MethodArgumentNotValidException invalid && isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "The request has " + invalid.getErrorCount() + " invalid field(s).");
            problem.setTitle("There is a problem");
            problem.setProperty("errors", invalid.getFieldErrors().stream()
                    .map(f -> java.util.Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                    .toList());
            return ResponseEntity.badRequest().body(problem);
        }
        if (e instanceof org.springframework.beans.TypeMismatchException
                || e instanceof org.springframework.validation.BindException) {
            return respond(request, HttpStatus.BAD_REQUEST, "Sorry, that request could not be handled",
                    "A value in the request is not in the form the service expects. Check what you sent and try again.");
        }
        if (e instanceof ErrorResponse known) {
            HttpStatus status = HttpStatus.resolve(known.getStatusCode().value());
            status = status == null ? HttpStatus.BAD_REQUEST : status;
            if (status == HttpStatus.NOT_FOUND) {
                return respond(request, status, "Page not found", "Check the address and try again.");
            }
            return respond(request, status, "Sorry, that request could not be handled",
                    "The request was not in a form the service accepts (" + status.value() + " " + status.getReasonPhrase()
                            + "). Check what you sent and try again.");
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with the service",
                "Try again later. If the page did not confirm that your change was saved, it was not.");
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    static Object respond(HttpServletRequest request, HttpStatus status, String title, String detail) {
        if (isApi(request)) {
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
