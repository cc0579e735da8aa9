package io.mekiki.selection.web;

import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChoices;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/initiatives/{id}/chosen-candidate")
@Tag(
        name = "Chosen candidate",
        description = "The candidate an initiative proposes to select (ADR 030): at most one, set and cleared by"
                + " RISK_OFFICER and EXECUTIVE in preparation and selection; a candidate with an open blocking"
                + " finding cannot be chosen. Everyone in the organisation reads.")
class ChoiceApi {

    private final CandidateChoices choices;

    ChoiceApi(CandidateChoices choices) {
        this.choices = choices;
    }

    @GetMapping
    @Operation(summary = "The chosen candidate; `candidateId` null when none")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    ChoiceView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return new ChoiceView(choices.chosen(user, id).orElse(null));
    }

    @PutMapping
    @Operation(summary = "Choose a candidate (RISK_OFFICER, EXECUTIVE)")
    @ApiResponse(responseCode = "400", description = "`candidateId` is no candidate of the initiative")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The candidate is withdrawn, the initiative is past selection, or open blocking findings"
                    + " stand in the way (named in `detail`)")
    ChoiceView choose(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody ChoiceRequest request) {
        Candidate chosen =
                choices.choose(user, id, request.candidateId() == null ? new UUID(0, 0) : request.candidateId());
        return new ChoiceView(chosen.id());
    }

    @DeleteMapping
    @Operation(summary = "Clear the choice (RISK_OFFICER, EXECUTIVE)")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The initiative is past selection")
    ChoiceView clear(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        choices.clear(user, id);
        return new ChoiceView(null);
    }

    record ChoiceRequest(
            @Schema(description = "A candidate of the initiative") @Nullable
            UUID candidateId) {}

    record ChoiceView(@Nullable UUID candidateId) {}
}
