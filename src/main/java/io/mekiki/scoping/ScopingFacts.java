package io.mekiki.scoping;

import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the engine decides on: the organisation, the assets that would go into the cloud, and the
 * service. Countries are ISO 3166-1 alpha-2 codes.
 */
public record ScopingFacts(Organization organization, List<Asset> assets, Service service) {

    public static final String JAPAN = "JP";

    public ScopingFacts {
        assets = List.copyOf(assets);
    }

    /**
     * @param criticalInfrastructure whether the organisation is a designated operator of critical
     *     infrastructure (経済安全保障推進法 特定社会基盤事業者); null while not known
     */
    public record Organization(
            boolean largeCompanyWithBoard,
            boolean listed,
            Set<Sector> sectors,
            @Nullable Boolean criticalInfrastructure) {
        public Organization {
            sectors = Set.copyOf(sectors);
        }

        /** An organisation that has not said whether it is a designated operator. */
        public Organization(boolean largeCompanyWithBoard, boolean listed, Set<Sector> sectors) {
            this(largeCompanyWithBoard, listed, sectors, null);
        }
    }

    /**
     * @param financialReporting whether the asset is used in a process that affects financial reporting;
     *     null while not known
     */
    public record Asset(
            String name,
            Set<AssetCategory> categories,
            @Nullable Boolean financialReporting) {
        public Asset {
            categories = Set.copyOf(categories);
        }

        public Asset(String name, Set<AssetCategory> categories) {
            this(name, categories, null);
        }

        boolean holdsAny(Set<AssetCategory> wanted) {
            return categories.stream().anyMatch(wanted::contains);
        }
    }

    /**
     * @param providerHeadquarters null while the provider is not chosen
     * @param serviceModel null while the model is not decided
     * @param operationLocations countries from which the provider's staff operate the service and reach the
     *     data; empty while not known (an initiative's plan does not say)
     * @param parent the provider's ultimate parent, when known and not the provider itself
     * @param contractingEntity the entity the contract is made with, when known
     * @param subprocessorCountries the countries of the provider's subprocessors; empty while not known
     * @param nonResidentAccess whether non-residents (or residents of the 特定類型) may reach the data;
     *     null while not known
     */
    public record Service(
            Set<String> dataLocations,
            @Nullable String providerHeadquarters,
            @Nullable ServiceModel serviceModel,
            Set<String> operationLocations,
            @Nullable Party parent,
            @Nullable Party contractingEntity,
            Set<String> subprocessorCountries,
            @Nullable Boolean nonResidentAccess) {
        public Service {
            dataLocations = Set.copyOf(dataLocations);
            operationLocations = Set.copyOf(operationLocations);
            subprocessorCountries = Set.copyOf(subprocessorCountries);
        }

        /** A service whose non-resident access is not known. */
        public Service(
                Set<String> dataLocations,
                @Nullable String providerHeadquarters,
                @Nullable ServiceModel serviceModel,
                Set<String> operationLocations,
                @Nullable Party parent,
                @Nullable Party contractingEntity,
                Set<String> subprocessorCountries) {
            this(
                    dataLocations,
                    providerHeadquarters,
                    serviceModel,
                    operationLocations,
                    parent,
                    contractingEntity,
                    subprocessorCountries,
                    null);
        }

        /** A service as an initiative plans it: data locations, the provider's country and the model only. */
        public Service(
                Set<String> dataLocations, @Nullable String providerHeadquarters, @Nullable ServiceModel serviceModel) {
            this(dataLocations, providerHeadquarters, serviceModel, Set.of(), null, null, Set.of(), null);
        }

        List<String> foreignLocations() {
            return foreign(dataLocations);
        }

        List<String> foreignOperationLocations() {
            return foreign(operationLocations);
        }

        List<String> foreignSubprocessorCountries() {
            return foreign(subprocessorCountries);
        }

        boolean foreignProvider() {
            return providerHeadquarters != null && !JAPAN.equals(providerHeadquarters);
        }

        private static List<String> foreign(Set<String> countries) {
            return countries.stream()
                    .filter(country -> !JAPAN.equals(country))
                    .sorted()
                    .toList();
        }
    }

    /**
     * A legal entity by its name and country (ISO 3166-1 alpha-2).
     *
     * @param name null when only the country is known (a what-if question may give the country alone)
     */
    public record Party(@Nullable String name, String country) {

        boolean foreign() {
            return !JAPAN.equals(country);
        }
    }
}
