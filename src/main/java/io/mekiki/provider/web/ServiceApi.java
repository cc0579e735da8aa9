package io.mekiki.provider.web;

import io.mekiki.provider.CloudService;
import io.mekiki.provider.Deployment;
import io.mekiki.provider.ResultPage;
import io.mekiki.provider.ServiceDetails;
import io.mekiki.provider.ServiceRegister;
import io.mekiki.provider.ServiceRow;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.Tristate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
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
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/services")
@Tag(
        name = "Services",
        description = "The cloud services of the organisation's providers: everyone in the organisation reads;"
                + " RISK_OFFICER, BUSINESS_OWNER and ADMIN record and revise")
class ServiceApi {

    private final ServiceRegister register;

    ServiceApi(ServiceRegister register) {
        this.register = register;
    }

    @GetMapping
    @Operation(
            summary = "List and search services",
            description = "Ordered by name. `q` finds every word (separated by spaces) in the service's name, its"
                    + " provider's legal name, the contracting entity, the AI features or the deletion method, in"
                    + " any letter case; `providerId` keeps one provider's services.")
    ServiceList list(
            @AuthenticationPrincipal SignedInUser user,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable UUID providerId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        ResultPage<ServiceRow> found = register.search(user, q, providerId, page, size);
        return new ServiceList(found.items(), found.page(), found.size(), found.total(), found.totalPages());
    }

    @PostMapping
    @Operation(summary = "Record a service of a provider (RISK_OFFICER, BUSINESS_OWNER, ADMIN)")
    @ApiResponse(responseCode = "201", description = "Recorded; the body carries its `id`")
    @ApiResponse(
            responseCode = "400",
            description = "Bad input (e.g. an unknown country code in `dataLocations[1]`, or a `providerId` that is"
                    + " not one of the organisation's); errors[].field names the field")
    @ApiResponse(responseCode = "409", description = "The provider has another service of this name")
    ResponseEntity<ServiceView> create(
            @AuthenticationPrincipal SignedInUser user, @Valid @RequestBody ServiceRequest request) {
        CloudService service = register.record(user, request.details());
        return ResponseEntity.created(URI.create("/api/v1/services/" + service.id()))
                .body(ServiceView.of(service));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One service of my organisation")
    ServiceView get(@AuthenticationPrincipal SignedInUser user, @PathVariable UUID id) {
        return ServiceView.of(register.service(user, id));
    }

    @PutMapping("/{id}")
    @Operation(
            summary = "Replace the details of a service (RISK_OFFICER, BUSINESS_OWNER, ADMIN)",
            description = "Send the `version` you read. If the service changed since, nothing is saved and the"
                    + " answer is 409.")
    @ApiResponse(responseCode = "200", description = "Saved (or unchanged)")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    @ApiResponse(responseCode = "409", description = "Changed by someone else, or the name is taken")
    ServiceView put(
            @AuthenticationPrincipal SignedInUser user,
            @PathVariable UUID id,
            @Valid @RequestBody ServiceRequest request) {
        return ServiceView.of(register.revise(user, id, request.version(), request.details()));
    }

    record ServiceRequest(
            @NotNull UUID providerId,

            @Schema(example = "クラウド会計 Pro") @NotBlank @Size(max = ServiceDetails.NAME_MAX)
            String name,

            @NotNull ServiceModel serviceModel,
            @Nullable Deployment deployment,

            @Schema(description = "Countries where customer data is stored, ISO 3166-1 alpha-2", example = "[\"JP\"]")
            @Nullable
            @Size(max = ServiceDetails.LIST_MAX)
            List<@Size(max = 10) String> dataLocations,

            @Schema(description = "Whether the customer chooses the region the data stays in; false when left out")
            @Nullable
            Boolean customerChoosesLocation,

            @Schema(
                    description = "Countries from which the provider's staff operate and support the service and can"
                            + " reach the data",
                    example = "[\"JP\", \"US\"]")
            @Nullable
            @Size(max = ServiceDetails.LIST_MAX)
            List<@Size(max = 10) String> operationLocations,

            @Nullable @Size(max = ServiceDetails.NAME_MAX) String contractingEntityName,

            @Schema(description = "ISO 3166-1 alpha-2") @Nullable @Size(max = 10)
            String contractingEntityCountry,

            @Schema(example = "日本法") @Nullable @Size(max = ServiceDetails.NAME_MAX)
            String governingLaw,

            @Schema(example = "東京地方裁判所") @Nullable @Size(max = ServiceDetails.NAME_MAX)
            String jurisdiction,

            @Schema(description = "Availability the SLA offers, in percent", example = "99.9")
            @Nullable
            @DecimalMin("0")
            @DecimalMax("100")
            BigDecimal availabilityPercent,

            @Schema(description = "What the provider credits when it misses the SLA")
            @Nullable
            @Size(max = ServiceDetails.TEXT_MAX)
            String serviceCredits,

            @Schema(example = "平日 9:00–18:00（日本時間）") @Nullable @Size(max = ServiceDetails.SHORT_MAX)
            String supportHours,

            @Schema(example = "[\"CSV\", \"JSON\"]") @Nullable @Size(max = ServiceDetails.LIST_MAX)
            List<@Size(max = ServiceDetails.FORMAT_MAX) String> exportFormats,

            @Nullable @Size(max = ServiceDetails.TEXT_MAX) String deletionMethod,

            @Schema(description = "Whether the provider issues a certificate of deletion; false when left out")
            @Nullable
            Boolean deletionCertificate,

            @Schema(description = "Days of notice before a change of the service or its terms")
            @Nullable
            @Min(0)
            @Max(3650)
            Integer changeNoticeDays,

            @Schema(description = "Days of notice before the provider ends the service") @Nullable @Min(0) @Max(3650)
            Integer terminationNoticeDays,

            @Schema(description = "Whether and how the provider uses customer data for its own purposes")
            @Nullable
            @Size(max = ServiceDetails.TEXT_MAX)
            String secondaryUse,

            @Schema(description = "What the provider commits to tell of an incident, and how soon")
            @Nullable
            @Size(max = ServiceDetails.TEXT_MAX)
            String incidentNotification,

            @Schema(description = "Whether and how customers or their auditors may audit")
            @Nullable
            @Size(max = ServiceDetails.TEXT_MAX)
            String auditCooperation,

            @Nullable @Size(max = ServiceDetails.TEXT_MAX) String aiFeatures,

            @Schema(description = "Whether customer data trains the provider's models; null when unknown") @Nullable
            Boolean trainsOnCustomerData,

            @Schema(
                    description = "Whether non-residents (or residents of the 特定類型, 外為法 役務通達) may reach the"
                            + " data: true, false, or null for not known. Left out of a revision, the stored answer"
                            + " stays; left out of a new service, not known.",
                    type = "boolean",
                    nullable = true)
            @Nullable
            JsonNode nonResidentAccess,

            @Schema(description = "For revisions: the version you read") @Nullable
            Long version) {

        ServiceDetails details() {
            return new ServiceDetails(
                    providerId,
                    name,
                    serviceModel,
                    deployment,
                    dataLocations,
                    Boolean.TRUE.equals(customerChoosesLocation),
                    operationLocations,
                    contractingEntityName,
                    contractingEntityCountry,
                    governingLaw,
                    jurisdiction,
                    availabilityPercent,
                    serviceCredits,
                    supportHours,
                    exportFormats,
                    deletionMethod,
                    Boolean.TRUE.equals(deletionCertificate),
                    changeNoticeDays,
                    terminationNoticeDays,
                    secondaryUse,
                    incidentNotification,
                    auditCooperation,
                    aiFeatures,
                    trainsOnCustomerData,
                    Tristate.fromJson("nonResidentAccess", nonResidentAccess));
        }
    }

    record ServiceView(
            UUID id,
            UUID providerId,
            String providerName,
            String name,
            ServiceModel serviceModel,
            @Nullable Deployment deployment,
            List<String> dataLocations,
            boolean customerChoosesLocation,
            List<String> operationLocations,
            @Nullable String contractingEntityName,
            @Nullable String contractingEntityCountry,
            @Nullable String governingLaw,
            @Nullable String jurisdiction,
            @Nullable BigDecimal availabilityPercent,
            @Nullable String serviceCredits,
            @Nullable String supportHours,
            List<String> exportFormats,
            @Nullable String deletionMethod,
            boolean deletionCertificate,
            @Nullable Integer changeNoticeDays,
            @Nullable Integer terminationNoticeDays,
            @Nullable String secondaryUse,
            @Nullable String incidentNotification,
            @Nullable String auditCooperation,
            @Nullable String aiFeatures,
            @Nullable Boolean trainsOnCustomerData,

            @Schema(description = "true, false, or null while not known") @Nullable
            Boolean nonResidentAccess,

            Instant createdAt,
            Instant updatedAt,
            long version) {

        static ServiceView of(CloudService service) {
            ServiceDetails d = service.details();
            return new ServiceView(
                    service.id(),
                    d.providerId(),
                    service.providerName(),
                    d.name(),
                    d.serviceModel(),
                    d.deployment(),
                    d.dataLocations(),
                    d.customerChoosesLocation(),
                    d.operationLocations(),
                    d.contractingEntityName(),
                    d.contractingEntityCountry(),
                    d.governingLaw(),
                    d.jurisdiction(),
                    d.availabilityPercent(),
                    d.serviceCredits(),
                    d.supportHours(),
                    d.exportFormats(),
                    d.deletionMethod(),
                    d.deletionCertificate(),
                    d.changeNoticeDays(),
                    d.terminationNoticeDays(),
                    d.secondaryUse(),
                    d.incidentNotification(),
                    d.auditCooperation(),
                    d.aiFeatures(),
                    d.trainsOnCustomerData(),
                    d.nonResidentAccessValue(),
                    service.createdAt(),
                    service.updatedAt(),
                    service.version());
        }
    }

    record ServiceList(List<ServiceRow> items, int page, int size, long total, int totalPages) {}
}
