package org.rightbalance.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Requests the application cannot handle as sent — an unknown address, a malformed body, the wrong
 * content type or method, a value of the wrong type in the address — answered with a clear 4xx:
 * a GOV.UK page for pages, RFC 9457 problem details under {@code /api}. Ahead of Spring Boot's
 * problem-details handler, which would otherwise answer pages with JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestErrors {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(HttpServletRequest request) {
        return ErrorHandling.respond(request, HttpStatus.NOT_FOUND, "Page not found",
                "If you typed the web address, check it is correct. If you followed a link, go back to your cases.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpServletRequest request) {
        return ErrorHandling.respond(request, HttpStatus.BAD_REQUEST, "The request could not be read",
                "The body of the request is not well-formed (for the API: valid JSON of the documented shape).");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    Object badParameter(HttpServletRequest request) {
        return ErrorHandling.respond(request, HttpStatus.BAD_REQUEST, "There is a problem with the address",
                "A value in the address or the form is missing or not of the expected kind (for example, letters where a number is needed).");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedType(HttpServletRequest request) {
        return ErrorHandling.respond(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type",
                "Send the request as the documented content type (for the API: application/json).");
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    Object notAcceptable(HttpServletRequest request) {
        return ErrorHandling.respond(request, HttpStatus.NOT_ACCEPTABLE, "Not acceptable",
                "The service cannot answer in any of the formats the request accepts.");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request) {
        return ErrorHandling.respond(request, HttpStatus.METHOD_NOT_ALLOWED, "Sorry, that request could not be handled",
                "This address does not accept that kind of request.");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request) {
        return ErrorHandling.respond(request, HttpStatus.CONTENT_TOO_LARGE, "The file is too large",
                "Send a smaller file, or split it.");
    }
}
