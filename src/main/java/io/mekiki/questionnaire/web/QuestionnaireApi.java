package io.mekiki.questionnaire.web;

import io.mekiki.assessment.AnswerInput;
import io.mekiki.questionnaire.QuestionnaireDetails;
import io.mekiki.questionnaire.QuestionnaireItem;
import io.mekiki.questionnaire.QuestionnaireProgress;
import io.mekiki.questionnaire.QuestionnaireRequest;
import io.mekiki.questionnaire.Questionnaires;
import io.mekiki.questionnaire.SentQuestionnaire;
import io.mekiki.questionnaire.internal.QuestionnaireStore.StoredFile;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
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
@RequestMapping("/api/v1/questionnaires")
@Tag(
        name = "Questionnaires",
        description = "Questionnaires (ADR 041) sent from a candidate's assessment to a contact of its provider. The"
                + " provider answers through a link that needs no account (`/q/{token}`; the token is shown once, in"
                + " `link`, and kept only as its SHA-256); its submitted answers land in the assessment as provider"
                + " statements waiting for review. RISK_OFFICER sends, sends again, revokes and reviews (accept,"
                + " question, override); everyone in the organisation reads. Another organisation's ids are 404.")
class QuestionnaireApi {

    private final Questionnaires questionnaires;

    QuestionnaireApi(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    /** What to send: the items (default: those without an answer), language, contact, due date and message. */
    record NewQuestionnaire(
            @Nullable UUID candidateId,
            @Nullable List<String> items,
            @Nullable String language,
            @Nullable UUID contactId,
            @Nullable LocalDate dueOn,
            @Nullable String message) {}

    record Resending(@Nullable LocalDate dueOn) {}

    record Question(@Nullable String comment) {}

    record OverrideAnswer(
            @Nullable String status,
            @Nullable String answer,
            @Nullable String reason,
            @Nullable String source) {}

    record GracePeriod(@Nullable Integer graceDays) {}

    record ItemView(
            String itemId,
            @Nullable String status,
            @Nullable String answer,
            @Nullable Instant savedAt,
            @Nullable Instant submittedAt,
            @Nullable String review,
            @Nullable String reviewComment,
            List<QuestionnaireItem.EvidenceFile> evidence) {}

    record QuestionnaireView(
            UUID id,
            UUID candidateId,
            UUID initiativeId,
            UUID providerId,
            String providerName,
            UUID contactId,
            String contactName,
            @Nullable String contactEmail,
            String language,
            LocalDate dueOn,
            LocalDate expiresOn,
            @Nullable String message,
            String status,
            Instant sentAt,
            @Nullable Instant openedAt,
            @Nullable Instant submittedAt,
            @Nullable Instant revokedAt,
            QuestionnaireProgress progress,
            List<ItemView> items) {

        static QuestionnaireView of(QuestionnaireDetails details) {
            var q = details.questionnaire();
            return new QuestionnaireView(
                    q.id(),
                    q.candidateId(),
                    q.initiativeId(),
                    q.providerId(),
                    details.providerName(),
                    q.contactId(),
                    details.contactName(),
                    details.contactEmail(),
                    q.language(),
                    q.dueOn(),
                    q.expiresOn(),
                    q.message(),
                    q.status().name(),
                    q.sentAt(),
                    q.openedAt(),
                    q.submittedAt(),
                    q.revokedAt(),
                    details.progress(),
                    details.items().stream()
                            .map(item -> new ItemView(
                                    item.itemId(),
                                    item.status() == null ? null : item.status().name(),
                                    item.answer(),
                                    item.savedAt(),
                                    item.submittedAt(),
                                    item.review() == null ? null : item.review().name(),
                                    item.reviewComment(),
                                    item.evidence()))
                            .toList());
        }
    }

    /** A questionnaire just sent, with its link (shown this once) and whether it was mailed. */
    record SentView(QuestionnaireView questionnaire, String link, boolean mailed) {}

    @PostMapping
    @Operation(
            summary = "Send a questionnaire (RISK_OFFICER)",
            description = "To a contact of the candidate's provider (`contactId`; a contact of another provider is"
                    + " refused), in `ja` or `en`, due on `dueOn` (today to a year ahead); `items` are check item ids"
                    + " that apply to the candidate, default: those without an answer yet. The link works until the"
                    + " due date plus the organisation's grace period.")
    @ApiResponse(responseCode = "201", description = "Sent; `link` is shown only now")
    @ApiResponse(responseCode = "400", description = "A value is missing or not acceptable (the field is named)")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The candidate is withdrawn or its assessments are closed")
    ResponseEntity<SentView> send(@AuthenticationPrincipal SignedInUser user, @RequestBody NewQuestionnaire body) {
        SentQuestionnaire sent = questionnaires.send(
                user,
                body.candidateId() == null ? new UUID(0, 0) : body.candidateId(),
                new QuestionnaireRequest(
                        body.items(), body.language(), body.contactId(), body.dueOn(), body.message()));
        return ResponseEntity.created(URI.create(
                        "/api/v1/questionnaires/" + sent.questionnaire().id()))
                .body(view(user, sent));
    }

    @GetMapping
    @Operation(
            summary = "The questionnaires of a candidate, newest first; without `candidateId`, those to follow",
            description = "To follow: not revoked, and open, expired, or submitted with answers not reviewed yet.")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    List<QuestionnaireView> list(
            @AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable UUID candidateId) {
        return (candidateId == null ? questionnaires.toFollow(user) : questionnaires.ofCandidate(user, candidateId))
                .stream().map(QuestionnaireView::of).toList();
    }

    @GetMapping("/settings")
    @Operation(summary = "My organisation's grace period after a questionnaire's due date, in days")
    GracePeriod settings(@AuthenticationPrincipal SignedInUser user) {
        return new GracePeriod(questionnaires.graceDays(user));
    }

    @PutMapping("/settings")
    @Operation(
            summary = "Set the grace period (ADMINISTRATOR, RISK_OFFICER)",
            description = "0 to 90 days; applies to the questionnaires sent (or sent again) from now on.")
    @ApiResponse(responseCode = "400", description = "`graceDays` missing or out of range")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    GracePeriod setSettings(@AuthenticationPrincipal SignedInUser user, @RequestBody GracePeriod body) {
        return new GracePeriod(questionnaires.setGraceDays(user, body.graceDays()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "The questionnaire with its items, answers, reviews and progress")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's")
    QuestionnaireView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return QuestionnaireView.of(questionnaires.details(user, id));
    }

    @PostMapping("/{id}/revocation")
    @Operation(summary = "Revoke the questionnaire's link (RISK_OFFICER)")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "Revoked already")
    QuestionnaireView revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        questionnaires.revoke(user, id);
        return QuestionnaireView.of(questionnaires.details(user, id));
    }

    @PostMapping("/{id}/resending")
    @Operation(
            summary = "Send the questionnaire again with a new link (RISK_OFFICER)",
            description = "The old link stops working. `dueOn` is needed when the due date has passed.")
    @ApiResponse(responseCode = "400", description = "`dueOn` missing or out of range")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "Submitted with nothing questioned, or revoked")
    SentView resend(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestBody(required = false) @Nullable Resending body) {
        return view(user, questionnaires.resend(user, id, body == null ? null : body.dueOn()));
    }

    @PostMapping("/{id}/items/{itemId}/acceptance")
    @Operation(summary = "Accept the provider's submitted statement on the item (RISK_OFFICER)")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's, or the item is not asked")
    @ApiResponse(responseCode = "409", description = "Not submitted, already reviewed, or the assessment is closed")
    QuestionnaireView accept(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable String itemId) {
        return QuestionnaireView.of(questionnaires.accept(user, id, itemId));
    }

    @PostMapping("/{id}/items/{itemId}/question")
    @Operation(
            summary = "Send the item back to the provider with a comment (RISK_OFFICER)",
            description = "The item opens again on the link; the statement keeps waiting in the assessment.")
    @ApiResponse(responseCode = "400", description = "`comment` missing or too long")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's, or the item is not asked")
    @ApiResponse(responseCode = "409", description = "Not submitted or already reviewed")
    QuestionnaireView question(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable String itemId,
            @RequestBody Question body) {
        return QuestionnaireView.of(questionnaires.question(user, id, itemId, body.comment()));
    }

    @PostMapping("/{id}/items/{itemId}/override")
    @Operation(
            summary = "Replace the provider's statement with my own answer (RISK_OFFICER)",
            description = "As an answer of the assessment: `status`, `answer`, `reason` (NOT_APPLICABLE), `source`"
                    + " (default VERIFIED).")
    @ApiResponse(responseCode = "400", description = "A value is not acceptable (the field is named)")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's, or the item is not asked")
    @ApiResponse(responseCode = "409", description = "Not submitted, already reviewed, or the assessment is closed")
    QuestionnaireView override(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable String itemId,
            @RequestBody OverrideAnswer body) {
        return QuestionnaireView.of(questionnaires.override(
                user, id, itemId, new AnswerInput(body.status(), body.answer(), body.source(), body.reason(), null)));
    }

    @GetMapping("/{id}/evidence/{evidenceId}")
    @Operation(summary = "Download a file the provider attached")
    @ApiResponse(responseCode = "404", description = "Not one of my organisation's")
    void evidence(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID evidenceId,
            HttpServletResponse response)
            throws IOException {
        StoredFile file = questionnaires.evidence(user, id, evidenceId);
        FileDownload.write(
                file.file().fileName(),
                file.file().mediaType(),
                file.file().size(),
                file.file().sha256(),
                out -> out.write(file.content()),
                response);
    }

    private SentView view(SignedInUser user, SentQuestionnaire sent) {
        return new SentView(
                QuestionnaireView.of(
                        questionnaires.details(user, sent.questionnaire().id())),
                sent.link(),
                sent.mailed());
    }
}
