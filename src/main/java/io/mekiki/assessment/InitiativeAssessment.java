package io.mekiki.assessment;

import io.mekiki.catalog.Section;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The assessments of an initiative's open candidates side by side: every item that applies to at least one
 * candidate, in the catalogue's order of sections, with each candidate's status on it, and each candidate's
 * progress per section (issue 11: the page of about 1,500 answers). Read in a constant number of statements.
 *
 * @param release the catalogue release whose titles are shown (the first candidate's scoping's)
 * @param columns the open candidates, in the order they were added
 * @param rows the items, by section in the catalogue's order, then in the order of the scopings
 */
public record InitiativeAssessment(
        UUID initiativeId, String title, @Nullable String release, List<Column> columns, List<Row> rows) {

    public InitiativeAssessment {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The sections with at least one item, in the catalogue's order. */
    public List<Section> sections() {
        return rows.stream().map(Row::section).distinct().toList();
    }

    public int answers() {
        return columns.stream().mapToInt(Column::answered).sum();
    }

    /** The rows of one section only (all when null), of those with a gap only when {@code gapsOnly}. */
    public List<Row> rows(@Nullable Section section, boolean gapsOnly) {
        return rows.stream()
                .filter(row -> section == null || row.section() == section)
                .filter(row -> !gapsOnly || row.gap())
                .toList();
    }

    /**
     * An open candidate: its service, and its progress per section of the items that apply to it (answered of
     * total, and the gaps: does not meet, partly, unknown).
     */
    public record Column(UUID candidateId, String serviceName, List<SectionProgress> progress) {

        public Column {
            progress = List.copyOf(progress);
        }

        public int answered() {
            return progress.stream().mapToInt(SectionProgress::answered).sum();
        }

        public int total() {
            return progress.stream().mapToInt(SectionProgress::total).sum();
        }

        public int gaps() {
            return progress.stream().mapToInt(SectionProgress::gaps).sum();
        }

        /** The progress of the section; zero of zero when no item of it applies to this candidate. */
        public SectionProgress of(Section section) {
            return progress.stream()
                    .filter(one -> one.section() == section)
                    .findFirst()
                    .orElse(new SectionProgress(section, 0, 0, 0));
        }
    }

    /** An item with one cell per column, in the columns' order. */
    public record Row(String itemId, Section section, List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        /** Whether any candidate has a gap on the item. */
        public boolean gap() {
            return cells.stream()
                    .anyMatch(cell -> cell.status() != null && cell.status().gap());
        }
    }

    /**
     * One candidate on one item: whether the item applies to the candidate, and its status when answered.
     */
    public record Cell(boolean applies, @Nullable AnswerStatus status) {

        public static final Cell NOT_IN_SCOPE = new Cell(false, null);
        public static final Cell UNANSWERED = new Cell(true, null);
    }
}
