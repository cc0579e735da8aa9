package io.mekiki.catalog.web;

import io.mekiki.catalog.CatalogProblem;
import io.mekiki.catalog.CatalogRejectedException;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The refusals of the catalogue and library API as problem details in the caller's language: what was
 * not found, which query parameters are wrong, and every problem of a rejected release with its line.
 */
abstract class CatalogApiSupport {

    static final String TOO_LARGE = "tooLarge";
    private static final List<Locale> LANGUAGES = List.of(Locale.JAPANESE, Locale.ENGLISH);

    final CatalogTexts texts;

    CatalogApiSupport(CatalogTexts texts) {
        this.texts = texts;
    }

    /** One problem of a refused release file, as the API reports it. */
    record ProblemView(String file, int line, String code, String message) {}

    /** Query parameters with values that are not allowed. */
    static class InvalidParameters extends RuntimeException {
        private final List<ItemQuery.InvalidParameter> parameters;

        InvalidParameters(List<ItemQuery.InvalidParameter> parameters) {
            super("Invalid parameters " + parameters);
            this.parameters = List.copyOf(parameters);
        }
    }

    /** An upload as multipart form without its field {@code file}. */
    static class MissingFile extends RuntimeException {
        MissingFile() {
            super("The multipart field 'file' is missing");
        }
    }

    static ItemQuery strict(ItemQuery.Reading reading) {
        if (!reading.invalid().isEmpty()) {
            throw new InvalidParameters(reading.invalid());
        }
        return reading.query();
    }

    /** The refusal of a file above {@link CatalogReleases#MAX_UPLOAD_BYTES}, before anything is read. */
    static CatalogRejectedException tooLarge(String fileName) {
        return new CatalogRejectedException(List.of(new CatalogProblem(
                fileName, 0, TOO_LARGE, List.of(Integer.toString(CatalogReleases.MAX_UPLOAD_BYTES / 1024 / 1024)))));
    }

    @ExceptionHandler(CatalogEntryNotFound.class)
    ProblemDetail notFound(CatalogEntryNotFound exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, texts.message(exception.messageKey(), locale, exception.arguments()));
        problem.setTitle(texts.message("api.error.notFound.title", locale));
        return problem;
    }

    @ExceptionHandler(InvalidParameters.class)
    ProblemDetail invalidParameters(InvalidParameters exception, Locale locale) {
        List<Map<String, String>> errors = exception.parameters.stream()
                .map(parameter -> Map.of(
                        "field",
                        parameter.name(),
                        "message",
                        texts.message(
                                "catalog.api.invalidParameter",
                                locale,
                                parameter.name(),
                                parameter.value(),
                                parameter.allowed())))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                texts.message(
                        "api.error.invalid.detail",
                        locale,
                        exception.parameters.stream()
                                .map(ItemQuery.InvalidParameter::name)
                                .toList()
                                .toString()));
        problem.setTitle(texts.message("api.error.invalid.title", locale));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(MissingFile.class)
    ProblemDetail missingFile(MissingFile exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, texts.message("api.error.invalid.detail", locale, "[file]"));
        problem.setTitle(texts.message("api.error.invalid.title", locale));
        problem.setProperty(
                "errors",
                List.of(Map.of("field", "file", "message", texts.message("catalog.releases.upload.noFile", locale))));
        return problem;
    }

    @ExceptionHandler(CatalogRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(CatalogRejectedException exception, Locale locale) {
        boolean tooLarge = exception.problems().stream().anyMatch(problem -> TOO_LARGE.equals(problem.code()));
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                status,
                texts.message(
                        "catalog.rejected.detail", locale, exception.problems().size()));
        problem.setTitle(texts.message("catalog.rejected.title", locale));
        problem.setProperty(
                "problems",
                texts.problems(exception.problems(), locale).stream()
                        .map(text -> new ProblemView(text.file(), text.line(), text.code(), text.message()))
                        .toList());
        return ResponseEntity.status(status).body(problem);
    }

    /**
     * A multipart request above the server's own limit, refused while it was being read. The language
     * comes from the headers here: reading any request parameter would run into the same refusal.
     */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(
            MaxUploadSizeExceededException exception, HttpServletRequest request, @Nullable Principal principal) {
        return rejected(tooLarge(""), languageWithoutParameters(request, principal));
    }

    private static Locale languageWithoutParameters(HttpServletRequest request, @Nullable Principal principal) {
        String query = request.getQueryString() == null ? "" : request.getQueryString();
        for (String pair : query.split("&")) {
            if (pair.equals("lang=en") || pair.equals("lang=ja")) {
                return Locale.forLanguageTag(pair.substring(5));
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                Locale found = Locale.lookup(Locale.LanguageRange.parse(header), LANGUAGES);
                if (found != null) {
                    return found;
                }
            } catch (IllegalArgumentException malformed) {
                // fall through to the user's own language
            }
        }
        if (principal instanceof Authentication authentication
                && authentication.getPrincipal() instanceof SignedInUser user
                && LANGUAGES.contains(Locale.forLanguageTag(user.language().getLanguage()))) {
            return Locale.forLanguageTag(user.language().getLanguage());
        }
        return Locale.JAPANESE;
    }
}
