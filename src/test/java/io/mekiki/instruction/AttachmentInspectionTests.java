package io.mekiki.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttachmentInspectionTests {

    private static final long LIMIT = 1024;
    private final AttachmentInspection inspection = new AttachmentInspection(LIMIT);

    @Test
    void theTypeComesFromTheContentNotFromTheName() {
        AttachmentInspection.InspectedFile png = inspection.inspect(new Upload("見積書.pdf", TestFiles.PNG));

        assertThat(png.mediaType()).isEqualTo("image/png");
        assertThat(png.fileName()).isEqualTo("見積書.pdf");
        assertThat(png.size()).isEqualTo(TestFiles.PNG.length);
        assertThat(png.sha256())
                .isEqualTo(AttachmentInspection.sha256(TestFiles.PNG))
                .hasSize(64);
        assertThat(inspection.inspect(new Upload("scan.png", TestFiles.PDF)).mediaType())
                .isEqualTo("application/pdf");
    }

    @Test
    void executablesAreRefusedWhateverTheyAreCalled() {
        assertRefusedAsType("readme.txt", TestFiles.ELF);
        assertRefusedAsType("報告.txt", TestFiles.EXE);
        assertRefusedAsType("installer.exe", TestFiles.EXE);
    }

    @Test
    void webPagesScriptsAndImagesThatCarryScriptsAreRefused() {
        assertRefusedAsType("note.txt", utf8("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"));
        assertRefusedAsType(
                "logo.png",
                utf8(
                        "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"));
        assertRefusedAsType("run.txt", utf8("#!/bin/sh\nrm -rf /tmp/x\n"));
        assertRefusedAsType("data.bin", new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
    }

    @Test
    void textMustBeCleanUtf8() {
        assertThat(inspection.inspect(new Upload("一覧.csv", TestFiles.CSV)).mediaType())
                .isEqualTo("text/plain");
        assertThat(inspection
                        .inspect(new Upload("a.json", utf8("{\"a\": [1, 2]}")))
                        .mediaType())
                .isEqualTo("text/plain");
        assertThat(inspection
                        .inspect(new Upload("a.yaml", utf8("---\nkey: 値\n")))
                        .mediaType())
                .isEqualTo("text/plain");
        assertThat(inspection
                        .inspect(new Upload("a.md", utf8("# 見出し\n\n- 項目\n")))
                        .mediaType())
                .isEqualTo("text/plain");

        assertRefusedAsType("nul.txt", utf8("abc\u0000def"));
        assertRefusedAsType("sjis.txt", "日本語のテキストです。".getBytes(Charset.forName("Shift_JIS")));
    }

    @Test
    void officeDocumentsAreRecognisedByTheMainPartTheirContentTypesDeclare() {
        assertThat(inspection.inspect(new Upload("調査結果.docx", TestFiles.docx())).mediaType())
                .isEqualTo(AttachmentInspection.DOCX);
        assertThat(inspection.inspect(new Upload("比較表.bin", TestFiles.xlsx())).mediaType())
                .isEqualTo(AttachmentInspection.XLSX);
        assertThat(inspection.inspect(new Upload("deck.pptx", TestFiles.pptx())).mediaType())
                .isEqualTo(AttachmentInspection.PPTX);
        assertThat(inspection
                        .inspect(new Upload(
                                "図入り.docx",
                                TestFiles.ooxml(
                                        "word/document.xml",
                                        TestFiles.WORD_MAIN,
                                        Map.of("word/media/image1.png", TestFiles.PNG),
                                        Map.of())))
                        .mediaType())
                .isEqualTo(AttachmentInspection.DOCX);
    }

    @Test
    void macrosAreFoundByTheirDeclaredContentTypeWhateverThePartIsCalled() {
        byte[] vbaUnderAnotherName = TestFiles.ooxml(
                "word/document.xml",
                TestFiles.WORD_MAIN,
                Map.of("word/styles2.xml", "<styles/>".getBytes(StandardCharsets.UTF_8)),
                Map.of("/word/styles2.xml", "application/vnd.ms-office.vbaProject"));
        byte[] macroEnabledMain = TestFiles.ooxml(
                "xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", Map.of(), Map.of());
        byte[] macroSheet = TestFiles.ooxml(
                "xl/workbook.xml",
                TestFiles.EXCEL_MAIN,
                Map.of("xl/macrosheets/sheet1.xml", "<xm:macrosheet/>".getBytes(StandardCharsets.UTF_8)),
                Map.of("/xl/macrosheets/sheet1.xml", "application/vnd.ms-excel.macrosheet+xml"));
        byte[] vbaByDefault = TestFiles.zipOf(Map.of(
                "[Content_Types].xml",
                ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Default Extension=\"dat\" ContentType=\"application/vnd.ms-office.vbaProject\"/>"
                                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + TestFiles.WORD_MAIN
                                + "\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8),
                "_rels/.rels",
                "<Relationships/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml",
                "<document/>".getBytes(StandardCharsets.UTF_8)));

        assertRefused("renamed-macro.docx", vbaUnderAnotherName, "instruction.error.fileMacros");
        assertRefused("book.xlsx", macroEnabledMain, "instruction.error.fileMacros");
        assertRefused("xlm.xlsx", macroSheet, "instruction.error.fileMacros");
        assertRefused("default.docx", vbaByDefault, "instruction.error.fileMacros");
    }

    @Test
    void aVbaProjectOrAnyOtherCompoundFileIsFoundByItsContent() {
        byte[] disguisedAsImage = TestFiles.ooxml(
                "word/document.xml",
                TestFiles.WORD_MAIN,
                Map.of("word/media/image1.png", TestFiles.COMPOUND_FILE),
                Map.of());
        byte[] plainlyNamed = TestFiles.ooxml(
                "word/document.xml",
                TestFiles.WORD_MAIN,
                Map.of("word/vbaProject.bin", TestFiles.COMPOUND_FILE),
                Map.of());

        assertRefused("report.docx", disguisedAsImage, "instruction.error.fileMacros");
        assertRefused("report2.docx", plainlyNamed, "instruction.error.fileMacros");
    }

    @Test
    void anArchiveThatIsNotTheDocumentItClaimsToBeIsRefused() {
        assertRefused(
                "archive.docx", TestFiles.zip("readme.txt", "word/document.xml"), "instruction.error.fileNotDocument");
        assertRefused(
                "parts-only.docx",
                TestFiles.zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"),
                "instruction.error.fileNotDocument");
        byte[] mainPartMissing = TestFiles.zipOf(Map.of(
                "[Content_Types].xml",
                ("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                + "<Override PartName=\"/word/document.xml\" ContentType=\"" + TestFiles.WORD_MAIN
                                + "\"/></Types>")
                        .getBytes(StandardCharsets.UTF_8),
                "_rels/.rels",
                "<Relationships/>".getBytes(StandardCharsets.UTF_8)));
        assertRefused("empty.docx", mainPartMissing, "instruction.error.fileNotDocument");
        assertRefused("budget.xlsx", TestFiles.docx(), "instruction.error.fileNotDocument");
        assertRefused("plain.zip", TestFiles.zip("a.txt", "b.txt"), "instruction.error.fileNotDocument");
    }

    @Test
    void tooLargeAndEmptyFilesAreRefusedBeforeAnythingElse() {
        byte[] justOver = new byte[(int) LIMIT + 1];
        System.arraycopy(TestFiles.PDF, 0, justOver, 0, TestFiles.PDF.length);

        assertThatThrownBy(() -> inspection.inspect(new Upload("大きい.pdf", justOver)))
                .isInstanceOfSatisfying(InstructionRuleViolation.class, violation -> {
                    assertThat(violation.messageCode()).isEqualTo("instruction.error.fileTooLarge");
                    assertThat(violation.arguments()).startsWith("大きい.pdf");
                    assertThat(violation.field()).isEqualTo("files");
                });
        assertThat(inspection
                        .inspect(new Upload("ちょうど.pdf", java.util.Arrays.copyOf(justOver, (int) LIMIT)))
                        .size())
                .isEqualTo(LIMIT);
        assertThatThrownBy(() -> inspection.inspect(new Upload("空.txt", new byte[0])))
                .isInstanceOfSatisfying(
                        InstructionRuleViolation.class,
                        violation -> assertThat(violation.messageCode()).isEqualTo("instruction.error.fileEmpty"));
    }

    @Test
    void fileNamesLoseFoldersAndControlCharacters() {
        assertThat(AttachmentInspection.fileName("C:\\Users\\taro\\報告書.pdf")).isEqualTo("報告書.pdf");
        assertThat(AttachmentInspection.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(AttachmentInspection.fileName("a\r\nb\".txt")).isEqualTo("ab.txt");
        assertThat(AttachmentInspection.fileName("  ")).isEqualTo("attachment");
        assertThat(AttachmentInspection.fileName(null)).isEqualTo("attachment");
        assertThat(AttachmentInspection.fileName("長".repeat(300) + ".pdf"))
                .hasSize(AttachmentInspection.FILE_NAME_MAX)
                .endsWith(".pdf");
    }

    @Test
    void theDigestIsTheSha256OfTheBytes() {
        assertThat(AttachmentInspection.sha256(utf8("abc")))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(HexFormat.of().parseHex(AttachmentInspection.sha256(TestFiles.PNG)))
                .hasSize(32);
    }

    private void assertRefused(String name, byte[] content, String code) {
        assertThatThrownBy(() -> inspection.inspect(new Upload(name, content)))
                .as(name)
                .isInstanceOfSatisfying(InstructionRuleViolation.class, violation -> {
                    assertThat(violation.messageCode()).isEqualTo(code);
                    assertThat(violation.arguments()).containsExactly(name);
                });
    }

    private void assertRefusedAsType(String name, byte[] content) {
        assertThatThrownBy(() -> inspection.inspect(new Upload(name, content)))
                .as(name)
                .isInstanceOfSatisfying(InstructionRuleViolation.class, violation -> {
                    assertThat(violation.messageCode()).isEqualTo("instruction.error.fileType");
                    assertThat(violation.arguments()).containsExactly(name);
                });
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
