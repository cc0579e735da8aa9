package io.mekiki.contract.web;

import io.mekiki.contract.TermsReview;
import io.mekiki.contract.TermsReviewAnswer;
import io.mekiki.contract.TermsReviews;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/contracts/{id}/terms-review")
@Tag(
        name = "Terms review",
        description = "A contract's terms reviewed against internal policy: the check items of the chosen candidate's"
                + " scoping that concern the terms — the guide's special items (RESPONSIBILITY_SPLIT, MISALIGNMENT,"
                + " `special: true`) and every item the catalogue places in Application — each answered CONFORMS, DEVIATES or"
                + " NOT_ADDRESSED with the clause (required unless NOT_ADDRESSED) and a note; a deviation needs its"
                + " reason and planned mitigation and is approved with the terms gate (`approval`). Special items"
                + " are reconfirmed against the contract for the special-items gate. Everyone in the organisation"
                + " reads; RISK_OFFICER and BUSINESS_OWNER answer.")
class TermsReviewApi {

    private final TermsReviews reviews;

    TermsReviewApi(TermsReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(
            summary = "The terms review: items with their answers, deviations and their approval",
            description = "`items` in review order (special items first). `approval`: the approval of"
                    + " APPLICATION_TERMS_APPROVED that approves the deviations as they stand; null while none, or"
                    + " once a change made it stale.")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    TermsReview get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return reviews.review(user, id);
    }

    @PutMapping
    @Operation(
            summary = "Answer items of the review (RISK_OFFICER, BUSINESS_OWNER)",
            description = "`answers`: one entry per item answered now (`itemId`, `result`, `clause`, `note`,"
                    + " `reason`, `mitigation`, `reconfirmed`), all accepted or none. Items left out keep their"
                    + " answers. `reconfirmed: true` reconfirms a special item against this contract; left out, a"
                    + " reconfirmation stands while the answer does not change. Every change makes the"
                    + " application gates' approvals stale.")
    @ApiResponse(
            responseCode = "400",
            description = "An entry names no item of the review or twice, or a value is missing or not acceptable"
                    + " (`answers[i].field` is named); nothing is stored")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The contract has ended")
    TermsReview answer(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody AnswersRequest body) {
        return reviews.answer(user, id, body.answers());
    }

    record AnswersRequest(@Nullable List<TermsReviewAnswer> answers) {}
}
