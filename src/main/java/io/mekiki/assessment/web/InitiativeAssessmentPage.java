package io.mekiki.assessment.web;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.Assessments;
import io.mekiki.assessment.InitiativeAssessment;
import io.mekiki.assessment.InitiativeAssessment.Cell;
import io.mekiki.assessment.InitiativeAssessment.Column;
import io.mekiki.assessment.InitiativeAssessment.Row;
import io.mekiki.assessment.SectionProgress;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.shared.SignedInUser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * The assessments of an initiative's open candidates side by side (items × candidates, about 1,500 cells at
 * issue 11's volumes), grouped by section with each candidate's progress, filtered by section and to the items
 * with a gap through a plain form. Each cell links to the candidate's assessment at the item. The cells are
 * written as markup here, escaped, one string per row: as template expressions they would be some 6,000 of
 * them per page.
 */
@Controller
class InitiativeAssessmentPage {

    private final Assessments assessments;
    private final MessageSource messages;

    InitiativeAssessmentPage(Assessments assessments, MessageSource messages) {
        this.assessments = assessments;
        this.messages = messages;
    }

    @GetMapping("/initiatives/{initiativeId}/assessment")
    String page(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID initiativeId,
            @RequestParam(required = false) @Nullable String section,
            @RequestParam(required = false, defaultValue = "false") boolean gaps,
            Model model,
            Locale locale) {
        InitiativeAssessment assessment = assessments.ofInitiative(user, initiativeId);
        Section chosen = section(section);
        Map<String, CheckItem> items = items(user, assessment.release());
        Labels labels = new Labels(locale);
        List<SectionView> sections = new ArrayList<>();
        int shown = 0;
        for (Section one : assessment.sections()) {
            if (chosen != null && chosen != one) {
                continue;
            }
            List<RowView> rows = new ArrayList<>();
            for (Row row : assessment.rows(one, gaps)) {
                CheckItem item = items.get(row.itemId());
                rows.add(new RowView(
                        row.itemId(), item == null ? "" : item.title().in(locale), cells(assessment, row, labels)));
            }
            if (rows.isEmpty()) {
                continue;
            }
            shown += rows.size();
            List<String> progress = new ArrayList<>();
            for (Column column : assessment.columns()) {
                SectionProgress counted = column.of(one);
                progress.add(message(
                        "assessment.matrix.progress", locale, counted.answered(), counted.total(), counted.gaps()));
            }
            sections.add(new SectionView(one.name(), message(one.messageKey(), locale), progress, rows));
        }
        model.addAttribute("assessment", assessment);
        model.addAttribute("matrix", sections);
        model.addAttribute("shown", shown);
        model.addAttribute("chosenSection", chosen == null ? "" : chosen.name());
        model.addAttribute("gapsOnly", gaps);
        model.addAttribute("legend", labels.legend());
        return "assessment/initiative";
    }

    private static @Nullable Section section(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Arrays.stream(Section.values())
                .filter(section -> section.name().equals(code.strip()))
                .findFirst()
                .orElse(null);
    }

    private Map<String, CheckItem> items(SignedInUser user, @Nullable String release) {
        Map<String, CheckItem> items = new HashMap<>();
        Optional<CatalogRelease> found = release == null ? Optional.empty() : assessments.release(user, release);
        found.ifPresent(catalogue -> catalogue.items().forEach(item -> items.put(item.id(), item)));
        return items;
    }

    private static String cells(InitiativeAssessment assessment, Row row, Labels labels) {
        StringBuilder markup = new StringBuilder(row.cells().size() * 120);
        String item = HtmlUtils.htmlEscape(row.itemId());
        for (int c = 0; c < row.cells().size(); c++) {
            Cell cell = row.cells().get(c);
            String status = cell.applies()
                    ? (cell.status() == null ? "UNANSWERED" : cell.status().name())
                    : "OUT";
            markup.append("<td class=\"cell s-").append(status).append("\">");
            if (cell.applies()) {
                markup.append("<a href=\"/candidates/")
                        .append(assessment.columns().get(c).candidateId())
                        .append("/assessment#item-")
                        .append(item)
                        .append("\" title=\"")
                        .append(labels.full(status))
                        .append("\"><span aria-hidden=\"true\">")
                        .append(labels.symbol(status))
                        .append("</span><span class=\"visually-hidden\">")
                        .append(labels.full(status))
                        .append("</span></a>");
            } else {
                markup.append("<span aria-hidden=\"true\">")
                        .append(labels.symbol(status))
                        .append("</span><span class=\"visually-hidden\">")
                        .append(labels.full(status))
                        .append("</span>");
            }
            markup.append("</td>");
        }
        return markup.toString();
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** The labels of the cells in the reader's language, escaped once per page. */
    private final class Labels {

        private final Map<String, String> full = new HashMap<>();
        private final Map<String, String> symbols = new HashMap<>();

        Labels(Locale locale) {
            Map<String, String> keys = new LinkedHashMap<>();
            for (AnswerStatus status : AnswerStatus.values()) {
                keys.put(status.name(), status.messageKey());
            }
            keys.put("UNANSWERED", "assessment.unanswered");
            keys.put("OUT", "assessment.matrix.notInScope");
            keys.forEach((code, key) -> {
                full.put(code, HtmlUtils.htmlEscape(message(key, locale)));
                symbols.put(code, HtmlUtils.htmlEscape(message("assessment.matrix.symbol." + code, locale)));
            });
        }

        String full(String code) {
            return full.get(code);
        }

        String symbol(String code) {
            return symbols.get(code);
        }

        List<LegendEntry> legend() {
            return full.keySet().stream()
                    .sorted(Comparator.comparingInt(InitiativeAssessmentPage::order))
                    .map(code -> new LegendEntry(code, symbols.get(code), full.get(code)))
                    .toList();
        }
    }

    private static int order(String code) {
        return switch (code) {
            case "UNANSWERED" -> 10;
            case "OUT" -> 11;
            default -> AnswerStatus.valueOf(code).ordinal();
        };
    }

    record SectionView(String code, String label, List<String> progress, List<RowView> rows) {}

    /** An item's row: its id, title and the cells' markup (escaped here). */
    record RowView(String itemId, String title, String cells) {}

    record LegendEntry(String code, String symbol, String label) {}
}
