package io.mekiki.catalog;

import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.util.Set;

/**
 * The extra condition under which an item applies, within its section. Every condition given must
 * hold; an absent condition (empty set, null flag) does not restrict.
 */
public record Applicability(
        Set<AssetCategory> assetCategories,
        Set<Sector> sectors,
        Set<ServiceModel> serviceModels,
        Boolean foreignDataLocation,
        Boolean foreignProvider,
        Boolean anythingForeign,
        Boolean listed,
        Boolean largeCompanyWithBoard) {

    public static final Applicability ALWAYS =
            new Applicability(Set.of(), Set.of(), Set.of(), null, null, null, null, null);

    public Applicability {
        assetCategories = Set.copyOf(assetCategories);
        sectors = Set.copyOf(sectors);
        serviceModels = Set.copyOf(serviceModels);
    }

    public boolean unconditional() {
        return equals(ALWAYS);
    }
}
