package io.mekiki.assets;

import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Tristate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a user writes about an information asset; text is stripped and blank text becomes absent.
 *
 * @param categories the kinds of information it holds; they decide which legal checks apply
 * @param assetValue how valuable the information is to the business
 * @param riskTolerance how much loss or disruption of it the business can bear
 * @param currentControls the in-house security controls protecting it today
 * @param currentAnnualCost what protecting and running it in-house costs per year, in yen
 * @param currentServiceLevel the service level achieved today, e.g. availability and recovery targets
 * @param financialReporting whether the asset is used in a process that affects financial reporting (yes,
 *     no, not known); {@code null} keeps the stored answer on a revision and means not known for a new asset
 */
public record AssetDetails(
        String name,
        @Nullable String ownerDepartment,
        @Nullable String description,
        Set<AssetCategory> categories,
        @Nullable Level assetValue,
        @Nullable Level riskTolerance,
        @Nullable String currentControls,
        @Nullable Long currentAnnualCost,
        @Nullable String currentServiceLevel,
        @Nullable Tristate financialReporting) {

    /** Details that leave the financial-reporting answer as it is (not known for a new asset). */
    public AssetDetails(
            String name,
            @Nullable String ownerDepartment,
            @Nullable String description,
            Set<AssetCategory> categories,
            @Nullable Level assetValue,
            @Nullable Level riskTolerance,
            @Nullable String currentControls,
            @Nullable Long currentAnnualCost,
            @Nullable String currentServiceLevel) {
        this(
                name,
                ownerDepartment,
                description,
                categories,
                assetValue,
                riskTolerance,
                currentControls,
                currentAnnualCost,
                currentServiceLevel,
                null);
    }

    public static final int NAME_MAX = 200;
    public static final int DEPARTMENT_MAX = 200;
    public static final int TEXT_MAX = 4000;

    public AssetDetails {
        name = name == null ? "" : name.strip();
        ownerDepartment = optional(ownerDepartment);
        description = optional(description);
        categories = categories == null || categories.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(categories));
        currentControls = optional(currentControls);
        currentServiceLevel = optional(currentServiceLevel);
    }

    /** Refuses details that break a rule of the register, naming the first field at fault. */
    AssetDetails checked() {
        if (name.isEmpty()) {
            throw AssetRuleViolation.invalid("name", "assets.error.nameRequired");
        }
        requireLength("name", name, NAME_MAX);
        requireLength("ownerDepartment", ownerDepartment, DEPARTMENT_MAX);
        requireLength("description", description, TEXT_MAX);
        if (categories.isEmpty()) {
            throw AssetRuleViolation.invalid("categories", "assets.error.categoriesRequired");
        }
        if (assetValue == null) {
            throw AssetRuleViolation.invalid("assetValue", "assets.error.levelRequired");
        }
        if (riskTolerance == null) {
            throw AssetRuleViolation.invalid("riskTolerance", "assets.error.levelRequired");
        }
        requireLength("currentControls", currentControls, TEXT_MAX);
        if (currentAnnualCost != null && currentAnnualCost < 0) {
            throw AssetRuleViolation.invalid("currentAnnualCost", "assets.error.costNegative");
        }
        requireLength("currentServiceLevel", currentServiceLevel, TEXT_MAX);
        return this;
    }

    private static void requireLength(String field, @Nullable String text, int max) {
        if (text != null && text.length() > max) {
            throw AssetRuleViolation.invalid(field, "assets.error.tooLong", max);
        }
    }

    private static @Nullable String optional(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
