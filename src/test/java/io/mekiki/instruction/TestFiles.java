package io.mekiki.instruction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of the kinds a report may or may not carry, made in memory. */
public final class TestFiles {

    /** A 1×1 transparent PNG. */
    public static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /** The start of a 64-bit Linux executable. */
    public static final byte[] ELF = bytes(0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0);

    /** The start of a Windows executable. */
    public static final byte[] EXE = bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0, 0xb8, 0);

    public static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    public static final byte[] CSV = "資産,区分\n顧客台帳,個人データ\n".getBytes(StandardCharsets.UTF_8);

    private TestFiles() {}

    public static final String WORD_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public static final String EXCEL_MAIN =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    public static final String POWER_POINT_MAIN =
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml";

    /** The signature of an OLE compound file, followed by a little of what a VBA project holds. */
    public static final byte[] COMPOUND_FILE = concat(
            bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1), "_VBA_PROJECT".getBytes(StandardCharsets.UTF_16LE));

    /** A Word document with the parts Word writes at least: content types, package relationships, body. */
    public static byte[] docx() {
        return ooxml("word/document.xml", WORD_MAIN, Map.of(), Map.of());
    }

    public static byte[] xlsx() {
        return ooxml(
                "xl/workbook.xml",
                EXCEL_MAIN,
                Map.of("xl/worksheets/sheet1.xml", "<worksheet/>".getBytes(StandardCharsets.UTF_8)),
                Map.of(
                        "/xl/worksheets/sheet1.xml",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"));
    }

    public static byte[] pptx() {
        return ooxml("ppt/presentation.xml", POWER_POINT_MAIN, Map.of(), Map.of());
    }

    /**
     * An Office Open XML package: the main part of the given type, the package relationships, further
     * parts and further content type overrides (part name with a leading slash → type).
     */
    public static byte[] ooxml(
            String mainPart, String mainType, Map<String, byte[]> parts, Map<String, String> overrides) {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Override PartName=\"/" + mainPart + "\" ContentType=\"" + mainType + "\"/>");
        overrides.forEach((name, type) -> types.append("<Override PartName=\"")
                .append(name)
                .append("\" ContentType=\"")
                .append(type)
                .append("\"/>"));
        types.append("</Types>");
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("[Content_Types].xml", types.toString().getBytes(StandardCharsets.UTF_8));
        all.put(
                "_rels/.rels",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
                                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                + "relationships/officeDocument\" Target=\"" + mainPart + "\"/></Relationships>")
                        .getBytes(StandardCharsets.UTF_8));
        all.put(mainPart, "<document>本文</document>".getBytes(StandardCharsets.UTF_8));
        all.putAll(parts);
        return zipOf(all);
    }

    public static byte[] zipOf(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    public static byte[] zip(String... entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(("<part name=\"" + entry + "\"/>").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
