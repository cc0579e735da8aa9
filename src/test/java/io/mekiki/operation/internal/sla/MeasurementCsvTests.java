package io.mekiki.operation.internal.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.operation.MetricAggregation;
import io.mekiki.operation.MetricDirection;
import io.mekiki.operation.MetricKind;
import io.mekiki.operation.MetricPeriod;
import io.mekiki.operation.MetricUnit;
import io.mekiki.operation.SlaMetric;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The CSV reader of measurements: what it reads, and each refusal with its line and column. */
class MeasurementCsvTests {

    static final SlaMetric AVAILABILITY = metric("AVAIL", MetricKind.AVAILABILITY, MetricUnit.PERCENT, "99.9");
    static final SlaMetric SUPPORT = metric("SUPPORT", MetricKind.SUPPORT_RESPONSE, MetricUnit.MINUTES, "240");
    static final LocalDate START = LocalDate.of(2026, 4, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void readsEveryLineWithItsMetricDayValueAndNote() {
        MeasurementCsv.Result result = read("""
                # metric codes: AVAIL, SUPPORT
                metric,date,value,note
                AVAIL,2026-11-01,99.95,
                avail,2026/11/2,100,"planned, announced"
                SUPPORT,2026-11-02,45,
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(3);
        MeasurementChecks.Checked second = result.rows().get(1);
        assertThat(second.line()).isEqualTo(4);
        assertThat(second.metric()).isEqualTo(AVAILABILITY);
        assertThat(second.on()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(second.value()).isEqualByComparingTo("100");
        assertThat(second.note()).isEqualTo("planned, announced");
        assertThat(result.rows().get(2).metric()).isEqualTo(SUPPORT);
    }

    @Test
    void columnsMayComeInAnyOrderTheNoteIsOptionalAndAByteOrderMarkIsSkipped() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] body = "Value,Date,Metric\r\n99.5,2026-11-01,AVAIL\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);
        MeasurementCsv.Result result = MeasurementCsv.read(content, checks());
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.value()).isEqualByComparingTo("99.5");
            assertThat(row.note()).isEmpty();
        });
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThat(read("metric,value\nAVAIL,99\n").problems())
                .containsExactly(problem(1, "date", "sla.import.error.missingColumn", "date"));
    }

    @Test
    void anUnknownOrDoubledColumnIsNamed() {
        assertThat(read("metric,date,value,comment\nAVAIL,2026-11-01,99,x\n").problems())
                .containsExactly(problem(
                        1, "comment", "sla.import.error.unknownColumn", "comment", "metric, date, value, note"));
        assertThat(read("metric,date,value,date\n").problems())
                .containsExactly(problem(1, "date", "sla.import.error.columnTwice", "date"));
    }

    @Test
    void aLineWithTooFewOrTooManyFieldsIsNamed() {
        assertThat(read("metric,date,value\nAVAIL,2026-11-01\n").problems())
                .containsExactly(new MeasurementProblem(2, null, "sla.import.error.fieldCount", new Object[] {3, 2}));
    }

    @Test
    void badNumbersAreRefusedNamingLineAndColumn() {
        MeasurementCsv.Result result = read("""
                metric,date,value
                AVAIL,2026-11-01,99,9
                AVAIL,2026-11-02,abc
                AVAIL,2026-11-03,
                AVAIL,2026-11-04,99.12345
                AVAIL,2026-11-05,100.5
                SUPPORT,2026-11-05,-1
                AVAIL,2026-11-06,1e2
                """);
        assertThat(result.rows()).isEmpty();
        assertThat(result.problems())
                .containsExactly(
                        new MeasurementProblem(2, null, "sla.import.error.fieldCount", new Object[] {3, 4}),
                        problem(3, "value", "sla.measurement.error.notNumber", "abc"),
                        problem(4, "value", "sla.measurement.error.valueMissing"),
                        problem(5, "value", "sla.measurement.error.tooManyDecimals", "99.12345", 4),
                        problem(6, "value", "sla.measurement.error.outOfRange", "100.5", "0", "100"),
                        problem(7, "value", "sla.measurement.error.outOfRange", "-1", "0", "10000000"),
                        problem(8, "value", "sla.measurement.error.notNumber", "1e2"));
    }

    @Test
    void datesOutOfRangeAndImpossibleDatesAreRefused() {
        MeasurementCsv.Result result = read("""
                metric,date,value
                AVAIL,2026-03-31,99
                AVAIL,2026-12-04,99
                AVAIL,2026-02-30,99
                AVAIL,2026-13-01,99
                AVAIL,1.11.2026,99
                AVAIL,,99
                AVAIL,2026-12-03,99
                """);
        assertThat(result.problems())
                .containsExactly(
                        problem(2, "date", "sla.measurement.error.beforeStart", LocalDate.of(2026, 3, 31), START),
                        problem(3, "date", "sla.measurement.error.future", LocalDate.of(2026, 12, 4), TODAY),
                        problem(4, "date", "sla.measurement.error.dateInvalid", "2026-02-30"),
                        problem(5, "date", "sla.measurement.error.dateInvalid", "2026-13-01"),
                        problem(6, "date", "sla.measurement.error.dateInvalid", "1.11.2026"),
                        problem(7, "date", "sla.measurement.error.dateMissing"));
        assertThat(result.rows())
                .as("nothing is read from a file with a problem")
                .isEmpty();
    }

    @Test
    void anUnknownMetricIsNamed() {
        assertThat(read("metric,date,value\nRTO,2026-11-01,30\n,2026-11-01,30\n")
                        .problems())
                .containsExactly(
                        problem(2, "metric", "sla.measurement.error.metricUnknown", "RTO"),
                        problem(3, "metric", "sla.measurement.error.metricMissing"));
    }

    @Test
    void aSecondValueForTheSameMetricAndDayNamesTheFirst() {
        assertThat(read("metric,date,value\nAVAIL,2026-11-01,99\nSUPPORT,2026-11-01,3\navail,2026/11/01,98\n")
                        .problems())
                .containsExactly(problem(
                        4, "date", "sla.measurement.error.duplicateInFile", "AVAIL", LocalDate.of(2026, 11, 1), 2));
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
        assertThat(read("").problems()).containsExactly(MeasurementProblem.file("sla.import.error.empty"));
        assertThat(read(" \n\n").problems()).containsExactly(MeasurementProblem.file("sla.import.error.empty"));
        assertThat(read("# only a comment\n").problems())
                .containsExactly(MeasurementProblem.file("sla.import.error.empty"));
        assertThat(read("metric,date,value\n").problems())
                .containsExactly(MeasurementProblem.file("sla.import.error.noRows"));
    }

    @Test
    void aFileThatIsNotTextIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThat(MeasurementCsv.read(png, checks()).problems())
                .containsExactly(MeasurementProblem.file("sla.import.error.notText"));
        byte[] shiftJis = "metric,date,value,note\nAVAIL,2026-11-01,99,計画停止\n"
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        assertThat(MeasurementCsv.read(shiftJis, checks()).problems())
                .containsExactly(MeasurementProblem.file("sla.import.error.notText"));
    }

    @Test
    void aFileThatIsTextButNoMeasurementCsvIsRefusedByItsHeader() {
        assertThat(read("{\"measurements\": []}\n").problems())
                .extracting(MeasurementProblem::code)
                .contains("sla.import.error.unknownColumn", "sla.import.error.missingColumn");
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThat(read("metric,date,value,note\nAVAIL,2026-11-01,99,\"open\n").problems())
                .extracting(MeasurementProblem::code)
                .containsExactly("sla.import.error.malformed");
    }

    @Test
    void problemsStopAtTheLimitAndSaySoWhenThereAreMore() {
        StringBuilder csv = new StringBuilder("metric,date,value\n");
        for (int line = 0; line < 150; line++) {
            csv.append("AVAIL,2026-11-01,x\n");
        }
        MeasurementCsv.Result result = read(csv.toString());
        assertThat(result.problems()).hasSize(MeasurementCsv.PROBLEMS_MAX);
        assertThat(result.more()).isTrue();
    }

    private static MeasurementCsv.Result read(String csv) {
        return MeasurementCsv.read(csv.getBytes(StandardCharsets.UTF_8), checks());
    }

    static MeasurementChecks checks() {
        return new MeasurementChecks(List.of(AVAILABILITY, SUPPORT), START, TODAY);
    }

    private static MeasurementProblem problem(int line, String column, String code, Object... arguments) {
        return new MeasurementProblem(line, column, code, arguments);
    }

    static SlaMetric metric(String code, MetricKind kind, MetricUnit unit, String target) {
        return new SlaMetric(
                UUID.randomUUID(),
                UUID.randomUUID(),
                UUID.randomUUID(),
                code,
                code,
                kind,
                unit,
                null,
                kind.direction() == null ? MetricDirection.AT_LEAST : kind.direction(),
                kind.aggregation() == null ? MetricAggregation.MEAN : kind.aggregation(),
                new BigDecimal(target),
                MetricPeriod.MONTHLY,
                null,
                List.of(),
                1,
                Instant.EPOCH);
    }
}
