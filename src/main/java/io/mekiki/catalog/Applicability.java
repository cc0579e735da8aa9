package io.mekiki.catalog;

import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.util.Set;

/**
 * The extra condition under which an item applies, within its section. Every condition given must
 * hold; an absent condition (empty set, null flag) does not restrict.
 *
 * @param financialReporting an asset in scope is used in a process that affects financial reporting (or
 *     holds board and financial records)
 * @param nonResidentAccess non-residents may reach the data, or it is not known whether they may
 * @param criticalInfrastructure the condition of the critical-infrastructure section holds
 * @param possibleTaxRecords an asset holds board and financial records and none is tagged as tax records
 */
public record Applicability(
        Set<AssetCategory> assetCategories,
        Set<Sector> sectors,
        Set<ServiceModel> serviceModels,
        Boolean foreignDataLocation,
        Boolean foreignProvider,
        Boolean anythingForeign,
        Boolean listed,
        Boolean largeCompanyWithBoard,
        Boolean financialReporting,
        Boolean nonResidentAccess,
        Boolean criticalInfrastructure,
        Boolean possibleTaxRecords) {

    public static final Applicability ALWAYS =
            new Applicability(Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, null, null, null);

    /** The conditions of rule set 1 only (the keys added with 2026.2 absent). */
    public Applicability(
            Set<AssetCategory> assetCategories,
            Set<Sector> sectors,
            Set<ServiceModel> serviceModels,
            Boolean foreignDataLocation,
            Boolean foreignProvider,
            Boolean anythingForeign,
            Boolean listed,
            Boolean largeCompanyWithBoard) {
        this(
                assetCategories,
                sectors,
                serviceModels,
                foreignDataLocation,
                foreignProvider,
                anythingForeign,
                listed,
                largeCompanyWithBoard,
                null,
                null,
                null,
                null);
    }

    public Applicability {
        assetCategories = Set.copyOf(assetCategories);
        sectors = Set.copyOf(sectors);
        serviceModels = Set.copyOf(serviceModels);
    }

    public boolean unconditional() {
        return equals(ALWAYS);
    }
}
