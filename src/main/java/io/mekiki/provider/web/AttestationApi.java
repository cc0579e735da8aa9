package io.mekiki.provider.web;

import io.mekiki.provider.AttestationCoverage;
import io.mekiki.provider.AttestationParts;
import io.mekiki.provider.Attestations;
import io.mekiki.provider.Attestations.ControlInput;
import io.mekiki.provider.Attestations.ExceptionInput;
import io.mekiki.provider.BridgeLetter;
import io.mekiki.provider.ReportException;
import io.mekiki.provider.UserEntityControl;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What attestation reports cover and expect, through the API: the date and services in scope of a report, its
 * bridge letters, the exceptions it notes and the complementary user-entity controls it expects from us; the
 * coverage of a period by a provider's attestations; the organisation's notice offsets.
 */
@RestController
@Tag(
        name = "Attestations",
        description = "Coverage of attestation reports (months covered, gaps, bridge letters), exceptions noted,"
                + " complementary user-entity controls mapped to our side, and notices before an attestation ends:"
                + " everyone in the organisation reads; RISK_OFFICER, BUSINESS_OWNER and ADMIN record")
class AttestationApi {

    private static final String ONE = "/api/v1/providers/{id}/attestations/{attestationId}";

    private final Attestations attestations;

    AttestationApi(Attestations attestations) {
        this.attestations = attestations;
    }

    @GetMapping("/api/v1/providers/{id}/attestations/coverage")
    @Operation(
            summary = "What the provider's attestations cover of a period",
            description = "Per kind of attestation: the months covered by report periods or validities (a month"
                    + " counts when each of its days in the period is covered), the gaps, which months of each gap"
                    + " bridge letters close, the exceptions noted and the user-entity controls expected. With"
                    + " `serviceId`, only the attestations whose scope names the service or names none. Without"
                    + " `from` and `to`, the twelve months that end today; with one of them, the twelve months from"
                    + " or to it.")
    @ApiResponse(responseCode = "400", description = "`to` before `from`, or a period longer than ten years")
    @ApiResponse(responseCode = "404", description = "No such provider in the organisation")
    AttestationCoverage coverage(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID serviceId,
            @RequestParam(required = false) @Nullable LocalDate from,
            @RequestParam(required = false) @Nullable LocalDate to) {
        LocalDate until = to != null
                ? to
                : from != null ? from.plusYears(1).minusDays(1) : attestations.today(user.organizationId());
        LocalDate since = from != null ? from : until.minusYears(1).plusDays(1);
        requirePeriod(since, until);
        attestations.tellLapses(user.organizationId());
        return attestations.coverage(user, id, serviceId, since, until);
    }

    /** Refuses a period that ends before it starts or spans more than ten years, naming {@code to}. */
    static void requirePeriod(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || to.isAfter(from.plusYears(10))) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, "to", "provider.error.coveragePeriod");
        }
    }

    @GetMapping(ONE + "/parts")
    @Operation(
            summary = "The report's date, services in scope, bridge letters, exceptions and user-entity controls",
            description = "No service in scope means the attestation covers the provider as a whole.")
    AttestationParts parts(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID attestationId) {
        return attestations.parts(user, id, attestationId);
    }

    @PutMapping(value = ONE + "/scope", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Set the report's date and the services its scope names (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(
            responseCode = "400",
            description = "A service that is not the provider's (`serviceIds[i]`), or a report dated before its period")
    AttestationParts scope(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @Valid @RequestBody ScopeRequest request) {
        return attestations.setScope(user, id, attestationId, request.reportDate(), request.serviceIds());
    }

    @PostMapping(value = ONE + "/bridge-letters", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record a bridge letter (RISK_OFFICER, BUSINESS_OWNER, ADMIN)",
            description = "It covers from the day after the end of the report's period to `coversUntil`.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(
            responseCode = "400",
            description = "The report has no end of period, `coversUntil` is not after it, or `issuedOn` is before it")
    ResponseEntity<BridgeLetter> addBridgeLetter(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @Valid @RequestBody BridgeLetterRequest request) {
        BridgeLetter letter =
                attestations.addBridgeLetter(user, id, attestationId, request.coversUntil(), request.issuedOn());
        return ResponseEntity.created(uri(id, attestationId, "bridge-letters", letter.id()))
                .body(letter);
    }

    @DeleteMapping(ONE + "/bridge-letters/{letterId}")
    @Operation(summary = "Remove a bridge letter recorded by mistake (the ledger keeps the record)")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeBridgeLetter(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @PathVariable UUID letterId) {
        attestations.removeBridgeLetter(user, id, attestationId, letterId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = ONE + "/exceptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Record an exception noted in the report, with our response (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "No control or description, or text too long")
    ResponseEntity<ReportException> noteException(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @Valid @RequestBody ExceptionRequest request) {
        ReportException exception = attestations.noteException(user, id, attestationId, request.input());
        return ResponseEntity.created(uri(id, attestationId, "exceptions", exception.id()))
                .body(exception);
    }

    @PutMapping(value = ONE + "/exceptions/{exceptionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Revise an exception or our response to it (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    ReportException reviseException(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @PathVariable UUID exceptionId,
            @Valid @RequestBody ExceptionRequest request) {
        return attestations.reviseException(user, id, attestationId, exceptionId, request.input());
    }

    @DeleteMapping(ONE + "/exceptions/{exceptionId}")
    @Operation(summary = "Remove an exception recorded by mistake (the ledger keeps the record)")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeException(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @PathVariable UUID exceptionId) {
        attestations.removeException(user, id, attestationId, exceptionId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = ONE + "/user-entity-controls", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record a complementary user-entity control the report expects from us (RISK_OFFICER,"
                    + " BUSINESS_OWNER, ADMIN)",
            description = "Map it to the person of the organisation (`personId`, a user id) or the control of ours"
                    + " (`ourControl`) that performs it; one mapped to neither is shown as a gap.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "No control, or a person who is not of the organisation")
    ResponseEntity<UserEntityControl> addControl(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @Valid @RequestBody ControlRequest request) {
        UserEntityControl control = attestations.addControl(user, id, attestationId, request.input());
        return ResponseEntity.created(uri(id, attestationId, "user-entity-controls", control.id()))
                .body(control);
    }

    @PutMapping(value = ONE + "/user-entity-controls/{controlId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Reword a user-entity control or map it anew (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    UserEntityControl reviseControl(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @PathVariable UUID controlId,
            @Valid @RequestBody ControlRequest request) {
        return attestations.reviseControl(user, id, attestationId, controlId, request.input());
    }

    @DeleteMapping(ONE + "/user-entity-controls/{controlId}")
    @Operation(summary = "Remove a user-entity control recorded by mistake (the ledger keeps the record)")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeControl(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            @PathVariable UUID controlId) {
        attestations.removeControl(user, id, attestationId, controlId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/attestations/notice-offsets")
    @Operation(
            summary = "The days before an attestation ends at which the organisation is told",
            description = "90, 30 and 7 until the organisation sets others; none after the end.")
    NoticeOffsets noticeOffsets(@AuthenticationPrincipal SignedInUser user) {
        return new NoticeOffsets(attestations.noticeOffsets(user.organizationId()));
    }

    @PutMapping(value = "/api/v1/attestations/notice-offsets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Set the notice offsets (RISK_OFFICER, ADMIN): 1 to 365 days each, at most 10; an empty list:"
                    + " no notices")
    @ApiResponse(
            responseCode = "400",
            description = "A day out of range (`offsets[i]`), too many or no list at all (`offsets`)")
    NoticeOffsets setNoticeOffsets(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody NoticeOffsets request) {
        if (request.offsets() == null) {
            // an empty list switches the notices off; a body without the list is a mistake, not that wish
            throw new RuleViolationException(
                    RuleViolationException.Kind.UNPROCESSABLE, "offsets", "provider.error.required");
        }
        return new NoticeOffsets(attestations.setNoticeOffsets(user, request.offsets()));
    }

    private static URI uri(UUID id, UUID attestationId, String part, UUID partId) {
        return URI.create("/api/v1/providers/" + id + "/attestations/" + attestationId + "/" + part + "/" + partId);
    }

    record ScopeRequest(
            @Schema(description = "Date of the report") @Nullable
            LocalDate reportDate,

            @Schema(description = "Services of the provider its scope names; none: the provider as a whole")
            @Nullable
            @Size(max = 100)
            List<UUID> serviceIds) {}

    record BridgeLetterRequest(
            @Schema(description = "Last day the letter covers; after the end of the report's period") @NotNull
            LocalDate coversUntil,

            @Schema(description = "Date of the letter") @Nullable
            LocalDate issuedOn) {}

    record ExceptionRequest(
            @Schema(description = "The control concerned, as the report names it", example = "CC6.1")
            @Nullable
            @Size(max = 200)
            String control,

            @Schema(description = "What the auditor found") @Nullable @Size(max = 4000)
            String description,

            @Schema(description = "Our response: compensating measure, acceptance, follow-up")
            @Nullable
            @Size(max = 4000)
            String response) {

        ExceptionInput input() {
            return new ExceptionInput(control, description, response);
        }
    }

    record ControlRequest(
            @Schema(description = "The control as the report words it") @Nullable @Size(max = 4000)
            String control,

            @Schema(description = "User id of the person of the organisation who performs it") @Nullable
            UUID personId,

            @Schema(description = "The control of ours that performs it, by name") @Nullable @Size(max = 200)
            String ourControl) {

        ControlInput input() {
            return new ControlInput(control, personId, ourControl);
        }
    }

    record NoticeOffsets(
            @Schema(description = "Days before the end, farthest first", example = "[90, 30, 7]")
            @Nullable
            @Size(max = 10)
            List<Integer> offsets) {}
}
