package io.mekiki.scoping.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.scoping.ScopingEngine;
import io.mekiki.scoping.ScopingResult;
import io.mekiki.scoping.ScopingResult.SectionVerdict;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/scoping")
@Tag(name = "Scoping", description = "Which checks apply to a planned cloud use, and why")
class ScopingApi {

    private final CatalogReleases releases;
    private final ScopingView view;
    private final MessageSource messages;

    ScopingApi(CatalogReleases releases, ScopingView view, MessageSource messages) {
        this.releases = releases;
        this.view = view;
        this.messages = messages;
    }

    @PostMapping("/evaluate")
    @Operation(
            summary = "What applies: sections and check items with their reasons",
            description = "Stateless what-if evaluation against the organisation's active catalogue release."
                    + " Language of titles and reasons: ?lang=ja|en, else Accept-Language.")
    ResponseEntity<?> evaluate(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @RequestBody ScopingRequest request,
            @Parameter(description = "ja or en") @RequestParam(name = "lang", required = false) String lang,
            Locale locale) {
        ScopingRequest.Reading reading = request.read();
        if (!reading.errors().isEmpty()) {
            return ResponseEntity.badRequest().body(invalid(reading.errors(), locale));
        }
        // one read of the release, so that the items and their legal basis come from the same one
        CatalogRelease release = releases.current(user.organizationId());
        ScopingResult result = ScopingEngine.evaluate(release, reading.facts());
        return ResponseEntity.ok(view.of(result, release, locale));
    }

    private ProblemDetail invalid(List<ScopingRequest.FieldError> errors, Locale locale) {
        List<Map<String, String>> fields = errors.stream()
                .map(error -> Map.of(
                        "field", error.field(),
                        "message",
                                messages.getMessage(
                                        "scoping.field." + error.code(),
                                        new Object[] {error.field(), error.value() == null ? "" : error.value()},
                                        locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                messages.getMessage(
                        "api.error.invalid.detail",
                        new Object[] {
                            errors.stream()
                                    .map(ScopingRequest.FieldError::field)
                                    .toList()
                                    .toString()
                        },
                        locale));
        problem.setTitle(messages.getMessage("api.error.invalid.title", null, locale));
        problem.setProperty("errors", fields);
        return problem;
    }

    /** Kept for documentation: the shape of the answer. */
    record SectionView(String code, String title, String guideChapter, List<String> reasons) {}

    record ItemView(
            String id,
            String section,
            String phase,
            String title,
            String question,
            List<String> legalBasis,
            String confidence,
            int weight,
            List<String> reasons) {}

    record ScopingAnswer(
            String catalogRelease, List<SectionView> sections, List<ItemView> items, List<SectionView> notApplicable) {}

    static SectionView section(SectionVerdict verdict, String title, List<String> reasons) {
        return new SectionView(
                verdict.section().name(), title, verdict.section().guideChapter(), reasons);
    }

    static ItemView item(CheckItem item, Locale locale, List<String> legalBasis, List<String> reasons) {
        return new ItemView(
                item.id(),
                item.section().name(),
                item.phase().name(),
                item.title().in(locale),
                item.question().in(locale),
                legalBasis,
                item.confidence().name(),
                item.weight(),
                reasons);
    }
}
