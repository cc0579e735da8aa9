package io.mekiki.operation.web;

import io.mekiki.operation.ReviewDuePolicy;
import io.mekiki.operation.SupervisionReview;
import io.mekiki.operation.SupervisionReviewStatus;
import io.mekiki.operation.SupervisionReviews;
import io.mekiki.operation.SupervisionYear;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reviews")
@Tag(
        name = "Supervision reviews",
        description = "Yearly supervision reviews (外部委託先の監督状況, ADR 038): one per contract in force and contract"
                + " year, opened by itself 60 days before its due date (or early by a RISK_OFFICER), due by the"
                + " organisation's rule (`/api/v1/reviews/rule`). The review compiles the year from the records (SLA"
                + " attainment per metric, breaches and credits due, incidents and their handling, changes the provider"
                + " made, contract revisions, findings raised and closed, the initiative's KPI actuals against targets)."
                + " A RISK_OFFICER writes the assessment (PUT …/assessment) and submits it (POST …/submit): the"
                + " figures are frozen and the executive's decisions on the gates CONTINUATION_SUPERVISION_APPROVED and"
                + " CONTINUATION_DECIDED (subject INITIATIVE, see /api/v1/decisions) are requested. Once the supervision"
                + " is approved, an EXECUTIVE decides the continuation (POST …/decision: CONTINUE,"
                + " CONTINUE_WITH_CONDITIONS with follow-up items, or END); the initiative takes the move CONTINUE or"
                + " TERMINATE with it. Status: DUE, IN_PROGRESS, SUBMITTED, APPROVED, DECIDED. Everyone in the"
                + " organisation reads.")
class ReviewApi {

    private final SupervisionReviews reviews;

    ReviewApi(SupervisionReviews reviews) {
        this.reviews = reviews;
    }

    @GetMapping
    @Operation(
            summary = "List my organisation's supervision reviews",
            description = "By due date. Reviews coming due are opened first, so the list is current. `overdue` is true"
                    + " for a review not decided by its due date.")
    @ApiResponse(responseCode = "400", description = "`status` is not one of the statuses")
    ReviewList list(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "only the reviews of this contract") @RequestParam(required = false) @Nullable
                    UUID contractId,
            @Parameter(description = "DUE, IN_PROGRESS, SUBMITTED, APPROVED or DECIDED; all when left out")
                    @RequestParam(required = false)
                    @Nullable
                    SupervisionReviewStatus status) {
        reviews.openDue(user.organizationId());
        LocalDate today = reviews.today(user.organizationId());
        List<ReviewItem> items = reviews.all(user.organizationId()).stream()
                .filter(review -> contractId == null || review.contractId().equals(contractId))
                .filter(review -> status == null || review.status() == status)
                .map(review -> new ReviewItem(review, review.overdue(today), review.daysToDue(today)))
                .toList();
        return new ReviewList(items, today);
    }

    @PostMapping
    @Operation(
            summary = "Open the review of a contract's current year early (RISK_OFFICER)",
            description = "`contractId`: a contract of the organisation in force. The review of its current contract"
                    + " year is opened now, due by the organisation's rule.")
    @ApiResponse(responseCode = "201", description = "Opened; the body is the review")
    @ApiResponse(responseCode = "403", description = "Only risk officers open reviews early")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's contracts")
    @ApiResponse(responseCode = "409", description = "Not in force, not started, or the year has its review already")
    ResponseEntity<SupervisionReview> open(
            @AuthenticationPrincipal SignedInUser user, @RequestBody OpenRequest request) {
        if (request.contractId() == null) {
            throw new io.mekiki.shared.RuleViolationException(
                    io.mekiki.shared.RuleViolationException.Kind.UNPROCESSABLE, "contractId", "review.error.required");
        }
        SupervisionReview opened = reviews.openEarly(user, request.contractId());
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + opened.id()))
                .body(opened);
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One review with its compiled year",
            description = "`year` is compiled now while the review is DUE or IN_PROGRESS, and as frozen on submission"
                    + " after. `year.attestations` is null while the attestation register does not answer.")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's reviews")
    ReviewDetail get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        SupervisionReview review = reviews.review(user, id);
        LocalDate today = reviews.today(user.organizationId());
        return new ReviewDetail(review, review.overdue(today), reviews.year(user, id));
    }

    @PutMapping("/{id}/assessment")
    @Operation(
            summary = "Write the assessment (RISK_OFFICER)",
            description = "`narrative` (≤ 20,000), `conclusion` (≤ 1,000), `recommendedOutcome` (CONTINUE,"
                    + " CONTINUE_WITH_CONDITIONS or END), `version` as read (optional; refused when changed since).")
    @ApiResponse(responseCode = "400", description = "A field is missing or refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "Only risk officers assess")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's reviews")
    @ApiResponse(responseCode = "409", description = "Submitted already, or changed since it was read")
    SupervisionReview assess(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody AssessmentRequest request) {
        return reviews.assess(
                user, id, request.version(), request.narrative(), request.conclusion(), request.recommendedOutcome());
    }

    @PostMapping("/{id}/submit")
    @Operation(
            summary = "Submit the review (RISK_OFFICER)",
            description = "Freezes the compiled year and requests the executive's decisions on the gates"
                    + " CONTINUATION_SUPERVISION_APPROVED and CONTINUATION_DECIDED of the initiative.")
    @ApiResponse(responseCode = "403", description = "Only risk officers submit")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's reviews")
    @ApiResponse(
            responseCode = "409",
            description = "Submitted already, no assessment yet, or a request on either gate is open already")
    SupervisionReview submit(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return reviews.submit(user, id);
    }

    @PostMapping("/{id}/decision")
    @Operation(
            summary = "Decide the continuation (EXECUTIVE)",
            description = "`outcome` (CONTINUE, CONTINUE_WITH_CONDITIONS or END), `rationale` (≤ 10,000), `conditions`"
                    + " (the follow-up items; one to 20 of ≤ 500 for CONTINUE_WITH_CONDITIONS, none otherwise). Decides"
                    + " the gate CONTINUATION_DECIDED and moves the initiative: CONTINUE into another year of operation,"
                    + " TERMINATE for END (the exit starts).")
    @ApiResponse(responseCode = "400", description = "A field is missing or refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "Only executives decide")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's reviews")
    @ApiResponse(
            responseCode = "409",
            description = "The supervision is not approved yet, the continuation is decided already, or the"
                    + " initiative's gates hold the move back")
    SupervisionReview decide(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody DecisionRequest request) {
        return reviews.decide(user, id, request.outcome(), request.rationale(), request.conditions());
    }

    @GetMapping("/rule")
    @Operation(
            summary = "The organisation's rule for due dates",
            description = "`rule` AFTER_YEAR_END (due `daysAfter` days after the contract year ends; 30 unless set) or"
                    + " FIXED_DATE (due on `fixedDay`, MM-DD, the first after the contract year ends).")
    ReviewDuePolicy rule(@AuthenticationPrincipal SignedInUser user) {
        return reviews.policy(user.organizationId());
    }

    @PutMapping("/rule")
    @Operation(
            summary = "Set the organisation's rule for due dates (ADMIN, RISK_OFFICER)",
            description = "`rule`, with `daysAfter` (0 to 365) for AFTER_YEAR_END or `fixedDay` (MM-DD, 02-29 allowed:"
                    + " the 28th in other years) for FIXED_DATE. Reviews opened afterwards follow it.")
    @ApiResponse(responseCode = "400", description = "A field is missing or refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "Only administrators and risk officers set the rule")
    ReviewDuePolicy setRule(@AuthenticationPrincipal SignedInUser user, @RequestBody RuleRequest request) {
        return reviews.setPolicy(user, request.rule(), request.daysAfter(), request.fixedDay());
    }

    record ReviewItem(SupervisionReview review, boolean overdue, long daysToDue) {}

    record ReviewList(List<ReviewItem> items, LocalDate today) {}

    record ReviewDetail(SupervisionReview review, boolean overdue, SupervisionYear year) {}

    record OpenRequest(@Nullable UUID contractId) {}

    record AssessmentRequest(
            @Nullable String narrative,
            @Nullable String conclusion,
            @Nullable String recommendedOutcome,
            @Nullable Long version) {}

    record DecisionRequest(
            @Nullable String outcome,
            @Nullable String rationale,
            @Nullable List<String> conditions) {}

    record RuleRequest(
            @Nullable String rule,
            @Nullable Integer daysAfter,
            @Nullable String fixedDay) {}
}
