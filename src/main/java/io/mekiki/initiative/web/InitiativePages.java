package io.mekiki.initiative.web;

import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.AssetRuleViolation;
import io.mekiki.assets.InformationAsset;
import io.mekiki.assets.Level;
import io.mekiki.catalog.Section;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.initiative.Branch;
import io.mekiki.initiative.Deployment;
import io.mekiki.initiative.GatesOpenException;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativeQuery;
import io.mekiki.initiative.InitiativeRow;
import io.mekiki.initiative.InitiativeRuleViolation;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.NewMeasurement;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.ListLinks;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.RenderedPages;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

@Controller
@RequestMapping("/initiatives")
class InitiativePages {

    private static final String HX_REQUEST = "HX-Request";

    private static final String DETAIL = "initiative/detail";

    /** The title and body of the initiative's page (ADR 049). */
    private static final String DETAIL_BODY = "initiative/body";

    private static final int PAGE_SIZE = 50;

    private static final Pattern KPI_FIELD = Pattern.compile("kpis\\[(\\d+)](\\..+)");

    private final Initiatives initiatives;
    private final InitiativePageModel pageModel;
    private final InitiativeProblems problems;
    private final Members members;
    private final RenderedPages pages;

    InitiativePages(
            Initiatives initiatives,
            InitiativePageModel pageModel,
            InitiativeProblems problems,
            Members members,
            RenderedPages pages) {
        this.initiatives = initiatives;
        this.pageModel = pageModel;
        this.problems = problems;
        this.members = members;
        this.pages = pages;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) String phase,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) String section,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + PAGE_SIZE) int size,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        InitiativeQuery query = new InitiativeQuery(
                choice(InitiativePhase.class, phase), uuid(owner), choice(Section.class, section), overdue);
        ListOrder order = ListOrder.parseOrDefault(sort, Initiatives.DEFAULT_ORDER, Initiatives.SORT_KEYS);
        int pageSize = Math.max(1, Math.min(size, ListPage.MAX_SIZE));
        ListPage<InitiativeRow> found = initiatives.page(user, query, order, page, pageSize);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("phase", query.phase() == null ? null : query.phase().name());
        filters.put(
                "owner",
                query.businessOwnerId() == null ? null : query.businessOwnerId().toString());
        filters.put("section", query.section() == null ? null : query.section().name());
        filters.put("overdue", query.overdue() ? "true" : null);
        filters.put("size", pageSize == PAGE_SIZE ? null : String.valueOf(pageSize));
        model.addAttribute("query", query);
        model.addAttribute(
                "filtered",
                query.phase() != null || query.businessOwnerId() != null || query.section() != null || query.overdue());
        model.addAttribute("rows", found.items());
        model.addAttribute(
                "canStart",
                user.roleNames().stream()
                        .anyMatch(role -> Set.of("RISK_OFFICER", "BUSINESS_OWNER", "ADMIN")
                                .contains(role)));
        model.addAttribute("links", ListLinks.of("/initiatives", filters, order, found));
        model.addAttribute("owners", members.withRole(user.organizationId(), Role.BUSINESS_OWNER));
        model.addAttribute("phases", InitiativePhase.values());
        model.addAttribute("sections", Section.values());
        response.setHeader("Vary", "HX-Request");
        boolean liveFilter = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        return liveFilter ? "initiative/list :: results" : "initiative/list";
    }

    @GetMapping("/new")
    @PreAuthorize(Initiatives.EDITORS)
    String newInitiative(@AuthenticationPrincipal SignedInUser user, Model model) {
        InitiativeForm form = new InitiativeForm();
        if (user.roleNames().contains(Role.BUSINESS_OWNER.name())) {
            form.setBusinessOwnerId(user.userId());
        }
        model.addAttribute("form", form);
        return form(user, model, null);
    }

    @PostMapping
    @PreAuthorize(Initiatives.EDITORS)
    String create(
            @AuthenticationPrincipal SignedInUser user,
            @Valid @ModelAttribute("form") InitiativeForm form,
            BindingResult errors,
            @RequestParam(required = false) String addKpi,
            @RequestParam(required = false) String addAsset,
            @RequestHeader(name = HX_REQUEST, required = false) @Nullable String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (addKpi != null) {
            form.addKpiRow();
            return form(user, model, null);
        }
        if (addAsset != null) {
            addAsset(user, form, model, locale, response);
            return assetsOrForm(form(user, model, null), htmx, response);
        }
        if (!errors.hasErrors()) {
            try {
                Initiative initiative = initiatives.create(user, form.plan());
                redirect.addFlashAttribute("notice", "initiative.notice.created");
                return "redirect:/initiatives/" + initiative.id();
            } catch (InitiativeRuleViolation violation) {
                reject(violation, form, errors, locale);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(user, model, null);
    }

    /**
     * The initiative's page. A view with nothing of its own on it (no notice or refusal carried over from the
     * request before) is kept for a minute while the organisation's ledger does not move (ADR 049).
     */
    @GetMapping("/{id}")
    String detail(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            Model model,
            Locale locale,
            HttpServletRequest request) {
        Map<String, ?> carriedOver = RequestContextUtils.getInputFlashMap(request);
        if (carriedOver != null && !carriedOver.isEmpty()) {
            return show(user, id, model, locale, null);
        }
        InitiativePageModel.ViewKey key = pageModel.viewKey(user, id, (String) model.getAttribute("currentPath"));
        Optional<RenderedPages.Page> kept = pages.kept(DETAIL_BODY, key, pageModel.freshTopics());
        if (kept.isPresent()) {
            model.addAttribute("page", kept.get());
            return DETAIL;
        }
        return show(user, id, model, locale, key);
    }

    /** Fills the page's model and renders its title and body, kept for the key if one is given. */
    private String show(
            SignedInUser user, UUID id, Model model, Locale locale, InitiativePageModel.@Nullable ViewKey key) {
        pageModel.fill(model, user, id, locale);
        model.addAttribute("page", pages.renderPage(DETAIL_BODY, key, model.asMap(), pageModel.freshTopics()));
        return DETAIL;
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Initiatives.EDITORS)
    String edit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        Initiative initiative = initiatives.initiative(user, id);
        if (initiative.phase().closed()) {
            return "redirect:/initiatives/" + id;
        }
        model.addAttribute("form", InitiativeForm.of(initiative));
        return form(user, model, initiative);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Initiatives.EDITORS)
    String revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @ModelAttribute("form") InitiativeForm form,
            BindingResult errors,
            @RequestParam(required = false) String addKpi,
            @RequestParam(required = false) String addAsset,
            @RequestHeader(name = HX_REQUEST, required = false) @Nullable String htmx,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Initiative current = initiatives.initiative(user, id);
        if (addKpi != null) {
            form.addKpiRow();
            return form(user, model, current);
        }
        if (addAsset != null) {
            addAsset(user, form, model, locale, response);
            return assetsOrForm(form(user, model, current), htmx, response);
        }
        HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
        if (!errors.hasErrors()) {
            try {
                initiatives.revise(user, id, form.getVersion(), form.plan());
                redirect.addFlashAttribute("notice", "initiative.notice.saved");
                return "redirect:/initiatives/" + id;
            } catch (InitiativeRuleViolation violation) {
                if (violation.isStale()) {
                    current = initiatives.initiative(user, id);
                    // the editor's input stays on the form; saving again knowingly replaces the newer version
                    form.setVersion(current.version());
                    status = HttpStatus.CONFLICT;
                } else if (violation.kind() == InitiativeRuleViolation.Kind.CONFLICT) {
                    status = HttpStatus.CONFLICT;
                }
                reject(violation, form, errors, locale);
            }
        }
        response.setStatus(status.value());
        return form(user, model, current);
    }

    @PostMapping("/{id}/kpis/{kpiId}/measurements")
    @PreAuthorize(Initiatives.EDITORS)
    String measure(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID kpiId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
                    LocalDate measuredOn,
            @RequestParam(required = false) @Nullable String value,
            @RequestParam(required = false) @Nullable String note,
            Locale locale,
            RedirectAttributes redirect) {
        BigDecimal number = number(value);
        try {
            if (measuredOn == null || number == null) {
                throw new MissingMeasurement();
            }
            initiatives.measure(user, id, kpiId, new NewMeasurement(measuredOn, number, note));
            redirect.addFlashAttribute("notice", "initiative.notice.measured");
        } catch (InitiativeRuleViolation violation) {
            redirect.addFlashAttribute("measurementProblem", problems.text(violation, locale));
            redirect.addFlashAttribute("measurementKpi", kpiId);
        } catch (MissingMeasurement missing) {
            redirect.addFlashAttribute("measurementProblem", problems.message(locale, "initiative.error.measurement"));
            redirect.addFlashAttribute("measurementKpi", kpiId);
        }
        return "redirect:/initiatives/" + id + "#kpi-" + kpiId;
    }

    /**
     * Moves the initiative. A refusal shows the page again, answering 409, with the gates still open; it
     * changes nothing, so there is nothing to redirect to.
     */
    @PostMapping("/{id}/phase")
    @PreAuthorize(Initiatives.MOVERS)
    String move(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String branch,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            Initiative moved =
                    initiatives.move(user, id, choice(InitiativePhase.class, to), choice(Branch.class, branch));
            redirect.addFlashAttribute("notice", "initiative.notice.moved");
            redirect.addFlashAttribute("noticeArgument", moved.phase().messageKey());
            return "redirect:/initiatives/" + id;
        } catch (GatesOpenException refused) {
            model.addAttribute("moveRefusal", problems.refusalText(refused, locale));
            model.addAttribute("openGates", refused.openGates());
        } catch (InitiativeRuleViolation refused) {
            model.addAttribute("moveRefusal", problems.text(refused, locale));
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        // the forms on the page return to the initiative, not to this POST-only address
        model.addAttribute("currentPath", "/initiatives/" + id);
        return show(user, id, model, locale, null);
    }

    /** A reload of a refused move's address shows the initiative. */
    @GetMapping("/{id}/phase")
    String moveAddress(@PathVariable UUID id) {
        return "redirect:/initiatives/" + id;
    }

    private String form(SignedInUser user, Model model, @Nullable Initiative initiative) {
        pageModel.formChoices(model, user, initiative);
        model.addAttribute("initiative", initiative);
        model.addAttribute("serviceModels", ServiceModel.values());
        model.addAttribute("deployments", Deployment.values());
        model.addAttribute("assetCategories", AssetCategory.values());
        model.addAttribute("levels", Level.values());
        return "initiative/form";
    }

    /**
     * With htmx only the assets part of the form comes back (its refusals beside its fields, answered
     * with 200 so that htmx shows them); without, the whole form.
     */
    private static String assetsOrForm(String page, @Nullable String htmx, HttpServletResponse response) {
        response.setHeader("Vary", HX_REQUEST);
        if (!"true".equals(htmx)) {
            return page;
        }
        response.setStatus(HttpStatus.OK.value());
        return "initiative/form :: assets";
    }

    /**
     * Registers the asset typed in the form's "add to the register" part and puts it in scope. The form
     * comes back with everything typed so far; only the asset's own refusals are shown, since the rest
     * of the form was not submitted yet.
     */
    private void addAsset(
            SignedInUser user, InitiativeForm form, Model model, Locale locale, HttpServletResponse response) {
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
        // every missing field at once; the register then checks the rest as on its own page
        AssetDetails asset = form.newAsset();
        missing(errors, asset.name().isEmpty(), "newAssetName", "assets.error.nameRequired", locale);
        missing(errors, asset.categories().isEmpty(), "newAssetCategories", "assets.error.categoriesRequired", locale);
        missing(errors, asset.assetValue() == null, "newAssetValue", "assets.error.levelRequired", locale);
        missing(errors, asset.riskTolerance() == null, "newAssetRiskTolerance", "assets.error.levelRequired", locale);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return;
        }
        try {
            InformationAsset registered = pageModel.registerAsset(user, asset);
            form.assetAdded(registered.id());
            model.addAttribute("assetAdded", registered.name());
        } catch (AssetRuleViolation refused) {
            errors.reject(refused.messageCode(), problems.message(locale, refused.messageCode(), refused.arguments()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
    }

    private void missing(BindingResult errors, boolean missing, String field, String code, Locale locale) {
        if (missing) {
            errors.rejectValue(field, code, problems.message(locale, code));
        }
    }

    /** A refusal about a field the form shows goes beside it; the others above the form. */
    private void reject(InitiativeRuleViolation violation, InitiativeForm form, BindingResult errors, Locale locale) {
        String text = problems.text(violation, locale);
        String field = violation.field();
        if (field == null || field.equals("version") || field.equals("kpis")) {
            errors.reject("initiativeRefusal", text);
            return;
        }
        Matcher kpi = KPI_FIELD.matcher(field);
        if (kpi.matches()) {
            field = "kpis[" + form.kpiRow(Integer.parseInt(kpi.group(1))) + "]" + kpi.group(2);
            if (field.endsWith(".id")) {
                errors.reject("initiativeRefusal", text);
                return;
            }
        } else if (field.startsWith("dataLocations")) {
            field = "dataLocations";
        }
        errors.rejectValue(field, "initiativeRefusal", text);
    }

    /** An unknown value in a hand-edited address lists everything rather than failing. */
    private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    private static @Nullable UUID uuid(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static @Nullable BigDecimal number(@Nullable String text) {
        try {
            return text == null || text.isBlank()
                    ? null
                    : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A measurement form sent without a date or a number. */
    private static final class MissingMeasurement extends RuntimeException {
        MissingMeasurement() {
            super(null, null, false, false);
        }
    }
}
