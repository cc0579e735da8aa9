package io.mekiki.operation.web;

import io.mekiki.decision.Decision;
import io.mekiki.operation.OperationFinding;
import io.mekiki.operation.OperationFindingDecision;
import io.mekiki.operation.OperationFindingInput;
import io.mekiki.operation.OperationFindingSignificance;
import io.mekiki.operation.OperationFindingSource;
import io.mekiki.operation.OperationFindingStatus;
import io.mekiki.operation.OperationFindings;
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
@RequestMapping("/api/v1/operation-findings")
@Tag(
        name = "Operation findings",
        description = "Findings of operation (指摘事項, ADR 036): raised automatically when an SLA metric's period"
                + " closes below its target (source SLA_BREACH, once per metric and period), from an incident"
                + " (INCIDENT) or by hand from monitoring (MONITORING). Each has a root cause, a countermeasure"
                + " (corrective action), an owner (a person of the organisation), a due date, a status (OPEN,"
                + " COUNTERMEASURE_PLANNED, DONE, CLOSED) and a significance (MINOR, MODERATE, SIGNIFICANT). A"
                + " SIGNIFICANT finding needs an executive decision on its response: a decision on the initiative"
                + " whose topic is the finding's `decisionTopic` (FINDING_OF<n>); until it is approved the"
                + " operation gate OPERATION_FINDINGS_RESOLVED has an unmet condition and the initiative cannot"
                + " leave operation. RISK_OFFICER and BUSINESS_OWNER raise and handle; every role reads.")
class OperationFindingApi {

    private final OperationFindings findings;

    OperationFindingApi(OperationFindings findings) {
        this.findings = findings;
    }

    @GetMapping
    @Operation(
            summary = "Operation findings of my organisation",
            description = "One page, open ones first, then newest; filtered by `initiativeId`, `incidentId`, `open`"
                    + " and `significance` when given.")
    @ApiResponse(responseCode = "400", description = "A parameter out of range; errors[].field names it")
    FindingList list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable UUID initiativeId,
            @RequestParam(required = false) @Nullable UUID incidentId,
            @RequestParam(required = false) @Nullable Boolean open,
            @RequestParam(required = false) @Nullable OperationFindingSignificance significance,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") @Min(1) @Max(ListPage.MAX_SIZE)
                    int size) {
        ListPage<OperationFinding> found =
                findings.page(user, initiativeId, incidentId, open, significance, page, size);
        return new FindingList(
                found.items().stream().map(OperationFindingApi::view).toList(),
                found.page(),
                found.size(),
                found.total(),
                found.totalPages());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One operation finding")
    @ApiResponse(responseCode = "404", description = "The finding is not one of my organisation's")
    FindingView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return view(findings.finding(user, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Raise a finding by hand (RISK_OFFICER, BUSINESS_OWNER)",
            description = "From an incident (`incidentId`) or from monitoring (`initiativeId`, an initiative in"
                    + " operation). `title` and `significance` are required. A status other than OPEN needs"
                    + " `countermeasure`, `ownerId` and `dueDate`; CLOSED also `rootCause`.")
    @ApiResponse(responseCode = "201", description = "Raised")
    @ApiResponse(responseCode = "400", description = "A field missing or invalid; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "409", description = "The initiative is not in operation")
    FindingView raise(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody FindingRequest request) {
        return view(findings.raise(user, request.input()));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace what is set on a finding (RISK_OFFICER, BUSINESS_OWNER)",
            description = "The whole record with the `version` read (initiative and incident stay). A significant"
                    + " finding is closed only once an executive approved the decision on its response.")
    @ApiResponse(responseCode = "400", description = "A field missing or invalid; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The finding is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The finding is closed or changed since `version`, or a significant finding would close"
                    + " without an approved decision")
    FindingView revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody FindingRequest request) {
        return view(findings.revise(user, id, request.version(), request.input()));
    }

    @PostMapping("/{id}/decision-request")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Ask the executives to decide on the finding's response (RISK_OFFICER, BUSINESS_OWNER)",
            description = "Requests a decision on the initiative with topic `decisionTopic`; the proposal is the"
                    + " text given, else the countermeasure. Answers the decision's id and topic; an executive"
                    + " decides it through /api/v1/decisions/{id}/decision.")
    @ApiResponse(responseCode = "400", description = "No proposal and no countermeasure, or too long")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The finding is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "A decision on the finding is already waiting")
    DecisionRequested requestDecision(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody DecisionRequest request) {
        Decision decision = findings.requestDecision(user, id, request.proposal());
        return new DecisionRequested(decision.id(), decision.topic());
    }

    static FindingView view(OperationFinding finding) {
        return new FindingView(
                finding.id(),
                finding.code(),
                finding.initiativeId(),
                finding.contractId(),
                finding.source(),
                finding.incidentId(),
                finding.metricId(),
                finding.metricName(),
                finding.periodStart(),
                finding.periodEnd(),
                finding.title(),
                finding.description(),
                finding.rootCause(),
                finding.countermeasure(),
                finding.ownerId(),
                finding.ownerName(),
                finding.dueDate(),
                finding.status(),
                finding.significance(),
                finding.decisionTopic(),
                finding.decision(),
                finding.decisionId(),
                finding.raisedById(),
                finding.raisedBy(),
                finding.createdAt(),
                finding.updatedAt(),
                finding.version());
    }

    record FindingRequest(
            @Schema(description = "The initiative (monitoring); on raising only") @Nullable
            UUID initiativeId,

            @Schema(description = "The incident it comes from; on raising only") @Nullable
            UUID incidentId,

            @Size(max = OperationFindings.TITLE_MAX) @Nullable
            String title,

            @Size(max = OperationFindings.TEXT_MAX) @Nullable
            String description,

            @Size(max = OperationFindings.TEXT_MAX) @Nullable
            String rootCause,

            @Size(max = OperationFindings.TEXT_MAX) @Nullable
            String countermeasure,

            @Schema(description = "A person of my organisation") @Nullable
            UUID ownerId,

            @Schema(example = "2027-01-31") @Nullable LocalDate dueDate,
            @Nullable OperationFindingStatus status,
            @Nullable OperationFindingSignificance significance,

            @Schema(description = "The finding's version read (revisions only)") @Nullable
            Integer version) {

        OperationFindingInput input() {
            return new OperationFindingInput(
                    initiativeId,
                    incidentId,
                    title,
                    description,
                    rootCause,
                    countermeasure,
                    ownerId,
                    dueDate,
                    status,
                    significance);
        }
    }

    record DecisionRequest(
            @Size(max = OperationFindings.TEXT_MAX) @Nullable
            String proposal) {}

    record DecisionRequested(UUID decisionId, String topic) {}

    record FindingList(List<FindingView> items, int page, int size, long total, int totalPages) {}

    record FindingView(
            UUID id,
            @Schema(example = "OF-12") String code,
            UUID initiativeId,
            @Nullable UUID contractId,
            OperationFindingSource source,
            @Nullable UUID incidentId,
            @Nullable UUID metricId,
            @Nullable String metricName,
            @Nullable LocalDate periodStart,
            @Nullable LocalDate periodEnd,
            String title,
            String description,
            String rootCause,
            String countermeasure,
            @Nullable UUID ownerId,
            @Nullable String owner,
            @Nullable LocalDate dueDate,
            OperationFindingStatus status,
            OperationFindingSignificance significance,
            @Schema(example = "FINDING_OF12") String decisionTopic,

            @Schema(description = "NONE, WAITING, APPROVED, NOT_APPROVED, STALE")
            OperationFindingDecision decision,

            @Nullable UUID decisionId,
            @Nullable UUID raisedById,
            String raisedBy,
            Instant createdAt,
            Instant updatedAt,
            int version) {}
}
