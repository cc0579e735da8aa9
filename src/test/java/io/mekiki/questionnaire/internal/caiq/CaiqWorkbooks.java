package io.mekiki.questionnaire.internal.caiq;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * CAIQ v4.1 workbooks built in the test with POI, laid out as the CSA's answer sheet is: an introduction sheet
 * first, then the answer sheet with title rows above the header row. Texts are placeholders, not the CSA's.
 */
public final class CaiqWorkbooks {

    /** The header row of the CSA's sheet, in its order. */
    public static final List<String> HEADINGS = List.of(
            "Question ID",
            "Question",
            "CSP CAIQ Answer",
            "SSRM Control Ownership",
            "CSP Implementation Description (Optional/Recommended)",
            "CSC Responsibilities (Optional/Recommended)",
            "Control ID");

    private final List<String> headings;
    private final List<List<String>> rows = new ArrayList<>();
    private String sheetName = "CAIQv4.1";

    private CaiqWorkbooks(List<String> headings) {
        this.headings = headings;
    }

    public static CaiqWorkbooks standard() {
        return new CaiqWorkbooks(HEADINGS);
    }

    public static CaiqWorkbooks withHeadings(List<String> headings) {
        return new CaiqWorkbooks(headings);
    }

    public CaiqWorkbooks sheetName(String name) {
        this.sheetName = name;
        return this;
    }

    /** A question row: id, answer, description (other columns get placeholders). */
    public CaiqWorkbooks answer(String id, String answer, String description) {
        List<String> row = new ArrayList<>();
        for (String heading : headings) {
            String normal = heading.toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            if (normal.equals("question id")) {
                row.add(id);
            } else if (normal.startsWith("csp caiq answer")) {
                row.add(answer);
            } else if (normal.startsWith("csp implementation description")) {
                row.add(description);
            } else if (normal.equals("question")) {
                row.add("question text of " + id);
            } else {
                row.add(normal.startsWith("ssrm") ? "CSP-owned" : "");
            }
        }
        rows.add(row);
        return this;
    }

    /** A row as given, cell by cell. */
    public CaiqWorkbooks raw(String... cells) {
        rows.add(List.of(cells));
        return this;
    }

    public byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet intro = workbook.createSheet("Introduction");
            intro.createRow(0).createCell(0).setCellValue("Consensus Assessments Initiative Questionnaire v4.1");
            Sheet sheet = workbook.createSheet(sheetName);
            sheet.createRow(0).createCell(0).setCellValue("CAIQ v4.1");
            sheet.createRow(1).createCell(0).setCellValue("Provider: Example");
            Row header = sheet.createRow(2);
            for (int c = 0; c < headings.size(); c++) {
                header.createCell(c).setCellValue(headings.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(3 + r);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A well-formed workbook whose shared strings inflate from about 50 KB to 50 MB: a zip bomb in miniature,
     * refused before it is inflated.
     */
    public static byte[] bomb() {
        byte[] good = standard().answer("DSP-19.1", "Yes", "").bytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in =
                        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/sharedStrings.xml")) {
                    String text = new String(content, java.nio.charset.StandardCharsets.UTF_8);
                    int end = text.lastIndexOf("</sst>");
                    zip.write(text.substring(0, end).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] padding = " ".repeat(1024 * 1024).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                    for (int i = 0; i < 50; i++) {
                        zip.write(padding);
                    }
                    zip.write("</sst>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
