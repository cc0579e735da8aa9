package io.mekiki.assets.web;

import io.mekiki.assets.AssetRow;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;

/**
 * Writes the register as CSV (RFC 4180) that Excel in Japan opens correctly: UTF-8 with a byte order
 * mark, CRLF line ends, a header row and values in the reader's language.
 */
final class AssetCsv {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final List<String> HEADER_KEYS = List.of(
            "assets.csv.id",
            "assets.field.name",
            "assets.field.ownerDepartment",
            "assets.field.description",
            "assets.field.categories",
            "assets.field.assetValue",
            "assets.field.riskTolerance",
            "assets.field.currentControls",
            "assets.field.currentAnnualCost",
            "assets.field.currentServiceLevel",
            "assets.csv.archived",
            "assets.csv.createdAt",
            "assets.csv.updatedAt",
            "assets.csv.version");

    private final MessageSource messages;
    private final Locale locale;

    AssetCsv(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** Sends the rows as a CSV file download. */
    void send(List<AssetRow> rows, LocalDate today, HttpServletResponse response) throws IOException {
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(today) + "\"");
        write(rows, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    void write(List<AssetRow> rows, Writer out) throws IOException {
        out.write(BYTE_ORDER_MARK);
        line(out, HEADER_KEYS.stream().map(this::text).toList());
        for (AssetRow row : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(row.id().toString());
            cells.add(row.name());
            cells.add(row.ownerDepartment());
            cells.add(row.description());
            cells.add(row.categories().stream()
                    .sorted()
                    .map(category -> text("category." + category.name()))
                    .collect(Collectors.joining("; ")));
            cells.add(text("assets.value." + row.assetValue().name()));
            cells.add(text("assets.tolerance." + row.riskTolerance().name()));
            cells.add(row.currentControls());
            cells.add(
                    row.currentAnnualCost() == null
                            ? null
                            : row.currentAnnualCost().toString());
            cells.add(row.currentServiceLevel());
            cells.add(text(row.archived() ? "assets.csv.yes" : "assets.csv.no"));
            cells.add(TIMESTAMP.format(row.createdAt()));
            cells.add(TIMESTAMP.format(row.updatedAt()));
            cells.add(Long.toString(row.version()));
            line(out, cells);
        }
        out.flush();
    }

    private void line(Writer out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * One quoted-if-needed cell. Text that a spreadsheet would run as a formula gets a leading
     * apostrophe, so that opening an export never executes what someone typed into an asset.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || !text.equals(text.strip())) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, locale);
    }

    private static String fileName(LocalDate today) {
        return "mekiki-assets-" + today.format(DateTimeFormatter.BASIC_ISO_DATE) + ".csv";
    }
}
