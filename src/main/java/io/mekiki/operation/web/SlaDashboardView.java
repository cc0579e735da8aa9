package io.mekiki.operation.web;

import io.mekiki.operation.MetricDirection;
import io.mekiki.operation.MetricUnit;
import io.mekiki.operation.SlaDashboard;
import io.mekiki.operation.SlaPeriodAttainment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The dashboard's rows as texts in the reader's language, made once in Java (ADR 035). A row leads with how
 * many of the contract's metrics meet their target this period and lists only the metrics that call for
 * attention (below target, missed, or without a measurement yet): fifty contracts of twenty metrics each
 * would otherwise be a thousand cells nobody reads, and most of the page's time. Every metric stays on the
 * contract's SLA page and in the API. Each row is written as markup here ({@link #html()}), every text
 * escaped, so that the template evaluates one expression per row.
 */
record SlaDashboardView(List<List<Cell>> cells, List<String> summaries, List<String> html) {

    /** A metric of a row: name, link, target and this period's attainment with its badge in words. */
    record Cell(String name, String href, String target, String attained, String badgeClass, String badge) {}

    static SlaDashboardView of(SlaDashboard dashboard, MessageSource messages, Locale locale, String contextPath) {
        Texts texts = new Texts(messages, locale);
        List<List<Cell>> cells = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (SlaDashboard.Row row : dashboard.rows()) {
            List<Cell> attention = new ArrayList<>();
            int met = 0;
            for (SlaDashboard.MetricNow metric : row.metrics()) {
                SlaPeriodAttainment current = metric.current();
                if (current != null && current.met()) {
                    met++;
                    continue;
                }
                String unit = texts.unit(metric.unit(), metric.customUnit());
                String attained;
                String badgeClass;
                String badge;
                if (current == null) {
                    attained = texts.none;
                    badgeClass = "";
                    badge = "";
                } else {
                    attained = plain(current.attained()) + " " + unit;
                    if (current.closed() || current.breached()) {
                        badgeClass = "sla-missed";
                        badge = texts.missed;
                    } else {
                        badgeClass = "sla-behind";
                        badge = texts.behind;
                    }
                }
                attention.add(new Cell(
                        metric.name(),
                        contextPath + "/contracts/" + row.contract().id() + "/sla/metrics/" + metric.metricId(),
                        texts.target(metric.direction(), metric.target(), unit),
                        attained,
                        badgeClass,
                        badge));
            }
            cells.add(attention);
            summaries.add(
                    row.metrics().isEmpty()
                            ? texts.noMetrics
                            : texts.summary(met, row.metrics().size()));
        }
        List<String> html = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            html.add(
                    dashboard.rows().get(i).metrics().isEmpty()
                            ? markup(List.of(), texts.noMetrics)
                            : "<span class=\"sla-summary\">" + escape(summaries.get(i)) + "</span>"
                                    + (cells.get(i).isEmpty() ? "" : markup(cells.get(i), texts.noMetrics)));
        }
        return new SlaDashboardView(cells, summaries, html);
    }

    /** The cells of a row as a list, as the template wrote them; every text and address escaped. */
    static String markup(List<Cell> cells, String noMetrics) {
        if (cells.isEmpty()) {
            return "<span class=\"muted\">" + escape(noMetrics) + "</span>";
        }
        StringBuilder html = new StringBuilder(cells.size() * 200).append("<ul class=\"plain\">");
        for (Cell cell : cells) {
            html.append("<li><a href=\"")
                    .append(escape(cell.href()))
                    .append("\">")
                    .append(escape(cell.name()))
                    .append("</a> (<span>")
                    .append(escape(cell.target()))
                    .append("</span>): <span>")
                    .append(escape(cell.attained()))
                    .append("</span>");
            if (!cell.badge().isEmpty()) {
                html.append(" <span class=\"badge ")
                        .append(escape(cell.badgeClass()))
                        .append("\">")
                        .append(escape(cell.badge()))
                        .append("</span>");
            }
            html.append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }

    /** The few texts every cell needs, looked up once per page. */
    private static final class Texts {

        private final MessageSource messages;
        private final Locale locale;
        final String none;
        final String met;
        final String missed;
        final String behind;
        final String noMetrics;

        Texts(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
            this.none = message("sla.noMeasurementsYet");
            this.met = message("sla.badge.met");
            this.missed = message("sla.badge.missed");
            this.behind = message("sla.badge.behind");
            this.noMetrics = message("sla.dashboard.noMetrics");
        }

        String summary(int met, int all) {
            return messages.getMessage("sla.dashboard.summary", new Object[] {met, all}, locale);
        }

        String unit(MetricUnit unit, @Nullable String custom) {
            return unit == MetricUnit.OTHER ? (custom == null ? "" : custom) : message("sla.unit." + unit.name());
        }

        String target(MetricDirection direction, BigDecimal target, String unit) {
            return messages.getMessage(
                    "sla.targetText",
                    new Object[] {message("sla.direction.symbol." + direction.name()), target.toPlainString(), unit},
                    locale);
        }

        private String message(String code) {
            return messages.getMessage(code, null, locale);
        }
    }
}
