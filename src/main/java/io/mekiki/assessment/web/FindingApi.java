package io.mekiki.assessment.web;

import io.mekiki.assessment.DispositionInput;
import io.mekiki.assessment.Finding;
import io.mekiki.assessment.Findings;
import io.mekiki.assessment.RiskMethod;
import io.mekiki.assessment.RiskView;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/assessments/{candidateId}")
@Tag(
        name = "Findings and risks",
        description = "The findings (指摘事項) of a candidate's assessment and its risk view (ADR 030). A gap"
                + " (DOES_NOT_MEET, PARTLY, UNKNOWN) on a blocking item (catalogue weight 5) becomes a finding when"
                + " it is answered; RISK_OFFICER and EXECUTIVE raise others by hand on any gap and set dispositions:"
                + " ACCEPT (counts once an executive approved the decision on the finding, topic FINDING_ACCEPTANCE;"
                + " a risk officer's disposition requests it), MITIGATE (action, owner, due date, then done with a"
                + " note) or EXCLUDE (withdraws the candidate). An answer that meets or does not apply resolves the"
                + " finding, kept as history. Everyone in the organisation reads.")
class FindingApi {

    private final Findings findings;
    private final PeopleDirectory people;

    FindingApi(Findings findings, PeopleDirectory people) {
        this.findings = findings;
        this.people = people;
    }

    @GetMapping("/findings")
    @Operation(summary = "The candidate's findings, those not resolved first")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    List<FindingView> list(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID candidateId) {
        return findings.findings(user, candidateId).stream()
                .map(finding -> view(user, finding))
                .toList();
    }

    @GetMapping("/findings/{findingId}")
    @Operation(summary = "One finding of the candidate")
    @ApiResponse(responseCode = "404", description = "The candidate or the finding is not one of my organisation's")
    FindingView get(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID candidateId, @PathVariable UUID findingId) {
        return view(user, findings.finding(user, candidateId, findingId));
    }

    @PostMapping("/findings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise a finding by hand on a gap of the assessment (RISK_OFFICER, EXECUTIVE)")
    @ApiResponse(responseCode = "201", description = "Raised")
    @ApiResponse(
            responseCode = "400",
            description = "`itemId` does not apply or its answer is no gap, `note` too long; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The candidate is withdrawn, or the item has a finding not resolved yet")
    FindingView raise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @RequestBody RaiseRequest request) {
        return view(user, findings.raise(user, candidateId, request.itemId(), request.note()));
    }

    @PutMapping("/findings/{findingId}/disposition")
    @Operation(
            summary = "Set the finding's disposition (RISK_OFFICER, EXECUTIVE)",
            description = "ACCEPT needs `rationale`; MITIGATE needs `action`, `ownerId` (a person of my organisation)"
                    + " and `dueDate`; EXCLUDE needs `rationale` and withdraws the candidate. `version` is the"
                    + " finding's version read.")
    @ApiResponse(responseCode = "200", description = "Set; the body carries the new `version`")
    @ApiResponse(
            responseCode = "400",
            description = "`disposition` outside the list, or `rationale`, `action`, `ownerId` or `dueDate` missing"
                    + " or invalid; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The candidate or the finding is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The finding changed since `version`, is resolved, or the candidate is withdrawn or past"
                    + " selection")
    FindingView dispose(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable UUID findingId,
            @RequestBody DispositionRequest request) {
        return view(
                user,
                findings.dispose(
                        user,
                        candidateId,
                        findingId,
                        new DispositionInput(
                                request.disposition(),
                                request.rationale(),
                                request.action(),
                                request.ownerId(),
                                request.dueDate(),
                                request.version())));
    }

    @PostMapping("/findings/{findingId}/mitigation/done")
    @Operation(summary = "Mark the finding's mitigation done, with a note (RISK_OFFICER, EXECUTIVE)")
    @ApiResponse(responseCode = "400", description = "`note` missing or too long")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The candidate or the finding is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The finding is not being mitigated, is done already, or changed since `version`")
    FindingView done(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable UUID findingId,
            @RequestBody DoneRequest request) {
        return view(user, findings.mitigationDone(user, candidateId, findingId, request.note(), request.version()));
    }

    @GetMapping("/risks")
    @Operation(
            summary = "The candidate's risk view",
            description = "For each of the seven cloud risks: the applicable items behind it with their answers, the"
                    + " findings behind it, likelihood and impact before (`likelihood`) and after treatment"
                    + " (`residualLikelihood`) on 1–5 scales, and levels = likelihood × impact. Impact comes from the"
                    + " initiative's assets in scope (value and risk tolerance); likelihood from the weighted gaps of"
                    + " the risk's items; a done mitigation halves an item's gap, an approved acceptance takes it out"
                    + " of the residual. `residualScore` is the sum of the seven residual levels (7–175).")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    RiskViewBody risks(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID candidateId) {
        RiskView view = findings.risks(user, candidateId);
        return new RiskViewBody(
                view.candidateId(),
                view.initiativeId(),
                view.serviceName(),
                view.release(),
                view.impact(),
                view.assets().stream()
                        .map(asset -> new AssetBody(
                                asset.name(),
                                asset.value().name(),
                                asset.tolerance().name(),
                                asset.impact()))
                        .toList(),
                view.inherentScore(),
                view.residualScore(),
                view.risks().stream()
                        .map(risk -> new RiskBody(
                                risk.risk().name(),
                                risk.rating().items(),
                                risk.rating().likelihood(),
                                risk.rating().residualLikelihood(),
                                risk.rating().impact(),
                                risk.rating().inherent(),
                                risk.rating().residual(),
                                RiskMethod.Rating.band(risk.rating().residual()),
                                risk.items().stream()
                                        .map(item -> new RiskItemBody(
                                                item.itemId(),
                                                item.weight(),
                                                item.status() == null
                                                        ? null
                                                        : item.status().name(),
                                                item.treatment().name()))
                                        .toList(),
                                risk.findings().stream().map(Finding::id).toList()))
                        .toList());
    }

    private FindingView view(SignedInUser user, Finding finding) {
        Finding.Mitigation mitigation = finding.mitigation();
        return new FindingView(
                finding.id(),
                finding.candidateId(),
                finding.itemId(),
                finding.origin().name(),
                finding.blocking(),
                finding.gapStatus().name(),
                finding.note(),
                finding.raisedAt(),
                finding.standing().name(),
                finding.standing().open(),
                finding.resolvedAt(),
                finding.resolvedStatus() == null
                        ? null
                        : finding.resolvedStatus().name(),
                finding.disposition() == null ? null : finding.disposition().name(),
                finding.rationale(),
                mitigation == null
                        ? null
                        : new MitigationBody(
                                mitigation.action(),
                                mitigation.owner(),
                                people.nameOf(user.organizationId(), mitigation.owner(), ""),
                                mitigation.due(),
                                mitigation.done(),
                                mitigation.doneAt(),
                                mitigation.note()),
                finding.acceptance() == null
                        ? null
                        : new AcceptanceBody(
                                finding.acceptance().decisionId(),
                                finding.acceptance().state().name()),
                finding.version());
    }

    record RaiseRequest(
            @Schema(example = "PD-CB-01") @Nullable String itemId,

            @Schema(description = "Why the gap matters") @Nullable
            String note) {}

    record DispositionRequest(
            @Schema(example = "MITIGATE", description = "ACCEPT, MITIGATE, EXCLUDE") @Nullable
            String disposition,

            @Schema(description = "Why the gap is borne (ACCEPT) or the candidate excluded (EXCLUDE)") @Nullable
            String rationale,

            @Schema(description = "What is done (MITIGATE)") @Nullable
            String action,

            @Schema(description = "The person of my organisation who owns the action (MITIGATE)") @Nullable
            String ownerId,

            @Schema(example = "2027-01-31", description = "By when (MITIGATE)") @Nullable
            String dueDate,

            @Schema(description = "The finding's version read") @Nullable
            Long version) {}

    record DoneRequest(@Nullable String note, @Nullable Long version) {}

    record FindingView(
            UUID id,
            UUID candidateId,
            String itemId,
            String origin,
            boolean blocking,
            String gapStatus,
            String note,
            Instant raisedAt,

            @Schema(
                    description =
                            "OPEN, ACCEPTANCE_PENDING, ACCEPTED, MITIGATION_PLANNED, MITIGATED, EXCLUDED, RESOLVED")
            String standing,

            boolean open,
            @Nullable Instant resolvedAt,
            @Nullable String resolvedStatus,
            @Nullable String disposition,
            @Nullable String rationale,
            @Nullable MitigationBody mitigation,
            @Nullable AcceptanceBody acceptance,
            long version) {}

    record MitigationBody(
            String action,
            UUID ownerId,
            String owner,
            LocalDate dueDate,
            boolean done,
            @Nullable Instant doneAt,
            @Nullable String note) {}

    record AcceptanceBody(
            UUID decisionId,

            @Schema(description = "REQUESTED, APPROVED, STALE, REJECTED, RETURNED")
            String state) {}

    record RiskViewBody(
            UUID candidateId,
            UUID initiativeId,
            String serviceName,
            String release,
            int impact,
            List<AssetBody> assets,
            int inherentScore,
            int residualScore,
            List<RiskBody> risks) {}

    record AssetBody(String name, String value, String riskTolerance, int impact) {}

    record RiskBody(
            String risk,
            int items,
            int likelihood,
            int residualLikelihood,
            int impact,
            int inherent,
            int residual,
            String band,
            List<RiskItemBody> behind,
            List<UUID> findings) {}

    record RiskItemBody(String itemId, int weight, @Nullable String status, String treatment) {}
}
