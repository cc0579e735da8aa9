package io.mekiki.assessment.web;

import io.mekiki.assessment.Answer;
import io.mekiki.assessment.AnswerComment;
import io.mekiki.assessment.AnswerEvidence;
import io.mekiki.assessment.AnswerInput;
import io.mekiki.assessment.Assessment;
import io.mekiki.assessment.Assessments;
import io.mekiki.assessment.Reopening;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CheckItem;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(
        name = "Assessments",
        description = "The assessment (評価) of each candidate, by the candidate's id: the check items that apply to"
                + " the candidate's own scoping, each with its question and expected evidence in the caller's"
                + " language and its answer, one per item; progress per section; answers of items that no longer"
                + " apply kept apart as `history`. Answers the service record settles are derived (source DERIVED,"
                + " citing the fact in `derivation`) and wait for a person's confirmation; when the record changes"
                + " after a confirmation they are marked for `review`. Everyone in the organisation reads and"
                + " downloads evidence; RISK_OFFICER and EXECUTIVE answer, confirm and add or remove evidence;"
                + " BUSINESS_OWNER, RISK_OFFICER and EXECUTIVE comment. Once the provider-selection decision is"
                + " approved, changes are refused (409) until an editor reopens the initiative's assessments.")
class AssessmentApi {

    private final Assessments assessments;
    private final PeopleDirectory people;
    private final MessageSource messages;

    AssessmentApi(Assessments assessments, PeopleDirectory people, MessageSource messages) {
        this.assessments = assessments;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/api/v1/assessments/{candidateId}")
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
                assessment.waiting(),
                assessment.lock() == null
                        ? null
                        : new LockView(
                                assessment.lock().decisionId(),
                                assessment.lock().decidedAt()),
                assessment.progress().stream()
                        .map(progress -> new SectionView(
                                progress.section().name(),
                                progress.answered(),
                                progress.total(),
                                progress.gaps(),
                                progress.waiting()))
                        .toList(),
                assessment.entries().stream()
                        .map(entry -> item(
                                user,
                                release,
                                assessment,
                                entry.itemId(),
                                entry.section().name(),
                                entry.answer(),
                                locale))
                        .toList(),
                assessment.history().stream()
                        .map(answer -> answer(user, answer, locale))
                        .toList());
    }

    @PutMapping("/api/v1/assessments/{candidateId}/answers/{itemId}")
    @Operation(
            summary = "Answer one item of the candidate's assessment (RISK_OFFICER, EXECUTIVE)",
            description = "Writes this item's answer only, over a derived one too (the person's answer wins)."
                    + " `status` is one of MEETS, PARTLY, DOES_NOT_MEET, NOT_APPLICABLE (with a `reason`), UNKNOWN;"
                    + " `source` one of PROVIDER_STATEMENT (the default), VERIFIED, IMPORTED (DERIVED comes from the"
                    + " service record only: confirm instead). `version` is the version read: 0 or absent for an"
                    + " item not answered yet.")
    @ApiResponse(responseCode = "200", description = "Answered; the body carries the new `version`")
    @ApiResponse(
            responseCode = "400",
            description = "`itemId` does not apply to the candidate, `status` or `source` outside the list (or"
                    + " DERIVED), `reason` missing for NOT_APPLICABLE, `answer` or `reason` too long; errors[].field"
                    + " names it")
    @ApiResponse(responseCode = "403", description = "My roles do not allow answering")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The answer changed since `version`, the candidate is withdrawn, or the assessments are"
                    + " closed by the approved provider selection (reopen them first)")
    AnswerView answer(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @Valid @RequestBody AnswerRequest request,
            Locale locale) {
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
                                request.version())),
                locale);
    }

    @PostMapping("/api/v1/assessments/{candidateId}/answers/{itemId}/confirmation")
    @Operation(
            summary = "Confirm a derived answer (RISK_OFFICER, EXECUTIVE)",
            description = "A person confirms the answer the service record settles; an answer marked for review"
                    + " takes over what the record says now. The answer then counts as answered.")
    @ApiResponse(responseCode = "200", description = "Confirmed; the answer with its new `version`")
    @ApiResponse(responseCode = "400", description = "`itemId` does not apply to the candidate")
    @ApiResponse(responseCode = "403", description = "My roles do not allow confirming")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "No derived answer on the item, the record no longer settles it, the answer changed"
                    + " since `version`, or the assessments are closed")
    AnswerView confirm(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @RequestBody(required = false) @Nullable ConfirmRequest request,
            Locale locale) {
        return answer(
                user,
                assessments.confirm(user, candidateId, itemId, request == null ? null : request.version()),
                locale);
    }

    @PostMapping(
            path = "/api/v1/assessments/{candidateId}/answers/{itemId}/links",
            consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Add a checked link as evidence on an answer (RISK_OFFICER, EXECUTIVE)",
            description = "`reference` is an http or https address or a path to a record of my organisation, as for"
                    + " decision evidence; `title` defaults to the reference.")
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(
            responseCode = "400",
            description = "`reference` missing, not a web address or leading to no record of mine; `title` too long;"
                    + " `itemId` does not apply. Nothing is stored")
    @ApiResponse(responseCode = "403", description = "My roles do not allow adding evidence")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The candidate is withdrawn or the assessments are closed")
    EvidenceView addLink(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @Valid @RequestBody LinkRequest request) {
        return evidence(user, assessments.addLink(user, candidateId, itemId, request.title(), request.reference()))
                .withCandidate(candidateId);
    }

    @PostMapping("/api/v1/assessments/{candidateId}/answers/{itemId}/files")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Upload a file as evidence on an answer (RISK_OFFICER, EXECUTIVE)",
            description = "Part `file`, optional part `title`. The file passes the rules of report attachments (ADR"
                    + " 025): size limit, type detected from the bytes, no disguised archives or macros. The ledger"
                    + " records its SHA-256.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = FileUpload.class))))
    @ApiResponse(responseCode = "201", description = "Added")
    @ApiResponse(
            responseCode = "400",
            description = "`file` missing, too big, of a refused type or a disguised archive; `itemId` does not"
                    + " apply. Nothing is stored")
    @ApiResponse(responseCode = "403", description = "My roles do not allow adding evidence")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The candidate is withdrawn or the assessments are closed")
    EvidenceView addFile(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String title) {
        return evidence(user, assessments.addFile(user, candidateId, itemId, title, upload(file)))
                .withCandidate(candidateId);
    }

    @GetMapping("/api/v1/assessments/{candidateId}/evidence/{evidenceId}")
    @Operation(summary = "Download an evidence file of an answer (anyone in my organisation)")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment, with `Repr-Digest`")
    @ApiResponse(responseCode = "404", description = "No such file on one of my organisation's candidates")
    void download(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable UUID evidenceId,
            HttpServletResponse response)
            throws IOException {
        Assessments.EvidenceDownload download = assessments.evidenceFile(user, candidateId, evidenceId);
        AnswerEvidence file = download.evidence();
        FileDownload.write(
                Objects.requireNonNull(file.fileName()),
                Objects.requireNonNull(file.mediaType()),
                Objects.requireNonNull(file.size()),
                file.sha256(),
                download.content(),
                response);
    }

    @DeleteMapping("/api/v1/assessments/{candidateId}/evidence/{evidenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove evidence from an answer (RISK_OFFICER, EXECUTIVE)")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "403", description = "My roles do not allow removing evidence")
    @ApiResponse(responseCode = "404", description = "No such evidence on one of my organisation's candidates")
    @ApiResponse(responseCode = "409", description = "The candidate is withdrawn or the assessments are closed")
    void removeEvidence(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID candidateId, @PathVariable UUID evidenceId) {
        assessments.removeEvidence(user, candidateId, evidenceId);
    }

    @PostMapping("/api/v1/assessments/{candidateId}/answers/{itemId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Comment on an answer (BUSINESS_OWNER, RISK_OFFICER, EXECUTIVE)")
    @ApiResponse(responseCode = "201", description = "Commented")
    @ApiResponse(responseCode = "400", description = "`body` empty or too long, or `itemId` does not apply")
    @ApiResponse(responseCode = "403", description = "My roles do not allow commenting (auditors read)")
    @ApiResponse(responseCode = "404", description = "The candidate is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The candidate is withdrawn")
    CommentView comment(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID candidateId,
            @PathVariable String itemId,
            @Valid @RequestBody CommentRequest request) {
        return comment(user, assessments.comment(user, candidateId, itemId, request.body()));
    }

    @PostMapping("/api/v1/initiatives/{id}/assessments/reopening")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Reopen the initiative's assessments after the provider selection (RISK_OFFICER, EXECUTIVE)",
            description = "Once the provider-selection decision is approved, answers, confirmations and evidence"
                    + " are refused. Reopening with a `reason` (recorded in the ledger) accepts them again; answers"
                    + " changed then make the decision stale through its basis.")
    @ApiResponse(responseCode = "201", description = "Reopened")
    @ApiResponse(responseCode = "400", description = "`reason` missing or too long")
    @ApiResponse(responseCode = "403", description = "My roles do not allow reopening")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The assessments are not closed")
    ReopeningView reopen(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable("id") UUID initiativeId,
            @Valid @RequestBody ReopenRequest request) {
        Reopening reopening = assessments.reopen(user, initiativeId, request.reason());
        return new ReopeningView(
                reopening.id(),
                reopening.initiativeId(),
                reopening.reason(),
                reopening.reopenedBy(),
                people.nameOf(user.organizationId(), reopening.reopenedBy(), ""),
                reopening.reopenedAt());
    }

    /** The file part, if one was sent; an empty file input (no name, no bytes) is no file. */
    static @Nullable Upload upload(@Nullable MultipartFile file) {
        if (file == null) {
            return null;
        }
        String name = file.getOriginalFilename();
        if (file.isEmpty() && (name == null || name.isBlank())) {
            return null;
        }
        try {
            return new Upload(name == null ? "" : name, file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private EvidenceView evidence(SignedInUser user, AnswerEvidence evidence) {
        return new EvidenceView(
                evidence.id(),
                evidence.itemId(),
                evidence.kind().name(),
                evidence.title(),
                evidence.reference(),
                evidence.fileName(),
                evidence.mediaType(),
                evidence.size(),
                evidence.sha256(),
                people.nameOf(user.organizationId(), evidence.addedBy(), ""),
                evidence.addedAt());
    }

    private CommentView comment(SignedInUser user, AnswerComment comment) {
        return new CommentView(
                comment.id(),
                comment.itemId(),
                comment.authorId(),
                people.nameOf(user.organizationId(), comment.authorId(), ""),
                comment.body(),
                comment.createdAt());
    }

    private ItemView item(
            SignedInUser user,
            Optional<CatalogRelease> release,
            Assessment assessment,
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
                answer == null ? null : answer(user, answer, locale),
                assessment.evidenceOf(itemId).stream()
                        .map(found -> evidence(user, found))
                        .map(view -> view.withCandidate(assessment.candidateId()))
                        .toList(),
                assessment.commentsOf(itemId).stream()
                        .map(found -> comment(user, found))
                        .toList());
    }

    private AnswerView answer(SignedInUser user, Answer answer, Locale locale) {
        Answer.Derivation derivation = answer.derivation();
        Answer.Review review = answer.review();
        return new AnswerView(
                answer.itemId(),
                answer.status().name(),
                answer.answer(),
                answer.reason(),
                answer.source().name(),
                answer.answeredBy(),
                people.nameOf(user.organizationId(), answer.answeredBy(), ""),
                answer.answeredAt(),
                answer.version(),
                derivation == null
                        ? null
                        : new DerivationView(
                                derivation.fact(),
                                derivation.value(),
                                messages.getMessage(
                                        derivation.messageKey(), new Object[] {derivation.value()}, locale)),
                answer.waiting(),
                answer.confirmedBy(),
                answer.confirmedBy() == null ? null : people.nameOf(user.organizationId(), answer.confirmedBy(), ""),
                answer.confirmedAt(),
                review == null
                        ? null
                        : new ReviewView(
                                review.fact(),
                                review.status() == null ? null : review.status().name(),
                                review.value(),
                                review.since(),
                                messages.getMessage(
                                        review.messageKey(),
                                        new Object[] {review.value() == null ? "—" : review.value()},
                                        locale)));
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

    record ConfirmRequest(
            @Schema(description = "The version read; absent confirms what is stored now") @Nullable
            Long version) {}

    record LinkRequest(
            @Schema(example = "https://trust.example.com/soc2") @Size(max = Assessments.LINK_MAX) @Nullable
            String reference,

            @Schema(example = "SOC 2 報告書（2026年版）") @Size(max = Assessments.TITLE_MAX) @Nullable
            String title) {}

    record FileUpload(
            @Schema(type = "string", format = "binary", description = "The file")
            String file,

            @Schema(description = "What the file is; defaults to its name") @Nullable
            String title) {}

    record CommentRequest(
            @Schema(example = "この条件で業務部門としては問題ありません") @Size(max = Assessments.COMMENT_MAX) @Nullable
            String body) {}

    record ReopenRequest(
            @Schema(example = "事業者の準拠法が変更されたため再評価する") @Size(max = Assessments.REASON_MAX) @Nullable
            String reason) {}

    record AssessmentView(
            UUID candidateId,
            UUID initiativeId,
            String serviceName,
            String release,
            @Nullable String pinnedRelease,
            int answered,
            int total,

            @Schema(description = "Derived answers waiting for confirmation or marked for review (not answered)")
            int waiting,

            @Schema(description = "Set while the approved provider selection closes the assessments") @Nullable
            LockView locked,

            List<SectionView> sections,
            List<ItemView> items,
            List<AnswerView> history) {}

    record LockView(UUID decisionId, Instant decidedAt) {}

    record SectionView(String section, int answered, int total, int gaps, int waiting) {}

    record ItemView(
            String itemId,
            String section,
            String title,
            String question,

            @Schema(description = "The evidence (証跡) the item asks to see")
            String evidence,

            @Nullable AnswerView answer,

            @Schema(description = "Evidence on the answer: files and checked links")
            List<EvidenceView> attached,

            List<CommentView> comments) {}

    record AnswerView(
            String itemId,
            String status,
            String answer,
            @Nullable String reason,
            String source,
            @Nullable UUID answeredById,
            String answeredBy,
            Instant answeredAt,
            long version,

            @Schema(description = "For a derived answer, the fact of the service record it cites") @Nullable
            DerivationView derivation,

            @Schema(description = "A derived answer no person has confirmed yet")
            boolean waitingForConfirmation,

            @Nullable UUID confirmedById,
            @Nullable String confirmedBy,
            @Nullable Instant confirmedAt,

            @Schema(description = "Set when the service record changed after the confirmation") @Nullable
            ReviewView review) {}

    record DerivationView(String fact, String value, String text) {}

    record ReviewView(
            String fact,

            @Schema(description = "What the record settles now; null when it no longer settles the item") @Nullable
            String statusNow,

            @Nullable String valueNow,
            Instant since,
            String text) {}

    record EvidenceView(
            UUID id,
            String itemId,
            String kind,
            String title,

            @Schema(description = "The link, or where to download the file") @Nullable
            String reference,

            @Nullable String fileName,
            @Nullable String mediaType,
            @Nullable Long size,
            @Nullable String sha256,
            String addedBy,
            Instant addedAt) {

        EvidenceView withCandidate(UUID candidateId) {
            return "FILE".equals(kind)
                    ? new EvidenceView(
                            id,
                            itemId,
                            kind,
                            title,
                            "/api/v1/assessments/" + candidateId + "/evidence/" + id,
                            fileName,
                            mediaType,
                            size,
                            sha256,
                            addedBy,
                            addedAt)
                    : this;
        }
    }

    record CommentView(UUID id, String itemId, UUID authorId, String author, String body, Instant createdAt) {}

    record ReopeningView(
            UUID id, UUID initiativeId, String reason, UUID reopenedById, String reopenedBy, Instant reopenedAt) {}
}
