package io.mekiki.questionnaire.web;

import io.mekiki.catalog.CheckItem;
import io.mekiki.questionnaire.internal.caiq.CaiqCoverage;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "CAIQ import",
        description = "The mapping of CAIQ v4.1 question ids to check items that ships with a catalogue release, its"
                + " coverage, and the import of a provider's CAIQ v4.1 answers as draft answers (ADR 042).")
class CaiqCoverageApi {

    private final CaiqCoverage coverage;

    CaiqCoverageApi(CaiqCoverage coverage) {
        this.coverage = coverage;
    }

    @GetMapping("/api/v1/catalog/releases/{id}/caiq-mapping")
    @Operation(
            summary = "The CAIQ v4.1 mapping of a catalogue release and its coverage (any role)",
            description = "Every check item of the release, covered or not: for a covered one the CAIQ question ids"
                    + " whose answers draft it, whether they answer all of it (`FULL`) or part of it (`PARTIAL`)"
                    + " and, in the reader's language, what the answers show and leave open. `mapping` is null"
                    + " for a release without a mapping (an uploaded one). A release the organisation cannot see"
                    + " is a 404.")
    CoverageView coverage(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Locale locale) {
        CaiqCoverage.View view = coverage.of(user.organizationId(), id);
        return new CoverageView(
                view.release().id(),
                view.mapping()
                        .map(m -> new MappingView(
                                m.id(),
                                m.caiqVersion(),
                                m.publishedOn().toString(),
                                m.title().in(locale)))
                        .orElse(null),
                view.itemCount(),
                view.covered().size(),
                view.full(),
                view.partial(),
                view.questionCount(),
                view.covered().stream()
                        .map(c -> new CoveredItem(
                                c.item().id(),
                                c.item().section().name(),
                                c.item().title().in(locale),
                                c.entry().questions(),
                                c.entry().coverage().name(),
                                c.entry().note().in(locale)))
                        .toList(),
                view.notCovered().stream().map(item -> item(item, locale)).toList());
    }

    private static ItemRef item(CheckItem item, Locale locale) {
        return new ItemRef(item.id(), item.section().name(), item.title().in(locale));
    }

    record MappingView(String id, String caiqVersion, String publishedOn, String title) {}

    record CoveredItem(
            String itemId, String section, String title, List<String> questions, String coverage, String note) {}

    record ItemRef(String itemId, String section, String title) {}

    record CoverageView(
            String release,
            @Nullable MappingView mapping,
            int items,
            int covered,
            long full,
            long partial,
            int questions,
            List<CoveredItem> coveredItems,
            List<ItemRef> notCovered) {}
}
