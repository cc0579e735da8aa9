package io.mekiki.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals that happen before any controller is chosen: an unknown path (404), a method the path does
 * not take (405), an answer format the path cannot give (406), a body format it does not read (415).
 * Under {@code /api/} they are problem details like every other refusal of the API; for pages the
 * exception goes on to Spring's own handling and the error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiPathProblems {

    private final MessageSource messages;

    ApiPathProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> unknownPath(Exception exception, HttpServletRequest request) throws Exception {
        return answer(exception, request, HttpStatus.NOT_FOUND, "api.error.noSuchPath", new HttpHeaders());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> methodNotAllowed(
            HttpRequestMethodNotSupportedException exception, HttpServletRequest request) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        if (exception.getSupportedHttpMethods() != null) {
            headers.setAllow(exception.getSupportedHttpMethods());
        }
        return answer(exception, request, HttpStatus.METHOD_NOT_ALLOWED, "api.error.methodNotAllowed", headers);
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ProblemDetail> notAcceptable(
            HttpMediaTypeNotAcceptableException exception, HttpServletRequest request) throws Exception {
        return answer(exception, request, HttpStatus.NOT_ACCEPTABLE, "api.error.notAcceptable", new HttpHeaders());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(
            HttpMediaTypeNotSupportedException exception, HttpServletRequest request) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        if (!exception.getSupportedMediaTypes().isEmpty()) {
            headers.setAccept(exception.getSupportedMediaTypes());
        }
        return answer(exception, request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "api.error.unsupportedMediaType", headers);
    }

    private ResponseEntity<ProblemDetail> answer(
            Exception exception, HttpServletRequest request, HttpStatus status, String code, HttpHeaders headers)
            throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // a page: Spring's default handling answers with the status and the error page
            throw exception;
        }
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status, messages.getMessage(code + ".detail", new Object[] {request.getMethod()}, code, locale));
        problem.setTitle(messages.getMessage(code + ".title", null, status.getReasonPhrase(), locale));
        problem.setProperty("code", code);
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
