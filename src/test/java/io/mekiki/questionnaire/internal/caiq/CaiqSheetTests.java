package io.mekiki.questionnaire.internal.caiq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading CAIQ v4.1 workbooks (ADR 042): well-formed ones, and each way a sheet is refused as a whole. */
class CaiqSheetTests {

    @Test
    void readsTheAnswerSheetFoundByItsHeadings() {
        byte[] workbook = CaiqWorkbooks.standard()
                .raw("Data Security and Privacy Lifecycle Management")
                .answer("DSP-19.1", "Yes", "Customers pick the region at sign-up.")
                .answer("DSP-19.2", "no", "")
                .answer("IAM-14.1", "N/A", "Not offered.")
                .answer("AIS-01.1", "", "")
                .answer("BCR-08.1", "", "Described but not answered.")
                .bytes();

        CaiqSheet.Result result = CaiqSheet.read(workbook);

        assertThat(result.problems()).isEmpty();
        assertThat(result.sheet()).isEqualTo("CAIQv4.1");
        assertThat(result.rows())
                .containsExactly(
                        new CaiqSheet.Row("DSP-19.1", CaiqAnswer.YES, "Customers pick the region at sign-up.", 5),
                        new CaiqSheet.Row("DSP-19.2", CaiqAnswer.NO, "", 6),
                        new CaiqSheet.Row("IAM-14.1", CaiqAnswer.NA, "Not offered.", 7),
                        new CaiqSheet.Row("BCR-08.1", null, "Described but not answered.", 9));
    }

    @Test
    void columnsAreFoundWhereverTheyStand() {
        byte[] workbook = CaiqWorkbooks.withHeadings(
                        List.of("Notes", "CSP Implementation\nDescription", "csp caiq answer", "Question ID"))
                .answer("SEF-07.1", "Yes", "Within 24 hours.")
                .bytes();

        CaiqSheet.Result result = CaiqSheet.read(workbook);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).containsExactly(new CaiqSheet.Row("SEF-07.1", CaiqAnswer.YES, "Within 24 hours.", 4));
    }

    @Test
    void aWorkbookWithoutAnAnswerSheetIsRefused() {
        byte[] workbook = CaiqWorkbooks.withHeadings(List.of("ID", "Answer"))
                .raw("DSP-19.1", "Yes")
                .bytes();

        assertThat(codes(CaiqSheet.read(workbook))).containsExactly("caiq.import.error.noSheet");
    }

    @Test
    void missingColumnsAreNamedWithTheHeaderRow() {
        byte[] workbook = CaiqWorkbooks.withHeadings(List.of("Question ID", "Question"))
                .raw("DSP-19.1", "q")
                .bytes();

        CaiqSheet.Result result = CaiqSheet.read(workbook);

        assertThat(result.problems())
                .extracting(CaiqProblem::code, CaiqProblem::row, p -> p.arguments()[0])
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("caiq.import.error.noColumn", 3, "CSP CAIQ Answer"),
                        org.assertj.core.groups.Tuple.tuple(
                                "caiq.import.error.noColumn", 3, "CSP Implementation Description"));
        assertThat(result.rows()).isEmpty();
    }

    @Test
    void aHeadingTwiceIsRefused() {
        byte[] workbook = CaiqWorkbooks.withHeadings(List.of(
                        "Question ID", "CSP CAIQ Answer", "CSP Implementation Description", "CSP CAIQ Answer (2)"))
                .answer("DSP-19.1", "Yes", "")
                .bytes();

        CaiqSheet.Result result = CaiqSheet.read(workbook);

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo("caiq.import.error.columnTwice");
            assertThat(problem.column()).isEqualTo("D");
        });
    }

    @Test
    void unknownAnswersDuplicatesAndRowsOutOfPlaceAreEachNamedAndNothingIsKept() {
        byte[] workbook = CaiqWorkbooks.standard()
                .answer("DSP-19.1", "Yes", "fine")
                .answer("DSP-19.2", "Partly", "")
                .answer("DSP-19.1", "No", "")
                .answer("", "Yes", "an answer without its question")
                .answer("DSP 19.3", "Yes", "")
                .answer("IAM-1.1", "", "")
                .bytes();

        CaiqSheet.Result result = CaiqSheet.read(workbook);

        assertThat(result.ok()).isFalse();
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .extracting(CaiqProblem::row, CaiqProblem::column, CaiqProblem::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(5, "C", "caiq.import.error.answer"),
                        org.assertj.core.groups.Tuple.tuple(6, "A", "caiq.import.error.questionTwice"),
                        org.assertj.core.groups.Tuple.tuple(7, "C", "caiq.import.error.noQuestion"),
                        org.assertj.core.groups.Tuple.tuple(8, "A", "caiq.import.error.questionId"),
                        org.assertj.core.groups.Tuple.tuple(9, "A", "caiq.import.error.questionId"));
        assertThat(result.problems().get(1).arguments()).containsExactly("DSP-19.1", 4);
        assertThat(result.problems())
                .allSatisfy(problem -> assertThat(problem.sheet()).isEqualTo("CAIQv4.1"));
    }

    @Test
    void aDescriptionLongerThanTheLimitIsRefused() {
        byte[] workbook = CaiqWorkbooks.standard()
                .answer("DSP-19.1", "Yes", "x".repeat(CaiqSheet.DESCRIPTION_MAX + 1))
                .bytes();

        assertThat(codes(CaiqSheet.read(workbook))).containsExactly("caiq.import.error.tooLong");
    }

    @Test
    void aSheetWithoutAnyAnswerIsRefused() {
        byte[] workbook = CaiqWorkbooks.standard()
                .answer("DSP-19.1", "", "")
                .answer("DSP-19.2", "", "only words")
                .bytes();

        assertThat(codes(CaiqSheet.read(workbook))).containsExactly("caiq.import.error.noAnswers");
    }

    @Test
    void whatIsNotAnXlsxWorkbookIsRefused() throws IOException {
        assertThat(codes(CaiqSheet.read(new byte[0]))).containsExactly("caiq.import.error.empty");
        assertThat(codes(CaiqSheet.read("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))))
                .containsExactly("caiq.import.error.notXlsx");
        assertThat(codes(CaiqSheet.read(zip("notes.txt", "hello".getBytes(StandardCharsets.UTF_8)))))
                .containsExactly("caiq.import.error.notXlsx");
        try (HSSFWorkbook old = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            old.createSheet("CAIQ").createRow(0).createCell(0).setCellValue("Question ID");
            old.write(out);
            assertThat(codes(CaiqSheet.read(out.toByteArray()))).containsExactly("caiq.import.error.notXlsx");
        }
        byte[] good = CaiqWorkbooks.standard().answer("DSP-19.1", "Yes", "").bytes();
        assertThat(codes(CaiqSheet.read(java.util.Arrays.copyOf(good, good.length / 2))))
                .containsExactly("caiq.import.error.notXlsx");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        byte[] bomb = CaiqWorkbooks.bomb();
        assertThat(bomb.length).isLessThan(1024 * 1024);

        assertThat(codes(CaiqSheet.read(bomb))).containsExactly("caiq.import.error.bomb");
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static List<String> codes(CaiqSheet.Result result) {
        return result.problems().stream().map(CaiqProblem::code).toList();
    }
}
