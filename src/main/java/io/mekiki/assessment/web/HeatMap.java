package io.mekiki.assessment.web;

import io.mekiki.assessment.RiskMethod;
import io.mekiki.assessment.RiskView;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of the risk view's heat map, worked out here so that the template only draws it: a 5 × 5 grid
 * of likelihood (across) by impact (up), each cell coloured by its level's band, and per risk a ring where it
 * stands before treatment and a numbered disc where it stands after.
 */
record HeatMap(int width, int height, List<Cell> cells, List<Marker> markers, List<Tick> ticks) {

    static final int LEFT = 56;
    static final int TOP = 12;
    static final int CELL = 60;

    static HeatMap of(RiskView view) {
        List<Cell> cells = new ArrayList<>();
        for (int impact = 5; impact >= 1; impact--) {
            for (int likelihood = 1; likelihood <= 5; likelihood++) {
                int level = impact * likelihood;
                cells.add(new Cell(
                        x(likelihood),
                        y(impact),
                        CELL,
                        likelihood,
                        impact,
                        level,
                        RiskMethod.Rating.band(level).toLowerCase(java.util.Locale.ROOT)));
            }
        }
        List<Marker> markers = new ArrayList<>();
        int index = 0;
        for (RiskView.Risk risk : view.risks()) {
            RiskMethod.Rating rating = risk.rating();
            int dx = 12 + (index % 4) * 12;
            int dy = 14 + (index / 4) * 24;
            markers.add(new Marker(
                    index + 1,
                    risk.risk().name(),
                    x(rating.likelihood()) + dx,
                    y(rating.impact()) + dy,
                    x(rating.residualLikelihood()) + dx,
                    y(rating.impact()) + dy + 8));
            index++;
        }
        List<Tick> ticks = new ArrayList<>();
        for (int step = 1; step <= 5; step++) {
            ticks.add(new Tick(step, x(step) + CELL / 2, TOP + 5 * CELL + 16, LEFT - 12, y(step) + CELL / 2 + 4));
        }
        return new HeatMap(LEFT + 5 * CELL + 12, TOP + 5 * CELL + 44, cells, markers, ticks);
    }

    private static int x(int likelihood) {
        return LEFT + (likelihood - 1) * CELL;
    }

    private static int y(int impact) {
        return TOP + (5 - impact) * CELL;
    }

    record Cell(int x, int y, int size, int likelihood, int impact, int level, String band) {}

    /** A risk's ring (before treatment) and disc (after), numbered as in the table. */
    record Marker(int number, String risk, int inherentX, int inherentY, int residualX, int residualY) {}

    /** A step of the scales: its label's place below the grid (likelihood) and left of it (impact). */
    record Tick(int step, int x, int y, int leftX, int leftY) {}
}
