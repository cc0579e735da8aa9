package io.mekiki.questionnaire.web;

import io.mekiki.instruction.Upload;
import io.mekiki.questionnaire.internal.caiq.CaiqImport;
import io.mekiki.questionnaire.internal.caiq.CaiqRefused;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "CAIQ import")
class CaiqApi {

    private final CaiqImport imports;
    private final CaiqProblems problems;

    CaiqApi(CaiqImport imports, CaiqProblems problems) {
        this.imports = imports;
        this.problems = problems;
    }

    @PostMapping("/api/v1/questionnaires/{id}/caiq")
    @Operation(
            summary = "Import a provider's CAIQ v4.1 workbook as draft answers (RISK_OFFICER)",
            description = "For a workbook the provider sent by other means: the part `file` is the .xlsx (the"
                    + " attachment size limit applies; the type is detected from the bytes). The answer sheet and"
                    + " its columns (Question ID, CSP CAIQ Answer, CSP Implementation Description) are found by"
                    + " their headings. All or nothing: any problem refuses the whole workbook, with each problem"
                    + " (up to 100) in `errors[]` naming `sheet`, `row` and `column` and a message in the caller's"
                    + " language; nothing is saved. The answers become draft answers of the check items the"
                    + " questionnaire asks and the provider may change now, through the mapping of the catalogue"
                    + " release (GET /api/v1/catalog/releases/{id}/caiq-mapping). The import is in the ledger with"
                    + " the caller as actor.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = WorkbookUpload.class))))
    @ApiResponse(responseCode = "200", description = "Imported: the drafts saved and what was read")
    @ApiResponse(responseCode = "400", description = "Refused as a whole; errors[] lists each problem")
    @ApiResponse(responseCode = "403", description = "My roles do not allow importing")
    @ApiResponse(responseCode = "404", description = "The questionnaire is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The questionnaire is submitted, revoked or expired")
    ImportResult importWorkbook(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        Upload upload = new Upload(
                file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file == null ? new byte[0] : file.getBytes());
        return ImportResult.of(imports.byOrganization(user, id, upload));
    }

    @ExceptionHandler(CaiqRefused.class)
    ResponseEntity<ProblemDetail> refused(CaiqRefused refused, Locale locale) {
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(refused, locale));
    }

    /** The multipart form of an import, for the API's documentation. */
    record WorkbookUpload(
            @Schema(type = "string", format = "binary", description = "The CAIQ v4.1 .xlsx")
            String file) {}

    record Draft(String itemId, String status) {}

    /**
     * @param answered questions of the workbook with an answer
     * @param used of those, the ones the mapping reads
     * @param notAsked check items the answers speak to that the questionnaire does not ask or no longer opens
     */
    record ImportResult(String sheet, int answered, int used, List<Draft> drafts, List<String> notAsked) {

        static ImportResult of(CaiqImport.Imported imported) {
            return new ImportResult(
                    imported.sheet(),
                    imported.answered(),
                    imported.used(),
                    imported.drafts().stream()
                            .map(draft ->
                                    new Draft(draft.itemId(), draft.status().name()))
                            .toList(),
                    imported.notAsked());
        }
    }
}
