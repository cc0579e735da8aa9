package io.mekiki.provider.web;

import io.mekiki.instruction.Upload;
import io.mekiki.provider.Attestation;
import io.mekiki.provider.AttestationDetails;
import io.mekiki.provider.AttestationKind;
import io.mekiki.provider.ContactDetails;
import io.mekiki.provider.Provider;
import io.mekiki.provider.ProviderDetails;
import io.mekiki.provider.ProviderRegister;
import io.mekiki.provider.ProviderRow;
import io.mekiki.provider.ResultPage;
import io.mekiki.provider.SubprocessorDetails;
import io.mekiki.provider.web.ProviderViews.AttestationView;
import io.mekiki.provider.web.ProviderViews.ContactView;
import io.mekiki.provider.web.ProviderViews.ProviderView;
import io.mekiki.provider.web.ProviderViews.SubprocessorView;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

@RestController
@RequestMapping("/api/v1/providers")
@Tag(
        name = "Providers",
        description = "Cloud providers with their attestations, subprocessors and contacts: everyone in the"
                + " organisation reads; RISK_OFFICER, BUSINESS_OWNER and ADMIN record and revise")
class ProviderApi {

    private final ProviderRegister register;

    ProviderApi(ProviderRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(
            summary = "List and search providers",
            description = "Ordered by legal name. `q` finds every word (separated by spaces) in the legal name,"
                    + " Japanese entity, parent, corporate number or notes, in any letter case.")
    ProviderList list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        ResultPage<ProviderRow> found = register.search(user, q, page, size);
        return new ProviderList(found.items(), found.page(), found.size(), found.total(), found.totalPages());
    }

    @PostMapping
    @Operation(summary = "Register a provider (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "201", description = "Registered; the body carries its `id`")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    @ApiResponse(responseCode = "409", description = "Another provider of the organisation has this legal name")
    ResponseEntity<ProviderView> create(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody ProviderRequest request) {
        Provider provider = register.register(user, request.details());
        return ResponseEntity.created(URI.create("/api/v1/providers/" + provider.id()))
                .body(ProviderView.of(provider, List.of(), List.of()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One provider of my organisation, with its subprocessors and contacts")
    ProviderView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return ProviderView.of(
                register.provider(user, id), register.subprocessors(user, id), register.contacts(user, id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace the details of a provider (RISK_OFFICER, BUSINESS_OWNER, ADMIN)",
            description = "Send the `version` you read. If the provider changed since (its subprocessors"
                    + " included), nothing is saved and the answer is 409: read it again and reapply your change.")
    @ApiResponse(responseCode = "200", description = "Saved (or unchanged)")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    @ApiResponse(responseCode = "409", description = "Changed by someone else, or the legal name is taken")
    ProviderView put(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody ProviderRequest request) {
        register.revise(user, id, request.version(), request.details());
        return get(user, id);
    }

    @GetMapping("/{id}/attestations")
    @Operation(
            summary = "The provider's attestations and certifications",
            description = "Each with its `validity` today: VALID, EXPIRING (ends within 90 days), EXPIRED or OPEN"
                    + " (no end recorded).")
    List<AttestationView> attestations(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        LocalDate today = register.today(user.organizationId());
        return register.attestations(user, id).stream()
                .map(attestation -> AttestationView.of(attestation, today))
                .toList();
    }

    @PostMapping(value = "/{id}/attestations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Record an attestation or certification (RISK_OFFICER, BUSINESS_OWNER, ADMIN)",
            description = "Attach its document afterwards with `PUT …/attestations/{attestationId}/document`.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body carries its `id`")
    @ApiResponse(
            responseCode = "400",
            description = "Bad input, e.g. `periodEnd` before `periodStart`; errors[].field names the field")
    ResponseEntity<AttestationView> addAttestation(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody AttestationRequest request) {
        Attestation attestation = register.addAttestation(user, id, request.details(), null);
        return ResponseEntity.created(URI.create("/api/v1/providers/" + id + "/attestations/" + attestation.id()))
                .body(AttestationView.of(attestation, register.today(user.organizationId())));
    }

    @GetMapping("/{id}/attestations/{attestationId}")
    @Operation(summary = "One attestation of the provider")
    AttestationView attestation(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID attestationId) {
        return AttestationView.of(register.attestation(user, id, attestationId), register.today(user.organizationId()));
    }

    @DeleteMapping("/{id}/attestations/{attestationId}")
    @Operation(summary = "Remove an attestation recorded by mistake, with its document (the ledger keeps the record)")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeAttestation(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID attestationId) {
        register.removeAttestation(user, id, attestationId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/attestations/{attestationId}/document")
    @Operation(
            summary = "Attach the attestation's document, replacing the one before (RISK_OFFICER, BUSINESS_OWNER,"
                    + " ADMIN)",
            description = "A multipart form with one file part `document`. The same rules as report attachments:"
                    + " at most 25 MB; PDF, PNG, JPEG, GIF, UTF-8 text or Word/Excel/PowerPoint without macros,"
                    + " decided from the bytes, not the name.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = DocumentForm.class))))
    @ApiResponse(responseCode = "200", description = "Attached")
    @ApiResponse(
            responseCode = "400",
            description = "No file, an empty file or a type that may not be attached (field `document`)")
    @ApiResponse(responseCode = "413", description = "The file is larger than allowed")
    AttestationView attachDocument(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            HttpServletRequest request) {
        return AttestationView.of(
                register.attachDocument(user, id, attestationId, () -> document(request)),
                register.today(user.organizationId()));
    }

    /** The file part {@code document}, if the request is a multipart form that has one. */
    private static @Nullable Upload document(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("document");
        return file == null ? null : upload(file);
    }

    @GetMapping("/{id}/attestations/{attestationId}/document")
    @Operation(summary = "Download the attestation's document (any member of the organisation)")
    @ApiResponse(responseCode = "200", description = "The file")
    @ApiResponse(responseCode = "404", description = "No such attestation, or it has no document")
    void document(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @PathVariable UUID attestationId,
            HttpServletResponse response)
            throws IOException {
        var document = register.document(user, id, attestationId);
        FileDownload.write(
                document.document().fileName(),
                document.document().mediaType(),
                document.document().size(),
                document.document().sha256(),
                document.content()::writeTo,
                response);
    }

    @GetMapping("/{id}/subprocessors")
    @Operation(summary = "The provider's subprocessors")
    List<SubprocessorView> subprocessors(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return register.subprocessors(user, id).stream()
                .map(SubprocessorView::of)
                .toList();
    }

    @PostMapping("/{id}/subprocessors")
    @Operation(summary = "Record a subprocessor (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    ResponseEntity<SubprocessorView> addSubprocessor(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody SubprocessorRequest request) {
        var subprocessor = register.addSubprocessor(
                user, id, new SubprocessorDetails(request.name(), request.country(), request.function()));
        return ResponseEntity.status(201).body(SubprocessorView.of(subprocessor));
    }

    @DeleteMapping("/{id}/subprocessors/{subprocessorId}")
    @Operation(summary = "Remove a subprocessor (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeSubprocessor(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID subprocessorId) {
        register.removeSubprocessor(user, id, subprocessorId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/contacts")
    @Operation(summary = "The provider's contacts")
    List<ContactView> contacts(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return register.contacts(user, id).stream().map(ContactView::of).toList();
    }

    @PostMapping("/{id}/contacts")
    @Operation(summary = "Record a contact person (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    ResponseEntity<ContactView> addContact(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody ContactRequest request) {
        var contact =
                register.addContact(user, id, new ContactDetails(request.name(), request.email(), request.role()));
        return ResponseEntity.status(201).body(ContactView.of(contact));
    }

    @DeleteMapping("/{id}/contacts/{contactId}")
    @Operation(summary = "Remove a contact person (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "204", description = "Removed")
    ResponseEntity<Void> removeContact(
            @AuthenticationPrincipal SignedInUser user, @PathVariable UUID id, @PathVariable UUID contactId) {
        register.removeContact(user, id, contactId);
        return ResponseEntity.noContent().build();
    }

    static Upload upload(MultipartFile file) {
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    record ProviderRequest(
            @Schema(example = "株式会社クラウドワークス") @NotBlank @Size(max = ProviderDetails.NAME_MAX)
            String legalName,

            @Schema(description = "ISO 3166-1 alpha-2", example = "JP") @NotBlank @Size(max = 10)
            String headquartersCountry,

            @Schema(description = "The ultimate parent company") @Nullable @Size(max = ProviderDetails.NAME_MAX)
            String parentName,

            @Schema(description = "ISO 3166-1 alpha-2 of the ultimate parent", example = "US") @Nullable @Size(max = 10)
            String parentCountry,

            @Schema(description = "The provider's company in Japan") @Nullable @Size(max = ProviderDetails.NAME_MAX)
            String japaneseEntityName,

            @Schema(
                    description = "法人番号 of the Japanese company: 13 digits with the check digit first",
                    example = "7000012050002")
            @Nullable
            @Size(max = 20)
            String corporateNumber,

            @Schema(
                    description =
                            "Whether the provider (or its parent) is listed on a stock exchange; false when left out")
            @Nullable
            Boolean listed,

            @Schema(description = "Paid-in capital in yen") @Nullable @PositiveOrZero
            Long capitalJpy,

            @Schema(description = "Year (2008) or day (2008-04-01) of foundation", example = "2008")
            @Nullable
            @Size(max = 10)
            String founded,

            @Nullable @Size(max = ProviderDetails.TEXT_MAX) String notes,

            @Schema(description = "For revisions: the version you read") @Nullable
            Long version) {

        ProviderDetails details() {
            return new ProviderDetails(
                    legalName,
                    headquartersCountry,
                    parentName,
                    parentCountry,
                    japaneseEntityName,
                    corporateNumber,
                    Boolean.TRUE.equals(listed),
                    capitalJpy,
                    founded,
                    notes);
        }
    }

    record AttestationRequest(
            @NotNull AttestationKind kind,

            @Schema(description = "Level, report name, or what it is for OTHER", example = "Level 2")
            @Nullable
            @Size(max = 200)
            String title,

            @Schema(description = "What it covers") @Nullable @Size(max = 4000)
            String scope,

            @Schema(description = "Certification body or audit firm") @Nullable @Size(max = 200)
            String issuer,

            @Schema(description = "Start of the report period or validity") @Nullable
            LocalDate periodStart,

            @Schema(description = "End of the report period or validity; not before the start") @Nullable
            LocalDate periodEnd) {

        AttestationDetails details() {
            return new AttestationDetails(kind, title, scope, issuer, periodStart, periodEnd);
        }
    }

    record SubprocessorRequest(
            @NotBlank @Size(max = 200) String name,

            @Schema(description = "ISO 3166-1 alpha-2", example = "US") @NotBlank @Size(max = 10)
            String country,

            @Schema(example = "ホスティング") @Nullable @Size(max = 500)
            String function) {}

    record ContactRequest(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = ContactDetails.EMAIL_MAX) String email,

            @Schema(example = "営業窓口") @Nullable @Size(max = 200)
            String role) {}

    /** The multipart form of a document, for the documentation. */
    record DocumentForm(
            @Schema(type = "string", format = "binary") String document) {}

    record ProviderList(List<ProviderRow> items, int page, int size, long total, int totalPages) {}
}
