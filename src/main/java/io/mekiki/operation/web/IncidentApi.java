package io.mekiki.operation.web;

import io.mekiki.operation.Incident;
import io.mekiki.operation.IncidentClocks;
import io.mekiki.operation.IncidentFact;
import io.mekiki.operation.IncidentInput;
import io.mekiki.operation.IncidentSeverity;
import io.mekiki.operation.IncidentStatus;
import io.mekiki.operation.IncidentType;
import io.mekiki.operation.Incidents;
import io.mekiki.operation.ReportingClock;
import io.mekiki.operation.SentReport;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/v1/incidents")
@Tag(
        name = "Incidents",
        description = "Incidents of initiatives in operation (ADR 036): type, severity, start and end, the moment of"
                + " awareness, impact, affected assets (of the initiative's scope), handling notes, yes/no facts the"
                + " reporting rules test, and the number of persons concerned. RISK_OFFICER and BUSINESS_OWNER"
                + " record, revise, mark reports sent and close; every role of the organisation reads. Each incident"
                + " carries its reporting clocks (`clocks`): one per report owed under the reporting rules of the"
                + " catalogue release in use when it was recorded (APPI breach reports, My Number breach reports,"
                + " the cyber-defence incident report), each with its due date counted from the day of awareness"
                + " in the organisation's calendar, its deadline (the end of that day in the organisation's zone), the"
                + " time left, what the report must contain and the confidence of the rule.")
class IncidentApi {

    private final Incidents incidents;

    IncidentApi(Incidents incidents) {
        this.incidents = incidents;
    }

    @GetMapping
    @Operation(
            summary = "Incidents of my organisation",
            description = "One page, newest awareness first; filtered by `initiativeId` and `status` when given.")
    @ApiResponse(responseCode = "400", description = "`page`, `size` or `status` out of range; errors[].field names it")
    IncidentList list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable UUID initiativeId,
            @Parameter(description = "OPEN or CLOSED") @RequestParam(required = false) @Nullable IncidentStatus status,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") @Min(1) @Max(ListPage.MAX_SIZE)
                    int size) {
        ListPage<Incident> found = incidents.page(user, initiativeId, status, page, size);
        return new IncidentList(
                found.items().stream()
                        .map(incident -> view(incident, incidents.clocks(incident)))
                        .toList(),
                found.page(),
                found.size(),
                found.total(),
                found.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One incident with its reporting clocks")
    @ApiResponse(responseCode = "404", description = "The incident is not one of my organisation's")
    IncidentView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        Incident incident = incidents.incident(user, id);
        return view(incident, incidents.clocks(incident));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Record an incident (RISK_OFFICER, BUSINESS_OWNER)",
            description = "On an initiative in OPERATION or CONTINUATION_TERMINATION. `type`, `severity`, `title`,"
                    + " `startedAt` and `awareAt` are required; moments are ISO-8601 instants and may not lie in the"
                    + " future; `endedAt` not before `startedAt`; `affectedAssetIds` must be assets of the initiative's"
                    + " scope; `affectedPersons` null while not known. `contractId` is refused until the contract"
                    + " module offers contracts.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body carries its clocks")
    @ApiResponse(responseCode = "400", description = "A field missing or invalid; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "409", description = "The initiative is not in operation")
    IncidentView record(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody IncidentRequest request) {
        Incident incident = incidents.record(user, request.input());
        return view(incident, incidents.clocks(incident));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace what is recorded of an open incident (RISK_OFFICER, BUSINESS_OWNER)",
            description = "The whole record with the `version` read; the initiative stays as recorded.")
    @ApiResponse(responseCode = "400", description = "A field missing or invalid; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The incident is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The incident is closed, or changed since `version`")
    IncidentView revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody IncidentRequest request) {
        Incident incident = incidents.revise(user, id, request.version(), request.input());
        return view(incident, incidents.clocks(incident));
    }

    @PostMapping("/{id}/reports")
    @Operation(
            summary = "Mark a report the incident owes as sent (RISK_OFFICER, BUSINESS_OWNER)",
            description = "`ruleId` and `reportId` name a clock of the incident; `sentOn` is the day it was sent (from"
                    + " the day of awareness to today, in the organisation's calendar); `reference` the authority's"
                    + " receipt number or one's own.")
    @ApiResponse(responseCode = "400", description = "No such clock, `sentOn` out of range, `reference` missing")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The incident is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The report is already marked sent")
    IncidentView reportSent(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody ReportSentRequest request) {
        Incident incident = incidents.markReportSent(
                user, id, request.ruleId(), request.reportId(), request.sentOn(), request.reference());
        return view(incident, incidents.clocks(incident));
    }

    @PostMapping("/{id}/closing")
    @Operation(summary = "Close an open incident with a summary (RISK_OFFICER, BUSINESS_OWNER)")
    @ApiResponse(responseCode = "400", description = "`summary` missing or too long")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The incident is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The incident is closed already")
    IncidentView close(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody CloseRequest request) {
        Incident incident = incidents.close(user, id, request.summary());
        return view(incident, incidents.clocks(incident));
    }

    static IncidentView view(Incident incident, IncidentClocks clocks) {
        return new IncidentView(
                incident.id(),
                incident.code(),
                incident.initiativeId(),
                incident.contractId(),
                incident.type(),
                incident.severity(),
                incident.title(),
                incident.startedAt(),
                incident.endedAt(),
                incident.awareAt(),
                incident.impact(),
                incident.affectedAssetIds(),
                incident.handlingNotes(),
                incident.facts(),
                incident.affectedPersons(),
                incident.status(),
                incident.closingSummary(),
                incident.closedAt(),
                incident.recordedById(),
                incident.recordedBy(),
                incident.createdAt(),
                incident.updatedAt(),
                incident.version(),
                new ClocksView(
                        clocks.rulesId(),
                        clocks.clocks().stream().map(IncidentApi::clock).toList(),
                        clocks.missingFacts()));
    }

    private static ClockView clock(ReportingClock clock) {
        Locale ja = Locale.JAPANESE;
        Locale en = Locale.ENGLISH;
        return new ClockView(
                clock.ruleId(),
                new Texts(clock.ruleName().in(ja), clock.ruleName().in(en)),
                new Texts(clock.authority().in(ja), clock.authority().in(en)),
                new Texts(clock.basis().in(ja), clock.basis().in(en)),
                clock.ruleConfidence().name(),
                clock.reportId(),
                new Texts(clock.reportName().in(ja), clock.reportName().in(en)),
                clock.withinDays(),
                clock.dueDate(),
                clock.deadline(),
                clock.state().name(),
                clock.left() == null ? null : clock.left().toSeconds(),
                new Texts(clock.deadlineNote().in(ja), clock.deadlineNote().in(en)),
                clock.confidence().name(),
                clock.contents().stream()
                        .map(text -> new Texts(text.in(ja), text.in(en)))
                        .toList(),
                clock.reasons(),
                clock.sent(),
                clock.sentLate());
    }

    record IncidentRequest(
            @Schema(description = "The initiative (in operation); ignored on a revision") @Nullable
            UUID initiativeId,

            @Nullable UUID contractId,
            @Nullable IncidentType type,
            @Nullable IncidentSeverity severity,
            @Size(max = Incidents.TITLE_MAX) @Nullable String title,

            @Schema(example = "2026-12-01T01:30:00Z") @Nullable
            Instant startedAt,

            @Nullable Instant endedAt,

            @Schema(description = "When the organisation became aware; the clocks run from it") @Nullable
            Instant awareAt,

            @Size(max = Incidents.TEXT_MAX) @Nullable String impact,
            @Size(max = Incidents.ASSETS_MAX) @Nullable List<UUID> affectedAssetIds,
            @Size(max = Incidents.NOTES_MAX) @Nullable String handlingNotes,
            @Size(max = 20) @Nullable Set<IncidentFact> facts,

            @Schema(description = "Persons concerned; null while not known") @Nullable
            Integer affectedPersons,

            @Schema(description = "The incident's version read (revisions only)") @Nullable
            Integer version) {

        IncidentInput input() {
            return new IncidentInput(
                    initiativeId,
                    contractId,
                    type,
                    severity,
                    title,
                    startedAt,
                    endedAt,
                    awareAt,
                    impact,
                    affectedAssetIds,
                    handlingNotes,
                    facts,
                    affectedPersons);
        }
    }

    record ReportSentRequest(
            @Schema(example = "APPI_BREACH") @Size(max = 100) @Nullable
            String ruleId,

            @Schema(example = "QUICK") @Size(max = 100) @Nullable
            String reportId,

            @Schema(example = "2026-12-03") @Nullable LocalDate sentOn,
            @Size(max = Incidents.REFERENCE_MAX) @Nullable String reference) {}

    record CloseRequest(
            @Size(max = Incidents.TEXT_MAX) @Nullable String summary) {}

    record IncidentList(List<IncidentView> items, int page, int size, long total, int totalPages) {}

    record IncidentView(
            UUID id,
            @Schema(example = "IN-3") String code,
            UUID initiativeId,
            @Nullable UUID contractId,
            IncidentType type,
            IncidentSeverity severity,
            String title,
            Instant startedAt,
            @Nullable Instant endedAt,
            Instant awareAt,
            String impact,
            List<UUID> affectedAssetIds,
            String handlingNotes,
            Set<IncidentFact> facts,
            @Nullable Integer affectedPersons,
            IncidentStatus status,
            @Nullable String closingSummary,
            @Nullable Instant closedAt,
            @Nullable UUID recordedById,
            String recordedBy,
            Instant createdAt,
            Instant updatedAt,
            int version,
            ClocksView clocks) {}

    record ClocksView(
            @Schema(description = "The reporting rules the clocks come from", example = "2026.1")
            String rulesId,

            List<ClockView> clocks,

            @Schema(
                    description =
                            "Facts a rule needs that are not known yet: AFFECTED_PERSONS, CRITICAL_INFRASTRUCTURE")
            List<String> missingFacts) {}

    record ClockView(
            String ruleId,
            Texts rule,
            Texts authority,
            Texts basis,

            @Schema(description = "CONFIRMED, SECONDARY or UNCONFIRMED")
            String ruleConfidence,

            String reportId,
            Texts report,
            @Nullable Integer withinDays,
            @Nullable LocalDate dueDate,
            @Nullable Instant deadline,

            @Schema(description = "SENT, RUNNING, OVERDUE or NO_DEADLINE")
            String state,

            @Schema(description = "Seconds until the deadline, negative when overdue; null when sent or none") @Nullable
            Long secondsLeft,

            Texts deadlineNote,
            String confidence,
            List<Texts> contents,

            @Schema(
                    description = "Why the rule applies: fact:<FACT>, persons:<threshold>,"
                            + " personsNotKnown:<threshold>, organization:criticalInfrastructure,"
                            + " organizationNotKnown:criticalInfrastructure")
            List<String> reasons,

            @Nullable SentReport sent,
            boolean sentLate) {}

    record Texts(String ja, String en) {}
}
