package io.mekiki.selection.web;

import io.mekiki.selection.Candidate;
import io.mekiki.selection.Candidates;
import io.mekiki.selection.web.CandidateViews.CandidateList;
import io.mekiki.selection.web.CandidateViews.CandidateView;
import io.mekiki.selection.web.CandidateViews.ScopingView;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/initiatives/{id}/candidates")
@Tag(
        name = "Candidates",
        description = "The candidate services (候補) of an initiative, each with its own scoping: the initiative's"
                + " assets and the organisation's profile with the service's facts (data and operation locations,"
                + " provider, parent and contracting-entity countries, subprocessor countries). Everyone in the"
                + " organisation reads; RISK_OFFICER, BUSINESS_OWNER and ADMIN add and withdraw candidates while the"
                + " initiative is in PREPARATION or SELECTION. A change of the service, its provider or its"
                + " subprocessors, or of the initiative's assets, scopes every open candidate again, with history.")
class CandidateApi {

    private final Candidates candidates;
    private final CandidateViews views;

    CandidateApi(Candidates candidates, CandidateViews views) {
        this.candidates = candidates;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The initiative's candidates, open ones first, each with a summary of its scoping")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    CandidateList list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return new CandidateList(
                candidates.candidates(user, id).stream().map(views::candidate).toList());
    }

    @PostMapping
    @Operation(summary = "Add a service as a candidate (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "201", description = "Added and scoped; the body carries its `id`")
    @ApiResponse(
            responseCode = "400",
            description =
                    "`serviceId` missing, unreadable or not a service of my organisation; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow adding candidates")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The service is a candidate of the initiative already, or the initiative is past selection")
    ResponseEntity<CandidateView> add(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody CandidateRequest request) {
        Candidate candidate = candidates.add(user, id, request.serviceId());
        return ResponseEntity.created(URI.create("/api/v1/initiatives/" + id + "/candidates/" + candidate.id()))
                .body(views.candidate(candidate));
    }

    @GetMapping("/{candidateId}")
    @Operation(summary = "One candidate of the initiative")
    @ApiResponse(responseCode = "404", description = "The initiative or the candidate is not one of my organisation's")
    CandidateView get(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID candidateId) {
        return views.candidate(candidates.candidate(user, id, candidateId));
    }

    @PostMapping("/{candidateId}/withdrawal")
    @Operation(
            summary = "Withdraw a candidate, with the reason (RISK_OFFICER, BUSINESS_OWNER, ADMIN)",
            description = "A withdrawn candidate keeps its last scoping and is no longer scoped again; the service"
                    + " may be added again later.")
    @ApiResponse(responseCode = "200", description = "Withdrawn")
    @ApiResponse(responseCode = "400", description = "`reason` missing or too long")
    @ApiResponse(responseCode = "403", description = "My roles do not allow withdrawing candidates")
    @ApiResponse(responseCode = "404", description = "The initiative or the candidate is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "Withdrawn already, changed meanwhile, or the initiative is past selection")
    CandidateView withdraw(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID candidateId,
            @Valid @RequestBody WithdrawalRequest request) {
        return views.candidate(candidates.withdraw(user, id, candidateId, request.reason()));
    }

    @PostMapping("/{candidateId}/rescoping")
    @Operation(
            summary = "Determine again now what applies to the candidate (RISK_OFFICER, BUSINESS_OWNER, ADMIN)",
            description = "Happens by itself after every change of the service, its provider or the initiative's"
                    + " assets; this asks for it at once. A change is kept in the history only when something changed.")
    @ApiResponse(responseCode = "200", description = "The candidate as scoped now")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The initiative or the candidate is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The candidate is withdrawn or the initiative closed")
    CandidateView rescope(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID candidateId) {
        return views.candidate(candidates.rescope(user, id, candidateId));
    }

    @GetMapping("/{candidateId}/scoping")
    @Operation(
            summary = "The candidate's scoping as kept, and the history of its changes (newest first)",
            description = "Sections and items that apply, with their reasons, and the sections that do not, with"
                    + " theirs. Each reason has its code, `text` in the caller's language, and `ja` and `en`.")
    @ApiResponse(responseCode = "404", description = "The initiative or the candidate is not one of my organisation's")
    ScopingView scoping(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID candidateId,
            Locale locale) {
        return views.scoping(candidates.scoping(user, id, candidateId), locale);
    }

    record CandidateRequest(
            @Schema(description = "A service of my organisation (see /api/v1/services)") @NotNull
            UUID serviceId) {}

    record WithdrawalRequest(
            @Schema(example = "SLA が要件を満たさないため") @NotBlank @Size(max = Candidate.REASON_MAX)
            String reason) {}
}
