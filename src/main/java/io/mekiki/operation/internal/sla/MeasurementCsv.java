package io.mekiki.operation.internal.sla;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of measurements: UTF-8 (a byte-order mark is skipped), comma-separated, lines starting
 * with {@code #} are comments (the template explains itself in them), the first other line is the header
 * with the columns {@code metric}, {@code date}, {@code value} and optionally {@code note} in any order, then
 * one measurement per line. Every problem is collected, each with its line and column, up to
 * {@value #PROBLEMS_MAX}; the caller imports only a file without any (ADR 035).
 */
public final class MeasurementCsv {

    public static final String METRIC = "metric";
    public static final String DATE = "date";
    public static final String VALUE = "value";
    public static final String NOTE = "note";
    /** The columns in the order of the template. */
    public static final List<String> COLUMNS = List.of(METRIC, DATE, VALUE, NOTE);

    private static final List<String> REQUIRED = List.of(METRIC, DATE, VALUE);
    /** Problems reported at most; the answer says when there were more. */
    public static final int PROBLEMS_MAX = 100;

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setCommentMarker('#')
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    private MeasurementCsv() {}

    /** What was read: the measurements when there is no problem, else the problems (and more: beyond the first). */
    public record Result(List<MeasurementChecks.Checked> rows, List<MeasurementProblem> problems, boolean more) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result read(byte[] content, MeasurementChecks checks) {
        List<MeasurementProblem> problems = new ArrayList<>();
        String text;
        try {
            text = text(content);
        } catch (CharacterCodingException | IllegalArgumentException notText) {
            problems.add(MeasurementProblem.file("sla.import.error.notText"));
            return new Result(List.of(), problems, false);
        }
        if (text.isBlank()) {
            problems.add(MeasurementProblem.file("sla.import.error.empty"));
            return new Result(List.of(), problems, false);
        }
        List<MeasurementChecks.Checked> rows = new ArrayList<>();
        boolean more = false;
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = FORMAT.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                problems.add(MeasurementProblem.file("sla.import.error.empty"));
                return new Result(List.of(), problems, false);
            }
            CSVRecord header = records.next();
            int headerLine = (int) parser.getCurrentLineNumber();
            Map<String, Integer> columns = header(header, headerLine, problems);
            if (!problems.isEmpty()) {
                return new Result(List.of(), problems, false);
            }
            int width = header.size();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int line = (int) parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != width) {
                    problems.add(new MeasurementProblem(
                            line, null, "sla.import.error.fieldCount", new Object[] {width, record.size()}));
                } else {
                    MeasurementChecks.Checked row = checks.check(
                            line,
                            field(record, columns, METRIC),
                            field(record, columns, DATE),
                            field(record, columns, VALUE),
                            field(record, columns, NOTE),
                            COLUMNS,
                            problems);
                    if (row != null) {
                        rows.add(row);
                    }
                }
                if (problems.size() >= PROBLEMS_MAX) {
                    more = records.hasNext();
                    break;
                }
            }
        } catch (UncheckedIOException | IOException malformed) {
            problems.add(new MeasurementProblem(null, null, "sla.import.error.malformed", new Object[0]));
        } catch (IllegalStateException malformed) {
            problems.add(new MeasurementProblem(null, null, "sla.import.error.malformed", new Object[0]));
        }
        if (problems.isEmpty() && rows.isEmpty()) {
            problems.add(MeasurementProblem.file("sla.import.error.noRows"));
        }
        if (problems.size() > PROBLEMS_MAX) {
            more = true;
            problems = new ArrayList<>(problems.subList(0, PROBLEMS_MAX));
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems, more);
    }

    /** The header's columns by name (lower case); what is missing, unknown or twice goes into the problems. */
    private static Map<String, Integer> header(CSVRecord header, int line, List<MeasurementProblem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int index = 0; index < header.size(); index++) {
            String name = header.get(index).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name)) {
                problems.add(new MeasurementProblem(
                        line, header.get(index).strip(), "sla.import.error.unknownColumn", new Object[] {
                            header.get(index).strip(), String.join(", ", COLUMNS)
                        }));
            } else if (columns.putIfAbsent(name, index) != null) {
                problems.add(new MeasurementProblem(line, name, "sla.import.error.columnTwice", new Object[] {name}));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(new MeasurementProblem(
                        line, required, "sla.import.error.missingColumn", new Object[] {required}));
            }
        }
        return columns;
    }

    private static String field(CSVRecord record, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : record.get(index);
    }

    /** The bytes as strict UTF-8 without a byte-order mark; refused when they are not text (binary, another encoding). */
    static String text(byte[] content) throws CharacterCodingException {
        int start = content.length >= 3
                        && (content[0] & 0xff) == 0xef
                        && (content[1] & 0xff) == 0xbb
                        && (content[2] & 0xff) == 0xbf
                ? 3
                : 0;
        String text = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content, start, content.length - start))
                .toString();
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
                throw new IllegalArgumentException("a control character: not a text file");
            }
        }
        return text;
    }
}
