package io.mekiki.catalog.web;

import io.mekiki.catalog.CatalogRejectedException;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.CloudRisk;
import io.mekiki.catalog.Confidence;
import io.mekiki.catalog.LegalBasis;
import io.mekiki.catalog.LibraryEntries.RiskDescription;
import io.mekiki.catalog.ReleaseChanges;
import io.mekiki.catalog.ReleaseInfo;
import io.mekiki.catalog.Section;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.ListLinks;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The check catalogue as pages: items to browse and search, one item in full, and the releases. */
@Controller
@RequestMapping("/catalog")
class CatalogPages {

    static final String HX_REQUEST = "HX-Request";
    static final String HX_HISTORY_RESTORE = "HX-History-Restore-Request";

    private final CatalogReleases releases;
    private final ReleaseLookup lookup;
    private final CatalogTexts texts;
    private final RenderedResults results;

    CatalogPages(CatalogReleases releases, ReleaseLookup lookup, CatalogTexts texts, RenderedResults results) {
        this.releases = releases;
        this.lookup = lookup;
        this.texts = texts;
        this.results = results;
    }

    /** One item as the list shows it. */
    record ItemCard(CheckItem item, List<RiskDescription> risks) {}

    /** The items of one section that the query found. */
    record SectionGroup(Section section, List<ItemCard> items) {}

    @GetMapping
    String items(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String release,
            @RequestParam(required = false) @Nullable String section,
            @RequestParam(required = false) @Nullable String phase,
            @RequestParam(required = false) @Nullable String confidence,
            @RequestParam(required = false) @Nullable String reference,
            @RequestParam(required = false) @Nullable String risk,
            @RequestParam(required = false) @Nullable String q,
            @RequestHeader(name = HX_REQUEST, required = false) @Nullable String htmx,
            @RequestHeader(name = HX_HISTORY_RESTORE, required = false) @Nullable String historyRestore,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        // Unknown filter values from hand-edited addresses are ignored rather than refused.
        ItemQuery query =
                ItemQuery.read(section, phase, confidence, reference, risk, q).query();
        List<CheckItem> found = query.apply(chosen.release());
        Map<CloudRisk, RiskDescription> risks = risksOf(chosen.release());
        Map<Section, SectionGroup> groups = new LinkedHashMap<>();
        for (CheckItem item : found) {
            groups.computeIfAbsent(item.section(), key -> new SectionGroup(key, new ArrayList<>()))
                    .items()
                    .add(new ItemCard(item, risksOf(item, risks)));
        }
        model.addAttribute("chosen", chosen);
        model.addAttribute("query", query);
        model.addAttribute("groups", List.copyOf(groups.values()));
        model.addAttribute("total", found.size());
        model.addAttribute("sections", Section.knownTo(chosen.release().scopingRules()));
        model.addAttribute("sectionCounts", chosen.release().itemCountBySection());
        model.addAttribute("phases", LifeCyclePhase.values());
        model.addAttribute("confidences", Confidence.values());
        model.addAttribute("risks", chosen.release().risks());
        model.addAttribute(
                "citedReference",
                query.reference() == null
                        ? null
                        : chosen.release().reference(query.reference()).orElse(null));
        model.addAttribute("resultsHtml", results.html(chosen, query, locale, model.asMap(), request, response));
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "catalog/rendered-results" : "catalog/items";
    }

    @GetMapping("/items/{id}")
    String item(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String release,
            Locale locale,
            Model model) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        CheckItem item = chosen.release()
                .item(id)
                .orElseThrow(() -> new CatalogEntryNotFound(
                        "catalog.notFound.item", id, chosen.info().id()));
        model.addAttribute("chosen", chosen);
        model.addAttribute("item", item);
        model.addAttribute(
                "citations", LegalBasis.citations(item, chosen.release().referencesById(), locale));
        model.addAttribute("risks", risksOf(item, risksOf(chosen.release())));
        model.addAttribute("applies", texts.applicability(item, chosen.release().scopingRules(), locale));
        return "catalog/item";
    }

    /**
     * What changed in a release compared with another one (by default the active release): items added,
     * removed and changed field by field, and the sections concerned.
     */
    @GetMapping("/releases/{id}/changes")
    String changes(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String from,
            Model model) {
        ReleaseLookup.Chosen chosen = lookup.choose(user, id);
        String base = from == null || from.isBlank() ? chosen.active().id() : from.strip();
        ReleaseLookup.Chosen previous = lookup.choose(user, base);
        model.addAttribute("chosen", chosen);
        model.addAttribute("previous", previous.info());
        model.addAttribute(
                "others",
                chosen.all().stream()
                        .filter(info -> !info.id().equals(chosen.info().id()))
                        .toList());
        model.addAttribute("changes", ReleaseChanges.between(previous.release(), chosen.release()));
        return "catalog/changes";
    }

    @GetMapping("/releases")
    String releases(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "order", ListOrder.parseOrDefault(sort, CatalogReleases.DEFAULT_ORDER, CatalogReleases.SORT_KEYS));
        model.addAttribute("page", Math.max(0, page));
        return releasesPage(user, model);
    }

    @PostMapping("/releases")
    @PreAuthorize("hasRole('ADMIN')")
    String upload(
            @AuthenticationPrincipal SignedInUser admin,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(defaultValue = "false") boolean activate,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect)
            throws IOException {
        String name = UploadNames.clean(file == null ? null : file.getOriginalFilename());
        try {
            if (file == null || file.isEmpty()) {
                model.addAttribute("uploadError", texts.message("catalog.releases.upload.noFile", locale));
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return releasesPage(admin, model);
            }
            if (file.getSize() > CatalogReleases.MAX_UPLOAD_BYTES) {
                throw CatalogApiSupport.tooLarge(name);
            }
            ReleaseInfo uploaded = releases.upload(admin, name, file.getBytes(), activate);
            redirect.addFlashAttribute("uploaded", uploaded.id());
            redirect.addFlashAttribute("uploadedActive", uploaded.active());
            return "redirect:/catalog/releases";
        } catch (CatalogRejectedException rejected) {
            model.addAttribute("rejectedFile", name);
            model.addAttribute("problems", texts.problems(rejected.problems(), locale));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return releasesPage(admin, model);
        }
    }

    @PostMapping("/releases/{id}/activate")
    @PreAuthorize("hasRole('ADMIN')")
    String activate(@AuthenticationPrincipal SignedInUser admin, @PathVariable String id, RedirectAttributes redirect) {
        ReleaseLookup.Chosen chosen = lookup.choose(admin, id);
        if (!chosen.isActive()) {
            releases.activate(admin, chosen.info().id());
        }
        redirect.addFlashAttribute("activated", chosen.info().id());
        return "redirect:/catalog/releases";
    }

    /** Releases on one page of their list. */
    static final int RELEASES_PAGE_SIZE = 50;

    private String releasesPage(SignedInUser user, Model model) {
        ListOrder order =
                model.getAttribute("order") instanceof ListOrder asked ? asked : CatalogReleases.DEFAULT_ORDER;
        int page = model.getAttribute("page") instanceof Integer number ? number : 0;
        ListPage<ReleaseInfo> found = releases.releases(user.organizationId(), order, page, RELEASES_PAGE_SIZE);
        model.addAttribute("releases", found.items());
        model.addAttribute(
                "activeRelease", releases.currentInfo(user.organizationId()).id());
        model.addAttribute("links", ListLinks.of("/catalog/releases", Map.of(), order, found));
        model.addAttribute("maxUploadMegabytes", CatalogReleases.MAX_UPLOAD_BYTES / 1024 / 1024);
        return "catalog/releases";
    }

    static Map<CloudRisk, RiskDescription> risksOf(CatalogRelease release) {
        Map<CloudRisk, RiskDescription> risks = new EnumMap<>(CloudRisk.class);
        release.risks().forEach(risk -> risks.put(risk.id(), risk));
        return risks;
    }

    private static List<RiskDescription> risksOf(CheckItem item, Map<CloudRisk, RiskDescription> risks) {
        Set<CloudRisk> cited = item.risks();
        return Arrays.stream(CloudRisk.values())
                .filter(cited::contains)
                .map(risks::get)
                .filter(Objects::nonNull)
                .toList();
    }
}
