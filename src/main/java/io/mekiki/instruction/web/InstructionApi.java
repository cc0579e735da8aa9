package io.mekiki.instruction.web;

import io.mekiki.instruction.AttachmentSettings;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionRuleViolation;
import io.mekiki.instruction.InstructionSearch;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.NewInstruction;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@RestController
@RequestMapping("/api/v1/instructions")
@Tag(
        name = "Instructions",
        description =
                "Instructions and reports (指示・報告): an EXECUTIVE instructs a member of the organisation; the"
                        + " assignee reports with text and attachments; an EXECUTIVE accepts the report or sends it back with a"
                        + " comment. Refusals: 403 out of role (also reporting on someone else's instruction), 409 when the"
                        + " state does not allow it, 400 for input that cannot be accepted (problem details with `code`, naming the field).")
class InstructionApi {

    static final String REPORT_SUMMARY = "Report on my instruction (the assignee, while it is open)";
    static final String REPORT_DESCRIPTION = "As a multipart form with `text` and any number of `files` (also"
            + " `files[]`, up to mekiki.attachments.max-files), or as JSON `{text}` without files. Each file is"
            + " checked for size (mekiki.attachments.max-size, 25 MB by default) and for its type, detected from"
            + " the content, not the name: PDF, PNG, JPEG, GIF, UTF-8 text (also CSV, Markdown, YAML, JSON) and"
            + " Word, Excel and PowerPoint documents (docx, xlsx, pptx without macros). Anything else is refused"
            + " with 400 naming the file, and nothing is stored. Reporting on someone else's instruction is 403;"
            + " while a report waits for review or after acceptance, 409.";

    private final Instructions instructions;
    private final AttachmentSettings settings;
    private final MessageSource messages;

    InstructionApi(Instructions instructions, AttachmentSettings settings, MessageSource messages) {
        this.instructions = instructions;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping
    @Operation(
            summary = "Instructions of my organisation",
            description = "One page, by due date unless `sort` says otherwise; every given filter must match."
                    + " `assignee=me` lists the ones assigned to the caller, `issuedBy=me` those the caller issued;"
                    + " `overdue=true` those not accepted whose due date (in the organisation's time zone) has passed. An unknown sort key"
                    + " is a 400 naming `sort`.")
    InstructionList list(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(example = "INITIATIVE") @RequestParam(required = false) @Nullable String subjectType,
            @RequestParam(required = false) @Nullable UUID subjectId,
            @Parameter(description = "`me` or a user id") @RequestParam(required = false) @Nullable String assignee,
            @Parameter(description = "`me` or a user id") @RequestParam(required = false) @Nullable String issuedBy,
            @RequestParam(required = false) @Nullable InstructionStatus status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(
                            description = "`title`, `due`, `status` (open, reported, accepted) or `issued`, optionally"
                                    + " followed by `,asc` or `,desc`",
                            example = "due,asc")
                    @RequestParam(required = false)
                    @Nullable
                    String sort,
            @Parameter(description = "from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "1 to 500") @RequestParam(defaultValue = "50") @Min(1) @Max(ListPage.MAX_SIZE)
                    int size) {
        InstructionSearch search = new InstructionSearch(
                subjectType == null || subjectType.isBlank() ? null : subjectType.strip(),
                subjectId,
                person(user, "assignee", assignee),
                status,
                overdue,
                person(user, "issuedBy", issuedBy));
        ListOrder order = ListOrder.parse(sort, Instructions.DEFAULT_ORDER, Instructions.SORT_KEYS);
        LocalDate today = instructions.today(user.organizationId());
        ListPage<InstructionView> found = instructions
                .page(user, search, order, page, size)
                .map(instruction -> InstructionView.of(instruction, today));
        return new InstructionList(found.items(), found.page(), found.size(), found.total(), found.totalPages());
    }

    /** One page of instructions and how many the whole list holds. */
    record InstructionList(List<InstructionView> items, int page, int size, long total, int totalPages) {}

    @GetMapping("/{id}")
    @Operation(summary = "One instruction with its reports, attachments and reviews")
    InstructionView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return view(instructions.instruction(user, id));
    }

    @PostMapping
    @Operation(
            summary = "Issue an instruction (EXECUTIVE)",
            description = "The assignee must be an active member of the organisation who does work (not only an"
                    + " AUDITOR) and not the issuer; the due date must not be before today (Japan time); check item"
                    + " ids must exist in the organisation's current catalogue release; templateCode, if given, one of"
                    + " GET /api/v1/instruction-templates.")
    @ApiResponse(responseCode = "201", description = "Issued")
    @ApiResponse(responseCode = "400", description = "Input refused; `errors[].field` names it")
    ResponseEntity<InstructionView> issue(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody IssueRequest request) {
        Instruction issued = instructions.issue(user, request.instruction());
        return ResponseEntity.created(URI.create("/api/v1/instructions/" + issued.id()))
                .body(view(issued));
    }

    @PostMapping(value = "/{id}/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = REPORT_SUMMARY,
            description = REPORT_DESCRIPTION,
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                        schema = @Schema(implementation = ReportForm.class)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(implementation = ReportRequest.class))
                            }))
    @ApiResponse(responseCode = "201", description = "Reported; the instruction waits for review")
    @ApiResponse(responseCode = "413", description = "The request is larger than the server accepts")
    ResponseEntity<InstructionView> reportWithFiles(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Parameter(hidden = true) @RequestParam(required = false) @Nullable String text,
            @Parameter(hidden = true) @RequestParam(name = "files", required = false) @Nullable
                    List<MultipartFile> files,
            MultipartHttpServletRequest request) {
        List<MultipartFile> all = new ArrayList<>(files == null ? List.of() : files);
        all.addAll(request.getFiles("files[]"));
        return reported(instructions.report(user, id, text, uploads(all)));
    }

    @PostMapping(value = "/{id}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = REPORT_SUMMARY, description = REPORT_DESCRIPTION)
    @ApiResponse(responseCode = "201", description = "Reported; the instruction waits for review")
    ResponseEntity<InstructionView> report(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody ReportRequest request) {
        return reported(instructions.report(user, id, request.text(), List.of()));
    }

    @PostMapping("/{id}/acceptance")
    @Operation(summary = "Accept the waiting report (EXECUTIVE, not the assignee); the comment is optional")
    @ApiResponse(responseCode = "409", description = "No report is waiting, or it is already accepted")
    InstructionView accept(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) @Nullable CommentRequest request) {
        return view(instructions.accept(user, id, request == null ? null : request.comment()));
    }

    @PostMapping("/{id}/return")
    @Operation(
            summary = "Send the waiting report back (EXECUTIVE, not the assignee)",
            description = "The comment, saying what is missing, is required (400 without it). The instruction is"
                    + " open again for a new report.")
    @ApiResponse(responseCode = "409", description = "No report is waiting, or it is already accepted")
    InstructionView sendBack(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody(required = false) @Nullable CommentRequest request) {
        return view(instructions.sendBack(user, id, request == null ? null : request.comment()));
    }

    @ExceptionHandler(InstructionRuleViolation.class)
    ProblemDetail refused(InstructionRuleViolation violation, Locale locale) {
        HttpStatus status = violation.apiStatus();
        String message = messages.getMessage(violation.messageCode(), violation.arguments(), locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
        problem.setTitle(messages.getMessage(
                status == HttpStatus.BAD_REQUEST ? "api.error.invalid.title" : "api.error.ruleViolation.title",
                null,
                locale));
        problem.setProperty("code", violation.messageCode());
        if (violation.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", violation.field(), "message", message)));
        }
        return problem;
    }

    @ExceptionHandler(UnknownAssignee.class)
    ProblemDetail unknownAssignee(UnknownAssignee refusal, Locale locale) {
        String message = messages.getMessage("instruction.api.personParameter", new Object[] {refusal.field}, locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle(messages.getMessage("api.error.invalid.title", null, locale));
        problem.setProperty("errors", List.of(Map.of("field", refusal.field, "message", message)));
        return problem;
    }

    /** A request above the server's multipart limit, refused while it was read. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException exception, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage(
                        "instruction.error.requestTooLarge", new Object[] {settings.maxMegabytes()}, locale));
        problem.setTitle(messages.getMessage("api.error.ruleViolation.title", null, locale));
        problem.setProperty("code", "instruction.error.requestTooLarge");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
    }

    private ResponseEntity<InstructionView> reported(Instruction instruction) {
        return ResponseEntity.created(URI.create("/api/v1/instructions/" + instruction.id()))
                .body(view(instruction));
    }

    private InstructionView view(Instruction instruction) {
        return InstructionView.of(instruction, instructions.today(instruction.organizationId()));
    }

    /** A person named by a query parameter: {@code me} or a user id. */
    private static @Nullable UUID person(SignedInUser user, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().equalsIgnoreCase("me")) {
            return user.userId();
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownAssignee(field);
        }
    }

    /** The files of a multipart report; parts a browser sends for an empty file input are left out. */
    static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            if (file.isEmpty() && (name == null || name.isBlank())) {
                continue;
            }
            try {
                uploads.add(new Upload(name, file.getBytes()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return uploads;
    }

    /** {@code assignee} or {@code issuedBy} is neither {@code me} nor a user id. */
    static class UnknownAssignee extends RuntimeException {

        private final String field;

        UnknownAssignee(String field) {
            super(field + " must be 'me' or a user id");
            this.field = field;
        }
    }

    record IssueRequest(
            @Schema(example = "INITIATIVE") @NotBlank @Size(max = 40)
            String subjectType,

            @NotNull UUID subjectId,
            @NotNull LifeCyclePhase phase,

            @Schema(example = "PREPARATION_SURVEY_REVIEWED") @Nullable @Size(max = 80)
            String gateTopic,

            @Schema(example = "[\"LC-PREP-ASSET-01\"]") @Nullable @Size(max = 50)
            List<@Size(max = 40) String> checkItemIds,

            @Schema(description = "Required (400 without it)") @Nullable @Size(max = 200)
            String title,

            @Nullable @Size(max = 10_000) String description,
            @NotNull UUID assignee,
            @Schema(example = "2026-12-15") @NotNull LocalDate dueDate,

            @Schema(example = "PREP_SURVEY_ASSETS") @Nullable @Size(max = 80)
            String templateCode) {

        NewInstruction instruction() {
            return new NewInstruction(
                    subjectType,
                    subjectId,
                    phase,
                    gateTopic,
                    checkItemIds == null ? List.of() : checkItemIds,
                    title,
                    description == null ? "" : description,
                    assignee,
                    dueDate,
                    templateCode);
        }
    }

    /** The multipart form of a report, for the documentation. */
    record ReportForm(
            @Schema(description = "What was done and found") String text,

            @ArraySchema(schema = @Schema(type = "string", format = "binary"))
            List<String> files) {}

    record ReportRequest(
            @Schema(description = "What was done and found") @Nullable @Size(max = 20_000)
            String text) {}

    record CommentRequest(@Nullable @Size(max = 5_000) String comment) {}
}
