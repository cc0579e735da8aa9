package io.mekiki.operation.web;

import io.mekiki.operation.MeasurementInput;
import io.mekiki.operation.MeasurementsRefused;
import io.mekiki.operation.MetricInput;
import io.mekiki.operation.SlaDashboard;
import io.mekiki.operation.SlaImportResult;
import io.mekiki.operation.SlaMeasurement;
import io.mekiki.operation.SlaMeasurements;
import io.mekiki.operation.SlaMetric;
import io.mekiki.operation.SlaMetricDetail;
import io.mekiki.operation.SlaMetricStatus;
import io.mekiki.operation.SlaMetrics;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
        name = "SLA",
        description = "The SLA of a contract against what actually happened (ADR 035): metrics (AVAILABILITY in"
                + " percent, RTO, RPO, SUPPORT_RESPONSE and INCIDENT_NOTIFICATION in MINUTES or HOURS, CUSTOM with"
                + " its own unit) with a target, a direction (AT_LEAST, AT_MOST), a period (MONTHLY, QUARTERLY) and"
                + " service-credit tiers; measurements entered as JSON or imported from CSV, atomically; attainment"
                + " per period, breaches (recorded once per metric and period) and credits due; the service-level"
                + " dashboard. Everyone in the organisation reads; RISK_OFFICER and BUSINESS_OWNER enter.")
class SlaApi {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final SlaMetrics metrics;
    private final SlaMeasurements measurements;
    private final SlaProblems problems;
    private final MeasurementUpload upload;

    SlaApi(SlaMetrics metrics, SlaMeasurements measurements, SlaProblems problems, MeasurementUpload upload) {
        this.metrics = metrics;
        this.measurements = measurements;
        this.problems = problems;
        this.upload = upload;
    }

    @GetMapping("/api/v1/contracts/{contractId}/metrics")
    @Operation(
            summary = "The contract's SLA metrics with the current period's attainment",
            description = "`items`: each `metric` with `current` (the period holding today: `attained`, `met`,"
                    + " `measurements`; null while it has none), `breaches` recorded and `creditsDue` in yen for them.")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    Items<SlaMetricStatus> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID contractId) {
        return new Items<>(metrics.metrics(user, contractId));
    }

    @PostMapping("/api/v1/contracts/{contractId}/metrics")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Define an SLA metric (RISK_OFFICER, BUSINESS_OWNER)",
            description = "`kind` is required; `target` in the unit (PERCENT 0–100, MINUTES or HOURS 0–10,000,000,"
                    + " at most four decimals). The kind fixes `direction` and `aggregation` (AVAILABILITY: AT_LEAST,"
                    + " MEAN; the durations: AT_MOST, WORST); CUSTOM chooses them and needs `name` and `customUnit`."
                    + " `code` (A–Z, 0–9, _ and -, up to 20) names the metric in CSV files; left out, it follows the"
                    + " kind. `creditTiers`: up to 10, each `threshold` no better than the target and"
                    + " `creditPercent` above 0 up to 100; `monthlyFee` in yen (else the contract's price).")
    @ApiResponse(responseCode = "201", description = "Defined; the body is the metric")
    @ApiResponse(responseCode = "400", description = "A field is refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow entering SLA metrics")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The contract has 50 metrics already")
    SlaMetric define(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID contractId, @RequestBody MetricInput input) {
        return metrics.define(user, contractId, input);
    }

    @GetMapping("/api/v1/contracts/{contractId}/metrics/{metricId}")
    @Operation(
            summary = "A metric with the attainment of each period and its measurements",
            description = "`periods` oldest first: `attained` (the mean or the worst value, four decimals), `met`,"
                    + " `closed` (ended before today), `breached` (recorded), `creditPercent` and `creditDue` for a"
                    + " judged miss; `measurements` oldest first.")
    @ApiResponse(responseCode = "404", description = "The contract or the metric is not one of my organisation's")
    SlaMetricDetail metric(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID contractId, @PathVariable UUID metricId) {
        return metrics.metric(user, contractId, metricId);
    }

    @PutMapping("/api/v1/contracts/{contractId}/metrics/{metricId}")
    @Operation(
            summary = "Change a metric (RISK_OFFICER, BUSINESS_OWNER)",
            description = "The whole definition as for POST, with `version` as read; the kind cannot change. Breaches"
                    + " already recorded stay; attainment and credits read with the new terms.")
    @ApiResponse(responseCode = "400", description = "A field is refused, or `kind` differs")
    @ApiResponse(responseCode = "403", description = "My roles do not allow entering SLA metrics")
    @ApiResponse(responseCode = "404", description = "The contract or the metric is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The metric changed since `version`")
    SlaMetric change(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID contractId,
            @PathVariable UUID metricId,
            @RequestBody MetricChange input) {
        return metrics.change(user, contractId, metricId, input.version(), input.metric());
    }

    @DeleteMapping("/api/v1/contracts/{contractId}/metrics/{metricId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Remove a metric (RISK_OFFICER, BUSINESS_OWNER)",
            description = "It leaves the lists and the dashboard; its measurements and breaches stay on record.")
    @ApiResponse(responseCode = "403", description = "My roles do not allow entering SLA metrics")
    @ApiResponse(responseCode = "404", description = "The contract or the metric is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The metric changed since `version`")
    void remove(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID contractId,
            @PathVariable UUID metricId,
            @RequestParam(required = false) @Nullable Long version) {
        metrics.remove(user, contractId, metricId, version);
    }

    @GetMapping("/api/v1/contracts/{contractId}/measurements")
    @Operation(
            summary = "The contract's measurements, newest day first",
            description = "`metricId` keeps one metric; `page` from 0, `size` 1–500 (50).")
    @ApiResponse(responseCode = "400", description = "`page` or `size` out of range")
    @ApiResponse(responseCode = "404", description = "The contract or the metric is not one of my organisation's")
    ListPage<SlaMeasurement> measurements(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID contractId,
            @RequestParam(required = false) @Nullable UUID metricId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new RuleViolationException(RuleViolationException.Kind.UNPROCESSABLE, "page", "sla.error.page");
        }
        if (size < 1 || size > ListPage.MAX_SIZE) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, "size", "sla.error.size", ListPage.MAX_SIZE);
        }
        return measurements.measurements(user, contractId, metricId, page, size);
    }

    @PostMapping(path = "/api/v1/contracts/{contractId}/measurements", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record measurements sent as JSON (RISK_OFFICER, BUSINESS_OWNER)",
            description = "`measurements`: 1–10,000 of `{metric (code), date (yyyy-MM-dd, from the contract's start to"
                    + " today), value, note}`. All or nothing: any problem refuses the whole request with every problem"
                    + " in `errors[]` (`field` `measurements[i].date`, `index`, `column`). A metric and day recorded"
                    + " before is refused (no replacement). Periods that miss for good are recorded as breaches, once.")
    @ApiResponse(responseCode = "201", description = "Recorded; counts, the days spanned and the breaches detected")
    @ApiResponse(responseCode = "400", description = "Refused as a whole; errors[] lists each problem")
    @ApiResponse(responseCode = "403", description = "My roles do not allow entering measurements")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    ResponseEntity<?> recordJson(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID contractId,
            @RequestBody MeasurementsRequest request,
            Locale locale) {
        try {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(measurements.record(
                            user,
                            contractId,
                            request.measurements() == null ? List.of() : request.measurements(),
                            false));
        } catch (MeasurementsRefused refused) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(refused, false, locale));
        }
    }

    @PostMapping(path = "/api/v1/contracts/{contractId}/measurements", consumes = "text/csv")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Import measurements from a CSV file (RISK_OFFICER, BUSINESS_OWNER)",
            description = "The body is the file (UTF-8, `text/csv`, at most 20 MB): lines starting with `#` are"
                    + " comments, then the header `metric,date,value[,note]` in any order, then one measurement per"
                    + " line (dates yyyy-MM-dd or yyyy/M/d). All or nothing: any problem refuses the whole file, with"
                    + " each problem (up to 100) in `errors[]` naming `line` (the header is line 1) and `column`"
                    + " (`field` `lines[5].date`). Wrong or missing columns, bad numbers, impossible dates, dates"
                    + " before the contract's start or after today, a metric and day twice in the file or recorded"
                    + " before, an empty file and a file that is not UTF-8 text are refused. `fileName` is kept with"
                    + " the import in the ledger.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "201", description = "Imported; counts, the days spanned and the breaches detected")
    @ApiResponse(responseCode = "400", description = "Refused as a whole; errors[] lists each problem")
    @ApiResponse(responseCode = "403", description = "My roles do not allow entering measurements")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    @ApiResponse(responseCode = "413", description = "The file is larger than 20 MB")
    ResponseEntity<?> importCsv(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID contractId,
            @Parameter(description = "The file's name, kept in the ledger") @RequestParam(required = false) @Nullable
                    String fileName,
            HttpServletRequest request,
            Locale locale)
            throws IOException {
        byte[] content = upload.read(request.getInputStream(), request.getContentLengthLong());
        try {
            SlaImportResult result = measurements.importCsv(user, contractId, fileName, content);
            return ResponseEntity.status(HttpStatus.CREATED).body(result);
        } catch (MeasurementsRefused refused) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problems.problem(refused, true, locale));
        }
    }

    @GetMapping(path = "/api/v1/contracts/{contractId}/measurements/template", produces = "text/csv")
    @Operation(
            summary = "The CSV template of the contract",
            description = "Comment lines naming each metric's code, name, unit and target, then the header.")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    ResponseEntity<String> template(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID contractId, Locale locale) {
        return csv(measurements.template(user, contractId, locale), contractId);
    }

    @GetMapping("/api/v1/service-levels")
    @Operation(
            summary = "The service-level dashboard",
            description = "One row per contract in force: its metrics with the current period's attainment, breaches"
                    + " recorded in the last twelve months and the credits due for them, notice deadlines and renewals"
                    + " in the next 90 days, and the open incidents and operation findings of its initiative (null"
                    + " while not counted).")
    SlaDashboard dashboard(@AuthenticationPrincipal SignedInUser user) {
        return metrics.dashboard(user);
    }

    @ExceptionHandler(MeasurementUpload.TooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(MeasurementUpload.TooLarge tooLarge, Locale locale) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.tooLarge(tooLarge.megabytes(), locale));
    }

    static ResponseEntity<String> csv(String text, UUID contractId) {
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"sla-measurements-" + contractId + ".csv\"")
                .body(text);
    }

    /** A list answer. */
    record Items<T>(List<T> items) {}

    /** A change of a metric: the definition and the version read. */
    record MetricChange(
            @Schema(description = "The version read") @Nullable
            Long version,

            @Nullable String code,
            @Nullable String name,
            @Nullable String kind,
            @Nullable String unit,
            @Nullable String customUnit,
            @Nullable String direction,
            @Nullable String aggregation,
            @Nullable BigDecimal target,
            @Nullable String period,
            @Nullable Long monthlyFee,
            @Nullable List<MetricInput.Tier> creditTiers) {

        MetricInput metric() {
            return new MetricInput(
                    code,
                    name,
                    kind,
                    unit,
                    customUnit,
                    direction,
                    aggregation,
                    target,
                    period,
                    monthlyFee,
                    creditTiers);
        }
    }

    /** Measurements sent as JSON. */
    record MeasurementsRequest(@Nullable List<MeasurementInput> measurements) {}
}
