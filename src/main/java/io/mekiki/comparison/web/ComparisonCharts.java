package io.mekiki.comparison.web;

import io.mekiki.catalog.Section;
import io.mekiki.comparison.Comparison;
import io.mekiki.comparison.Comparison.Column;
import io.mekiki.comparison.Comparison.CriterionScore;
import io.mekiki.comparison.Comparison.SectionConformance;
import io.mekiki.comparison.Criterion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The two charts of the comparison, in the coordinates the template draws as SVG: the weighted score of each
 * column as a bar stacked from its criteria's points, and the conformance of each candidate per section.
 * Each shape carries the words a reader without the picture needs (the page repeats them as a list).
 */
record ComparisonCharts(ScoreChart scores, ConformanceChart conformance) {

    static final int WIDTH = 680;
    static final int LABEL = 190;
    /** Pixels per point of weighted score (100 points fill the bar area). */
    static final int SCALE = 4;

    static final int BAR = 20;
    static final int ROW = 30;
    static final int LEGEND_ROW = 20;
    /** The fills the segments take in turn (classes {@code seg-0} … in comparison.css). */
    static final int FILLS = 8;

    /** Stacked bars: one per column, one segment per criterion scored. */
    record ScoreChart(int height, List<Bar> bars, List<Legend> legend, int axisY) {}

    record Bar(String label, int y, int textY, String total, int totalX, List<Segment> segments) {}

    record Segment(int x, int width, String fill, String title) {}

    record Legend(int x, int y, int textY, String fill, String text) {}

    /** Grouped bars: per section, one bar per candidate of its share of items met. */
    record ConformanceChart(int height, List<SectionGroup> sections, boolean empty) {}

    record SectionGroup(Section section, int y, int textY, List<Share> shares) {}

    record Share(String label, int y, int width, int textY, int valueX, String value, String fill) {}

    static ComparisonCharts of(Comparison comparison, String inHouseName) {
        return new ComparisonCharts(scores(comparison, inHouseName), conformance(comparison));
    }

    private static ScoreChart scores(Comparison comparison, String inHouseName) {
        List<Criterion> criteria = comparison.criteria().criteria();
        List<Bar> bars = new ArrayList<>();
        int y = 10;
        for (Column column : comparison.columns()) {
            List<Segment> segments = new ArrayList<>();
            double x = LABEL;
            for (int i = 0; i < criteria.size(); i++) {
                Criterion criterion = criteria.get(i);
                CriterionScore score = column.scoreOn(criterion.id());
                if (score == null || score.score() == null) {
                    continue;
                }
                double width = score.points().doubleValue() * SCALE;
                segments.add(new Segment(
                        (int) Math.round(x),
                        (int) Math.round(width),
                        "seg-" + (i % FILLS),
                        criterion.name() + ": " + score.points().toPlainString()));
                x += width;
            }
            bars.add(new Bar(
                    column.inHouse() ? inHouseName : column.name(),
                    y,
                    y + 14,
                    column.weightedScore().toPlainString(),
                    (int) Math.round(x) + 6,
                    segments));
            y += ROW;
        }
        int axisY = y;
        List<Legend> legend = new ArrayList<>();
        int legendY = y + 14;
        for (int i = 0; i < criteria.size(); i++) {
            int columnOfLegend = i % 2;
            int rowOfLegend = i / 2;
            int lx = columnOfLegend * (WIDTH / 2);
            int ly = legendY + rowOfLegend * LEGEND_ROW;
            legend.add(new Legend(
                    lx, ly, ly + 11, "seg-" + (i % FILLS), criteria.get(i).name()));
        }
        int height = legendY + ((criteria.size() + 1) / 2) * LEGEND_ROW + 6;
        return new ScoreChart(height, bars, legend, axisY);
    }

    private static ConformanceChart conformance(Comparison comparison) {
        List<Column> candidates = comparison.columns().stream()
                .filter(column -> !column.inHouse())
                .toList();
        Set<Section> present = EnumSet.noneOf(Section.class);
        candidates.forEach(column -> column.conformance().forEach(entry -> present.add(entry.section())));
        List<SectionGroup> groups = new ArrayList<>();
        int y = 6;
        for (Section section :
                Arrays.stream(Section.values()).filter(present::contains).toList()) {
            List<Share> shares = new ArrayList<>();
            int barY = y + 18;
            for (int i = 0; i < candidates.size(); i++) {
                Column column = candidates.get(i);
                SectionConformance entry = column.conformanceIn(section);
                int share = entry == null || entry.share() == null ? 0 : entry.share();
                int width = share * (WIDTH - LABEL - 60) / 100;
                shares.add(new Share(
                        column.name(),
                        barY,
                        width,
                        barY + 11,
                        LABEL + width + 6,
                        entry == null || entry.share() == null ? "—" : share + "%",
                        "seg-" + (i % FILLS)));
                barY += 16;
            }
            groups.add(new SectionGroup(section, y, y + 13, shares));
            y = barY + 8;
        }
        return new ConformanceChart(y, groups, groups.isEmpty());
    }
}
