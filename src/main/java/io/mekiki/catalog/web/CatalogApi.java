package io.mekiki.catalog.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.LegalBasis;
import io.mekiki.catalog.Reference;
import io.mekiki.catalog.ReleaseChanges;
import io.mekiki.catalog.ReleaseInfo;
import io.mekiki.catalog.Section;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.LocalizedText;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@RequestMapping("/api/v1/catalog")
@Tag(
        name = "Check catalogue",
        description = "Releases of the check catalogue and their items (any role reads; ADMIN uploads and activates)."
                + " Language of texts: ?lang=ja|en, else Accept-Language.")
class CatalogApi extends CatalogApiSupport {

    static final String YAML = "application/yaml";
    static final String TEXT_YAML = "text/yaml";
    static final String X_YAML = "application/x-yaml";

    private final CatalogReleases releases;
    private final ReleaseLookup lookup;
    private final ReleaseViews<List<ItemView>> itemViews = new ReleaseViews<>();

    CatalogApi(CatalogReleases releases, ReleaseLookup lookup, CatalogTexts texts) {
        super(texts);
        this.releases = releases;
        this.lookup = lookup;
    }

    @GetMapping("/releases")
    @Operation(
            summary = "The releases my organisation can see, with the active one marked",
            description = "One page (`page` from 0, `size` 1–500, 50 by default), newest first (`published,desc`)"
                    + " unless `sort` says otherwise: id, published, items or loaded, with `,desc` for the other"
                    + " way round. Another key is a 400 naming `sort`.")
    ReleaseList releases(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size,
            Locale locale) {
        ListOrder order = ListOrder.parse(sort, CatalogReleases.DEFAULT_ORDER, CatalogReleases.SORT_KEYS);
        ListPage<ReleaseInfo> found = releases.releases(user.organizationId(), order, page, size);
        return new ReleaseList(
                found.items().stream().map(info -> ReleaseView.of(info, locale)).toList(),
                found.page(),
                found.size(),
                found.total(),
                found.totalPages());
    }

    record ReleaseList(List<ReleaseView> items, int page, int size, long total, int totalPages) {}

    @GetMapping("/releases/{id}")
    @Operation(summary = "One release: what it is and how many items each section holds")
    ReleaseDetail release(@AuthenticationPrincipal SignedInUser user, @PathVariable String id, Locale locale) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, id);
        CatalogRelease release = chosen.release();
        Map<Section, Long> counts = release.itemCountBySection();
        return new ReleaseDetail(
                ReleaseView.of(chosen.info(), locale),
                release.notes().in(locale),
                Section.knownTo(release.scopingRules()).stream()
                        .map(section -> new SectionCount(
                                section.name(),
                                texts.sectionTitle(section, locale),
                                section.guideChapter(),
                                counts.getOrDefault(section, 0L)))
                        .toList(),
                release.references().size(),
                release.risks().size(),
                release.glossary().size(),
                release.sectors().size());
    }

    @GetMapping("/releases/{id}/changes")
    @Operation(
            summary = "What changed from another release: items added, removed and changed field by field, and"
                    + " the sections whose items or scoping rule changed",
            description = "Texts come in both languages ({ja, en}); codes (phase, confidence, appliesWhen, risks,"
                    + " weight) are the same in both. `from` is required and must be a release the organisation"
                    + " can see (400 naming `from` otherwise); an unknown release in the path is a 404.")
    ChangesView changes(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String id,
            @Parameter(description = "the release to compare with, e.g. 2026.1")
                    @RequestParam(required = false)
                    @Nullable
                    String from) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, id);
        ReleaseChanges changes = ReleaseChanges.between(previous(user, from), chosen.release());
        return ChangesView.of(changes, texts);
    }

    /** The release a comparison starts from; a missing or unknown one is a 400 naming {@code from}. */
    private CatalogRelease previous(SignedInUser user, @Nullable String from) {
        List<ReleaseInfo> visible = releases.releases(user.organizationId());
        String allowed = String.join(", ", visible.stream().map(ReleaseInfo::id).toList());
        if (from == null || visible.stream().noneMatch(info -> info.id().equals(from.strip()))) {
            throw new InvalidParameters(
                    List.of(new ItemQuery.InvalidParameter("from", from == null ? "" : from, allowed)));
        }
        return releases.release(user.organizationId(), from.strip());
    }

    record ItemRef(String id, String section, LocalizedText title) {
        static ItemRef of(CheckItem item) {
            return new ItemRef(item.id(), item.section().name(), item.title());
        }
    }

    record FieldView(
            String field,
            @Nullable LocalizedText before,
            @Nullable LocalizedText after) {}

    record ChangedItemView(String id, String section, LocalizedText title, List<FieldView> fields) {}

    record SectionChangeView(
            String section,
            LocalizedText title,
            long itemsBefore,
            long itemsAfter,
            int added,
            int removed,
            int changed,

            @Schema(description = "the scoping engine decides differently when the section applies")
            boolean ruleChanged) {}

    record ChangesView(
            String release,
            String from,
            int scopingRulesBefore,
            int scopingRulesAfter,
            List<ItemRef> itemsAdded,
            List<ItemRef> itemsRemoved,
            List<ChangedItemView> itemsChanged,
            List<SectionChangeView> sectionsChanged) {

        static ChangesView of(ReleaseChanges changes, CatalogTexts texts) {
            return new ChangesView(
                    changes.to(),
                    changes.from(),
                    changes.scopingRulesBefore(),
                    changes.scopingRulesAfter(),
                    changes.itemsAdded().stream().map(ItemRef::of).toList(),
                    changes.itemsRemoved().stream().map(ItemRef::of).toList(),
                    changes.itemsChanged().stream()
                            .map(item -> new ChangedItemView(
                                    item.id(),
                                    item.section().name(),
                                    item.title(),
                                    item.fields().stream()
                                            .map(field -> new FieldView(field.field(), field.before(), field.after()))
                                            .toList()))
                            .toList(),
                    changes.sectionsChanged().stream()
                            .map(section -> new SectionChangeView(
                                    section.section().name(),
                                    new LocalizedText(
                                            texts.sectionTitle(section.section(), Locale.JAPANESE),
                                            texts.sectionTitle(section.section(), Locale.ENGLISH)),
                                    section.itemsBefore(),
                                    section.itemsAfter(),
                                    section.added(),
                                    section.removed(),
                                    section.changed(),
                                    section.ruleChanged()))
                            .toList());
        }
    }

    @GetMapping("/items")
    @Operation(
            summary =
                    "Check items of a release (the active one unless ?release= is given), filtered, searched and paged",
            description = "q: words that must all occur in the id, title, guidance, question, evidence or legal"
                    + " basis, in Japanese or English. phase accepts the code (PREPARATION) or the slug (preparation).")
    ItemsAnswer items(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "release id; default: the active release")
                    @RequestParam(required = false)
                    @Nullable
                    String release,
            @Parameter(description = "section code, e.g. PERSONAL_DATA") @RequestParam(required = false) @Nullable
                    String section,
            @Parameter(description = "life-cycle phase, e.g. SELECTION") @RequestParam(required = false) @Nullable
                    String phase,
            @Parameter(description = "CONFIRMED, SECONDARY or UNCONFIRMED") @RequestParam(required = false) @Nullable
                    String confidence,
            @Parameter(description = "items citing this reference id, e.g. APPI")
                    @RequestParam(required = false)
                    @Nullable
                    String reference,
            @Parameter(description = "items addressing this cloud risk, e.g. LOCK_IN")
                    @RequestParam(required = false)
                    @Nullable
                    String risk,
            @Parameter(description = "search words") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "page, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "items per page, 1 to 500") @RequestParam(defaultValue = "50") @Min(1) @Max(500)
                    int size,
            Locale locale) {
        ItemQuery query = strict(ItemQuery.read(section, phase, confidence, reference, risk, q));
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        List<ItemView> items = itemViews.view(chosen.release(), query, locale, () -> {
            Map<String, Reference> references = chosen.release().referencesById();
            return query.apply(chosen.release()).stream()
                    .map(item -> itemView(item, chosen.release(), references, locale))
                    .toList();
        });
        int from = (int) Math.min((long) page * size, items.size());
        int to = Math.min(from + size, items.size());
        return new ItemsAnswer(
                chosen.info().id(),
                items.size(),
                page,
                size,
                (items.size() + size - 1) / size,
                items.subList(from, to));
    }

    @GetMapping("/items/{id}")
    @Operation(summary = "One check item, with its legal basis, risks and when it applies")
    ItemView item(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String release,
            Locale locale) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        CheckItem item = chosen.release()
                .item(id)
                .orElseThrow(() -> new CatalogEntryNotFound(
                        "catalog.notFound.item", id, chosen.info().id()));
        return itemView(item, chosen.release(), chosen.release().referencesById(), locale);
    }

    @PostMapping(
            value = "/releases",
            consumes = {YAML, TEXT_YAML, X_YAML, MediaType.MULTIPART_FORM_DATA_VALUE})
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Upload a new release as one YAML file (ADMIN)",
            description = "The YAML file (docs/catalog-format.md, all top-level keys in one file) is the request"
                    + " body, or the multipart field 'file'. A file with any problem is refused with 400 and"
                    + " problems:[{file,line,code,message}] in the caller's language; nothing is stored."
                    + " Files above 2 MB are refused with 413.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(mediaType = YAML, schema = @Schema(type = "string")),
                                @Content(mediaType = TEXT_YAML, schema = @Schema(type = "string")),
                                @Content(
                                        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                        schema = @Schema(implementation = UploadForm.class))
                            }))
    ResponseEntity<ReleaseView> upload(
            @AuthenticationPrincipal SignedInUser admin,
            HttpServletRequest request,
            @Parameter(description = "make it the active release at once") @RequestParam(defaultValue = "true")
                    boolean activate,
            @Parameter(description = "the file name problems refer to, for a YAML body")
                    @RequestParam(required = false)
                    @Nullable
                    String fileName,
            Locale locale)
            throws IOException {
        String name;
        byte[] content;
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile file = multipart.getFile("file");
            if (file == null) {
                throw new MissingFile();
            }
            name = UploadNames.clean(file.getOriginalFilename());
            if (file.getSize() > CatalogReleases.MAX_UPLOAD_BYTES) {
                throw tooLarge(name);
            }
            content = file.getBytes();
        } else {
            name = UploadNames.clean(fileName);
            // one byte more than allowed is enough for the release service to refuse the body as too large
            content = request.getInputStream().readNBytes(CatalogReleases.MAX_UPLOAD_BYTES + 1);
        }
        ReleaseInfo info = releases.upload(admin, name, content, activate);
        return ResponseEntity.created(URI.create("/api/v1/catalog/releases/" + info.id()))
                .body(ReleaseView.of(info, locale));
    }

    @PutMapping("/active-release")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Choose the release my organisation works with (ADMIN)")
    ReleaseView activate(
            @AuthenticationPrincipal SignedInUser admin, @Valid @RequestBody ActivationRequest request, Locale locale) {
        if (request.release() == null || request.release().isBlank()) {
            String visible = String.join(
                    ", ",
                    releases.releases(admin.organizationId()).stream()
                            .map(ReleaseInfo::id)
                            .toList());
            throw new InvalidParameters(List.of(new ItemQuery.InvalidParameter("release", "", visible)));
        }
        ReleaseLookup.Chosen chosen = lookup.choose(admin, request.release());
        if (!chosen.isActive()) {
            releases.activate(admin, chosen.info().id());
        }
        return ReleaseView.of(releases.currentInfo(admin.organizationId()), locale);
    }

    private ItemView itemView(
            CheckItem item, CatalogRelease release, Map<String, Reference> references, Locale locale) {
        CatalogTexts.Applies applies = texts.applicability(item, release.scopingRules(), locale);
        return new ItemView(
                item.id(),
                item.section().name(),
                texts.sectionTitle(item.section(), locale),
                item.phase().name(),
                texts.phaseName(item.phase(), locale),
                item.title().in(locale),
                item.guidance().in(locale),
                item.question().in(locale),
                item.evidence().in(locale),
                LegalBasis.texts(item, references, locale),
                LegalBasis.citations(item, references, locale).stream()
                        .map(citation -> new CitationView(citation.referenceId(), citation.text()))
                        .toList(),
                item.confidence().name(),
                texts.confidenceName(item.confidence(), locale),
                release.risks().stream()
                        .filter(risk -> item.risks().contains(risk.id()))
                        .map(risk -> new RiskView(risk.id().name(), risk.name().in(locale)))
                        .toList(),
                item.weight(),
                new ApplicabilityView(applies.section(), applies.item(), applies.conditions()));
    }

    /** The multipart form of an upload, for the documentation. */
    record UploadForm(
            @Schema(type = "string", format = "binary", description = "the YAML file")
            String file) {}

    record ActivationRequest(
            @Schema(example = "2026.1") @Nullable @Size(max = 100)
            String release) {}

    record ReleaseView(
            String id,
            String title,
            LocalDate publishedOn,

            @Schema(description = "ships with Mekiki; otherwise uploaded by an administrator")
            boolean bundled,

            int itemCount,
            Instant loadedAt,

            @Schema(description = "who loaded it, named as they read now (Mekiki for a bundled release)")
            String loadedBy,

            @Schema(description = "the user who uploaded it; null for a bundled release") @Nullable
            UUID loadedById,

            @Schema(description = "the release my organisation works with")
            boolean active,

            @Schema(description = "the rule set of the scoping engine the release is written for (1 or 2)")
            int scopingRules) {
        static ReleaseView of(ReleaseInfo info, Locale locale) {
            return new ReleaseView(
                    info.id(),
                    info.title().in(locale),
                    info.publishedOn(),
                    info.bundled(),
                    info.itemCount(),
                    info.loadedAt(),
                    info.loadedBy(),
                    info.loadedById(),
                    info.active(),
                    info.scopingRules());
        }
    }

    record SectionCount(String section, String title, String guideChapter, long items) {}

    record ReleaseDetail(
            ReleaseView release,
            String notes,
            List<SectionCount> sections,
            int references,
            int risks,
            int glossaryTerms,
            int sectors) {}

    record CitationView(
            @Schema(description = "reference id in the library")
            String reference,

            String text) {}

    record RiskView(String id, String name) {}

    record ApplicabilityView(
            @Schema(description = "when the item's section applies")
            String section,

            @Schema(description = "whether the item adds conditions of its own")
            String item,

            @Schema(description = "the item's own conditions; all must hold")
            List<String> conditions) {}

    record ItemView(
            String id,
            String section,
            String sectionTitle,
            String phase,
            String phaseName,
            String title,
            String guidance,
            String question,
            String evidence,
            @Schema(example = "[\"個人情報保護法 第25条\"]") List<String> legalBasis,
            List<CitationView> basis,
            String confidence,
            String confidenceName,
            List<RiskView> risks,
            int weight,
            ApplicabilityView applicability) {}

    /** One page of the items that match, in catalogue order; total counts all of them. */
    record ItemsAnswer(String release, int total, int page, int size, int totalPages, List<ItemView> items) {}
}
