package io.mekiki.questionnaire.internal.caiq;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Reads the answers of a CAIQ v4.1 workbook (.xlsx, ADR 042). The answer sheet is the first sheet with a header
 * row (within its first {@value #HEADER_ROWS_MAX} rows) holding "Question ID" and "CSP CAIQ Answer"; the columns
 * are found by their headers, "CSP Implementation Description" included, wherever they stand. Every problem is
 * collected with its sheet, row and column, up to {@value #PROBLEMS_MAX}; the caller imports only a workbook
 * without any, so a malformed sheet is refused as a whole.
 */
public final class CaiqSheet {

    static final String QUESTION_ID = "question id";
    static final String ANSWER = "csp caiq answer";
    static final String DESCRIPTION = "csp implementation description";
    /** The header is looked for in this many rows at the top of each sheet. */
    static final int HEADER_ROWS_MAX = 30;
    /** CAIQ v4.1 asks fewer than 300 questions; a sheet with more rows than this is not one. */
    static final int ROWS_MAX = 5_000;
    /** The longest implementation description taken over. */
    public static final int DESCRIPTION_MAX = 4_000;

    public static final int PROBLEMS_MAX = 100;

    static {
        // A zip bomb is refused before it is inflated: no part may expand more than 100-fold nor beyond 100 MB.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
    }

    private CaiqSheet() {}

    /** One answered (or described) question of the sheet. */
    public record Row(String questionId, @Nullable CaiqAnswer answer, String description, int row) {}

    /** What was read: the rows when there is no problem, else the problems (and more: beyond the first). */
    public record Result(@Nullable String sheet, List<Row> rows, List<CaiqProblem> problems, boolean more) {

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The rows by question id. */
        public Map<String, Row> byQuestion() {
            Map<String, Row> byId = new LinkedHashMap<>();
            rows.forEach(row -> byId.put(row.questionId(), row));
            return byId;
        }
    }

    public static Result read(byte[] content) {
        if (content.length == 0) {
            return refused(CaiqProblem.file("caiq.import.error.empty"));
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            return refused(CaiqProblem.file("caiq.import.error.notXlsx"));
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            return read(workbook);
        } catch (UnsupportedFileFormatException | EmptyFileException | InvalidFormatException notXlsx) {
            return refused(CaiqProblem.file("caiq.import.error.notXlsx"));
        } catch (IOException | RuntimeException broken) {
            if (bomb(broken)) {
                return refused(CaiqProblem.file("caiq.import.error.bomb"));
            }
            return refused(CaiqProblem.file("caiq.import.error.notXlsx"));
        }
    }

    private static boolean bomb(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                return true;
            }
        }
        return false;
    }

    private static Result refused(CaiqProblem problem) {
        return new Result(null, List.of(), List.of(problem), false);
    }

    private static Result read(XSSFWorkbook workbook) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Sheet answers = null;
        Map<String, Integer> columns = null;
        int headerRow = -1;
        List<CaiqProblem> problems = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= Math.min(sheet.getLastRowNum(), HEADER_ROWS_MAX); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.getRow(r);
                Map<String, Integer> found = row == null ? Map.of() : header(row, formatter);
                if (found.containsKey(QUESTION_ID)) {
                    answers = sheet;
                    columns = found;
                    headerRow = r;
                    break;
                }
            }
            if (answers != null) {
                break;
            }
        }
        if (answers == null) {
            return refused(CaiqProblem.file("caiq.import.error.noSheet"));
        }
        String name = answers.getSheetName();
        int headerNumber = headerRow + 1;
        for (String required : List.of(ANSWER, DESCRIPTION)) {
            if (!columns.containsKey(required)) {
                problems.add(
                        CaiqProblem.at(name, headerRow + 1, null, "caiq.import.error.noColumn", heading(required)));
            }
        }
        Map<String, Integer> duplicates = duplicateHeadings(answers.getRow(headerRow), formatter);
        duplicates.forEach((heading, column) -> problems.add(
                CaiqProblem.at(name, headerNumber, letter(column), "caiq.import.error.columnTwice", heading(heading))));
        if (!problems.isEmpty()) {
            return new Result(name, List.of(), problems, false);
        }
        int idColumn = columns.get(QUESTION_ID);
        int answerColumn = columns.get(ANSWER);
        int descriptionColumn = columns.get(DESCRIPTION);
        if (answers.getLastRowNum() - headerRow > ROWS_MAX) {
            return new Result(
                    name, List.of(), List.of(CaiqProblem.file("caiq.import.error.tooManyRows", ROWS_MAX)), false);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstRow = new HashMap<>();
        boolean more = false;
        for (int r = headerRow + 1; r <= answers.getLastRowNum(); r++) {
            org.apache.poi.ss.usermodel.Row row = answers.getRow(r);
            if (row == null) {
                continue;
            }
            int number = r + 1;
            String id = text(row.getCell(idColumn), formatter);
            String answerText = text(row.getCell(answerColumn), formatter);
            String description = text(row.getCell(descriptionColumn), formatter);
            if (id.isEmpty()) {
                if (!answerText.isEmpty() || !description.isEmpty()) {
                    problems.add(CaiqProblem.at(
                            name,
                            number,
                            letter(answerText.isEmpty() ? descriptionColumn : answerColumn),
                            "caiq.import.error.noQuestion",
                            letter(idColumn)));
                }
            } else if (!CaiqQuestionIds.valid(id)) {
                if (!answerText.isEmpty() || !description.isEmpty() || looksLikeId(id)) {
                    problems.add(CaiqProblem.at(name, number, letter(idColumn), "caiq.import.error.questionId", id));
                }
            } else {
                Integer before = firstRow.putIfAbsent(id, number);
                if (before != null) {
                    problems.add(CaiqProblem.at(
                            name, number, letter(idColumn), "caiq.import.error.questionTwice", id, before));
                }
                CaiqAnswer answer = null;
                if (!answerText.isEmpty()) {
                    answer = CaiqAnswer.parse(answerText).orElse(null);
                    if (answer == null) {
                        problems.add(CaiqProblem.at(
                                name, number, letter(answerColumn), "caiq.import.error.answer", answerText));
                    }
                }
                if (description.length() > DESCRIPTION_MAX) {
                    problems.add(CaiqProblem.at(
                            name, number, letter(descriptionColumn), "caiq.import.error.tooLong", DESCRIPTION_MAX));
                }
                if (answer != null || !description.isEmpty()) {
                    rows.add(new Row(id, answer, description, number));
                }
            }
            if (problems.size() >= PROBLEMS_MAX) {
                more = r < answers.getLastRowNum();
                break;
            }
        }
        if (problems.isEmpty() && rows.stream().noneMatch(row -> row.answer() != null)) {
            problems.add(CaiqProblem.at(name, headerRow + 1, letter(answerColumn), "caiq.import.error.noAnswers"));
        }
        return new Result(name, problems.isEmpty() ? rows : List.of(), problems, more);
    }

    /**
     * A text in the question-id column that is not an id is accepted only where the CSA's sheet has such texts
     * (domain titles, blank answer rows); one that resembles an id but is malformed is refused.
     */
    private static boolean looksLikeId(String text) {
        return text.matches("(?i)[A-Z&]{2,4}\\s*-\\s*\\d.*");
    }

    private static Map<String, Integer> header(org.apache.poi.ss.usermodel.Row row, DataFormatter formatter) {
        Map<String, Integer> found = new HashMap<>();
        for (Cell cell : row) {
            String heading = known(text(cell, formatter));
            if (heading != null) {
                found.putIfAbsent(heading, cell.getColumnIndex());
            }
        }
        return found;
    }

    private static Map<String, Integer> duplicateHeadings(
            org.apache.poi.ss.usermodel.Row row, DataFormatter formatter) {
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> twice = new LinkedHashMap<>();
        for (Cell cell : row) {
            String heading = known(text(cell, formatter));
            if (heading != null && seen.putIfAbsent(heading, cell.getColumnIndex()) != null) {
                twice.putIfAbsent(heading, cell.getColumnIndex());
            }
        }
        return twice;
    }

    /** The heading a cell's text stands for: exact for the question id, by its start for the others. */
    private static @Nullable String known(String text) {
        String normal = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        if (normal.equals(QUESTION_ID)) {
            return QUESTION_ID;
        }
        if (normal.startsWith(ANSWER)) {
            return ANSWER;
        }
        if (normal.startsWith(DESCRIPTION)) {
            return DESCRIPTION;
        }
        return null;
    }

    /** The heading as the CSA's sheet writes it, for messages. */
    static String heading(String known) {
        return switch (known) {
            case QUESTION_ID -> "Question ID";
            case ANSWER -> "CSP CAIQ Answer";
            default -> "CSP Implementation Description";
        };
    }

    static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    private static String text(@Nullable Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case STRING -> cell.getStringCellValue().strip();
                case NUMERIC ->
                    formatter
                            .formatRawCellContents(
                                    cell.getNumericCellValue(),
                                    cell.getCellStyle().getDataFormat(),
                                    cell.getCellStyle().getDataFormatString())
                            .strip();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell).strip();
    }
}
