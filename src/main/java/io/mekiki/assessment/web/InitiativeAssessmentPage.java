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
 * written as markup here, escaped, one string per section: as template expressions they would be some 6,000 of
 * them per page; the rows of a section are written as one string.
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
        String progressPattern = message("assessment.matrix.progress", locale, "\u0000a", "\u0000t", "\u0000g");
        List<SectionView> sections = new ArrayList<>();
        int shown = 0;
        for (Section one : assessment.sections()) {
            if (chosen != null && chosen != one) {
                continue;
            }
            List<Row> rows = assessment.rows(one, gaps);
            if (rows.isEmpty()) {
                continue;
            }
            shown += rows.size();
            StringBuilder markup = new StringBuilder(
                    rows.size() * (200 + 150 * assessment.columns().size()));
            for (Row row : rows) {
                CheckItem item = items.get(row.itemId());
                String itemId = escape(row.itemId());
                markup.append("<tr data-item=\"")
                        .append(itemId)
                        .append("\"><th scope=\"row\"><span class=\"item-id\">")
                        .append(itemId)
                        .append("</span> ")
                        .append(item == null ? "" : escape(item.title().in(locale)))
                        .append("</th>");
                cells(markup, assessment, row, itemId, labels);
                markup.append("</tr>\n");
            }
            List<String> progress = new ArrayList<>();
            for (Column column : assessment.columns()) {
                SectionProgress counted = column.of(one);
                progress.add(progressPattern
                        .replace("\u0000a", Integer.toString(counted.answered()))
                        .replace("\u0000t", Integer.toString(counted.total()))
                        .replace("\u0000g", Integer.toString(counted.gaps())));
            }
            sections.add(new SectionView(one.name(), message(one.messageKey(), locale), progress, markup.toString()));
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

    private static void cells(
            StringBuilder markup, InitiativeAssessment assessment, Row row, String itemId, Labels labels) {
        for (int c = 0; c < row.cells().size(); c++) {
            Cell cell = row.cells().get(c);
            String status = cell.applies()
                    ? (cell.status() == null ? "UNANSWERED" : cell.status().name())
                    : "OUT";
            markup.append("<td class=\"s-").append(status).append("\">");
            if (cell.applies()) {
                markup.append("<a href=\"/candidates/")
                        .append(assessment.columns().get(c).candidateId())
                        .append("/assessment#item-")
                        .append(itemId)
                        .append("\">");
            }
            markup.append("<span aria-hidden=\"true\">")
                    .append(labels.symbol(status))
                    .append("</span><span class=\"visually-hidden\">")
                    .append(labels.full(status))
                    .append("</span>");
            markup.append(cell.applies() ? "</a></td>" : "</td>");
        }
    }

    /** Escapes what markup needs escaped, and nothing else (UTF-8 pages: no entities for other characters). */
    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** The labels of the cells in the reader's language, escaped once per page. */
    private final class Labels {

        private final Map<String, String> full = new HashMap<>();
        private final Map<String, String> symbols = new HashMap<>();
        private final Map<String, String> escaped = new HashMap<>();
        private final Map<String, String> escapedSymbols = new HashMap<>();

        Labels(Locale locale) {
            Map<String, String> keys = new LinkedHashMap<>();
            for (AnswerStatus status : AnswerStatus.values()) {
                keys.put(status.name(), status.messageKey());
            }
            keys.put("UNANSWERED", "assessment.unanswered");
            keys.put("OUT", "assessment.matrix.notInScope");
            keys.forEach((code, key) -> {
                full.put(code, message(key, locale));
                symbols.put(code, message("assessment.matrix.symbol." + code, locale));
                escaped.put(code, escape(message(key, locale)));
                escapedSymbols.put(code, escape(message("assessment.matrix.symbol." + code, locale)));
            });
        }

        /** The label, escaped for markup. */
        String full(String code) {
            return escaped.get(code);
        }

        /** The symbol, escaped for markup. */
        String symbol(String code) {
            return escapedSymbols.get(code);
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

    /** A section: its progress per candidate, and its items' rows as markup (escaped here). */
    record SectionView(String code, String label, List<String> progress, String rows) {}

    record LegendEntry(String code, String symbol, String label) {}
}
