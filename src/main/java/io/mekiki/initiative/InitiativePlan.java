package io.mekiki.initiative;

import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.Tristate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What an initiative intends: the plan its owner and risk officer write and revise.
 *
 * @param businessOwnerId a member of the organisation holding the business-owner role
 * @param assetIds information assets of the organisation's register that would go into the service
 * @param serviceModel null while not decided
 * @param deployment null while not decided
 * @param dataLocations candidate countries of the data, ISO 3166-1 alpha-2
 * @param providerHeadquarters the provider's country, null while no provider is chosen
 * @param nonResidentAccess whether non-residents (or residents of the 特定類型) would reach the data: yes,
 *     no, not known; {@code null} keeps the stored answer on a revision and means not known for a new plan
 */
public record InitiativePlan(
        String title,
        @Nullable UUID businessOwnerId,
        @Nullable String purpose,
        @Nullable String benefits,
        List<KpiDefinition> kpis,
        Set<UUID> assetIds,
        @Nullable ServiceModel serviceModel,
        @Nullable Deployment deployment,
        List<String> dataLocations,
        @Nullable String providerHeadquarters,
        @Nullable Tristate nonResidentAccess) {

    /** A plan that leaves the non-resident access as it is (not known for a new initiative). */
    public InitiativePlan(
            String title,
            @Nullable UUID businessOwnerId,
            @Nullable String purpose,
            @Nullable String benefits,
            List<KpiDefinition> kpis,
            Set<UUID> assetIds,
            @Nullable ServiceModel serviceModel,
            @Nullable Deployment deployment,
            List<String> dataLocations,
            @Nullable String providerHeadquarters) {
        this(
                title,
                businessOwnerId,
                purpose,
                benefits,
                kpis,
                assetIds,
                serviceModel,
                deployment,
                dataLocations,
                providerHeadquarters,
                null);
    }

    /** The planned non-resident access as scoping reads it: null while not known. */
    public @Nullable Boolean nonResidentAccessValue() {
        return nonResidentAccess == null ? null : nonResidentAccess.value();
    }

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int KPI_NAME_MAX = 200;
    public static final int KPI_UNIT_MAX = 50;
    public static final int KPIS_MAX = 20;
    /** Assets in scope; with the texts above they bound the size of every decision basis. */
    public static final int ASSETS_MAX = 500;

    public static final int DATA_LOCATIONS_MAX = 50;

    public InitiativePlan {
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
        assetIds = assetIds == null ? Set.of() : Set.copyOf(assetIds);
        dataLocations = dataLocations == null ? List.of() : List.copyOf(dataLocations);
    }

    /**
     * A key performance indicator: what is measured, in which unit, from where to where.
     *
     * @param id null for a new KPI; the id of an existing one to keep it and its measurements
     */
    public record KpiDefinition(
            @Nullable UUID id,
            String name,
            @Nullable String unit,
            @Nullable BigDecimal baseline,
            @Nullable BigDecimal target) {}
}
