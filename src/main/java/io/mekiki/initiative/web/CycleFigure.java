package io.mekiki.initiative.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateReport;
import io.mekiki.initiative.GateState;
import io.mekiki.initiative.GateStatus;
import io.mekiki.initiative.InitiativePhase;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the life-cycle picture on an initiative's page: the five phases around a cycle (as in
 * the guide's chapter 2), the arrows between them, and each gate as a marker beside its phase. The
 * template draws it as SVG; every number here is already in the picture's coordinates.
 */
record CycleFigure(List<PhaseNode> nodes, List<String> arcs, String returnArc, boolean closed) {

    static final int WIDTH = 720;
    static final int HEIGHT = 520;
    private static final double CENTER_X = 360;
    private static final double CENTER_Y = 250;
    private static final double RADIUS = 160;
    private static final double NODE_RADIUS = 34;
    private static final int LABEL_LINE = 14;
    private static final double LABEL_DISTANCE = 58;
    private static final double MARKER_SPACING = 20;

    private static final List<InitiativePhase> CYCLE = List.of(
            InitiativePhase.PREPARATION,
            InitiativePhase.SELECTION,
            InitiativePhase.APPLICATION,
            InitiativePhase.OPERATION,
            InitiativePhase.CONTINUATION_TERMINATION);

    /**
     * Figures by what they follow from: the phase and, phase by phase, each gate with its state and whether
     * it waits for its first decision. The arithmetic and formatting of the coordinates is the same for
     * every initiative in the same state, so each figure is computed once.
     */
    private static final Cache<List<Object>, CycleFigure> FIGURES =
            Caffeine.newBuilder().maximumSize(5_000).build();

    static CycleFigure of(GateReport report) {
        List<Object> key = new ArrayList<>();
        key.add(report.phase());
        for (InitiativePhase phase : CYCLE) {
            for (GateStatus status : report.ofPhase(phase)) {
                key.add(List.of(
                        phase,
                        status.gate(),
                        status.state(),
                        status.gate().coversManyDecisions()
                                && status.decisions().isEmpty()));
            }
        }
        return FIGURES.get(key, ignored -> compute(report));
    }

    private static CycleFigure compute(GateReport report) {
        List<PhaseNode> nodes = new ArrayList<>();
        for (int i = 0; i < CYCLE.size(); i++) {
            InitiativePhase phase = CYCLE.get(i);
            double angle = Math.toRadians(-90 + i * 72);
            double x = CENTER_X + RADIUS * Math.cos(angle);
            double y = CENTER_Y + RADIUS * Math.sin(angle);
            double labelX = CENTER_X + (RADIUS + LABEL_DISTANCE) * Math.cos(angle);
            double labelY = CENTER_Y + (RADIUS + LABEL_DISTANCE) * Math.sin(angle);
            String anchor = Math.abs(labelX - CENTER_X) < 1 ? "middle" : labelX > CENTER_X ? "start" : "end";
            if (anchor.equals("middle")) {
                labelY -= 6;
            }
            List<GateStatus> gates = report.ofPhase(phase);
            List<GateMarker> markers = new ArrayList<>();
            for (int k = 0; k < gates.size(); k++) {
                double offset = switch (anchor) {
                    case "start" -> k * MARKER_SPACING + 8;
                    case "end" -> -((gates.size() - 1 - k) * MARKER_SPACING + 8);
                    default -> (k - (gates.size() - 1) / 2.0) * MARKER_SPACING;
                };
                GateStatus status = gates.get(k);
                markers.add(new GateMarker(
                        status.gate(),
                        status.state(),
                        status.gate().coversManyDecisions()
                                && status.decisions().isEmpty(),
                        number(labelX + offset),
                        number(labelY + 18)));
            }
            nodes.add(new PhaseNode(
                    phase,
                    i + 1,
                    number(x),
                    number(y),
                    number(labelX),
                    number(labelY),
                    anchor,
                    phase == report.phase(),
                    report.phase().ordinal() > phase.ordinal(),
                    markers));
        }
        List<String> arcs = new ArrayList<>();
        for (int i = 0; i < CYCLE.size() - 1; i++) {
            arcs.add(arc(i, i + 1));
        }
        return new CycleFigure(nodes, arcs, arc(4, 3), report.phase().closed());
    }

    /** An arc of the cycle from one phase to another, starting and ending at the edge of their circles. */
    private static String arc(int from, int to) {
        double gap = Math.toDegrees((NODE_RADIUS + 6) / RADIUS);
        double direction = to > from ? 1 : -1;
        double start = Math.toRadians(-90 + from * 72 + direction * gap);
        double end = Math.toRadians(-90 + to * 72 - direction * gap);
        return String.format(
                Locale.ROOT,
                "M %.1f %.1f A %.0f %.0f 0 0 %d %.1f %.1f",
                CENTER_X + RADIUS * Math.cos(start),
                CENTER_Y + RADIUS * Math.sin(start),
                RADIUS,
                RADIUS,
                direction > 0 ? 1 : 0,
                CENTER_X + RADIUS * Math.cos(end),
                CENTER_Y + RADIUS * Math.sin(end));
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    public String viewBox() {
        return "0 0 " + WIDTH + " " + HEIGHT;
    }

    public String centerX() {
        return number(CENTER_X);
    }

    public String centerY() {
        return number(CENTER_Y);
    }

    /** Where the line under the centre text goes. */
    public String centerSubY() {
        return number(CENTER_Y + 22);
    }

    public String nodeRadius() {
        return number(NODE_RADIUS);
    }

    /**
     * A phase's name as the lines of its label: the figure says the same name as the sidebar and the
     * headings, so a long one is broken at the space nearest its middle rather than shortened.
     */
    public List<String> labelLines(String name) {
        int middle = name.length() / 2;
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        if (name.length() <= LABEL_LINE || best < 0) {
            return List.of(name);
        }
        return List.of(name.substring(0, best), name.substring(best + 1));
    }

    /**
     * A phase of the cycle.
     *
     * @param anchor how the label aligns: start, middle or end
     * @param done whether the initiative has passed this phase (in this year)
     */
    record PhaseNode(
            InitiativePhase phase,
            int number,
            String x,
            String y,
            String labelX,
            String labelY,
            String anchor,
            boolean current,
            boolean done,
            List<GateMarker> gates) {}

    /**
     * A gate beside its phase; the glyph tells the state apart without relying on colour.
     *
     * @param nothingToDecide a gate over findings or contingencies when there are none: it holds nothing
     *     back, but nothing was approved either, and the picture says so
     */
    record GateMarker(Gate gate, GateState state, boolean nothingToDecide, String x, String y) {

        /** The state as the picture and the list show it: NONE for nothing to decide. */
        public String shownState() {
            return nothingToDecide ? "NONE" : state.name();
        }

        public String glyph() {
            if (nothingToDecide) {
                return "–";
            }
            return switch (state) {
                case APPROVED -> "✓";
                case WAITING -> "…";
                case STALE -> "!";
                case OPEN -> "";
            };
        }

        public String glyphY() {
            return String.format(Locale.ROOT, "%.1f", Double.parseDouble(y) + 3.5);
        }
    }
}
