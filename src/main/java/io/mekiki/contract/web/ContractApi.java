package io.mekiki.contract.web;

import io.mekiki.contract.Contract;
import io.mekiki.contract.ContractDetails;
import io.mekiki.contract.Contracts;
import io.mekiki.contract.ExitTerms;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/contracts")
@Tag(
        name = "Contracts",
        description = "The contract (利用申込み) an initiative makes with the provider of its chosen candidate: the"
                + " record of the terms agreed, the dates that follow from it (current term, next renewal, notice"
                + " deadline, computed from the current term), the terms-of-use document, the terms review and the"
                + " exit terms. Everyone in the organisation reads; RISK_OFFICER and BUSINESS_OWNER record and edit."
                + " A contract comes into force when its initiative moves to operation and ends when it closes.")
class ContractApi {

    private final Contracts contracts;

    ContractApi(Contracts contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    @Operation(
            summary = "The organisation's contracts, those of one initiative with `initiativeId`",
            description = "Ordered by start. `dates` are computed for today in the organisation's calendar.")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    List<ContractView> list(
            @AuthenticationPrincipal SignedInUser user,
            @Parameter(description = "Only the contracts of this initiative") @RequestParam(required = false) @Nullable
                    UUID initiativeId) {
        LocalDate today = contracts.today(user.organizationId());
        return contracts.list(user, initiativeId).stream()
                .map(contract -> ContractView.of(contract, today))
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(
            summary = "A contract with its dates as of today",
            description = "`terminationNotice` (receivedOn, effectiveOn, recordedAt) is the provider's termination"
                    + " notice once recorded, by starting the exit from it (POST /api/v1/exits with the notice"
                    + " dates, ADR 046); null while the provider has given none.")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    ContractView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return view(user, contracts.contract(user, id));
    }

    @PostMapping
    @Operation(
            summary = "Record the initiative's contract from its chosen candidate (RISK_OFFICER, BUSINESS_OWNER)",
            description = "The initiative must be in application with a chosen candidate; one contract per"
                    + " initiative. Left out, `contractingEntity` and `dataLocations` come from the candidate's"
                    + " service. Terms are whole months (1–120); `renewalTermMonths` is required with"
                    + " `autoRenewal` and refused without it. Notice periods are `{amount, unit}` with unit DAYS or"
                    + " MONTHS. A price needs its amount, currency (ISO 4217) and period (ONE_TIME, MONTH, YEAR).")
    @ApiResponse(responseCode = "201", description = "Recorded; `Location` names it")
    @ApiResponse(responseCode = "400", description = "A value is missing or not acceptable (the field is named)")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The initiative is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The initiative is not in application, has no chosen candidate, or has its contract")
    ResponseEntity<ContractView> create(@AuthenticationPrincipal SignedInUser user, @RequestBody NewContract body) {
        Contract created = contracts.create(
                user, body.initiativeId() == null ? new UUID(0, 0) : body.initiativeId(), body.details());
        return ResponseEntity.created(URI.create("/api/v1/contracts/" + created.id()))
                .body(view(user, created));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace the contract's record (RISK_OFFICER, BUSINESS_OWNER)",
            description = "The whole record as in the creation, over the `version` read. A change after the"
                    + " application gates were approved makes those approvals stale.")
    @ApiResponse(responseCode = "400", description = "A value is missing or not acceptable (the field is named)")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The contract changed since `version` was read, or has ended")
    ContractView revise(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody ContractRecord body) {
        return view(user, contracts.revise(user, id, body.version(), body.details()));
    }

    @PostMapping("/{id}/terms-document")
    @Operation(
            summary = "Attach the terms-of-use document (RISK_OFFICER, BUSINESS_OWNER)",
            description = "Part `document`. The file passes the rules of every stored file (ADR 025): size limit,"
                    + " type detected from the bytes, no disguised archives or macros. Its SHA-256 is kept, shown"
                    + " and recorded in the ledger; a new document replaces the one before.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = DocumentUpload.class))))
    @ApiResponse(responseCode = "400", description = "`document` missing, too big or of a refused type; nothing stored")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    @ApiResponse(responseCode = "409", description = "The contract has ended")
    ContractView attach(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MultipartFile document) {
        return view(user, contracts.attachTermsDocument(user, id, upload(document)));
    }

    @GetMapping("/{id}/terms-document")
    @Operation(summary = "Download the terms-of-use document (anyone in my organisation)")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment, with `Repr-Digest`")
    @ApiResponse(responseCode = "404", description = "No such contract in my organisation, or no document attached")
    void download(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        Contracts.TermsDocumentFile file = contracts.termsDocument(user, id);
        FileDownload.write(
                file.document().fileName(),
                file.document().mediaType(),
                file.document().size(),
                file.document().sha256(),
                out -> out.write(file.content()),
                response);
    }

    @PutMapping("/{id}/exit-terms")
    @Operation(
            summary = "Fix the exit terms (RISK_OFFICER, BUSINESS_OWNER)",
            description = "The data sets to return at the end (`dataReturns`: `what`, `format`, `method`, `days`"
                    + " 1–365 after the end, at most 20) and the deletion: `deletionMethod`, `deletionProof`"
                    + " (CERTIFICATE or ALTERNATIVE, which needs `deletionProofNote`). The whole exit terms over the"
                    + " `version` read. Fixed means at least one data set, the method and the proof. Refused once"
                    + " the terms gate is approved, until a change of the contract makes that approval stale.")
    @ApiResponse(responseCode = "400", description = "A value is missing or not acceptable (the field is named)")
    @ApiResponse(responseCode = "403", description = "My roles do not allow it")
    @ApiResponse(responseCode = "404", description = "The contract is not one of my organisation's")
    @ApiResponse(
            responseCode = "409",
            description = "The contract changed since `version` was read, has ended, or its terms are approved")
    ContractView exitTerms(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @RequestBody ExitTermsRecord body) {
        return view(
                user,
                contracts.fixExitTerms(
                        user,
                        id,
                        body.version(),
                        new ExitTerms.Input(
                                body.dataReturns(),
                                body.deletionMethod(),
                                body.deletionProof(),
                                body.deletionProofNote())));
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

    private ContractView view(SignedInUser user, Contract contract) {
        return ContractView.of(contract, contracts.today(user.organizationId()));
    }

    record DocumentUpload(
            @Schema(type = "string", format = "binary", description = "The terms-of-use document")
            String document) {}

    /** The exit terms' body, over the version read. */
    record ExitTermsRecord(
            @Schema(description = "The version read") @Nullable
            Long version,

            @Nullable List<ExitTerms.DataReturnInput> dataReturns,
            @Nullable String deletionMethod,

            @Schema(description = "CERTIFICATE or ALTERNATIVE") @Nullable
            String deletionProof,

            @Nullable String deletionProofNote) {}

    /** The creation's body: the initiative and the record. */
    record NewContract(
            @Schema(description = "The initiative, in application with a chosen candidate") @Nullable
            UUID initiativeId,

            @Nullable String contractingEntity,
            @Nullable String plan,
            @Nullable String termsVersion,
            @Nullable LocalDate termsDate,
            @Nullable LocalDate startsOn,
            @Nullable Integer initialTermMonths,
            @Nullable Boolean autoRenewal,
            @Nullable Integer renewalTermMonths,
            ContractDetails.@Nullable Notice ourNotice,
            ContractDetails.@Nullable Notice providerNotice,
            ContractDetails.@Nullable Notice serviceChangeNotice,
            @Nullable String governingLaw,
            @Nullable String jurisdiction,
            @Nullable List<String> dataLocations,
            @Nullable BigDecimal priceAmount,
            @Nullable String priceCurrency,
            @Nullable String pricePeriod) {

        ContractDetails details() {
            return new ContractDetails(
                    contractingEntity,
                    plan,
                    termsVersion,
                    termsDate,
                    startsOn,
                    initialTermMonths,
                    autoRenewal,
                    renewalTermMonths,
                    ourNotice,
                    providerNotice,
                    serviceChangeNotice,
                    governingLaw,
                    jurisdiction,
                    dataLocations,
                    priceAmount,
                    priceCurrency,
                    pricePeriod);
        }
    }

    /** A revision's body: the version read and the whole record. */
    record ContractRecord(
            @Schema(description = "The version read") @Nullable
            Long version,

            @Nullable String contractingEntity,
            @Nullable String plan,
            @Nullable String termsVersion,
            @Nullable LocalDate termsDate,
            @Nullable LocalDate startsOn,
            @Nullable Integer initialTermMonths,
            @Nullable Boolean autoRenewal,
            @Nullable Integer renewalTermMonths,
            ContractDetails.@Nullable Notice ourNotice,
            ContractDetails.@Nullable Notice providerNotice,
            ContractDetails.@Nullable Notice serviceChangeNotice,
            @Nullable String governingLaw,
            @Nullable String jurisdiction,
            @Nullable List<String> dataLocations,
            @Nullable BigDecimal priceAmount,
            @Nullable String priceCurrency,
            @Nullable String pricePeriod) {

        ContractDetails details() {
            return new ContractDetails(
                    contractingEntity,
                    plan,
                    termsVersion,
                    termsDate,
                    startsOn,
                    initialTermMonths,
                    autoRenewal,
                    renewalTermMonths,
                    ourNotice,
                    providerNotice,
                    serviceChangeNotice,
                    governingLaw,
                    jurisdiction,
                    dataLocations,
                    priceAmount,
                    priceCurrency,
                    pricePeriod);
        }
    }
}
