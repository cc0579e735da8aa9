package io.mekiki.assets;

import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Tristate;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One entry of the information asset register. It changes only through its methods, which refuse
 * invalid details and changes to an archived asset.
 */
@Table("assets_asset")
public class InformationAsset {

    @Id
    private final UUID id;

    private final UUID organizationId;
    private String name;
    private @Nullable String ownerDepartment;
    private @Nullable String description;

    @MappedCollection(idColumn = "asset_id")
    private Set<CategoryTag> categories;

    private Level assetValue;
    private Level riskTolerance;
    private @Nullable String currentControls;
    private @Nullable Long currentAnnualCost;
    private @Nullable String currentServiceLevel;
    private @Nullable Boolean financialReporting;
    private boolean archived;
    private final Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    InformationAsset(
            UUID id,
            UUID organizationId,
            String name,
            @Nullable String ownerDepartment,
            @Nullable String description,
            Set<CategoryTag> categories,
            Level assetValue,
            Level riskTolerance,
            @Nullable String currentControls,
            @Nullable Long currentAnnualCost,
            @Nullable String currentServiceLevel,
            @Nullable Boolean financialReporting,
            boolean archived,
            Instant createdAt,
            Instant updatedAt,
            @Nullable Long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.name = name;
        this.ownerDepartment = ownerDepartment;
        this.description = description;
        this.categories = Set.copyOf(categories);
        this.assetValue = assetValue;
        this.riskTolerance = riskTolerance;
        this.currentControls = currentControls;
        this.currentAnnualCost = currentAnnualCost;
        this.currentServiceLevel = currentServiceLevel;
        this.financialReporting = financialReporting;
        this.archived = archived;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static InformationAsset register(UUID organizationId, AssetDetails details, Instant now) {
        AssetDetails checked = details.checked();
        return new InformationAsset(
                UUID.randomUUID(),
                organizationId,
                checked.name(),
                checked.ownerDepartment(),
                checked.description(),
                tags(checked.categories()),
                checked.assetValue(),
                checked.riskTolerance(),
                checked.currentControls(),
                checked.currentAnnualCost(),
                checked.currentServiceLevel(),
                checked.financialReporting() == null
                        ? null
                        : checked.financialReporting().value(),
                false,
                now,
                now,
                null);
    }

    /**
     * Replaces the details and returns what changed (field to before and after), empty when nothing did.
     *
     * @param expectedVersion the version the editor started from
     */
    Map<String, Object> revise(@Nullable Long expectedVersion, AssetDetails details, Instant now) {
        if (expectedVersion == null) {
            throw AssetRuleViolation.invalid("version", "assets.error.versionRequired");
        }
        if (!expectedVersion.equals(version)) {
            throw AssetRuleViolation.stale();
        }
        if (archived) {
            throw AssetRuleViolation.conflict("archived", "assets.error.archived");
        }
        AssetDetails given = details.checked();
        // an answer left out (null) keeps the stored one: a client that does not know the field does not reset it
        AssetDetails checked = given.financialReporting() == null ? kept(given) : given;
        Map<String, Object> changes = differences(details(), checked);
        if (changes.isEmpty()) {
            return changes;
        }
        this.name = checked.name();
        this.ownerDepartment = checked.ownerDepartment();
        this.description = checked.description();
        this.categories = tags(checked.categories());
        this.assetValue = checked.assetValue();
        this.riskTolerance = checked.riskTolerance();
        this.currentControls = checked.currentControls();
        this.currentAnnualCost = checked.currentAnnualCost();
        this.currentServiceLevel = checked.currentServiceLevel();
        this.financialReporting = checked.financialReporting().value();
        this.updatedAt = now;
        return changes;
    }

    private AssetDetails kept(AssetDetails given) {
        return new AssetDetails(
                given.name(),
                given.ownerDepartment(),
                given.description(),
                given.categories(),
                given.assetValue(),
                given.riskTolerance(),
                given.currentControls(),
                given.currentAnnualCost(),
                given.currentServiceLevel(),
                Tristate.of(financialReporting));
    }

    /** Takes the asset out of daily use; it stays in the register and its history. */
    void archive(Instant now) {
        if (archived) {
            throw AssetRuleViolation.conflict("archived", "assets.error.alreadyArchived");
        }
        this.archived = true;
        this.updatedAt = now;
    }

    void restore(Instant now) {
        if (!archived) {
            throw AssetRuleViolation.conflict("archived", "assets.error.notArchived");
        }
        this.archived = false;
        this.updatedAt = now;
    }

    /** Every field, as the audit ledger records a new asset. */
    Map<String, Object> facts() {
        return facts(details());
    }

    public AssetDetails details() {
        return new AssetDetails(
                name,
                ownerDepartment,
                description,
                categories(),
                assetValue,
                riskTolerance,
                currentControls,
                currentAnnualCost,
                currentServiceLevel,
                Tristate.of(financialReporting));
    }

    /** Whether the asset is used in a process that affects financial reporting; null while not known. */
    public @Nullable Boolean financialReporting() {
        return financialReporting;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    public @Nullable String ownerDepartment() {
        return ownerDepartment;
    }

    public @Nullable String description() {
        return description;
    }

    public Set<AssetCategory> categories() {
        Set<AssetCategory> result = EnumSet.noneOf(AssetCategory.class);
        categories.forEach(tag -> result.add(tag.category()));
        return result;
    }

    public Level assetValue() {
        return assetValue;
    }

    public Level riskTolerance() {
        return riskTolerance;
    }

    public @Nullable String currentControls() {
        return currentControls;
    }

    public @Nullable Long currentAnnualCost() {
        return currentAnnualCost;
    }

    public @Nullable String currentServiceLevel() {
        return currentServiceLevel;
    }

    public boolean archived() {
        return archived;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version; an edit must name it, so that nobody overwrites a change they have not seen. */
    public @Nullable Long version() {
        return version;
    }

    private static Set<CategoryTag> tags(Set<AssetCategory> categories) {
        return categories.stream().map(CategoryTag::new).collect(Collectors.toUnmodifiableSet());
    }

    static Map<String, Object> facts(AssetDetails details) {
        Map<String, Object> facts = new TreeMap<>();
        fields(details).forEach(facts::put);
        return facts;
    }

    static Map<String, Object> differences(AssetDetails before, AssetDetails after) {
        Map<String, Object> was = fields(before);
        Map<String, Object> now = fields(after);
        Map<String, Object> changes = new TreeMap<>();
        was.forEach((field, value) -> {
            if (!Objects.equals(value, now.get(field))) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", value);
                change.put("after", now.get(field));
                changes.put(field, change);
            }
        });
        return changes;
    }

    private static Map<String, Object> fields(AssetDetails details) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", details.name());
        fields.put("ownerDepartment", details.ownerDepartment());
        fields.put("description", details.description());
        fields.put(
                "categories",
                details.categories().stream().map(AssetCategory::name).sorted().toList());
        fields.put("assetValue", name(details.assetValue()));
        fields.put("riskTolerance", name(details.riskTolerance()));
        fields.put("currentControls", details.currentControls());
        fields.put("currentAnnualCost", details.currentAnnualCost());
        fields.put("currentServiceLevel", details.currentServiceLevel());
        fields.put(
                "financialReporting",
                details.financialReporting() == null
                        ? null
                        : details.financialReporting().value());
        return fields;
    }

    private static @Nullable String name(@Nullable Level level) {
        return level == null ? null : level.name();
    }
}
