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
     */
    public record Service(
            Set<String> dataLocations,
            @Nullable String providerHeadquarters,
            @Nullable ServiceModel serviceModel) {
        public Service {
            dataLocations = Set.copyOf(dataLocations);
        }

        List<String> foreignLocations() {
            return dataLocations.stream()
                    .filter(country -> !JAPAN.equals(country))
                    .sorted()
                    .toList();
        }

        boolean foreignProvider() {
            return providerHeadquarters != null && !JAPAN.equals(providerHeadquarters);
        }
    }
}
