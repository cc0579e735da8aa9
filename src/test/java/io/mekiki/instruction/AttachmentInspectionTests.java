package io.mekiki.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
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
    void officeDocumentsAreRecognisedByTheirParts() {
        assertThat(inspection.inspect(new Upload("調査結果.docx", TestFiles.docx())).mediaType())
                .isEqualTo(AttachmentInspection.DOCX);
        assertThat(inspection.inspect(new Upload("比較表.bin", TestFiles.xlsx())).mediaType())
                .isEqualTo(AttachmentInspection.XLSX);
        assertThat(inspection
                        .inspect(new Upload("deck.pptx", TestFiles.zip("[Content_Types].xml", "ppt/presentation.xml")))
                        .mediaType())
                .isEqualTo(AttachmentInspection.PPTX);

        assertRefusedAsType("archive.docx", TestFiles.zip("readme.txt", "word/document.xml"));
        assertRefusedAsType(
                "macro.docx", TestFiles.zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"));
        assertRefusedAsType("other.xlsx", TestFiles.zip("[Content_Types].xml", "content.xml"));
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
