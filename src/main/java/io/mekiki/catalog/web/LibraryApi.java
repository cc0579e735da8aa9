package io.mekiki.catalog.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CloudRisk;
import io.mekiki.catalog.Reference;
import io.mekiki.catalog.ReferenceKind;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/library")
@Tag(
        name = "Reference library",
        description = "Laws, guidelines, standards, the seven cloud risks, the glossary and sector rules of a"
                + " catalogue release (the active one unless ?release= is given). Language: ?lang=ja|en.")
class LibraryApi extends CatalogApiSupport {

    private final ReleaseViews<List<ReferenceView>> referenceViews = new ReleaseViews<>();
    private final ReleaseLookup lookup;
    private final Library library;

    LibraryApi(ReleaseLookup lookup, Library library, CatalogTexts texts) {
        super(texts);
        this.lookup = lookup;
        this.library = library;
    }

    @GetMapping("/references")
    @Operation(summary = "Documents the items cite, optionally of one kind and matching words")
    ReferencesAnswer references(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "words in the name, short name, issuer, id or article summaries")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "LAW, REGULATION, GUIDELINE, STANDARD, CERTIFICATION or REPORT")
                    @RequestParam(required = false)
                    @Nullable
                    String kind,
            @RequestParam(required = false) @Nullable String release,
            Locale locale) {
        List<ItemQuery.InvalidParameter> invalid = new ArrayList<>();
        ReferenceKind wantedKind = Library.kind(kind, invalid);
        if (!invalid.isEmpty()) {
            throw new InvalidParameters(invalid);
        }
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        List<ReferenceView> references = referenceViews.view(
                chosen.release(),
                Arrays.asList(q, wantedKind),
                locale,
                () -> library.references(chosen.release(), q, wantedKind).stream()
                        .map(reference -> referenceView(reference, chosen.release(), locale))
                        .toList());
        return new ReferencesAnswer(chosen.info().id(), references.size(), references);
    }

    @GetMapping("/references/{id}")
    @Operation(summary = "One document of the library, with the articles the catalogue cites")
    ReferenceView reference(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String release,
            Locale locale) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        Reference reference = chosen.release()
                .reference(id)
                .orElseThrow(() -> new CatalogEntryNotFound(
                        "catalog.notFound.reference", id, chosen.info().id()));
        return referenceView(reference, chosen.release(), locale);
    }

    @GetMapping("/risks")
    @Operation(summary = "The seven risks of cloud use, with how many items address each")
    RisksAnswer risks(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String release,
            Locale locale) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        Map<CloudRisk, Long> counts = Library.itemsPerRisk(chosen.release());
        return new RisksAnswer(
                chosen.info().id(),
                chosen.release().risks().stream()
                        .map(risk -> new RiskDescriptionView(
                                risk.id().name(),
                                risk.name().in(locale),
                                risk.description().in(locale),
                                counts.getOrDefault(risk.id(), 0L)))
                        .toList());
    }

    @GetMapping("/glossary")
    @Operation(summary = "Terms and their definitions, optionally matching words")
    GlossaryAnswer glossary(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "words in the term or its definition") @RequestParam(required = false) @Nullable
                    String q,
            @RequestParam(required = false) @Nullable String release,
            Locale locale) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        List<TermView> terms = library.glossary(chosen.release(), q).stream()
                .map(term -> new TermView(
                        term.id(), term.term().in(locale), term.definition().in(locale)))
                .toList();
        return new GlossaryAnswer(chosen.info().id(), terms.size(), terms);
    }

    @GetMapping("/sectors")
    @Operation(summary = "How personal-data rules differ per sector, and the documents that apply there")
    SectorsAnswer sectors(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String release,
            Locale locale) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        Map<String, Reference> references = chosen.release().referencesById();
        return new SectorsAnswer(
                chosen.info().id(),
                chosen.release().sectors().stream()
                        .map(sector -> new SectorView(
                                sector.id().name(),
                                sector.name().in(locale),
                                sector.rules().in(locale),
                                sector.references().stream()
                                        .map(id -> new ReferenceLink(
                                                id,
                                                references.containsKey(id)
                                                        ? references
                                                                .get(id)
                                                                .shortName()
                                                                .in(locale)
                                                        : id))
                                        .toList()))
                        .toList());
    }

    private ReferenceView referenceView(Reference reference, CatalogRelease release, Locale locale) {
        return new ReferenceView(
                reference.id(),
                reference.kind().name(),
                texts.kindName(reference.kind(), locale),
                reference.name().in(locale),
                reference.shortName().in(locale),
                reference.issuer().in(locale),
                reference.version(),
                reference.date(),
                reference.confidence().name(),
                texts.confidenceName(reference.confidence(), locale),
                reference.url(),
                reference.articles().stream()
                        .map(article -> new ArticleView(
                                article.article().in(locale), article.summary().in(locale)))
                        .toList(),
                Library.citingItems(release, reference.id()));
    }

    record ArticleView(String article, String summary) {}

    record ReferenceView(
            String id,
            String kind,
            String kindName,
            String name,
            String shortName,
            String issuer,
            @Nullable String version,
            @Nullable LocalDate date,
            String confidence,
            String confidenceName,
            @Nullable String url,
            List<ArticleView> articles,
            long citedByItems) {}

    record ReferencesAnswer(String release, int total, List<ReferenceView> references) {}

    record RiskDescriptionView(String id, String name, String description, long items) {}

    record RisksAnswer(String release, List<RiskDescriptionView> risks) {}

    record TermView(String id, String term, String definition) {}

    record GlossaryAnswer(String release, int total, List<TermView> terms) {}

    record ReferenceLink(String id, String shortName) {}

    record SectorView(String id, String name, String rules, List<ReferenceLink> references) {}

    record SectorsAnswer(String release, List<SectorView> sectors) {}
}
