package io.mekiki.assets.web;

import io.mekiki.assets.AssetQuery;
import io.mekiki.assets.AssetRegister;
import io.mekiki.assets.AssetRow;
import io.mekiki.assets.AssetRuleViolation;
import io.mekiki.assets.InformationAsset;
import io.mekiki.assets.Level;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.ListLinks;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/assets")
class AssetPages {

    private static final int PAGE_SIZE = 50;

    private final AssetRegister register;
    private final MessageSource messages;
    private final Clock clock;

    AssetPages(AssetRegister register, MessageSource messages, Clock clock) {
        this.register = register;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "false") boolean includeArchived,
            @RequestParam(required = false) @Nullable String sort,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        AssetQuery query = new AssetQuery(q, category(category), includeArchived);
        model.addAttribute("query", query);
        ListOrder order = ListOrder.parseOrDefault(sort, AssetRegister.DEFAULT_ORDER, AssetRegister.SORT_KEYS);
        ListPage<AssetRow> results = register.search(user, query, order, page, PAGE_SIZE);
        Map<String, @Nullable String> filters = new LinkedHashMap<>();
        filters.put("q", query.text());
        filters.put(
                "category", query.category() == null ? null : query.category().name());
        filters.put("includeArchived", query.includeArchived() ? "true" : null);
        model.addAttribute("results", results);
        model.addAttribute("links", ListLinks.of("/assets", filters, order, results));
        model.addAttribute("categories", AssetCategory.values());
        response.setHeader("Vary", "HX-Request");
        boolean liveSearch = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        return liveSearch ? "assets/list :: results" : "assets/list";
    }

    @GetMapping("/export.csv")
    void export(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "false") boolean includeArchived,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        var rows = register.export(user, new AssetQuery(q, category(category), includeArchived));
        new AssetCsv(messages, locale).send(rows, LocalDate.now(clock), response);
    }

    @GetMapping("/new")
    @PreAuthorize(AssetRegister.EDITORS)
    String newAsset(Model model) {
        model.addAttribute("form", new AssetForm());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize(AssetRegister.EDITORS)
    String create(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") AssetForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                InformationAsset asset = register.register(user, form.details());
                redirect.addFlashAttribute("notice", "assets.registered");
                return "redirect:/assets/" + asset.id();
            } catch (AssetRuleViolation violation) {
                reject(violation, errors);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, null);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("asset", register.asset(user, id));
        return "assets/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(AssetRegister.EDITORS)
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        InformationAsset asset = register.asset(user, id);
        if (asset.archived()) {
            return "redirect:/assets/" + id;
        }
        model.addAttribute("form", AssetForm.of(asset));
        return form(model, asset);
    }

    @PostMapping("/{id}")
    @PreAuthorize(AssetRegister.EDITORS)
    String revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") AssetForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        InformationAsset current = register.asset(user, id);
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!errors.hasErrors()) {
            try {
                register.revise(user, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("notice", "assets.saved");
                return "redirect:/assets/" + id;
            } catch (AssetRuleViolation violation) {
                if (violation.isStale()) {
                    current = register.asset(user, id);
                    // the editor's input stays on the form; saving again knowingly replaces the newer version
                    form.setVersion(current.version());
                    model.addAttribute("current", current);
                    status = HttpStatus.CONFLICT;
                }
                reject(violation, errors);
            }
        }
        response.setStatus(status.value());
        return form(model, current);
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize(AssetRegister.EDITORS)
    String archive(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return changeState(() -> register.archive(user, id), "assets.archivedNotice", id, redirect);
    }

    @PostMapping("/{id}/restore")
    @PreAuthorize(AssetRegister.EDITORS)
    String restore(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        return changeState(() -> register.restore(user, id), "assets.restoredNotice", id, redirect);
    }

    private static String changeState(Runnable change, String notice, UUID id, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (AssetRuleViolation violation) {
            redirect.addFlashAttribute("problem", violation.messageCode());
        }
        return "redirect:/assets/" + id;
    }

    /** Refusals about a field the form shows go beside it; the others (version, archived) above the form. */
    private static void reject(AssetRuleViolation violation, BindingResult errors) {
        if (List.of("version", "archived").contains(violation.field())) {
            errors.reject(violation.messageCode(), violation.arguments(), violation.messageCode());
        } else {
            errors.rejectValue(
                    violation.field(), violation.messageCode(), violation.arguments(), violation.messageCode());
        }
    }

    private static String form(Model model, InformationAsset asset) {
        model.addAttribute("asset", asset);
        model.addAttribute("categories", AssetCategory.values());
        model.addAttribute("levels", Level.values());
        return "assets/form";
    }

    /** An unknown category in a hand-edited address lists everything rather than failing. */
    private static AssetCategory category(String name) {
        return Arrays.stream(AssetCategory.values())
                .filter(category -> category.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
