package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import io.mekiki.initiative.InitiativePlan.KpiDefinition;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Countries;
import io.mekiki.shared.ServiceModel;
import io.mekiki.shared.Tristate;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * One intended use of a cloud service (導入案件). Changes only through its methods, which refuse an
 * invalid plan, a change to a closed initiative, a measurement of an unknown KPI, and a move the life
 * cycle does not allow or whose gates are not approved.
 */
@Table("initiative_initiative")
public class Initiative {

    @Id
    private final UUID id;

    private final UUID organizationId;
    private String title;
    private UUID businessOwnerId;
    private String purpose;
    private String benefits;
    private @Nullable ServiceModel serviceModel;
    private @Nullable Deployment deployment;
    private @Nullable String providerHeadquarters;
    private @Nullable Boolean nonResidentAccess;

    @MappedCollection(idColumn = "initiative_id")
    private Set<ScopedAsset> assets;

    @MappedCollection(idColumn = "initiative_id")
    private Set<DataLocation> dataLocations;

    @MappedCollection(idColumn = "initiative_id", keyColumn = "position")
    private List<Kpi> kpis;

    @MappedCollection(idColumn = "initiative_id", keyColumn = "position")
    private List<Measurement> measurements;

    @MappedCollection(idColumn = "initiative_id")
    private Set<ApplicableSection> sections;

    private InitiativePhase phase;
    private @Nullable Branch branch;
    private int year;
    private @Nullable Instant yearStartedAt;
    private Instant phaseEnteredAt;
    private String scopingRelease;
    private String scopingJson;
    private final Instant createdAt;
    /** Who started it as written when it was started; shown only when {@link #createdById} is unknown. */
    private final String createdBy;
    /** The user who started it (ADR 024); null only for an initiative from before user ids were kept. */
    private final @Nullable UUID createdById;

    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    Initiative(
            UUID id,
            UUID organizationId,
            String title,
            UUID businessOwnerId,
            String purpose,
            String benefits,
            @Nullable ServiceModel serviceModel,
            @Nullable Deployment deployment,
            @Nullable String providerHeadquarters,
            @Nullable Boolean nonResidentAccess,
            Set<ScopedAsset> assets,
            Set<DataLocation> dataLocations,
            List<Kpi> kpis,
            List<Measurement> measurements,
            Set<ApplicableSection> sections,
            InitiativePhase phase,
            @Nullable Branch branch,
            int year,
            @Nullable Instant yearStartedAt,
            Instant phaseEnteredAt,
            String scopingRelease,
            String scopingJson,
            Instant createdAt,
            String createdBy,
            @Nullable UUID createdById,
            Instant updatedAt,
            @Nullable Long version) {
        this.id = id;
        this.organizationId = organizationId;
        this.title = title;
        this.businessOwnerId = businessOwnerId;
        this.purpose = purpose;
        this.benefits = benefits;
        this.serviceModel = serviceModel;
        this.deployment = deployment;
        this.providerHeadquarters = providerHeadquarters;
        this.nonResidentAccess = nonResidentAccess;
        this.assets = Set.copyOf(assets);
        this.dataLocations = Set.copyOf(dataLocations);
        this.kpis = List.copyOf(kpis);
        this.measurements = List.copyOf(measurements);
        this.sections = Set.copyOf(sections);
        this.phase = phase;
        this.branch = branch;
        this.year = year;
        this.yearStartedAt = yearStartedAt;
        this.phaseEnteredAt = phaseEnteredAt;
        this.scopingRelease = scopingRelease;
        this.scopingJson = scopingJson;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.createdById = createdById;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /**
     * A new initiative in preparation.
     *
     * @param assetCategories the categories of every asset of the plan, as the scoping saw them
     */
    static Initiative start(
            UUID organizationId,
            InitiativePlan plan,
            Map<UUID, Set<AssetCategory>> assetCategories,
            ScopingSnapshot scoping,
            String createdBy,
            Instant now) {
        return start(organizationId, plan, assetCategories, scoping, null, createdBy, now);
    }

    /**
     * A new initiative in preparation, started by a user.
     *
     * @param createdById the user who starts it
     * @param createdBy their name as it reads now, kept beside the id
     */
    static Initiative start(
            UUID organizationId,
            InitiativePlan plan,
            Map<UUID, Set<AssetCategory>> assetCategories,
            ScopingSnapshot scoping,
            @Nullable UUID createdById,
            String createdBy,
            Instant now) {
        InitiativePlan checked = checked(plan);
        Initiative initiative = new Initiative(
                UUID.randomUUID(),
                organizationId,
                checked.title(),
                Objects.requireNonNull(checked.businessOwnerId()),
                checked.purpose(),
                checked.benefits(),
                checked.serviceModel(),
                checked.deployment(),
                checked.providerHeadquarters(),
                checked.nonResidentAccessValue(),
                checked.assetIds().stream()
                        .map(assetId -> new ScopedAsset(assetId, ""))
                        .collect(Collectors.toUnmodifiableSet()),
                locations(checked.dataLocations()),
                kpis(checked.kpis(), List.of()),
                List.of(),
                Set.of(),
                InitiativePhase.PREPARATION,
                null,
                0,
                null,
                now,
                scoping.release(),
                scoping.toJson(),
                now,
                createdBy,
                createdById,
                now,
                null);
        initiative.rescope(scoping, assetCategories, now);
        return initiative;
    }

    /**
     * Replaces the plan and returns what changed (field to before and after), empty when nothing did.
     * The caller computes the scoping again when anything changed.
     *
     * @param expectedVersion the version the editor started from
     */
    Map<String, Object> revise(@Nullable Long expectedVersion, InitiativePlan plan, Instant now) {
        if (expectedVersion == null) {
            throw InitiativeRuleViolation.invalid("version", "initiative.error.versionRequired");
        }
        if (!expectedVersion.equals(version)) {
            throw InitiativeRuleViolation.stale();
        }
        requireNotClosed();
        InitiativePlan given = checked(plan);
        // an answer left out keeps the stored one (a client that does not know the field does not reset it)
        InitiativePlan checked = given.nonResidentAccess() != null ? given : withNonResidentAccess(given);
        List<Kpi> revisedKpis = kpis(checked.kpis(), kpis);
        Set<UUID> keptKpis = revisedKpis.stream().map(Kpi::kpiId).collect(Collectors.toSet());
        for (Kpi kpi : kpis) {
            if (!keptKpis.contains(kpi.kpiId()) && hasMeasurements(kpi.kpiId())) {
                throw InitiativeRuleViolation.conflict("kpis", "initiative.error.kpiHasMeasurements", kpi.name());
            }
        }
        Map<String, Object> before = fields(plan(), kpis);
        Map<String, Object> after = fields(checked, revisedKpis);
        Map<String, Object> changes = new TreeMap<>();
        before.forEach((field, value) -> {
            if (!Objects.equals(value, after.get(field))) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", value);
                change.put("after", after.get(field));
                changes.put(field, change);
            }
        });
        if (changes.isEmpty()) {
            return changes;
        }
        this.title = checked.title();
        this.businessOwnerId = Objects.requireNonNull(checked.businessOwnerId());
        this.purpose = checked.purpose();
        this.benefits = checked.benefits();
        this.serviceModel = checked.serviceModel();
        this.deployment = checked.deployment();
        this.providerHeadquarters = checked.providerHeadquarters();
        this.nonResidentAccess = checked.nonResidentAccessValue();
        this.dataLocations = locations(checked.dataLocations());
        this.kpis = revisedKpis;
        this.assets = checked.assetIds().stream()
                .map(assetId -> new ScopedAsset(assetId, categoriesOf(assetId)))
                .collect(Collectors.toUnmodifiableSet());
        this.updatedAt = now;
        return changes;
    }

    /** Keeps a newly computed scoping, and the asset categories it was computed from. */
    void rescope(ScopingSnapshot scoping, Map<UUID, Set<AssetCategory>> assetCategories, Instant now) {
        this.scopingRelease = scoping.release();
        this.scopingJson = scoping.toJson();
        this.sections =
                scoping.sectionSet().stream().map(ApplicableSection::new).collect(Collectors.toUnmodifiableSet());
        this.assets = assetIds().stream()
                .map(assetId -> new ScopedAsset(
                        assetId,
                        assetCategories.getOrDefault(assetId, Set.of()).stream()
                                .map(AssetCategory::name)
                                .sorted()
                                .collect(Collectors.joining(","))))
                .collect(Collectors.toUnmodifiableSet());
        this.updatedAt = now;
    }

    /**
     * Records a measured value of a KPI.
     *
     * @param latestToday the latest calendar date anywhere; a value cannot have been measured after it
     */
    Measurement measure(
            UUID kpiId,
            LocalDate measuredOn,
            BigDecimal value,
            @Nullable String note,
            LocalDate latestToday,
            String recordedBy,
            Instant now) {
        return measure(kpiId, measuredOn, value, note, latestToday, null, recordedBy, now);
    }

    /** Records a measured value of a KPI, by a user: their id is kept, and their name as it reads now. */
    Measurement measure(
            UUID kpiId,
            LocalDate measuredOn,
            BigDecimal value,
            @Nullable String note,
            LocalDate latestToday,
            @Nullable UUID recordedById,
            String recordedBy,
            Instant now) {
        requireNotClosed();
        if (kpis.stream().noneMatch(kpi -> kpi.kpiId().equals(kpiId))) {
            throw new io.mekiki.shared.NotFoundException("KPI", kpiId);
        }
        if (measuredOn.isAfter(latestToday)) {
            throw InitiativeRuleViolation.invalid("measuredOn", "initiative.error.measuredInFuture", measuredOn);
        }
        if (measurements.stream().filter(m -> m.kpiId().equals(kpiId)).count() >= Measurement.PER_KPI_MAX) {
            throw InitiativeRuleViolation.conflict(
                    "kpiId", "initiative.error.tooManyMeasurements", Measurement.PER_KPI_MAX);
        }
        String trimmedNote = optional(note);
        if (trimmedNote != null && trimmedNote.length() > Measurement.NOTE_MAX) {
            throw InitiativeRuleViolation.invalid("note", "initiative.error.tooLong", Measurement.NOTE_MAX);
        }
        Measurement measurement = new Measurement(
                UUID.randomUUID(), kpiId, measuredOn, value, trimmedNote, now, recordedBy, recordedById);
        List<Measurement> all = new ArrayList<>(measurements);
        all.add(measurement);
        this.measurements = List.copyOf(all);
        this.updatedAt = now;
        return measurement;
    }

    /**
     * Takes a step of the life cycle.
     *
     * @param holdingBack the gates required for the move that are not approved; the move is refused while any is
     * @return the phase the initiative was in before
     */
    InitiativePhase move(Move move, List<Gate> holdingBack, Instant now) {
        if (!Move.available(phase, branch).contains(move)) {
            throw InitiativeRuleViolation.conflict(null, "initiative.error.moveNotAvailable", phase.name());
        }
        if (!holdingBack.isEmpty()) {
            throw new GatesOpenException(move, holdingBack);
        }
        InitiativePhase from = phase;
        switch (move) {
            case NEXT -> {
                phase = move.target(phase);
                if (phase == InitiativePhase.OPERATION) {
                    year = 1;
                    yearStartedAt = now;
                }
            }
            case CONTINUE -> {
                phase = InitiativePhase.OPERATION;
                year++;
                yearStartedAt = now;
            }
            case TERMINATE -> branch = Branch.TERMINATE;
            case CLOSE -> phase = InitiativePhase.CLOSED;
        }
        if (phase != from) {
            phaseEnteredAt = now;
        }
        updatedAt = now;
        return from;
    }

    /** The plan as it stands. */
    public InitiativePlan plan() {
        return new InitiativePlan(
                title,
                businessOwnerId,
                purpose,
                benefits,
                kpis.stream()
                        .map(kpi ->
                                new KpiDefinition(kpi.kpiId(), kpi.name(), kpi.unit(), kpi.baseline(), kpi.target()))
                        .toList(),
                assetIds(),
                serviceModel,
                deployment,
                dataLocations(),
                providerHeadquarters,
                Tristate.of(nonResidentAccess));
    }

    private InitiativePlan withNonResidentAccess(InitiativePlan plan) {
        return new InitiativePlan(
                plan.title(),
                plan.businessOwnerId(),
                plan.purpose(),
                plan.benefits(),
                plan.kpis(),
                plan.assetIds(),
                plan.serviceModel(),
                plan.deployment(),
                plan.dataLocations(),
                plan.providerHeadquarters(),
                Tristate.of(nonResidentAccess));
    }

    /** Whether non-residents would reach the data of the planned service; null while not known. */
    public @Nullable Boolean nonResidentAccess() {
        return nonResidentAccess;
    }

    /** The current scoping, as kept. */
    public ScopingSnapshot scoping() {
        return ScopingSnapshot.fromJson(scopingJson);
    }

    public boolean tradeSecretApplies() {
        return sections.stream().anyMatch(section -> section.section() == Section.TRADE_SECRET);
    }

    /** The categories of each asset in scope, as the last scoping saw them. */
    public Map<UUID, Set<AssetCategory>> assetCategories() {
        Map<UUID, Set<AssetCategory>> categories = new TreeMap<>();
        for (ScopedAsset asset : assets) {
            Set<AssetCategory> set = EnumSet.noneOf(AssetCategory.class);
            if (!asset.categories().isEmpty()) {
                for (String name : asset.categories().split(",")) {
                    set.add(AssetCategory.valueOf(name));
                }
            }
            categories.put(asset.assetId(), set);
        }
        return categories;
    }

    /** Every field that the audit ledger records for a new initiative. */
    Map<String, Object> facts() {
        Map<String, Object> facts = new TreeMap<>(fields(plan(), kpis));
        facts.put("phase", phase.name());
        facts.put("scopingRelease", scopingRelease);
        return facts;
    }

    public List<Measurement> measurementsOf(UUID kpiId) {
        return measurements.stream()
                .filter(measurement -> measurement.kpiId().equals(kpiId))
                .sorted(Comparator.comparing(Measurement::measuredOn).thenComparing(Measurement::recordedAt))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String title() {
        return title;
    }

    public UUID businessOwnerId() {
        return businessOwnerId;
    }

    public String purpose() {
        return purpose;
    }

    public String benefits() {
        return benefits;
    }

    public @Nullable ServiceModel serviceModel() {
        return serviceModel;
    }

    public @Nullable Deployment deployment() {
        return deployment;
    }

    public @Nullable String providerHeadquarters() {
        return providerHeadquarters;
    }

    public Set<UUID> assetIds() {
        return assets.stream().map(ScopedAsset::assetId).collect(Collectors.toUnmodifiableSet());
    }

    /** Sorted. */
    public List<String> dataLocations() {
        return dataLocations.stream().map(DataLocation::country).sorted().toList();
    }

    public List<Kpi> kpis() {
        return kpis;
    }

    public List<Measurement> measurements() {
        return measurements;
    }

    public Set<Section> sections() {
        Set<Section> result = EnumSet.noneOf(Section.class);
        sections.forEach(section -> result.add(section.section()));
        return result;
    }

    public InitiativePhase phase() {
        return phase;
    }

    /** The branch taken in the last phase: TERMINATE once termination is decided; null otherwise. */
    public @Nullable Branch branch() {
        return branch;
    }

    /** The year of operation, 1 for the first; 0 before operation begins. */
    public int year() {
        return year;
    }

    /** When the current year of operation began; null before operation. */
    public @Nullable Instant yearStartedAt() {
        return yearStartedAt;
    }

    public Instant phaseEnteredAt() {
        return phaseEnteredAt;
    }

    public String scopingRelease() {
        return scopingRelease;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Who started it, as written then; {@link #createdById()} says who it is now. */
    public String createdBy() {
        return createdBy;
    }

    /** The user who started it; null for an initiative whose starter could not be matched to a user. */
    public @Nullable UUID createdById() {
        return createdById;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version; an edit must name it, so that nobody overwrites a change they have not seen. */
    public @Nullable Long version() {
        return version;
    }

    private void requireNotClosed() {
        if (phase.closed()) {
            throw InitiativeRuleViolation.conflict(null, "initiative.error.closed");
        }
    }

    private boolean hasMeasurements(UUID kpiId) {
        return measurements.stream().anyMatch(measurement -> measurement.kpiId().equals(kpiId));
    }

    private String categoriesOf(UUID assetId) {
        return assets.stream()
                .filter(asset -> asset.assetId().equals(assetId))
                .map(ScopedAsset::categories)
                .findFirst()
                .orElse("");
    }

    /** The plan with its text trimmed and countries in upper case; refuses what cannot be kept. */
    static InitiativePlan checked(InitiativePlan plan) {
        String title = optional(plan.title());
        if (title == null) {
            throw InitiativeRuleViolation.invalid("title", "initiative.error.required");
        }
        requireLength("title", title, InitiativePlan.TITLE_MAX);
        if (plan.businessOwnerId() == null) {
            throw InitiativeRuleViolation.invalid("businessOwnerId", "initiative.error.required");
        }
        String purpose = Objects.requireNonNullElse(optional(plan.purpose()), "");
        requireLength("purpose", purpose, InitiativePlan.TEXT_MAX);
        String benefits = Objects.requireNonNullElse(optional(plan.benefits()), "");
        requireLength("benefits", benefits, InitiativePlan.TEXT_MAX);
        if (plan.kpis().size() > InitiativePlan.KPIS_MAX) {
            throw InitiativeRuleViolation.invalid("kpis", "initiative.error.tooManyKpis", InitiativePlan.KPIS_MAX);
        }
        List<KpiDefinition> kpis = new ArrayList<>();
        Set<String> kpiNames = new HashSet<>();
        for (int i = 0; i < plan.kpis().size(); i++) {
            KpiDefinition kpi = plan.kpis().get(i);
            String name = optional(kpi.name());
            if (name == null) {
                throw InitiativeRuleViolation.invalid("kpis[" + i + "].name", "initiative.error.required");
            }
            requireLength("kpis[" + i + "].name", name, InitiativePlan.KPI_NAME_MAX);
            if (!kpiNames.add(name.toLowerCase(Locale.ROOT))) {
                throw InitiativeRuleViolation.invalid("kpis[" + i + "].name", "initiative.error.kpiNameTwice", name);
            }
            String unit = Objects.requireNonNullElse(optional(kpi.unit()), "");
            requireLength("kpis[" + i + "].unit", unit, InitiativePlan.KPI_UNIT_MAX);
            kpis.add(new KpiDefinition(kpi.id(), name, unit, kpi.baseline(), kpi.target()));
        }
        if (plan.assetIds().size() > InitiativePlan.ASSETS_MAX) {
            throw InitiativeRuleViolation.invalid(
                    "assetIds", "initiative.error.tooManyAssets", InitiativePlan.ASSETS_MAX);
        }
        if (plan.dataLocations().size() > InitiativePlan.DATA_LOCATIONS_MAX) {
            throw InitiativeRuleViolation.invalid(
                    "dataLocations", "initiative.error.tooManyLocations", InitiativePlan.DATA_LOCATIONS_MAX);
        }
        Set<String> locations = new LinkedHashSet<>();
        for (int i = 0; i < plan.dataLocations().size(); i++) {
            String country = country(plan.dataLocations().get(i));
            if (country == null) {
                throw InitiativeRuleViolation.invalid(
                        "dataLocations[" + i + "]",
                        "initiative.error.unknownCountry",
                        plan.dataLocations().get(i));
            }
            locations.add(country);
        }
        String headquarters = null;
        if (optional(plan.providerHeadquarters()) != null) {
            headquarters = country(plan.providerHeadquarters());
            if (headquarters == null) {
                throw InitiativeRuleViolation.invalid(
                        "providerHeadquarters", "initiative.error.unknownCountry", plan.providerHeadquarters());
            }
        }
        return new InitiativePlan(
                title,
                plan.businessOwnerId(),
                purpose,
                benefits,
                kpis,
                plan.assetIds(),
                plan.serviceModel(),
                plan.deployment(),
                locations.stream().sorted().toList(),
                headquarters,
                plan.nonResidentAccess());
    }

    private static @Nullable String country(@Nullable String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Countries.isKnown(normalised) ? normalised : null;
    }

    private static List<Kpi> kpis(List<KpiDefinition> definitions, List<Kpi> existing) {
        Set<UUID> known = existing.stream().map(Kpi::kpiId).collect(Collectors.toSet());
        List<Kpi> result = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            KpiDefinition definition = definitions.get(i);
            if (definition.id() != null && !known.contains(definition.id())) {
                throw InitiativeRuleViolation.invalid("kpis[" + i + "].id", "initiative.error.unknownKpi");
            }
            UUID kpiId = definition.id() == null ? UUID.randomUUID() : definition.id();
            result.add(new Kpi(
                    kpiId,
                    definition.name(),
                    Objects.requireNonNullElse(definition.unit(), ""),
                    plain(definition.baseline()),
                    plain(definition.target())));
        }
        return List.copyOf(result);
    }

    /** Numbers without trailing zeros, so that 10.0 and 10 are the same target. */
    private static @Nullable BigDecimal plain(@Nullable BigDecimal number) {
        return number == null
                ? null
                : new BigDecimal(number.stripTrailingZeros().toPlainString());
    }

    private static Set<DataLocation> locations(List<String> countries) {
        return countries.stream().map(DataLocation::new).collect(Collectors.toUnmodifiableSet());
    }

    /** The plan's fields as the ledger and the change list name them. */
    private static Map<String, Object> fields(InitiativePlan plan, List<Kpi> kpis) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", plan.title());
        fields.put(
                "businessOwnerId",
                plan.businessOwnerId() == null ? null : plan.businessOwnerId().toString());
        fields.put("purpose", plan.purpose());
        fields.put("benefits", plan.benefits());
        fields.put(
                "kpis",
                kpis.stream()
                        .map(kpi -> List.of(
                                kpi.name(),
                                kpi.unit(),
                                kpi.baseline() == null ? "" : kpi.baseline().toPlainString(),
                                kpi.target() == null ? "" : kpi.target().toPlainString()))
                        .toList());
        fields.put(
                "assetIds",
                plan.assetIds().stream().map(UUID::toString).sorted().toList());
        fields.put(
                "serviceModel",
                plan.serviceModel() == null ? null : plan.serviceModel().name());
        fields.put(
                "deployment",
                plan.deployment() == null ? null : plan.deployment().name());
        fields.put("dataLocations", plan.dataLocations().stream().sorted().toList());
        fields.put("providerHeadquarters", plan.providerHeadquarters());
        fields.put("nonResidentAccess", plan.nonResidentAccessValue());
        return fields;
    }

    private static void requireLength(String field, String text, int max) {
        if (text.length() > max) {
            throw InitiativeRuleViolation.invalid(field, "initiative.error.tooLong", max);
        }
    }

    private static @Nullable String optional(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
