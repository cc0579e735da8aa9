package io.mekiki.assessment.web;

import io.mekiki.assessment.Answer;
import io.mekiki.assessment.AnswerInput;
import io.mekiki.assessment.Assessment;
import io.mekiki.assessment.Assessments;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
@RequestMapping("/api/v1/assessments")
@Tag(
        name = "Assessments",
        description = "The assessment (評価) of each candidate, by the candidate's id: the check items that apply to"
                + " the candidate's own scoping, each with its question and expected evidence in the caller's"
                + " language and its answer, one per item; progress per section; answers of items that no longer"
                + " apply kept apart as `history`. Everyone in the organisation reads; RISK_OFFICER and EXECUTIVE"
                + " answer.")
class AssessmentApi {

    private final Assessments assessments;
    private final PeopleDirectory people;

    AssessmentApi(Assessments assessments, PeopleDirectory people) {
        this.assessments = assessments;
        this.people = people;
    }

    @GetMapping("/{candidateId}")
    @Operation(summary = "The candidate's assessment: items that apply with their answers, progress per section")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    AssessmentView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID candidateId, Locale locale) {
        Assessment assessment = assessments.assessment(user, candidateId);
        Optional<CatalogRelease> release = assessments.release(user, assessment.release());
        return new AssessmentView(
                assessment.candidateId(),
                assessment.initiativeId(),
                assessment.serviceName(),
                assessment.release(),
                assessment.pinnedRelease(),
                assessment.answered(),
                assessment.total(),
                assessment.progress().stream()
                        .map(progress -> new SectionView(
                                progress.section().name(), progress.answered(), progress.total(), progress.gaps()))
                        .toList(),
                assessment.entries().stream()
                        .map(entry -> item(
                                user, release, entry.itemId(), entry.section().name(), entry.answer(), locale))
                        .toList(),
                assessment.history().stream()
                        .map(answer -> answer(user, answer))
                        .toList());
    }

    @PutMapping("/{candidateId}/answers/{itemId}")
    @Operation(
            summary = "Answer one item of the candidate's assessment (RISK_OFFICER, EXECUTIVE)",
            description = "Writes this item's answer only. `status` is one of MEETS, PARTLY, DOES_NOT_MEET,"
                    + " NOT_APPLICABLE (with a `reason`), UNKNOWN; `source` one of PROVIDER_STATEMENT (the default),"
                    + " VERIFIED, DERIVED, IMPORTED. `version` is the version read: 0 or absent for an item not"
                    + " answered yet.")
    @ApiResponse(responseCode = "200", description = "Answered; the body carries the new `version`")
    @ApiResponse(
            responseCode = "400",
            description = "`itemId` does not apply to the candidate, `status` or `source` outside the list, `reason`"
                    + " missing for NOT_APPLICABLE, `answer` or `reason` too long; errors[].field names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow answering")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The answer changed since `version`, or the candidate is withdrawn")
    AnswerView answer(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @Valid @RequestBody AnswerRequest request) {
        return answer(
                user,
                assessments.answer(
                        user,
                        candidateId,
                        itemId,
                        new AnswerInput(
                                request.status(),
                                request.answer(),
                                request.source(),
                                request.reason(),
                                request.version())));
    }

    private ItemView item(
            SignedInUser user,
            Optional<CatalogRelease> release,
            String itemId,
            String section,
            @Nullable Answer answer,
            Locale locale) {
        Optional<CheckItem> item = release.flatMap(found -> found.item(itemId));
        return new ItemView(
                itemId,
                section,
                item.map(found -> found.title().in(locale)).orElse(itemId),
                item.map(found -> found.question().in(locale)).orElse(""),
                item.map(found -> found.evidence().in(locale)).orElse(""),
                answer == null ? null : answer(user, answer));
    }

    private AnswerView answer(SignedInUser user, Answer answer) {
        return new AnswerView(
                answer.itemId(),
                answer.status().name(),
                answer.answer(),
                answer.reason(),
                answer.source().name(),
                answer.answeredBy(),
                people.nameOf(user.organizationId(), answer.answeredBy(), ""),
                answer.answeredAt(),
                answer.version());
    }

    record AnswerRequest(
            @Schema(example = "MEETS", description = "MEETS, PARTLY, DOES_NOT_MEET, NOT_APPLICABLE, UNKNOWN") @Nullable
            String status,

            @Schema(example = "東京・大阪リージョンのみで保管（契約書 第12条）") @Size(max = Assessments.ANSWER_MAX) @Nullable
            String answer,

            @Schema(example = "PROVIDER_STATEMENT", description = "PROVIDER_STATEMENT, VERIFIED, DERIVED, IMPORTED")
            @Nullable
            String source,

            @Schema(description = "Why the item does not apply; needed with NOT_APPLICABLE")
            @Size(max = Assessments.REASON_MAX)
            @Nullable
            String reason,

            @Schema(description = "The version read; 0 or absent for an item not answered yet") @Nullable
            Long version) {}

    record AssessmentView(
            UUID candidateId,
            UUID initiativeId,
            String serviceName,
            String release,
            @Nullable String pinnedRelease,
            int answered,
            int total,
            List<SectionView> sections,
            List<ItemView> items,
            List<AnswerView> history) {}

    record SectionView(String section, int answered, int total, int gaps) {}

    record ItemView(
            String itemId,
            String section,
            String title,
            String question,
            String evidence,
            @Nullable AnswerView answer) {}

    record AnswerView(
            String itemId,
            String status,
            String answer,
            @Nullable String reason,
            String source,
            @Nullable UUID answeredById,
            String answeredBy,
            Instant answeredAt,
            long version) {}
}
