package org.rightbalance.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses oversized form posts and JSON bodies with 413 before anything reads them (the servlet
 * container has its own limits too; this one answers clearly, and in the same way in tests).
 * File uploads (multipart) have their own limit, {@code spring.servlet.multipart.max-request-size}.
 */
@Configuration
class RequestSizeLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(
            @Value("${rightbalance.limits.max-form-size:256KB}") DataSize maxForm,
            @Value("${rightbalance.limits.max-json-size:1MB}") DataSize maxJson) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(maxForm, maxJson));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {
        private final long maxForm;
        private final long maxJson;

        Filter(DataSize maxForm, DataSize maxJson) {
            this.maxForm = maxForm.toBytes();
            this.maxJson = maxJson.toBytes();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long length = request.getContentLengthLong();
            String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
            long limit = type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) ? Long.MAX_VALUE
                    : type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) ? maxForm : maxJson;
            if (length > limit) {
                refuse(request, response);
                return;
            }
            chain.doFilter(request, response);
        }

        private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setStatus(413);
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                        + "\"detail\":\"The request is larger than the service accepts.\"}");
            } else {
                response.sendError(413, "The request is larger than the service accepts");
            }
        }
    }
}
