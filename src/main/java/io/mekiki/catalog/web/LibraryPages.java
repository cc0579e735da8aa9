package io.mekiki.catalog.web;

import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.Reference;
import io.mekiki.catalog.ReferenceKind;
import io.mekiki.shared.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The reference library of a release: documents, the seven risks, the glossary and sector rules. */
@Controller
@RequestMapping("/library")
class LibraryPages {

    /** The parts of the library, one tab each. */
    enum Tab {
        REFERENCES,
        RISKS,
        GLOSSARY,
        SECTORS;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Tab of(@Nullable String slug) {
            for (Tab tab : values()) {
                if (tab.slug().equalsIgnoreCase(slug == null ? "" : slug.strip())) {
                    return tab;
                }
            }
            return REFERENCES;
        }
    }

    private final ReleaseLookup lookup;
    private final Library library;

    LibraryPages(ReleaseLookup lookup, Library library) {
        this.lookup = lookup;
        this.library = library;
    }

    @GetMapping
    String library(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String tab,
            @RequestParam(required = false) @Nullable String release,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String kind,
            @RequestHeader(name = CatalogPages.HX_REQUEST, required = false) @Nullable String htmx,
            @RequestHeader(name = CatalogPages.HX_HISTORY_RESTORE, required = false) @Nullable String historyRestore,
            Model model) {
        Tab shown = Tab.of(tab);
        ReleaseLookup.Chosen chosen = lookup.choose(user, release);
        CatalogRelease catalog = chosen.release();
        ReferenceKind wantedKind = Library.kind(kind, new ArrayList<>());
        model.addAttribute("chosen", chosen);
        model.addAttribute("tab", shown.slug());
        model.addAttribute("tabs", Tab.values());
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("kind", wantedKind);
        model.addAttribute("kinds", ReferenceKind.values());
        model.addAttribute("referencesById", catalog.referencesById());
        switch (shown) {
            case REFERENCES -> {
                List<Reference> references = library.references(catalog, q, wantedKind);
                model.addAttribute("references", references);
                model.addAttribute("citedBy", citedBy(catalog, references));
            }
            case RISKS -> {
                model.addAttribute("risks", catalog.risks());
                model.addAttribute("itemsPerRisk", Library.itemsPerRisk(catalog));
            }
            case GLOSSARY -> model.addAttribute("terms", library.glossary(catalog, q));
            case SECTORS -> model.addAttribute("sectors", catalog.sectors());
        }
        boolean fragment = htmx != null && historyRestore == null;
        return fragment ? "library/index :: " + shown.slug() + "-results" : "library/index";
    }

    private static Map<String, Long> citedBy(CatalogRelease release, List<Reference> references) {
        return references.stream()
                .collect(Collectors.toMap(Reference::id, reference -> Library.citingItems(release, reference.id())));
    }
}
