package io.mekiki.operation.web;

import io.mekiki.operation.MeasurementInput;
import io.mekiki.operation.MeasurementsRefused;
import io.mekiki.operation.MetricAggregation;
import io.mekiki.operation.MetricDirection;
import io.mekiki.operation.MetricInput;
import io.mekiki.operation.MetricKind;
import io.mekiki.operation.MetricPeriod;
import io.mekiki.operation.MetricUnit;
import io.mekiki.operation.SlaDashboard;
import io.mekiki.operation.SlaImportResult;
import io.mekiki.operation.SlaMeasurement;
import io.mekiki.operation.SlaMeasurements;
import io.mekiki.operation.SlaMetric;
import io.mekiki.operation.SlaMetricDetail;
import io.mekiki.operation.SlaMetrics;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SLA pages (ADR 035): a contract's SLA (its metrics, a measurement entered by hand, the CSV import with
 * its template), a metric's page (the chart, the periods, the measurements, the definition) and the
 * service-level dashboard. Forms post and come back to the page; the import answers in place with htmx.
 */
@Controller
class SlaPages {

    static final List<String> EDITOR_ROLES = List.of("RISK_OFFICER", "BUSINESS_OWNER");
    /** Empty credit-tier rows a metric form offers. */
    static final int TIER_ROWS = 3;

    private final SlaMetrics metrics;
    private final SlaMeasurements measurements;
    private final SlaProblems problems;
    private final MeasurementUpload upload;
    private final org.springframework.context.MessageSource messageSource;

    SlaPages(
            SlaMetrics metrics,
            SlaMeasurements measurements,
            SlaProblems problems,
            MeasurementUpload upload,
            org.springframework.context.MessageSource messageSource) {
        this.metrics = metrics;
        this.measurements = measurements;
        this.problems = problems;
        this.upload = upload;
        this.messageSource = messageSource;
    }

    @GetMapping("/service-levels")
    String dashboard(
            @AuthenticationPrincipal SignedInUser user, Model model, Locale locale, HttpServletRequest request) {
        SlaDashboard dashboard = metrics.dashboard(user);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("view", SlaDashboardView.of(dashboard, messageSource, locale, request.getContextPath()));
        return "sla/dashboard";
    }

    @GetMapping("/contracts/{id}/sla")
    String contract(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Model model) {
        fillContract(user, id, model);
        return "sla/contract";
    }

    @GetMapping("/contracts/{id}/sla/template.csv")
    ResponseEntity<String> template(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
        return SlaApi.csv(measurements.template(user, id, locale), id);
    }

    @PostMapping("/contracts/{id}/sla/metrics")
    String define(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        MetricForm form = MetricForm.of(request);
        try {
            SlaMetric metric = metrics.define(user, id, form.input());
            redirect.addFlashAttribute("notice", "sla.metric.defined");
            return "redirect:/contracts/" + id + "/sla/metrics/" + metric.id();
        } catch (RuleViolationException refused) {
            response.setStatus(refused.pageStatus().value());
            refusal(model, refused, "define");
            model.addAttribute("metricForm", form);
            fillContract(user, id, model);
            return "sla/contract";
        }
    }

    @PostMapping("/contracts/{id}/sla/measurements")
    String enter(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String metric,
            @RequestParam(defaultValue = "") String date,
            @RequestParam(defaultValue = "") String value,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(required = false) @Nullable UUID back,
            HttpServletResponse response,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        BigDecimal number;
        try {
            number = value.isBlank() ? null : new BigDecimal(value.strip());
        } catch (NumberFormatException notNumber) {
            number = null;
        }
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("metric", metric);
        entry.put("date", date);
        entry.put("value", value);
        entry.put("note", note);
        try {
            if (number == null && !value.isBlank()) {
                throw new MeasurementsRefused(
                        List.of(new io.mekiki.operation.internal.sla.MeasurementProblem(
                                0, "value", "sla.measurement.error.notNumber", new Object[] {value.strip()})),
                        false);
            }
            SlaImportResult result =
                    measurements.record(user, id, List.of(new MeasurementInput(metric, date, number, note)), true);
            redirect.addFlashAttribute(
                    "notice",
                    result.breaches().isEmpty() ? "sla.measurement.recorded" : "sla.measurement.recordedBreach");
            return back == null
                    ? "redirect:/contracts/" + id + "/sla"
                    : "redirect:/contracts/" + id + "/sla/metrics/" + back;
        } catch (MeasurementsRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("entryErrors", entryErrors(refused, locale));
            model.addAttribute("entry", entry);
            if (back != null) {
                fillMetric(user, id, back, 0, model);
                return "sla/metric";
            }
            fillContract(user, id, model);
            return "sla/contract";
        }
    }

    @PostMapping("/contracts/{id}/sla/import")
    String importCsv(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale)
            throws IOException {
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        MultipartFile file =
                request instanceof MultipartHttpServletRequest multipart ? multipart.getFile("file") : null;
        try {
            if (file == null
                    || file.isEmpty()
                            && (file.getOriginalFilename() == null
                                    || file.getOriginalFilename().isBlank())) {
                throw new MeasurementsRefused(
                        List.of(io.mekiki.operation.internal.sla.MeasurementProblem.file("sla.import.error.noFile")),
                        false);
            }
            byte[] content = upload.read(file.getInputStream(), file.getSize());
            SlaImportResult result = measurements.importCsv(user, id, file.getOriginalFilename(), content);
            model.addAttribute("imported", result);
        } catch (MeasurementsRefused refused) {
            if (!htmx) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            }
            model.addAttribute("importErrors", problems.texts(refused, true, locale));
            model.addAttribute("importMore", refused.more());
        } catch (MeasurementUpload.TooLarge tooLarge) {
            if (!htmx) {
                response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            }
            model.addAttribute("importTooLarge", tooLarge.megabytes());
        }
        if (htmx) {
            model.addAttribute("contract", metrics.contract(user, id));
            return "sla/contract :: importResult";
        }
        fillContract(user, id, model);
        return "sla/contract";
    }

    /** A multipart request above the server's own limit (25 MB), refused while it was read. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String uploadTooLarge(
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            @AuthenticationPrincipal SignedInUser user) {
        String[] parts = request.getRequestURI().split("/");
        UUID id = UUID.fromString(parts[2]);
        boolean htmx = "true".equals(request.getHeader("HX-Request"));
        model.addAttribute("importTooLarge", upload.maxSize().toMegabytes());
        if (htmx) {
            model.addAttribute("contract", metrics.contract(user, id));
            return "sla/contract :: importResult";
        }
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        fillContract(user, id, model);
        return "sla/contract";
    }

    @GetMapping("/contracts/{id}/sla/metrics/{metricId}")
    String metric(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID metricId,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        fillMetric(user, id, metricId, Math.max(0, page), model);
        return "sla/metric";
    }

    @PostMapping("/contracts/{id}/sla/metrics/{metricId}")
    String change(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID metricId,
            @RequestParam(required = false) @Nullable Long version,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        MetricForm form = MetricForm.of(request);
        try {
            metrics.change(user, id, metricId, version, form.input());
            redirect.addFlashAttribute("notice", "sla.metric.changed");
            return "redirect:/contracts/" + id + "/sla/metrics/" + metricId;
        } catch (RuleViolationException refused) {
            response.setStatus(refused.pageStatus().value());
            refusal(model, refused, "change");
            model.addAttribute("metricForm", form);
            fillMetric(user, id, metricId, 0, model);
            return "sla/metric";
        }
    }

    @PostMapping("/contracts/{id}/sla/metrics/{metricId}/remove")
    String remove(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID metricId,
            @RequestParam(required = false) @Nullable Long version,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            metrics.remove(user, id, metricId, version);
            redirect.addFlashAttribute("notice", "sla.metric.removed");
            return "redirect:/contracts/" + id + "/sla";
        } catch (RuleViolationException refused) {
            response.setStatus(refused.pageStatus().value());
            refusal(model, refused, "remove");
            fillMetric(user, id, metricId, 0, model);
            return "sla/metric";
        }
    }

    private void fillContract(SignedInUser user, UUID id, Model model) {
        model.addAttribute("contract", metrics.contract(user, id));
        model.addAttribute("metrics", metrics.metrics(user, id));
        model.addAttribute("canEdit", canEdit(user));
        model.addAttribute("kinds", MetricKind.values());
        model.addAttribute("units", MetricUnit.values());
        model.addAttribute("directions", MetricDirection.values());
        model.addAttribute("aggregations", MetricAggregation.values());
        model.addAttribute("periods", MetricPeriod.values());
        model.addAttribute("maxMegabytes", upload.maxSize().toMegabytes());
        if (!model.containsAttribute("metricForm")) {
            model.addAttribute("metricForm", MetricForm.blank());
        }
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", Map.of());
        }
    }

    private void fillMetric(SignedInUser user, UUID id, UUID metricId, int page, Model model) {
        SlaMetricDetail detail = metrics.metric(user, id, metricId);
        model.addAttribute("detail", detail);
        model.addAttribute("contract", detail.contract());
        model.addAttribute("metric", detail.metric());
        model.addAttribute("chart", SlaChart.of(detail));
        model.addAttribute(
                "unitText",
                detail.metric().unit() == MetricUnit.OTHER
                        ? detail.metric().customUnit()
                        : messageSource.getMessage(
                                "sla.unit." + detail.metric().unit().name(),
                                null,
                                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        ListPage<SlaMeasurement> list = measurements.measurements(user, id, metricId, page, 50);
        model.addAttribute("measurements", list);
        model.addAttribute("canEdit", canEdit(user));
        model.addAttribute("units", detail.metric().kind().units());
        model.addAttribute("directions", MetricDirection.values());
        model.addAttribute("aggregations", MetricAggregation.values());
        model.addAttribute("periods", MetricPeriod.values());
        if (!model.containsAttribute("metricForm")) {
            model.addAttribute("metricForm", MetricForm.of(detail.metric()));
        }
        if (!model.containsAttribute("entry")) {
            model.addAttribute("entry", Map.of());
        }
    }

    private static void refusal(Model model, RuleViolationException refused, String form) {
        model.addAttribute("refusedForm", form);
        model.addAttribute("refusal", refused.messageCode());
        model.addAttribute("refusalArguments", refused.arguments());
        model.addAttribute("refusedField", refused.field());
    }

    private List<SlaProblems.Text> entryErrors(MeasurementsRefused refused, Locale locale) {
        List<SlaProblems.Text> texts = new ArrayList<>();
        for (io.mekiki.operation.internal.sla.MeasurementProblem problem : refused.problems()) {
            texts.add(new SlaProblems.Text(
                    null,
                    problem.column(),
                    problem.column() == null ? "" : problem.column(),
                    problem.code(),
                    problems.message(problem.code(), locale, plain(problem.arguments()))));
        }
        return texts;
    }

    private static Object[] plain(Object[] arguments) {
        Object[] plain = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            plain[i] = arguments[i] instanceof Number || arguments[i] instanceof java.time.temporal.Temporal
                    ? String.valueOf(arguments[i])
                    : arguments[i];
        }
        return plain;
    }

    private static boolean canEdit(SignedInUser user) {
        return user.roleNames().stream().anyMatch(EDITOR_ROLES::contains);
    }

    /** A metric form as typed, to show again with its refusal. */
    record MetricForm(
            String code,
            String name,
            String kind,
            String unit,
            String customUnit,
            String direction,
            String aggregation,
            String target,
            String period,
            String monthlyFee,
            List<String[]> tiers) {

        static MetricForm blank() {
            List<String[]> tiers = new ArrayList<>();
            for (int i = 0; i < TIER_ROWS; i++) {
                tiers.add(new String[] {"", ""});
            }
            return new MetricForm("", "", "AVAILABILITY", "", "", "", "", "", "MONTHLY", "", tiers);
        }

        static MetricForm of(SlaMetric metric) {
            List<String[]> tiers = new ArrayList<>();
            metric.creditTiers()
                    .forEach(tier -> tiers.add(new String[] {
                        tier.threshold().toPlainString(), tier.creditPercent().toPlainString()
                    }));
            while (tiers.size() < TIER_ROWS) {
                tiers.add(new String[] {"", ""});
            }
            return new MetricForm(
                    metric.code(),
                    metric.name(),
                    metric.kind().name(),
                    metric.unit().name(),
                    metric.customUnit() == null ? "" : metric.customUnit(),
                    metric.direction().name(),
                    metric.aggregation().name(),
                    metric.target().toPlainString(),
                    metric.period().name(),
                    metric.monthlyFee() == null ? "" : String.valueOf(metric.monthlyFee()),
                    tiers);
        }

        static MetricForm of(HttpServletRequest request) {
            String[] thresholds = values(request, "threshold");
            String[] percents = values(request, "creditPercent");
            List<String[]> tiers = new ArrayList<>();
            for (int i = 0; i < Math.max(thresholds.length, percents.length); i++) {
                tiers.add(
                        new String[] {i < thresholds.length ? thresholds[i] : "", i < percents.length ? percents[i] : ""
                        });
            }
            while (tiers.size() < TIER_ROWS) {
                tiers.add(new String[] {"", ""});
            }
            return new MetricForm(
                    value(request, "code"),
                    value(request, "name"),
                    value(request, "kind"),
                    value(request, "unit"),
                    value(request, "customUnit"),
                    value(request, "direction"),
                    value(request, "aggregation"),
                    value(request, "target"),
                    value(request, "period"),
                    value(request, "monthlyFee"),
                    tiers);
        }

        /** The form as the service takes it; text that is no number is refused naming its field. */
        MetricInput input() {
            List<MetricInput.Tier> list = new ArrayList<>();
            for (int i = 0; i < tiers.size(); i++) {
                String[] tier = tiers.get(i);
                if (tier[0].isBlank() && tier[1].isBlank()) {
                    continue;
                }
                list.add(new MetricInput.Tier(
                        number("creditTiers[" + list.size() + "].threshold", tier[0]),
                        number("creditTiers[" + list.size() + "].creditPercent", tier[1])));
            }
            BigDecimal fee = number("monthlyFee", monthlyFee);
            Long whole;
            try {
                whole = fee == null ? null : fee.longValueExact();
            } catch (ArithmeticException fraction) {
                throw new RuleViolationException(
                        RuleViolationException.Kind.UNPROCESSABLE,
                        "monthlyFee",
                        "sla.metric.error.fee",
                        1_000_000_000_000L);
            }
            return new MetricInput(
                    code,
                    name,
                    kind,
                    unit.isBlank() ? null : unit,
                    customUnit,
                    direction.isBlank() ? null : direction,
                    aggregation.isBlank() ? null : aggregation,
                    number("target", target),
                    period,
                    whole,
                    list);
        }

        /** The tiers as the template reads them. */
        public List<String[]> tierRows() {
            return tiers;
        }

        private static @Nullable BigDecimal number(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip());
            } catch (NumberFormatException notNumber) {
                throw new RuleViolationException(
                        RuleViolationException.Kind.UNPROCESSABLE, field, "sla.metric.error.notNumber", text.strip());
            }
        }

        private static String value(HttpServletRequest request, String name) {
            String value = request.getParameter(name);
            return value == null ? "" : value;
        }

        private static String[] values(HttpServletRequest request, String name) {
            String[] values = request.getParameterValues(name);
            return values == null ? new String[0] : values;
        }
    }
}
