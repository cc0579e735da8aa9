package io.mekiki.assets.web;

import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.InformationAsset;
import io.mekiki.assets.Level;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Tristate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** The asset page's form; the same rules as the API request. */
public class AssetForm {

    @NotBlank
    @Size(max = AssetDetails.NAME_MAX)
    private String name = "";

    @Size(max = AssetDetails.DEPARTMENT_MAX)
    private String ownerDepartment = "";

    @Size(max = AssetDetails.TEXT_MAX)
    private String description = "";

    @NotEmpty
    private Set<AssetCategory> categories = EnumSet.noneOf(AssetCategory.class);

    @NotNull
    private Level assetValue;

    @NotNull
    private Level riskTolerance;

    @Size(max = AssetDetails.TEXT_MAX)
    private String currentControls = "";

    @PositiveOrZero
    private Long currentAnnualCost;

    @Size(max = AssetDetails.TEXT_MAX)
    private String currentServiceLevel = "";

    private Tristate financialReporting = Tristate.UNKNOWN;
    private Long version;

    static AssetForm of(InformationAsset asset) {
        AssetForm form = new AssetForm();
        form.name = asset.name();
        form.ownerDepartment = asset.ownerDepartment();
        form.description = asset.description();
        form.categories = EnumSet.noneOf(AssetCategory.class);
        form.categories.addAll(asset.categories());
        form.assetValue = asset.assetValue();
        form.riskTolerance = asset.riskTolerance();
        form.currentControls = asset.currentControls();
        form.currentAnnualCost = asset.currentAnnualCost();
        form.currentServiceLevel = asset.currentServiceLevel();
        form.financialReporting = Tristate.of(asset.financialReporting());
        form.version = asset.version();
        return form;
    }

    AssetDetails details() {
        return new AssetDetails(
                name,
                ownerDepartment,
                description,
                categories,
                assetValue,
                riskTolerance,
                currentControls,
                currentAnnualCost,
                currentServiceLevel,
                financialReporting == null ? Tristate.UNKNOWN : financialReporting);
    }

    public Tristate getFinancialReporting() {
        return financialReporting;
    }

    public void setFinancialReporting(Tristate financialReporting) {
        this.financialReporting = financialReporting;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOwnerDepartment() {
        return ownerDepartment;
    }

    public void setOwnerDepartment(String ownerDepartment) {
        this.ownerDepartment = ownerDepartment;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Set<AssetCategory> getCategories() {
        return categories;
    }

    public void setCategories(Set<AssetCategory> categories) {
        this.categories = categories;
    }

    public Level getAssetValue() {
        return assetValue;
    }

    public void setAssetValue(Level assetValue) {
        this.assetValue = assetValue;
    }

    public Level getRiskTolerance() {
        return riskTolerance;
    }

    public void setRiskTolerance(Level riskTolerance) {
        this.riskTolerance = riskTolerance;
    }

    public String getCurrentControls() {
        return currentControls;
    }

    public void setCurrentControls(String currentControls) {
        this.currentControls = currentControls;
    }

    public Long getCurrentAnnualCost() {
        return currentAnnualCost;
    }

    public void setCurrentAnnualCost(Long currentAnnualCost) {
        this.currentAnnualCost = currentAnnualCost;
    }

    public String getCurrentServiceLevel() {
        return currentServiceLevel;
    }

    public void setCurrentServiceLevel(String currentServiceLevel) {
        this.currentServiceLevel = currentServiceLevel;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
