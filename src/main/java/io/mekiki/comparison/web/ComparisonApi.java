package io.mekiki.comparison.web;

import io.mekiki.comparison.Comparison;
import io.mekiki.comparison.Comparison.Column;
import io.mekiki.comparison.Comparisons;
import io.mekiki.comparison.CriteriaSet;
import io.mekiki.comparison.CriterionInput;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
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
@RequestMapping("/api/v1/initiatives/{initiativeId}/comparison")
@Tag(
        name = "Comparison",
        description = "The comparison (比較表) of an initiative: weighted selection criteria in the guide's groups"
                + " (BUSINESS_HEALTH, SERVICE_LEVEL, INFORMATION_SECURITY, TERMS_OF_USE) plus COST, and one column"
                + " per open candidate and one for keeping the work in-house (key `in-house`), each with its"
                + " weighted score, scores per criterion, conformance per section of its assessment, blocking gaps,"
                + " costs in yen and KPI fit. Everyone in the organisation reads; RISK_OFFICER and EXECUTIVE"
                + " change it while the initiative is in preparation or selection.")
class ComparisonApi {

    private final Comparisons comparisons;
    private final StarterSet starter;

    ComparisonApi(Comparisons comparisons, StarterSet starter) {
        this.comparisons = comparisons;
        this.starter = starter;
    }

    @GetMapping
    @Operation(
            summary = "The comparison: criteria, KPIs and the columns side by side",
            description = "`columns`: one per open candidate (with `candidateId` and `serviceId`), then one with"
                    + " `inHouse: true` built from the initiative's assets in scope (their controls, yearly cost and"
                    + " service level in `inHouseBasis`). `weightedScore` = Σ weight × (score − min) / (max − min),"
                    + " 0–100; a criterion not scored counts 0 and `criteriaScored` says how many are. `conformance`:"
                    + " per section, `met` of `applicable` (items that apply less those answered not applicable) as"
                    + " `share` in percent, `answered` of `total`, `gaps`. `blockingGaps`: gaps on check items of"
                    + " weight 5. `costs` in yen: `initial`, `monthly`, `total3Years`, `total5Years` (in-house: no"
                    + " initial cost, `annual` the sum of the assets' yearly cost, monthly a twelfth of it).")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    Comparison get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID initiativeId) {
        return comparisons.comparison(user, initiativeId);
    }

    @GetMapping("/criteria/starter")
    @Operation(
            summary = "A starting set of criteria to adopt and change",
            description = "One criterion per group, scale 1–5 with each step described, weights summing to 100, in"
                    + " the caller's language; send it (changed or not) to PUT …/comparison/criteria to adopt it.")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    List<CriterionInput> starter(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID initiativeId, Locale locale) {
        comparisons.criteria(user, initiativeId);
        return starter.inputs(locale);
    }

    @PutMapping("/criteria")
    @Operation(
            summary = "Save the criteria as a whole (RISK_OFFICER, EXECUTIVE)",
            description = "`version` is the version read (0 or absent while none was saved). A criterion sent with"
                    + " the `id` of one of the set keeps its scores; the scores of criteria left out go with them, and"
                    + " scores outside a changed scale are dropped. Each criterion: `name` (1–100 characters, unique),"
                    + " `group`, `weight` 1–100, `scaleMin` ≥ 0, `scaleMax` > `scaleMin` (at most 10 steps apart, ≤"
                    + " 100), `steps`: what each score from min to max means, one per score, or none.")
    @ApiResponse(responseCode = "200", description = "Saved; the body is the set with its new `version`")
    @ApiResponse(
            responseCode = "400",
            description = "`weights` do not sum to 100, no criteria or too many (`criteria`), or a criterion's"
                    + " `criteria[i].name|group|weight|scaleMin|scaleMax|steps` is refused; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow changing the comparison")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The set changed since `version`, or the initiative is past comparison and selection")
    CriteriaSet saveCriteria(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID initiativeId,
            @Valid @RequestBody CriteriaRequest request) {
        return comparisons.saveCriteria(
                user, initiativeId, request.version(), request.criteria() == null ? List.of() : request.criteria());
    }

    @PutMapping("/columns/{column}/scores/{criterionId}")
    @Operation(
            summary = "Score a column on a criterion (RISK_OFFICER, EXECUTIVE)",
            description = "`column` is an open candidate's id or `in-house`. `score` must lie on the criterion's"
                    + " scale. Answers the column as it reads after the change.")
    @ApiResponse(responseCode = "400", description = "`score` missing or outside the scale, `comment` too long")
    @ApiResponse(responseCode = "403", description = "My roles do not allow changing the comparison")
    @ApiResponse(
            responseCode = "404",
            description = "The initiative, the candidate (of this initiative) or the criterion is not there")
    @ApiResponse(
            responseCode = "409",
            description = "The candidate is withdrawn, or the initiative is past comparison and selection")
    Column score(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID initiativeId,
            @PathVariable String column,
            @PathVariable UUID criterionId,
            @Valid @RequestBody ScoreRequest request) {
        return comparisons.score(user, initiativeId, column, criterionId, request.score(), request.comment());
    }

    @PutMapping("/columns/{candidateId}/costs")
    @Operation(
            summary = "Enter a candidate's costs in yen (RISK_OFFICER, EXECUTIVE)",
            description = "`initialCost` once and `monthlyCost` each month, whole yen from 0 to 1,000,000,000,000."
                    + " The in-house costs come from the assets in scope and are not entered here.")
    @ApiResponse(responseCode = "400", description = "`initialCost` or `monthlyCost` missing, negative or too large")
    @ApiResponse(responseCode = "403", description = "My roles do not allow changing the comparison")
    @ApiResponse(
            responseCode = "404",
            description = "The initiative or the candidate (of this initiative) is not there")
    @ApiResponse(
            responseCode = "409",
            description = "The candidate is withdrawn, or the initiative is past comparison and selection")
    Column costs(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID initiativeId,
            @PathVariable UUID candidateId,
            @RequestBody CostsRequest request) {
        return comparisons.enterCosts(user, initiativeId, candidateId, request.initialCost(), request.monthlyCost());
    }

    @PutMapping("/columns/{column}/kpis/{kpiId}")
    @Operation(
            summary = "Rate how a column fits a KPI of the initiative (RISK_OFFICER, EXECUTIVE)",
            description = "`column` is an open candidate's id or `in-house`; `fit` one of FITS, PARTLY,"
                    + " DOES_NOT_FIT, UNKNOWN.")
    @ApiResponse(responseCode = "400", description = "`fit` outside the list, `comment` too long")
    @ApiResponse(responseCode = "403", description = "My roles do not allow changing the comparison")
    @ApiResponse(
            responseCode = "404",
            description = "The initiative, the candidate (of this initiative) or the KPI is not there")
    @ApiResponse(
            responseCode = "409",
            description = "The candidate is withdrawn, or the initiative is past comparison and selection")
    Column kpiFit(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID initiativeId,
            @PathVariable String column,
            @PathVariable UUID kpiId,
            @Valid @RequestBody FitRequest request) {
        return comparisons.rateKpiFit(user, initiativeId, column, kpiId, request.fit(), request.comment());
    }

    record CriteriaRequest(
            @Schema(description = "The version read; 0 or absent while no set was saved") @Nullable
            Long version,

            @Nullable List<CriterionInput> criteria) {}

    record ScoreRequest(
            @Schema(example = "4") @Nullable Integer score,

            @Schema(example = "ISMAP登録済み。SOC 2 Type II報告書を確認") @Size(max = Comparisons.COMMENT_MAX) @Nullable
            String comment) {}

    record CostsRequest(
            @Schema(example = "500000") @Nullable Long initialCost,
            @Schema(example = "120000") @Nullable Long monthlyCost) {}

    record FitRequest(
            @Schema(example = "FITS", description = "FITS, PARTLY, DOES_NOT_FIT, UNKNOWN") @Nullable
            String fit,

            @Size(max = Comparisons.COMMENT_MAX) @Nullable String comment) {}
}
