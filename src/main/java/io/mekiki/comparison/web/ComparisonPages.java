package io.mekiki.comparison.web;

import io.mekiki.comparison.Comparison;
import io.mekiki.comparison.Comparisons;
import io.mekiki.comparison.Comparisons.FitInput;
import io.mekiki.comparison.Comparisons.ScoreInput;
import io.mekiki.comparison.Criterion;
import io.mekiki.comparison.CriterionGroup;
import io.mekiki.comparison.CriterionInput;
import io.mekiki.comparison.KpiFitRating;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The comparison page of an initiative, with its forms: the criteria, a column's scores, a candidate's costs, a
 * column's KPI fit. With htmx a form replaces the page's body; without, it posts and comes back to the page.
 */
@Controller
class ComparisonPages {

    /** Empty rows the criteria form offers for new criteria. */
    static final int BLANK_ROWS = 2;

    private final Comparisons comparisons;
    private final StarterSet starter;
    private final MessageSource messages;

    ComparisonPages(Comparisons comparisons, StarterSet starter, MessageSource messages) {
        this.comparisons = comparisons;
        this.starter = starter;
        this.messages = messages;
    }

    @GetMapping("/initiatives/{id}/comparison")
    String page(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model, Locale locale) {
        fill(user, id, model, locale, null);
        return "comparison/page";
    }

    @PostMapping("/initiatives/{id}/comparison/criteria")
    @PreAuthorize(Comparisons.EDITORS)
    String criteria(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        List<EditorRow> rows = submittedRows(request);
        return handle(
                user,
                id,
                "criteria",
                model,
                locale,
                request,
                response,
                redirect,
                rows,
                "comparison.notice.criteriaSaved",
                () -> comparisons.saveCriteria(
                        user,
                        id,
                        number(request.getParameter("version"), "version"),
                        rows.stream()
                                .filter(row -> !row.blank())
                                .map(EditorRow::input)
                                .toList()));
    }

    @PostMapping("/initiatives/{id}/comparison/scores/{column}")
    @PreAuthorize(Comparisons.EDITORS)
    String scores(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable String column,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return handle(
                user,
                id,
                "scores-" + column,
                model,
                locale,
                request,
                response,
                redirect,
                null,
                "comparison.notice.scored",
                () -> {
                    Map<UUID, ScoreInput> scores = new HashMap<>();
                    for (Criterion criterion : comparisons.criteria(user, id).criteria()) {
                        String score = request.getParameter("score-" + criterion.id());
                        Long value = number(score, "score");
                        scores.put(
                                criterion.id(),
                                new ScoreInput(
                                        value == null
                                                ? null
                                                : Math.toIntExact(Math.max(
                                                        Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value))),
                                        request.getParameter("comment-" + criterion.id())));
                    }
                    return comparisons.scoreColumn(user, id, column, scores);
                });
    }

    @PostMapping("/initiatives/{id}/comparison/costs/{candidateId}")
    @PreAuthorize(Comparisons.EDITORS)
    String costs(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID candidateId,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return handle(
                user,
                id,
                "costs-" + candidateId,
                model,
                locale,
                request,
                response,
                redirect,
                null,
                "comparison.notice.costsEntered",
                () -> comparisons.enterCosts(
                        user,
                        id,
                        candidateId,
                        number(request.getParameter("initialCost"), "initialCost"),
                        number(request.getParameter("monthlyCost"), "monthlyCost")));
    }

    @PostMapping("/initiatives/{id}/comparison/kpis/{column}")
    @PreAuthorize(Comparisons.EDITORS)
    String kpis(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable String column,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return handle(
                user,
                id,
                "kpis-" + column,
                model,
                locale,
                request,
                response,
                redirect,
                null,
                "comparison.notice.kpiRated",
                () -> {
                    Map<UUID, FitInput> fits = new HashMap<>();
                    for (Comparison.KpiRef kpi :
                            comparisons.comparison(user, id).kpis()) {
                        fits.put(
                                kpi.kpiId(),
                                new FitInput(
                                        request.getParameter("fit-" + kpi.kpiId()),
                                        request.getParameter("comment-" + kpi.kpiId())));
                    }
                    return comparisons.rateColumn(user, id, column, fits);
                });
    }

    private String handle(
            SignedInUser user,
            UUID id,
            String form,
            Model model,
            Locale locale,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect,
            @Nullable List<EditorRow> submitted,
            String notice,
            Supplier<?> change) {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        try {
            change.get();
            if (!htmx) {
                redirect.addFlashAttribute("notice", notice);
                return "redirect:/initiatives/" + id + "/comparison";
            }
            model.addAttribute("notice", notice);
        } catch (RuleViolationException refused) {
            if (!htmx) {
                response.setStatus(refused.pageStatus().value());
            }
            model.addAttribute("refusedForm", form);
            model.addAttribute("refusal", refused.messageCode());
            model.addAttribute("refusalArguments", refused.arguments());
            model.addAttribute("refusedField", refused.field());
            fill(user, id, model, locale, submitted);
            return htmx ? "comparison/page :: comparisonBody" : "comparison/page";
        }
        fill(user, id, model, locale, null);
        return "comparison/page :: comparisonBody";
    }

    private void fill(SignedInUser user, UUID id, Model model, Locale locale, @Nullable List<EditorRow> submitted) {
        Comparison comparison = comparisons.comparison(user, id);
        String inHouse = messages.getMessage("comparison.inHouse", null, locale);
        model.addAttribute("comparison", comparison);
        model.addAttribute("inHouseName", inHouse);
        model.addAttribute("table", ComparisonTable.of(comparison, messages, locale));
        model.addAttribute("charts", ComparisonCharts.of(comparison, inHouse));
        model.addAttribute("chartWidth", ComparisonCharts.WIDTH);
        model.addAttribute("chartLabel", ComparisonCharts.LABEL);
        model.addAttribute("chartBar", ComparisonCharts.BAR);
        model.addAttribute("chartAxisEnd", ComparisonCharts.LABEL + 100 * ComparisonCharts.SCALE);
        model.addAttribute("groups", List.of(CriterionGroup.values()));
        model.addAttribute("fits", List.of(KpiFitRating.values()));
        model.addAttribute(
                "starterShown", submitted == null && !comparison.criteria().present());
        model.addAttribute("editorRows", submitted != null ? submitted : editorRows(comparison, locale));
    }

    private List<EditorRow> editorRows(Comparison comparison, Locale locale) {
        List<EditorRow> rows = new ArrayList<>();
        if (comparison.criteria().present()) {
            comparison
                    .criteria()
                    .criteria()
                    .forEach(criterion -> rows.add(new EditorRow(
                            criterion.id().toString(),
                            criterion.name(),
                            criterion.group().name(),
                            String.valueOf(criterion.weight()),
                            String.valueOf(criterion.scaleMin()),
                            String.valueOf(criterion.scaleMax()),
                            String.join("\n", criterion.steps()))));
        } else {
            starter.inputs(locale)
                    .forEach(input -> rows.add(new EditorRow(
                            "",
                            input.name(),
                            input.group(),
                            String.valueOf(input.weight()),
                            String.valueOf(input.scaleMin()),
                            String.valueOf(input.scaleMax()),
                            String.join("\n", input.steps()))));
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new EditorRow("", "", CriterionGroup.INFORMATION_SECURITY.name(), "", "1", "5", ""));
        }
        return rows;
    }

    private static List<EditorRow> submittedRows(HttpServletRequest request) {
        String[] names = values(request, "name");
        List<EditorRow> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            rows.add(new EditorRow(
                    value(request, "criterionId", i),
                    names[i],
                    value(request, "group", i),
                    value(request, "weight", i),
                    value(request, "scaleMin", i),
                    value(request, "scaleMax", i),
                    value(request, "steps", i)));
        }
        return rows;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String value(HttpServletRequest request, String name, int index) {
        String[] values = values(request, name);
        return index < values.length && values[index] != null ? values[index] : "";
    }

    private static @Nullable Long number(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip().replace(",", "").replace("_", ""));
        } catch (NumberFormatException notANumber) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, field, "comparison.error.number");
        }
    }

    /** A row of the criteria form as shown or as submitted (text, so that a refused entry is shown again). */
    record EditorRow(
            String id, String name, String group, String weight, String scaleMin, String scaleMax, String steps) {

        boolean blank() {
            return name.isBlank() && weight.isBlank();
        }

        CriterionInput input() {
            return new CriterionInput(
                    uuid(id),
                    name,
                    group,
                    integer(weight, "weight"),
                    integer(scaleMin, "scaleMin"),
                    integer(scaleMax, "scaleMax"),
                    Arrays.stream(steps.split("\\R"))
                            .filter(step -> !step.isBlank())
                            .toList());
        }

        private static @Nullable UUID uuid(String text) {
            try {
                return text.isBlank() ? null : UUID.fromString(text.strip());
            } catch (IllegalArgumentException notAnId) {
                return null;
            }
        }

        private static @Nullable Integer integer(String text, String field) {
            Long value = number(text, field);
            return value == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
        }
    }
}
