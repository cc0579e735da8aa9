package io.mekiki.comparison.web;

import io.mekiki.catalog.Section;
import io.mekiki.comparison.Comparison;
import io.mekiki.comparison.Comparison.Column;
import io.mekiki.comparison.Comparison.Costs;
import io.mekiki.comparison.Comparison.CriterionScore;
import io.mekiki.comparison.Comparison.KpiFit;
import io.mekiki.comparison.Comparison.KpiRef;
import io.mekiki.comparison.Comparison.SectionConformance;
import io.mekiki.comparison.Criterion;
import io.mekiki.comparison.KpiFitRating;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The comparison as the page's table reads it: groups of rows, one cell per column, each cell with its text,
 * the value it is compared by and whether it is the best or the worst of its row. Every row of the page is
 * made here, so a field added to {@link Column} becomes a row by adding one call.
 */
record ComparisonTable(List<String> columnKeys, List<Group> groups) {

    /** A group of rows under a heading, e.g. the costs. */
    record Group(String id, String heading, List<Row> rows) {}

    /**
     * One row: a label, a line under it, and a cell per column.
     *
     * @param sortable whether the page's script may order the columns by this row
     */
    record Row(String id, String label, String detail, List<Cell> cells, boolean sortable) {}

    /**
     * One cell.
     *
     * @param value what the cell is compared by, null when it takes no part
     * @param mark {@code best}, {@code worst} or empty
     */
    record Cell(
            String column,
            String text,
            String detail,
            @Nullable Double value,
            String mark) {}

    private enum Better {
        HIGHER,
        LOWER,
        NONE
    }

    static ComparisonTable of(Comparison comparison, MessageSource messages, Locale locale) {
        return new Builder(comparison, messages, locale).build();
    }

    private record Builder(Comparison comparison, MessageSource messages, Locale locale) {

        ComparisonTable build() {
            List<Group> groups = new ArrayList<>();
            groups.add(new Group(
                    "summary",
                    message("comparison.group.summary"),
                    List.of(
                            row(
                                    "weightedScore",
                                    message("comparison.row.weightedScore"),
                                    message("comparison.row.weightedScore.detail"),
                                    Better.HIGHER,
                                    true,
                                    column -> cell(
                                            column,
                                            column.weightedScore().toPlainString(),
                                            "",
                                            column.weightedScore().doubleValue())),
                            row(
                                    "criteriaScored",
                                    message("comparison.row.criteriaScored"),
                                    "",
                                    Better.NONE,
                                    false,
                                    column -> cell(
                                            column,
                                            column.criteriaScored() + " / "
                                                    + comparison
                                                            .criteria()
                                                            .criteria()
                                                            .size(),
                                            "",
                                            null)))));
            groups.add(new Group("criteria", message("comparison.group.criteria"), criteria()));
            groups.add(new Group("costs", message("comparison.group.costs"), costs()));
            groups.add(new Group("conformance", message("comparison.group.conformance"), conformance()));
            groups.add(new Group("findings", message("comparison.group.findings"), findings()));
            if (!comparison.kpis().isEmpty()) {
                groups.add(new Group("kpis", message("comparison.group.kpis"), kpis()));
            }
            return new ComparisonTable(
                    comparison.columns().stream().map(Column::key).toList(), List.copyOf(groups));
        }

        private List<Row> criteria() {
            List<Row> rows = new ArrayList<>();
            for (Criterion criterion : comparison.criteria().criteria()) {
                rows.add(row(
                        "criterion-" + criterion.id(),
                        criterion.name(),
                        message(
                                "comparison.row.criterion.detail",
                                message(criterion.group().messageKey()),
                                criterion.weight(),
                                criterion.scaleMin(),
                                criterion.scaleMax()),
                        Better.HIGHER,
                        false,
                        column -> {
                            CriterionScore score = column.scoreOn(criterion.id());
                            if (score == null || score.score() == null) {
                                return cell(column, message("comparison.notScored"), "", null);
                            }
                            String step = criterion.step(score.score());
                            String detail = String.join(
                                    " — ",
                                    java.util.stream.Stream.of(step, score.comment())
                                            .filter(text -> !text.isBlank())
                                            .toList());
                            return cell(
                                    column,
                                    message(
                                            "comparison.scoreOf",
                                            score.score(),
                                            criterion.scaleMax(),
                                            score.points().toPlainString()),
                                    detail,
                                    score.points().doubleValue());
                        }));
            }
            return rows;
        }

        private List<Row> costs() {
            return List.of(
                    costRow("initial", Costs::initial, false),
                    costRow("monthly", Costs::monthly, false),
                    costRow("total3Years", Costs::total3Years, true),
                    costRow("total5Years", Costs::total5Years, true));
        }

        private Row costRow(String id, Function<Costs, @Nullable Long> value, boolean sortable) {
            return row("cost-" + id, message("comparison.row.cost." + id), "", Better.LOWER, sortable, column -> {
                Long yen = value.apply(column.costs());
                if (yen == null) {
                    return cell(column, message("comparison.notEntered"), "", null);
                }
                String detail =
                        column.inHouse() && id.equals("monthly") ? message("comparison.inHouse.monthlyDetail") : "";
                return cell(column, yen(yen), detail, yen.doubleValue());
            });
        }

        private List<Row> conformance() {
            Set<Section> sections = EnumSet.noneOf(Section.class);
            comparison
                    .columns()
                    .forEach(column -> column.conformance().forEach(entry -> sections.add(entry.section())));
            List<Row> rows = new ArrayList<>();
            for (Section section :
                    Arrays.stream(Section.values()).filter(sections::contains).toList()) {
                rows.add(row(
                        "conformance-" + section.name(),
                        message(section.messageKey()),
                        "",
                        Better.HIGHER,
                        false,
                        column -> {
                            SectionConformance entry = column.conformanceIn(section);
                            if (entry == null) {
                                return cell(column, "—", "", null);
                            }
                            return cell(
                                    column,
                                    entry.share() == null ? "—" : entry.share() + "%",
                                    message(
                                            "comparison.conformance.detail",
                                            entry.met(),
                                            entry.applicable(),
                                            entry.answered(),
                                            entry.total(),
                                            entry.gaps()),
                                    entry.share() == null ? null : entry.share().doubleValue());
                        }));
            }
            rows.add(row(
                    "blockingGaps",
                    message("comparison.row.blockingGaps"),
                    message("comparison.row.blockingGaps.detail"),
                    Better.LOWER,
                    false,
                    column -> column.inHouse()
                            ? cell(column, "—", "", null)
                            : cell(
                                    column,
                                    String.valueOf(column.blockingGaps().size()),
                                    String.join(
                                            ", ",
                                            column.blockingGaps().stream()
                                                    .map(gap -> gap.itemId() + " ("
                                                            + message(
                                                                    gap.status().messageKey()) + ")")
                                                    .toList()),
                                    (double) column.blockingGaps().size())));
            return rows;
        }

        /** The candidates' open findings and residual risk (ADR 030); nothing to show in-house. */
        private List<Row> findings() {
            return List.of(
                    row(
                            "openFindings",
                            message("comparison.row.openFindings"),
                            message("comparison.row.openFindings.detail"),
                            Better.LOWER,
                            true,
                            column -> column.findings() == null
                                    ? cell(column, "—", "", null)
                                    : cell(
                                            column,
                                            String.valueOf(column.findings().open()),
                                            message(
                                                    "comparison.row.openFindings.blocking",
                                                    column.findings().openBlocking()),
                                            (double) column.findings().open())),
                    row(
                            "residualRisk",
                            message("comparison.row.residualRisk"),
                            message("comparison.row.residualRisk.detail"),
                            Better.LOWER,
                            true,
                            column -> column.findings() == null
                                    ? cell(column, "—", "", null)
                                    : cell(
                                            column,
                                            String.valueOf(column.findings().residualRisk()),
                                            "",
                                            (double) column.findings().residualRisk())));
        }

        private List<Row> kpis() {
            List<Row> rows = new ArrayList<>();
            for (KpiRef kpi : comparison.kpis()) {
                rows.add(row(
                        "kpi-" + kpi.kpiId(),
                        kpi.name(),
                        kpi.unit().isBlank() ? "" : message("comparison.row.kpi.unit", kpi.unit()),
                        Better.HIGHER,
                        false,
                        column -> {
                            KpiFit fit = column.fitOn(kpi.kpiId());
                            if (fit == null || fit.fit() == null) {
                                return cell(column, message("comparison.notRated"), "", null);
                            }
                            return cell(column, message(fit.fit().messageKey()), fit.comment(), fitValue(fit.fit()));
                        }));
            }
            return rows;
        }

        private static @Nullable Double fitValue(KpiFitRating fit) {
            return switch (fit) {
                case FITS -> 3.0;
                case PARTLY -> 2.0;
                case DOES_NOT_FIT -> 1.0;
                case UNKNOWN -> null;
            };
        }

        private Row row(
                String id, String label, String detail, Better better, boolean sortable, Function<Column, Cell> cell) {
            List<Cell> cells = comparison.columns().stream().map(cell).toList();
            return new Row(id, label, detail, marked(cells, better), sortable);
        }

        /** Marks the best and worst cells of a row when at least two values differ. */
        private static List<Cell> marked(List<Cell> cells, Better better) {
            List<Double> values =
                    cells.stream().map(Cell::value).filter(Objects::nonNull).toList();
            if (better == Better.NONE
                    || values.size() < 2
                    || values.stream().distinct().count() < 2) {
                return cells;
            }
            double high = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double low = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double best = better == Better.HIGHER ? high : low;
            double worst = better == Better.HIGHER ? low : high;
            return cells.stream()
                    .map(cell -> cell.value() == null
                            ? cell
                            : new Cell(
                                    cell.column(),
                                    cell.text(),
                                    cell.detail(),
                                    cell.value(),
                                    cell.value() == best ? "best" : cell.value() == worst ? "worst" : ""))
                    .toList();
        }

        private static Cell cell(Column column, String text, String detail, @Nullable Double value) {
            return new Cell(column.key(), text, detail, value, "");
        }

        private String yen(long yen) {
            return message(
                    "comparison.yen", NumberFormat.getIntegerInstance(locale).format(yen));
        }

        private String message(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
