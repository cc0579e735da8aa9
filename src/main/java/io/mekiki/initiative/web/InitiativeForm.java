package io.mekiki.initiative.web;

import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.Level;
import io.mekiki.initiative.Deployment;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePlan;
import io.mekiki.initiative.InitiativePlan.KpiDefinition;
import io.mekiki.initiative.Kpi;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Countries;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.Tristate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The initiative page's plan form. Data locations are typed as codes separated by commas or spaces;
 * KPI rows left blank are ignored.
 */
public class InitiativeForm {

    @NotBlank
    @Size(max = InitiativePlan.TITLE_MAX)
    private String title = "";

    @NotNull
    private UUID businessOwnerId;

    @Size(max = InitiativePlan.TEXT_MAX)
    private String purpose = "";

    @Size(max = InitiativePlan.TEXT_MAX)
    private String benefits = "";

    private Set<UUID> assetIds = new LinkedHashSet<>();
    // an asset to add to the register without leaving the form
    private String newAssetName = "";
    private Set<AssetCategory> newAssetCategories = new LinkedHashSet<>();
    private @Nullable Level newAssetValue;
    private @Nullable Level newAssetRiskTolerance;
    private ServiceModel serviceModel;
    private Deployment deployment;
    private String dataLocations = "JP";
    private String providerHeadquarters = "";
    private Tristate nonResidentAccess = Tristate.UNKNOWN;

    @Valid
    private List<KpiRow> kpis = new ArrayList<>(List.of(new KpiRow()));

    private Long version;

    static InitiativeForm of(Initiative initiative) {
        InitiativeForm form = new InitiativeForm();
        form.title = initiative.title();
        form.businessOwnerId = initiative.businessOwnerId();
        form.purpose = initiative.purpose();
        form.benefits = initiative.benefits();
        form.assetIds = new LinkedHashSet<>(initiative.assetIds());
        form.serviceModel = initiative.serviceModel();
        form.deployment = initiative.deployment();
        form.dataLocations = String.join(", ", initiative.dataLocations());
        form.providerHeadquarters = initiative.providerHeadquarters() == null ? "" : initiative.providerHeadquarters();
        form.nonResidentAccess = Tristate.of(initiative.nonResidentAccess());
        form.kpis = new ArrayList<>(initiative.kpis().stream().map(KpiRow::of).toList());
        form.kpis.add(new KpiRow());
        form.version = initiative.version();
        return form;
    }

    InitiativePlan plan() {
        return new InitiativePlan(
                title,
                businessOwnerId,
                purpose,
                benefits,
                filledKpis().stream().map(KpiRow::definition).toList(),
                assetIds,
                serviceModel,
                deployment,
                countries(),
                providerHeadquarters == null || providerHeadquarters.isBlank()
                        ? providerHeadquarters
                        : Countries.code(providerHeadquarters),
                nonResidentAccess == null ? Tristate.UNKNOWN : nonResidentAccess);
    }

    public Tristate getNonResidentAccess() {
        return nonResidentAccess;
    }

    public void setNonResidentAccess(Tristate nonResidentAccess) {
        this.nonResidentAccess = nonResidentAccess;
    }

    /** The row of the form that the plan's KPI at this index came from. */
    int kpiRow(int planIndex) {
        int seen = -1;
        for (int row = 0; row < kpis.size(); row++) {
            if (!kpis.get(row).blank() && ++seen == planIndex) {
                return row;
            }
        }
        return planIndex;
    }

    void addKpiRow() {
        kpis.add(new KpiRow());
    }

    private List<KpiRow> filledKpis() {
        return kpis.stream().filter(row -> !row.blank()).toList();
    }

    /** The candidate data locations, one field each, with room for three more. */
    public List<String> dataLocationFields() {
        List<String> fields = new ArrayList<>(countries());
        for (int i = 0; i < 3; i++) {
            fields.add("");
        }
        return fields;
    }

    private List<String> countries() {
        // one field per country (the browser joins them with commas); a typed list of codes works too
        return Countries.codes(dataLocations);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public UUID getBusinessOwnerId() {
        return businessOwnerId;
    }

    public void setBusinessOwnerId(UUID businessOwnerId) {
        this.businessOwnerId = businessOwnerId;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getBenefits() {
        return benefits;
    }

    public void setBenefits(String benefits) {
        this.benefits = benefits;
    }

    public String getNewAssetName() {
        return newAssetName;
    }

    public void setNewAssetName(@Nullable String newAssetName) {
        this.newAssetName = newAssetName == null ? "" : newAssetName;
    }

    public Set<AssetCategory> getNewAssetCategories() {
        return newAssetCategories;
    }

    public void setNewAssetCategories(@Nullable Set<AssetCategory> newAssetCategories) {
        this.newAssetCategories = newAssetCategories == null ? new LinkedHashSet<>() : newAssetCategories;
    }

    public @Nullable Level getNewAssetValue() {
        return newAssetValue;
    }

    public void setNewAssetValue(@Nullable Level newAssetValue) {
        this.newAssetValue = newAssetValue;
    }

    public @Nullable Level getNewAssetRiskTolerance() {
        return newAssetRiskTolerance;
    }

    public void setNewAssetRiskTolerance(@Nullable Level newAssetRiskTolerance) {
        this.newAssetRiskTolerance = newAssetRiskTolerance;
    }

    /** The asset to register, as the register's own form would describe it (the rest is added there later). */
    AssetDetails newAsset() {
        return new AssetDetails(
                newAssetName, null, null, newAssetCategories, newAssetValue, newAssetRiskTolerance, null, null, null);
    }

    /** The asset just registered from the form is in scope; its fields are empty for the next one. */
    void assetAdded(UUID assetId) {
        assetIds.add(assetId);
        newAssetName = "";
        newAssetCategories = new LinkedHashSet<>();
        newAssetValue = null;
        newAssetRiskTolerance = null;
    }

    public Set<UUID> getAssetIds() {
        return assetIds;
    }

    public void setAssetIds(Set<UUID> assetIds) {
        this.assetIds = assetIds == null ? new LinkedHashSet<>() : assetIds;
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

    public String getProviderHeadquarters() {
        return providerHeadquarters;
    }

    public void setProviderHeadquarters(String providerHeadquarters) {
        this.providerHeadquarters = providerHeadquarters;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public void setKpis(List<KpiRow> kpis) {
        this.kpis = kpis == null ? new ArrayList<>() : kpis;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** One KPI row of the form. */
    public static class KpiRow {

        private UUID id;

        @Size(max = InitiativePlan.KPI_NAME_MAX)
        private String name = "";

        @Size(max = InitiativePlan.KPI_UNIT_MAX)
        private String unit = "";

        private BigDecimal baseline;
        private BigDecimal target;

        static KpiRow of(Kpi kpi) {
            KpiRow row = new KpiRow();
            row.id = kpi.kpiId();
            row.name = kpi.name();
            row.unit = kpi.unit();
            row.baseline = kpi.baseline();
            row.target = kpi.target();
            return row;
        }

        /** A row emptied of everything but its id drops the KPI. */
        boolean blank() {
            return (name == null || name.isBlank())
                    && (unit == null || unit.isBlank())
                    && baseline == null
                    && target == null;
        }

        KpiDefinition definition() {
            return new KpiDefinition(id, name, unit, baseline, target);
        }

        public UUID getId() {
            return id;
        }

        public void setId(UUID id) {
            this.id = id;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public BigDecimal getBaseline() {
            return baseline;
        }

        public void setBaseline(BigDecimal baseline) {
            this.baseline = baseline;
        }

        public BigDecimal getTarget() {
            return target;
        }

        public void setTarget(BigDecimal target) {
            this.target = target;
        }
    }
}
