package io.mekiki.operation.web;

import io.mekiki.operation.Contingencies;
import io.mekiki.operation.Contingency;
import io.mekiki.operation.ContingencyEntry;
import io.mekiki.operation.ContingencyReview;
import io.mekiki.operation.ContingencyStatus;
import io.mekiki.operation.ContingencySummary;
import io.mekiki.operation.NewContingency;
import io.mekiki.operation.NewContingencyEntry;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contingencies")
@Tag(
        name = "Contingencies",
        description = "Contingencies (不測事態: WIDE_AREA_DISASTER, LARGE_DATA_LEAK, PROLONGED_OUTAGE, PROVIDER_FAILURE,"
                + " OTHER): an EXECUTIVE opens one on initiatives of the organisation and names who commands (an"
                + " executive); EXECUTIVE and RISK_OFFICER record its timeline (COMMAND, DECISION,"
                + " CUSTOMER_COMMUNICATION, AUTHORITY_COMMUNICATION, STATUS_UPDATE), BUSINESS_OWNER status updates on"
                + " initiatives they own; entries are never changed or deleted (a correction is a new entry naming"
                + " the one it corrects in `corrects`). A RISK_OFFICER's DECISION entry may ask an EXECUTIVE to decide"
                + " on each affected initiative (a decision with subject INITIATIVE and topic CONTINGENCY_…, see"
                + " /api/v1/decisions; the gate OPERATION_CONTINGENCIES_DECIDED covers them). An EXECUTIVE closes it"
                + " with a review; it is read-only after. While open, an affected initiative's gate"
                + " OPERATION_CONTINGENCIES_DECIDED has the unmet condition CONTINGENCY_CLOSED. Everyone in the"
                + " organisation reads.")
class ContingencyApi {

    private final Contingencies contingencies;

    ContingencyApi(Contingencies contingencies) {
        this.contingencies = contingencies;
    }

    @GetMapping
    @Operation(
            summary = "List my organisation's contingencies",
            description = "Open ones first, then the latest to begin. `status=OPEN` lists those being handled now"
                    + " (what the banner on every page shows).")
    @ApiResponse(responseCode = "400", description = "`status`, `page` or `size` out of range")
    ContingencyList list(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "OPEN or CLOSED; all when left out") @RequestParam(required = false) @Nullable
                    ContingencyStatus status,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") @Min(1) @Max(ListPage.MAX_SIZE)
                    int size) {
        ListPage<ContingencySummary> found = contingencies.page(user, status, page, size);
        return new ContingencyList(found.items(), found.page(), found.size(), found.total(), found.totalPages());
    }

    @PostMapping
    @Operation(
            summary = "Open a contingency (EXECUTIVE)",
            description = "`kind`, `title` (≤ 200), `description` of what happened (≤ 10,000), `beganAt` (an ISO-8601"
                    + " instant such as 2026-12-03T01:30:00Z, or a local date-time such as 2026-12-03T10:30 read in the"
                    + " organisation's time zone; not in the future), `initiativeIds` (one to 50 initiatives of the"
                    + " organisation that are not closed) and `commanderId` (an active executive; the caller when left"
                    + " out).")
    @ApiResponse(responseCode = "201", description = "Opened; the body is the contingency")
    @ApiResponse(responseCode = "400", description = "A field is missing or refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "Only executives open contingencies")
    ResponseEntity<Contingency> open(@AuthenticationPrincipal SignedInUser user, @RequestBody OpenRequest request) {
        Contingency opened = contingencies.open(
                user,
                new NewContingency(
                        request.kind(),
                        request.title(),
                        request.description(),
                        request.beganAt(),
                        request.commanderId(),
                        request.initiativeIds()));
        return ResponseEntity.created(URI.create("/api/v1/contingencies/" + opened.id()))
                .body(opened);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One contingency with its timeline",
            description =
                    "`entries` oldest first, each with its `number`, `at` (when it happened), `recordedAt`, author,"
                            + " and for a decision entry the decisions asked for with their outcome as it stands now.")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's contingencies")
    Contingency get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return contingencies.contingency(user, id);
    }

    @GetMapping("/{id}/entries")
    @Operation(summary = "The timeline of a contingency, oldest first")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's contingencies")
    EntryList entries(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return new EntryList(contingencies.contingency(user, id).entries());
    }

    @PostMapping("/{id}/entries")
    @Operation(
            summary = "Record a timeline entry (EXECUTIVE, RISK_OFFICER; BUSINESS_OWNER status updates)",
            description = "`kind`, `text` (≤ 10,000), `at` (when it happened, as `beganAt`; now when left out; not"
                    + " before the contingency began), `authority` (required for AUTHORITY_COMMUNICATION) and"
                    + " `reference`, `initiativeId` (an affected initiative the entry is about; required of a business"
                    + " owner, who must own it), `corrects` (the id of an earlier entry). A RISK_OFFICER's DECISION"
                    + " entry with `requestDecision: true` asks an executive for a decision on each initiative of"
                    + " `decisionInitiativeIds` (every affected initiative when left out) with `options` (the usual two"
                    + " when left out): subject INITIATIVE, topic CONTINGENCY_ followed by 8 characters, shown in"
                    + " `decisionTopic`. Refused, nothing is recorded.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body is the entry")
    @ApiResponse(responseCode = "400", description = "A field is missing or refused; errors[].field names it")
    @ApiResponse(
            responseCode = "403",
            description = "My roles do not allow it: a business owner records only status updates on initiatives they"
                    + " own; only a risk officer asks for a decision")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's contingencies")
    @ApiResponse(responseCode = "409", description = "The contingency is closed")
    ResponseEntity<ContingencyEntry> record(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody EntryRequest request) {
        ContingencyEntry entry = contingencies.record(
                user,
                id,
                new NewContingencyEntry(
                        request.kind(),
                        request.at(),
                        request.text(),
                        request.authority(),
                        request.reference(),
                        request.initiativeId(),
                        request.corrects(),
                        request.requestDecision(),
                        request.decisionInitiativeIds(),
                        request.options()));
        return ResponseEntity.created(URI.create("/api/v1/contingencies/" + id + "/entries/" + entry.id()))
                .body(entry);
    }

    @PostMapping("/{id}/closure")
    @Operation(
            summary = "Close a contingency with its review (EXECUTIVE)",
            description = "`worked` (what worked), `notWorked` (what did not) and `actions` (what follows), each"
                    + " required, ≤ 10,000 characters. The contingency is read-only afterwards.")
    @ApiResponse(responseCode = "400", description = "A part of the review is missing or too long")
    @ApiResponse(responseCode = "403", description = "Only executives close contingencies")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's contingencies")
    @ApiResponse(responseCode = "409", description = "Closed already")
    Contingency close(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody ReviewRequest request) {
        return contingencies.close(
                user, id, new ContingencyReview(request.worked(), request.notWorked(), request.actions()));
    }

    record ContingencyList(List<ContingencySummary> items, int page, int size, long total, int totalPages) {}

    record EntryList(List<ContingencyEntry> items) {}

    record OpenRequest(
            @Schema(example = "WIDE_AREA_DISASTER") @Nullable
            String kind,

            @Schema(example = "首都圏直下地震によるデータセンター停止") @Nullable
            String title,

            @Nullable String description,
            @Schema(example = "2026-12-03T10:30") @Nullable String beganAt,
            @Nullable String commanderId,
            @Nullable List<String> initiativeIds) {}

    record EntryRequest(
            @Schema(example = "COMMAND") @Nullable String kind,
            @Schema(example = "2026-12-03T11:00") @Nullable String at,
            @Nullable String text,
            @Schema(example = "個人情報保護委員会") @Nullable String authority,
            @Nullable String reference,
            @Nullable String initiativeId,
            @Nullable String corrects,
            @Nullable Boolean requestDecision,
            @Nullable List<String> decisionInitiativeIds,
            @Nullable List<String> options) {}

    record ReviewRequest(
            @Nullable String worked,
            @Nullable String notWorked,
            @Nullable String actions) {}
}
