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

    public record Organization(boolean largeCompanyWithBoard, boolean listed, Set<Sector> sectors) {
        public Organization {
            sectors = Set.copyOf(sectors);
        }
    }

    public record Asset(String name, Set<AssetCategory> categories) {
        public Asset {
            categories = Set.copyOf(categories);
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
     */
    public record Service(
            Set<String> dataLocations,
            @Nullable String providerHeadquarters,
            @Nullable ServiceModel serviceModel,
            Set<String> operationLocations,
            @Nullable Party parent,
            @Nullable Party contractingEntity,
            Set<String> subprocessorCountries) {
        public Service {
            dataLocations = Set.copyOf(dataLocations);
            operationLocations = Set.copyOf(operationLocations);
            subprocessorCountries = Set.copyOf(subprocessorCountries);
        }

        /** A service as an initiative plans it: data locations, the provider's country and the model only. */
        public Service(
                Set<String> dataLocations, @Nullable String providerHeadquarters, @Nullable ServiceModel serviceModel) {
            this(dataLocations, providerHeadquarters, serviceModel, Set.of(), null, null, Set.of());
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

    /** A legal entity by its name and country (ISO 3166-1 alpha-2). */
    public record Party(String name, String country) {

        boolean foreign() {
            return !JAPAN.equals(country);
        }
    }
}
