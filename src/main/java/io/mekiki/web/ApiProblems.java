package io.mekiki.web;

import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns refusals of {@code /api/v1} into problem details (RFC 9457) in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException exception) {
        return problem(HttpStatus.NOT_FOUND, "api.error.notFound", exception.subjectType());
    }

    /**
     * A refused change (docs/api-conventions.md): 409 when it conflicts with the current state, 403 when
     * it is refused because of who asks, 400 for input that cannot be accepted, naming the field when the
     * rule concerns one.
     */
    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException exception) {
        String text = message(exception.messageCode(), exception.arguments());
        HttpStatus status = exception.apiStatus();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                status == HttpStatus.BAD_REQUEST && exception.field() != null
                        ? message(
                                "api.error.invalid.detail",
                                List.of(exception.field()).toString())
                        : text);
        problem.setTitle(message(
                status == HttpStatus.BAD_REQUEST ? "api.error.invalid.title" : "api.error.ruleViolation.title"));
        problem.setProperty("code", exception.messageCode());
        if (exception.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", exception.field(), "message", text)));
        }
        return problem;
    }

    /** A query or path parameter of the wrong type, e.g. an unknown category in {@code ?category=}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail parameterTypeMismatch(MethodArgumentTypeMismatchException exception) {
        return invalidField(exception.getName(), valueMessage(exception.getName(), exception.getRequiredType()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException exception) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, message("api.error.forbidden.detail"));
        problem.setTitle(message("api.error.forbidden.title"));
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, Object>> errors = exception.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.<String, Object>of(
                        "field", error.getField(), "message", messages.getMessage(error, locale())))
                .toList();
        return ResponseEntity.badRequest().body(invalidFields(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ParameterValidationResult result : exception.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bound) {
                bound.getFieldErrors()
                        .forEach(error -> errors.add(
                                Map.of("field", error.getField(), "message", messages.getMessage(error, locale()))));
                continue;
            }
            String name = parameterName(result.getMethodParameter());
            result.getResolvableErrors()
                    .forEach(error ->
                            errors.add(Map.of("field", name, "message", messages.getMessage(error, locale()))));
        }
        return ResponseEntity.badRequest().body(invalidFields(errors));
    }

    /** A 400 listing each field with its message, and the fields' names in the detail. */
    private ProblemDetail invalidFields(List<Map<String, Object>> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                message(
                        "api.error.invalid.detail",
                        errors.stream()
                                .map(error -> error.get("field"))
                                .distinct()
                                .toList()
                                .toString()));
        problem.setTitle(message("api.error.invalid.title"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** The name the caller used: the query parameter's or path variable's, not the Java parameter's. */
    private static String parameterName(MethodParameter parameter) {
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !(query.name() + query.value()).isEmpty()) {
            return query.name().isEmpty() ? query.value() : query.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !(path.name() + path.value()).isEmpty()) {
            return path.name().isEmpty() ? path.value() : path.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "parameter " + parameter.getParameterIndex() : name;
    }

    /**
     * A body that is not JSON is reported as such; a value of the wrong type (a text where a yes/no
     * belongs) names the field, as {@code organization.listed} or {@code assets[0].categories}.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = wronglyTypedField(exception);
        if (field != null && unstorableText(exception)) {
            return ResponseEntity.badRequest().body(invalidField(field, message("input.error.characters", field)));
        }
        if (field != null) {
            return ResponseEntity.badRequest().body(invalidField(field, valueMessage(field, targetType(exception))));
        }
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message("api.error.unreadable.detail"));
        problem.setTitle(message("api.error.invalid.title"));
        return ResponseEntity.badRequest().body(problem);
    }

    /** The path of the value that could not be bound, or null when the text is no JSON at all. */
    private static String wronglyTypedField(Throwable exception) {
        JacksonException binding = null;
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                return null;
            }
            if (binding == null && cause instanceof JacksonException jackson) {
                binding = jackson;
            }
        }
        if (binding == null) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : binding.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static boolean unstorableText(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof StorableTextModule.UnstorableTextException) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> targetType(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch) {
                return mismatch.getTargetType();
            }
        }
        return null;
    }

    /** For an enum, the values that are allowed; otherwise that the value has the wrong type. */
    private String valueMessage(String field, Class<?> target) {
        if (target != null && target.isEnum()) {
            return message(
                    "request.error.unknownValue",
                    String.join(
                            ", ",
                            Arrays.stream(target.getEnumConstants())
                                    .map(constant -> ((Enum<?>) constant).name())
                                    .toList()));
        }
        return message("api.error.wrongType", field);
    }

    private ProblemDetail invalidField(String field, String text) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                message("api.error.invalid.detail", List.of(field).toString()));
        problem.setTitle(message("api.error.invalid.title"));
        problem.setProperty("errors", List.of(Map.of("field", field, "message", text)));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String code, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(code + ".detail", arguments));
        problem.setTitle(message(code + ".title"));
        return problem;
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
