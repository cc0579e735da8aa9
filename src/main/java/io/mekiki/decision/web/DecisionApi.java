package io.mekiki.decision.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.mekiki.decision.Basis;
import io.mekiki.decision.BasisFacts;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.DecisionQuery;
import io.mekiki.decision.DecisionReader;
import io.mekiki.decision.DecisionRuleViolation;
import io.mekiki.decision.DecisionState;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.EvidenceLink;
import io.mekiki.decision.FactChange;
import io.mekiki.decision.NewDecision;
import io.mekiki.decision.RequestRevision;
import io.mekiki.decision.Subject;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

@RestController
@RequestMapping("/api/v1/decisions")
@Tag(
        name = "Decisions",
        description = "Executive decisions (経営判断): RISK_OFFICER or BUSINESS_OWNER request one with a proposal,"
                + " options and evidence; an EXECUTIVE who is not the requester decides once, with a rationale."
                + " The basis is frozen as canonical JSON with its SHA-256; an approval whose basis later changes"
                + " is marked stale. Everyone in the organisation reads.")
class DecisionApi {

    private static final String CODE = "[A-Z][A-Z0-9_]{0,49}";

    private final Decisions decisions;
    private final DecisionReader reader;
    private final MessageSource messages;

    DecisionApi(Decisions decisions, DecisionReader reader, MessageSource messages) {
        this.decisions = decisions;
        this.reader = reader;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "Decisions of my organisation",
            description = "Newest request first, at most " + Decisions.SEARCH_LIMIT + ". Every filter is optional;"
                    + " the values to choose from, with their labels in the caller's language, are listed by"
                    + " GET /api/v1/decisions/choices. Each item carries the subject's title (subjectTitle) and"
                    + " the topic's label (topicLabel) besides the codes, and its frozen basis by hash only"
                    + " (basisHash); GET /api/v1/decisions/{id} carries the basis itself (basisJson).")
    DecisionList list(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "e.g. INITIATIVE") @RequestParam(required = false) @Nullable String subjectType,
            @Parameter(description = "The subject, e.g. an initiative's id") @RequestParam(required = false) @Nullable
                    UUID subjectId,
            @RequestParam(required = false) @Nullable DecisionStatus status,
            @Parameter(description = "true: only stale approvals; false: only those that are not stale")
                    @RequestParam(required = false)
                    @Nullable
                    Boolean stale,
            @Parameter(description = "What was decided on the subject, e.g. the gate PREPARATION_PURPOSE_APPROVED")
                    @RequestParam(required = false)
                    @Nullable
                    @Size(max = 100)
                    String topic,
            @Parameter(description = "The id of the user who requested the decisions")
                    @RequestParam(required = false)
                    @Nullable
                    UUID requestedBy,
            @Parameter(description = "Where the decisions stand: waiting, an outcome, or stale")
                    @RequestParam(required = false)
                    @Nullable
                    DecisionState state,
            Locale locale) {
        DecisionQuery query = new DecisionQuery(
                        blankToNull(subjectType), subjectId, status, stale, blankToNull(topic), requestedBy, null)
                .inState(state);
        return new DecisionList(reader.search(user, query, locale).stream()
                .map(DecisionListItem::of)
                .toList());
    }

    @GetMapping("/choices")
    @Operation(
            summary = "What decisions can be filtered by",
            description = "The subjects of my organisation's decisions by title (value TYPE:id; split it into"
                    + " subjectType and subjectId), the topics by label, the requesters by name and the states,"
                    + " with labels in the caller's language.")
    DecisionReader.Choices choices(@AuthenticationPrincipal SignedInUser user, Locale locale) {
        return reader.choices(user, locale);
    }

    @GetMapping("/{id}/paper")
    @Operation(
            summary = "One decision as its page reads it",
            description = "The subject's title, the topic's label, the frozen basis as labelled facts (facts), the"
                    + " subject's basis now (currentFacts, null when its module does not give it), what changed"
                    + " between them in words (changes: ADDED, REMOVED or CHANGED entries of a fact) and the"
                    + " options a new request on the topic usually lays out.")
    @ApiResponse(responseCode = "404", description = "No such decision in my organisation")
    PaperResponse paper(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
        DecisionReader.Paper paper = reader.paper(user, id, locale);
        return new PaperResponse(
                paper.decision().id(),
                paper.listed().subjectTitle(),
                paper.listed().topicLabel(),
                paper.subjectPath(),
                paper.decision().evidence(),
                paper.frozenFacts(),
                paper.currentFacts(),
                paper.changes(),
                paper.topicOptions());
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "One decision of my organisation",
            description = "With the frozen basis (basisJson, canonical: sorted keys, no white space) and its SHA-256"
                    + " (basisHash), and whether it is stale (since when); with the subject's title (subjectTitle)"
                    + " and the topic's label (topicLabel) in the caller's language.")
    @ApiResponse(responseCode = "404", description = "No such decision in my organisation")
    ListedDecision get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, Locale locale) {
        return ListedDecision.of(reader.listed(user.organizationId(), List.of(decisions.decision(user, id)), locale)
                .get(0));
    }

    @PostMapping
    @Operation(
            summary = "Request a decision (RISK_OFFICER, BUSINESS_OWNER)",
            description = "The basis is frozen with the request. When the subject's module knows the subject, its"
                    + " current basis is frozen instead of the one sent.")
    @ApiResponse(responseCode = "201", description = "Requested")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    @ApiResponse(responseCode = "403", description = "Only risk officers and business owners request decisions")
    @ApiResponse(
            responseCode = "409",
            description = "A request on this subject and topic is already waiting, or the subject's conditions for"
                    + " the topic are not met (code decision.error.conditionsUnmet; unmetConditions lists {code,"
                    + " label}), e.g. a gate whose instruction report is not accepted yet")
    ResponseEntity<Decision> request(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody DecisionRequest request) {
        Decision requested = decisions.request(user, request.newDecision());
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + requested.id()))
                .body(requested);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Reword my open request (its requester)")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    @ApiResponse(responseCode = "403", description = "Only the requester may reword a request")
    @ApiResponse(responseCode = "409", description = "Already decided: a decided decision cannot be changed")
    Decision revise(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody RevisionRequest revision) {
        return decisions.revise(user, id, revision.revision());
    }

    @PostMapping("/{id}/evidence")
    @Operation(
            summary = "Add an uploaded file to the evidence of my open request (its requester)",
            description = "A multipart form with one file part `file`. The rules of report attachments apply: at"
                    + " most the attachment size limit, the type detected from the content (PDF, PNG, JPEG, GIF,"
                    + " UTF-8 text, Word/Excel/PowerPoint without macros; disguised archives and macros refused)."
                    + " The evidence entry (kind FILE) carries the file's name, type, size and SHA-256; the ledger"
                    + " records them with the request's change and again with the decision (evidenceFiles), so a"
                    + " copy can be proven to be the file decided on. Download it from `reference` (page) or"
                    + " `GET /api/v1/decisions/{id}/evidence/{fileId}`.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = EvidenceUpload.class))))
    @ApiResponse(responseCode = "201", description = "Added; the decision with its evidence")
    @ApiResponse(
            responseCode = "400",
            description = "No file, an empty file or one the attachment rules refuse; errors[].field is `file`."
                    + " Nothing is stored.")
    @ApiResponse(responseCode = "403", description = "Only the requester may add evidence")
    @ApiResponse(responseCode = "404", description = "No such decision in my organisation")
    @ApiResponse(responseCode = "409", description = "Already decided")
    @ApiResponse(responseCode = "413", description = "The file is larger than the server accepts")
    ResponseEntity<Decision> addEvidence(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, HttpServletRequest request) {
        Decision decision = decisions.addEvidence(user, id, file(request));
        return ResponseEntity.created(URI.create("/api/v1/decisions/" + id)).body(decision);
    }

    @GetMapping("/{id}/evidence/{fileId}")
    @Operation(
            summary = "Download an uploaded evidence file (any member of the organisation)",
            description = "As a download under its original name, with the media type detected when it was stored,"
                    + " `X-Content-Type-Options: nosniff` and `Repr-Digest: sha-256=:…:` (the recorded SHA-256).")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "404", description = "No such decision or file in my organisation")
    void evidenceFile(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID fileId,
            HttpServletResponse response)
            throws IOException {
        EvidenceUploads.download(decisions.evidenceFile(user, id, fileId), response);
    }

    /** The file part {@code file}, if the request is a multipart form that has one. */
    private static @Nullable Upload file(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        List<Upload> uploads = EvidenceUploads.of(file == null ? List.of() : List.of(file));
        return uploads.isEmpty() ? null : uploads.get(0);
    }

    @PostMapping("/{id}/decision")
    @Operation(
            summary = "Decide (EXECUTIVE who is not the requester)",
            description = "Once. The rationale is required; APPROVED_WITH_CONDITIONS requires at least one condition"
                    + " (they become follow-up items) and the other outcomes take none.")
    @ApiResponse(responseCode = "200", description = "Decided")
    @ApiResponse(
            responseCode = "400",
            description = "Rationale missing, or conditions missing or not allowed; errors[].field names the field")
    @ApiResponse(responseCode = "403", description = "Not an executive, or the request is the caller's own")
    @ApiResponse(responseCode = "409", description = "Already decided")
    Decision decide(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody DecideRequest decision) {
        return decisions.decide(
                user,
                id,
                decision.outcome(),
                decision.rationale(),
                decision.conditions() == null ? List.of() : decision.conditions());
    }

    @PostMapping("/{id}/conditions/{conditionId}/done")
    @Operation(summary = "Mark a follow-up condition done (the requester or an EXECUTIVE)")
    @ApiResponse(responseCode = "403", description = "Only the requester or an executive")
    @ApiResponse(responseCode = "409", description = "Already done")
    Decision conditionDone(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID conditionId) {
        return decisions.conditionDone(user, id, conditionId);
    }

    @ExceptionHandler(DecisionRuleViolation.class)
    ProblemDetail refused(DecisionRuleViolation violation, Locale locale) {
        return DecisionProblems.refused(violation, messages, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException exception, Locale locale) {
        return DecisionProblems.typeMismatch(exception, messages, locale);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    record DecisionList(List<DecisionListItem> items) {}

    /**
     * A decision in a list: as {@link ListedDecision}, but its frozen basis only by hash. The bases made
     * a list of thirty decisions 80 KB; GET /api/v1/decisions/{id} carries the basis itself.
     */
    record DecisionListItem(
            @JsonUnwrapped @JsonIgnoreProperties("basisJson")
            Decision decision,

            @Schema(description = "The subject's title, e.g. the initiative's")
            String subjectTitle,

            @Schema(description = "The topic's label in the caller's language, e.g. the gate's")
            String topicLabel) {

        static DecisionListItem of(DecisionReader.Listed listed) {
            return new DecisionListItem(listed.decision(), listed.subjectTitle(), listed.topicLabel());
        }
    }

    /** A decision with its subject's title and its topic's label, for lists that read like a board paper. */
    record ListedDecision(
            @JsonUnwrapped Decision decision,

            @Schema(description = "The subject's title, e.g. the initiative's")
            String subjectTitle,

            @Schema(description = "The topic's label in the caller's language, e.g. the gate's")
            String topicLabel) {

        static ListedDecision of(DecisionReader.Listed listed) {
            return new ListedDecision(listed.decision(), listed.subjectTitle(), listed.topicLabel());
        }
    }

    /** The multipart form of an evidence file, for the documentation. */
    record EvidenceUpload(
            @Schema(type = "string", format = "binary") String file) {}

    record PaperResponse(
            UUID id,
            String subjectTitle,
            String topicLabel,
            @Nullable String subjectPath,

            @Schema(description = "Links and uploaded files (kind FILE, with file: name, type, size, SHA-256)")
            List<EvidenceLink> evidence,

            BasisFacts facts,
            @Nullable BasisFacts currentFacts,
            List<FactChange> changes,
            List<String> topicOptions) {}

    record EvidenceRequest(
            @Schema(
                    description = "REPORT, SCOPING, ASSESSMENT, URL, …; not FILE: a file is uploaded with"
                            + " POST /api/v1/decisions/{id}/evidence (entries of kind FILE are kept as they are by a"
                            + " revision)",
                    example = "REPORT")
            @NotBlank
            @Pattern(regexp = CODE)
            String kind,

            @Schema(
                    description = "A path inside Mekiki that leads to a record of my organisation (e.g."
                            + " /instructions/{id}, /decisions/{id}, /initiatives/{id}) or an http(s) web address;"
                            + " anything else is refused with 400 naming evidence[i].reference")
            @NotBlank
            @Size(max = 2000)
            @Pattern(regexp = "\\S+")
            String reference,

            @Nullable @Size(max = 300) String label) {

        EvidenceLink link() {
            return new EvidenceLink(kind, reference, label);
        }
    }

    record DecisionRequest(
            @Schema(example = "INITIATIVE") @NotBlank @Pattern(regexp = CODE)
            String subjectType,

            @NotNull UUID subjectId,

            @Schema(description = "What is decided on the subject, e.g. a gate", example = "PREPARATION_PURPOSE")
            @NotBlank
            @Size(max = 100)
            String topic,

            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 20_000) String proposal,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> options,
            @Nullable @Size(max = 50) List<@Valid @NotNull EvidenceRequest> evidence,

            @Schema(description = "The facts the decision is made on (frozen as canonical JSON)") @Nullable
            Map<String, Object> basis) {

        NewDecision newDecision() {
            return new NewDecision(
                    new Subject(subjectType, subjectId),
                    topic,
                    title,
                    proposal,
                    options,
                    evidence == null
                            ? List.of()
                            : evidence.stream().map(EvidenceRequest::link).toList(),
                    new Basis(basis == null ? Map.of() : basis));
        }
    }

    record RevisionRequest(
            @NotBlank @Size(max = 200) String title,
            @NotBlank @Size(max = 20_000) String proposal,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 1000) String> options,
            @Nullable @Size(max = 50) List<@Valid @NotNull EvidenceRequest> evidence) {

        RequestRevision revision() {
            return new RequestRevision(
                    title,
                    proposal,
                    options,
                    evidence == null
                            ? List.of()
                            : evidence.stream().map(EvidenceRequest::link).toList());
        }
    }

    record DecideRequest(
            @NotNull DecisionOutcome outcome,

            @Schema(description = "Why; required (400 when missing)") @Nullable @Size(max = 20_000)
            String rationale,

            @Schema(description = "Follow-up items; required for APPROVED_WITH_CONDITIONS, refused otherwise")
            @Nullable
            @Size(max = 50)
            List<@Size(max = 1000) String> conditions) {}
}
