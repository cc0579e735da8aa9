package io.mekiki.provider.web;

import io.mekiki.provider.CloudService;
import io.mekiki.provider.Deployment;
import io.mekiki.provider.ServiceDetails;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.Tristate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The service page's form; the same rules as the API request. Lists (countries, export formats) are typed
 * as text separated by commas or spaces.
 */
public class ServiceForm {

    @NotNull
    private UUID providerId;

    @NotBlank
    @Size(max = ServiceDetails.NAME_MAX)
    private String name = "";

    @NotNull
    private ServiceModel serviceModel;

    private Deployment deployment;

    @Size(max = 1000)
    private String dataLocations = "JP";

    private boolean customerChoosesLocation;

    @Size(max = 1000)
    private String operationLocations = "JP";

    @Size(max = ServiceDetails.NAME_MAX)
    private String contractingEntityName = "";

    @Size(max = 10)
    private String contractingEntityCountry = "";

    @Size(max = ServiceDetails.NAME_MAX)
    private String governingLaw = "";

    @Size(max = ServiceDetails.NAME_MAX)
    private String jurisdiction = "";

    @DecimalMin("0")
    @DecimalMax("100")
    private BigDecimal availabilityPercent;

    @Size(max = ServiceDetails.TEXT_MAX)
    private String serviceCredits = "";

    @Size(max = ServiceDetails.SHORT_MAX)
    private String supportHours = "";

    @Size(max = 2000)
    private String exportFormats = "";

    @Size(max = ServiceDetails.TEXT_MAX)
    private String deletionMethod = "";

    private boolean deletionCertificate;

    @Min(0)
    @Max(3650)
    private Integer changeNoticeDays;

    @Min(0)
    @Max(3650)
    private Integer terminationNoticeDays;

    @Size(max = ServiceDetails.TEXT_MAX)
    private String secondaryUse = "";

    @Size(max = ServiceDetails.TEXT_MAX)
    private String incidentNotification = "";

    @Size(max = ServiceDetails.TEXT_MAX)
    private String auditCooperation = "";

    @Size(max = ServiceDetails.TEXT_MAX)
    private String aiFeatures = "";

    @Size(max = 5)
    private String trainsOnCustomerData = "";

    @Size(max = 5)
    private String nonResidentAccess = "";

    private Long version;

    static ServiceForm of(CloudService service) {
        ServiceDetails d = service.details();
        ServiceForm form = new ServiceForm();
        form.providerId = d.providerId();
        form.name = d.name();
        form.serviceModel = d.serviceModel();
        form.deployment = d.deployment();
        form.dataLocations = String.join(", ", d.dataLocations());
        form.customerChoosesLocation = d.customerChoosesLocation();
        form.operationLocations = String.join(", ", d.operationLocations());
        form.contractingEntityName = d.contractingEntityName();
        form.contractingEntityCountry = d.contractingEntityCountry() == null ? "" : d.contractingEntityCountry();
        form.governingLaw = d.governingLaw();
        form.jurisdiction = d.jurisdiction();
        form.availabilityPercent = d.availabilityPercent();
        form.serviceCredits = d.serviceCredits();
        form.supportHours = d.supportHours();
        form.exportFormats = String.join(", ", d.exportFormats());
        form.deletionMethod = d.deletionMethod();
        form.deletionCertificate = d.deletionCertificate();
        form.changeNoticeDays = d.changeNoticeDays();
        form.terminationNoticeDays = d.terminationNoticeDays();
        form.secondaryUse = d.secondaryUse();
        form.incidentNotification = d.incidentNotification();
        form.auditCooperation = d.auditCooperation();
        form.aiFeatures = d.aiFeatures();
        form.trainsOnCustomerData =
                d.trainsOnCustomerData() == null ? "" : d.trainsOnCustomerData().toString();
        form.nonResidentAccess = d.nonResidentAccessValue() == null
                ? ""
                : d.nonResidentAccessValue().toString();
        form.version = service.version();
        return form;
    }

    ServiceDetails details() {
        return new ServiceDetails(
                providerId,
                name,
                serviceModel,
                deployment,
                list(dataLocations, "[\\s,、，;]+"),
                customerChoosesLocation,
                list(operationLocations, "[\\s,、，;]+"),
                contractingEntityName,
                contractingEntityCountry,
                governingLaw,
                jurisdiction,
                availabilityPercent,
                serviceCredits,
                supportHours,
                list(exportFormats, "[,、，;]+"),
                deletionMethod,
                deletionCertificate,
                changeNoticeDays,
                terminationNoticeDays,
                secondaryUse,
                incidentNotification,
                auditCooperation,
                aiFeatures,
                trainsOnCustomerData == null || trainsOnCustomerData.isBlank()
                        ? null
                        : Boolean.valueOf(trainsOnCustomerData),
                // the form always says: blank is "not known", not "keep"
                Tristate.parse(nonResidentAccess));
    }

    private static List<String> list(String text, String separators) {
        return Arrays.stream((text == null ? "" : text).split(separators))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    public UUID getProviderId() {
        return providerId;
    }

    public void setProviderId(UUID providerId) {
        this.providerId = providerId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ServiceModel getServiceModel() {
        return serviceModel;
    }

    public void setServiceModel(ServiceModel serviceModel) {
        this.serviceModel = serviceModel;
    }

    public Deployment getDeployment() {
        return deployment;
    }

    public void setDeployment(Deployment deployment) {
        this.deployment = deployment;
    }

    public String getDataLocations() {
        return dataLocations;
    }

    public void setDataLocations(String dataLocations) {
        this.dataLocations = dataLocations;
    }

    public boolean isCustomerChoosesLocation() {
        return customerChoosesLocation;
    }

    public void setCustomerChoosesLocation(boolean customerChoosesLocation) {
        this.customerChoosesLocation = customerChoosesLocation;
    }

    public String getOperationLocations() {
        return operationLocations;
    }

    public void setOperationLocations(String operationLocations) {
        this.operationLocations = operationLocations;
    }

    public String getContractingEntityName() {
        return contractingEntityName;
    }

    public void setContractingEntityName(String contractingEntityName) {
        this.contractingEntityName = contractingEntityName;
    }

    public String getContractingEntityCountry() {
        return contractingEntityCountry;
    }

    public void setContractingEntityCountry(String contractingEntityCountry) {
        this.contractingEntityCountry = contractingEntityCountry;
    }

    public String getGoverningLaw() {
        return governingLaw;
    }

    public void setGoverningLaw(String governingLaw) {
        this.governingLaw = governingLaw;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public BigDecimal getAvailabilityPercent() {
        return availabilityPercent;
    }

    public void setAvailabilityPercent(BigDecimal availabilityPercent) {
        this.availabilityPercent = availabilityPercent;
    }

    public String getServiceCredits() {
        return serviceCredits;
    }

    public void setServiceCredits(String serviceCredits) {
        this.serviceCredits = serviceCredits;
    }

    public String getSupportHours() {
        return supportHours;
    }

    public void setSupportHours(String supportHours) {
        this.supportHours = supportHours;
    }

    public String getExportFormats() {
        return exportFormats;
    }

    public void setExportFormats(String exportFormats) {
        this.exportFormats = exportFormats;
    }

    public String getDeletionMethod() {
        return deletionMethod;
    }

    public void setDeletionMethod(String deletionMethod) {
        this.deletionMethod = deletionMethod;
    }

    public boolean isDeletionCertificate() {
        return deletionCertificate;
    }

    public void setDeletionCertificate(boolean deletionCertificate) {
        this.deletionCertificate = deletionCertificate;
    }

    public Integer getChangeNoticeDays() {
        return changeNoticeDays;
    }

    public void setChangeNoticeDays(Integer changeNoticeDays) {
        this.changeNoticeDays = changeNoticeDays;
    }

    public Integer getTerminationNoticeDays() {
        return terminationNoticeDays;
    }

    public void setTerminationNoticeDays(Integer terminationNoticeDays) {
        this.terminationNoticeDays = terminationNoticeDays;
    }

    public String getSecondaryUse() {
        return secondaryUse;
    }

    public void setSecondaryUse(String secondaryUse) {
        this.secondaryUse = secondaryUse;
    }

    public String getIncidentNotification() {
        return incidentNotification;
    }

    public void setIncidentNotification(String incidentNotification) {
        this.incidentNotification = incidentNotification;
    }

    public String getAuditCooperation() {
        return auditCooperation;
    }

    public void setAuditCooperation(String auditCooperation) {
        this.auditCooperation = auditCooperation;
    }

    public String getAiFeatures() {
        return aiFeatures;
    }

    public void setAiFeatures(String aiFeatures) {
        this.aiFeatures = aiFeatures;
    }

    public String getTrainsOnCustomerData() {
        return trainsOnCustomerData;
    }

    public String getNonResidentAccess() {
        return nonResidentAccess;
    }

    public void setNonResidentAccess(String nonResidentAccess) {
        this.nonResidentAccess = nonResidentAccess;
    }

    public void setTrainsOnCustomerData(String trainsOnCustomerData) {
        this.trainsOnCustomerData = trainsOnCustomerData;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
