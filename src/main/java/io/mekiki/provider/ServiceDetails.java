package io.mekiki.provider;

import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.Tristate;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the user knows of a cloud service, from the provider's terms, SLA and documents. Country codes
 * are ISO 3166-1 alpha-2, upper-cased, each listed once.
 *
 * @param dataLocations countries where customer data is stored
 * @param customerChoosesLocation whether the customer chooses the region the data stays in
 * @param operationLocations countries from which the provider's staff operate and support the service and
 *     can reach the data
 * @param contractingEntityCountry where the company the customer contracts with is registered
 * @param governingLaw the law the contract is governed by, as the terms say
 * @param jurisdiction the court agreed on for disputes
 * @param availabilityPercent the availability the SLA offers, e.g. 99.9
 * @param serviceCredits what the provider credits when it misses the SLA
 * @param supportHours when support answers
 * @param exportFormats formats customer data can be exported in
 * @param deletionMethod how data is deleted at the end
 * @param deletionCertificate whether the provider issues a certificate of deletion
 * @param changeNoticeDays days of notice before a change of the service or its terms
 * @param terminationNoticeDays days of notice before the provider ends the service
 * @param secondaryUse whether and how the provider uses customer data for its own purposes
 * @param incidentNotification what the provider commits to tell of an incident, and how soon
 * @param auditCooperation whether and how customers or their auditors may audit
 * @param aiFeatures AI features of the service
 * @param trainsOnCustomerData whether customer data trains the provider's models; null when unknown
 * @param nonResidentAccess whether non-residents (or residents of the 特定類型) may reach the data: yes, no,
 *     not known; {@code null} keeps the stored answer on a revision and means not known for a new service
 */
public record ServiceDetails(
        UUID providerId,
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
        @Nullable Tristate nonResidentAccess) {

    /** Details that leave the non-resident access as it is (not known for a new service). */
    public ServiceDetails(
            UUID providerId,
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
            @Nullable Boolean trainsOnCustomerData) {
        this(
                providerId,
                name,
                serviceModel,
                deployment,
                dataLocations,
                customerChoosesLocation,
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
                deletionCertificate,
                changeNoticeDays,
                terminationNoticeDays,
                secondaryUse,
                incidentNotification,
                auditCooperation,
                aiFeatures,
                trainsOnCustomerData,
                null);
    }

    /** The same details with this answer on non-resident access. */
    ServiceDetails withNonResidentAccess(@Nullable Tristate answer) {
        return new ServiceDetails(
                providerId,
                name,
                serviceModel,
                deployment,
                dataLocations,
                customerChoosesLocation,
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
                deletionCertificate,
                changeNoticeDays,
                terminationNoticeDays,
                secondaryUse,
                incidentNotification,
                auditCooperation,
                aiFeatures,
                trainsOnCustomerData,
                answer);
    }

    /** Non-resident access as stored and read: null while not known. */
    public @Nullable Boolean nonResidentAccessValue() {
        return nonResidentAccess == null ? null : nonResidentAccess.value();
    }

    public static final int NAME_MAX = Inputs.NAME_MAX;
    public static final int SHORT_MAX = Inputs.SHORT_MAX;
    public static final int TEXT_MAX = Inputs.TEXT_MAX;
    public static final int LIST_MAX = Inputs.COUNTRIES_MAX;
    public static final int FORMAT_MAX = 100;

    public ServiceDetails {
        name = Inputs.required(name);
        dataLocations = Inputs.countries(dataLocations);
        operationLocations = Inputs.countries(operationLocations);
        contractingEntityName = Inputs.optional(contractingEntityName);
        contractingEntityCountry = Inputs.country(contractingEntityCountry);
        governingLaw = Inputs.optional(governingLaw);
        jurisdiction = Inputs.optional(jurisdiction);
        availabilityPercent = percent(availabilityPercent);
        serviceCredits = Inputs.optional(serviceCredits);
        supportHours = Inputs.optional(supportHours);
        exportFormats = Inputs.texts(exportFormats);
        deletionMethod = Inputs.optional(deletionMethod);
        secondaryUse = Inputs.optional(secondaryUse);
        incidentNotification = Inputs.optional(incidentNotification);
        auditCooperation = Inputs.optional(auditCooperation);
        aiFeatures = Inputs.optional(aiFeatures);
    }

    ServiceDetails checked() {
        if (providerId == null) {
            throw ProviderRuleViolation.invalid("providerId", "provider.error.required");
        }
        Inputs.requireText("name", name, NAME_MAX);
        if (serviceModel == null) {
            throw ProviderRuleViolation.invalid("serviceModel", "provider.error.required");
        }
        Inputs.requireCountries("dataLocations", dataLocations);
        Inputs.requireCountries("operationLocations", operationLocations);
        Inputs.requireLength("contractingEntityName", contractingEntityName, NAME_MAX);
        Inputs.requireCountry("contractingEntityCountry", contractingEntityCountry, false);
        Inputs.requireLength("governingLaw", governingLaw, NAME_MAX);
        Inputs.requireLength("jurisdiction", jurisdiction, NAME_MAX);
        if (availabilityPercent != null
                && (availabilityPercent.signum() < 0
                        || availabilityPercent.compareTo(BigDecimal.valueOf(100)) > 0
                        || availabilityPercent.scale() > 3)) {
            throw ProviderRuleViolation.invalid("availabilityPercent", "provider.error.percent");
        }
        Inputs.requireLength("serviceCredits", serviceCredits, TEXT_MAX);
        Inputs.requireLength("supportHours", supportHours, SHORT_MAX);
        if (exportFormats.size() > LIST_MAX) {
            throw ProviderRuleViolation.invalid("exportFormats", "provider.error.tooMany", LIST_MAX);
        }
        for (int i = 0; i < exportFormats.size(); i++) {
            Inputs.requireLength("exportFormats[" + i + "]", exportFormats.get(i), FORMAT_MAX);
        }
        Inputs.requireLength("deletionMethod", deletionMethod, TEXT_MAX);
        requireDays("changeNoticeDays", changeNoticeDays);
        requireDays("terminationNoticeDays", terminationNoticeDays);
        Inputs.requireLength("secondaryUse", secondaryUse, TEXT_MAX);
        Inputs.requireLength("incidentNotification", incidentNotification, TEXT_MAX);
        Inputs.requireLength("auditCooperation", auditCooperation, TEXT_MAX);
        Inputs.requireLength("aiFeatures", aiFeatures, TEXT_MAX);
        return this;
    }

    /** 99.90 and 99.9 are the same offer. */
    private static @Nullable BigDecimal percent(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static void requireDays(String field, @Nullable Integer days) {
        if (days != null && (days < 0 || days > 3650)) {
            throw ProviderRuleViolation.invalid(field, "provider.error.days");
        }
    }

    Map<String, Object> facts() {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("providerId", providerId.toString());
        facts.put("name", name);
        facts.put("serviceModel", serviceModel.name());
        facts.put("deployment", deployment == null ? null : deployment.name());
        facts.put("dataLocations", dataLocations.stream().sorted().toList());
        facts.put("customerChoosesLocation", customerChoosesLocation);
        facts.put("operationLocations", operationLocations.stream().sorted().toList());
        facts.put("contractingEntityName", contractingEntityName);
        facts.put("contractingEntityCountry", contractingEntityCountry);
        facts.put("governingLaw", governingLaw);
        facts.put("jurisdiction", jurisdiction);
        facts.put("availabilityPercent", availabilityPercent == null ? null : availabilityPercent.toPlainString());
        facts.put("serviceCredits", serviceCredits);
        facts.put("supportHours", supportHours);
        facts.put("exportFormats", exportFormats);
        facts.put("deletionMethod", deletionMethod);
        facts.put("deletionCertificate", deletionCertificate);
        facts.put("changeNoticeDays", changeNoticeDays);
        facts.put("terminationNoticeDays", terminationNoticeDays);
        facts.put("secondaryUse", secondaryUse);
        facts.put("incidentNotification", incidentNotification);
        facts.put("auditCooperation", auditCooperation);
        facts.put("aiFeatures", aiFeatures);
        facts.put("trainsOnCustomerData", trainsOnCustomerData);
        facts.put("nonResidentAccess", nonResidentAccessValue());
        return facts;
    }
}
