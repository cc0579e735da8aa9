package io.mekiki.profile;

import io.mekiki.shared.Actor;
import io.mekiki.shared.Sector;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
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

/** The stored compliance profile of one organisation; it exists once the organisation first saves it. */
@Table("profile_organization_profile")
class ComplianceProfile {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Id
    private final UUID organizationId;

    private boolean largeCompanyWithBoard;
    private boolean listed;
    private @Nullable Boolean criticalInfrastructure;
    private String headquartersCountry;
    private String timeZone;

    @MappedCollection(idColumn = "organization_id")
    private Set<SectorMembership> sectors;

    @MappedCollection(idColumn = "organization_id")
    private Set<PolicyState> policies;

    private @Nullable Instant updatedAt;
    private @Nullable String updatedBy;
    private @Nullable UUID updatedById;

    @Version
    private @Nullable Long version;

    @PersistenceCreator
    ComplianceProfile(
            UUID organizationId,
            boolean largeCompanyWithBoard,
            boolean listed,
            @Nullable Boolean criticalInfrastructure,
            String headquartersCountry,
            String timeZone,
            Set<SectorMembership> sectors,
            Set<PolicyState> policies,
            @Nullable Instant updatedAt,
            @Nullable String updatedBy,
            @Nullable UUID updatedById,
            @Nullable Long version) {
        this.organizationId = organizationId;
        this.largeCompanyWithBoard = largeCompanyWithBoard;
        this.listed = listed;
        this.criticalInfrastructure = criticalInfrastructure;
        this.headquartersCountry = headquartersCountry;
        this.timeZone = timeZone;
        this.sectors = Set.copyOf(sectors);
        this.policies = Set.copyOf(policies);
        this.updatedAt = updatedAt;
        this.updatedBy = updatedBy;
        this.updatedById = updatedById;
        this.version = version;
    }

    /** The defaults of an organisation that has not saved its profile; not stored until revised. */
    static ComplianceProfile defaults(UUID organizationId) {
        OrganizationProfile defaults = OrganizationProfile.defaults(organizationId);
        return new ComplianceProfile(
                organizationId,
                defaults.largeCompanyWithBoard(),
                defaults.listed(),
                defaults.criticalInfrastructure(),
                defaults.headquartersCountry(),
                defaults.timeZone().getId(),
                memberships(defaults.sectors()),
                states(defaults.policies()),
                null,
                null,
                null,
                null);
    }

    /**
     * Replaces the content with the update and returns what changed (field to before and after), empty
     * when nothing did. The first save records every field: it confirms the defaults even where they stay.
     *
     * @param latestToday the latest calendar date anywhere; a review cannot have happened after it
     */
    Map<String, Object> revise(ProfileUpdate update, LocalDate latestToday, Actor actor, Instant now) {
        if (!Objects.equals(update.expectedVersion(), version)) {
            throw ProfileRuleViolation.stale();
        }
        String country = update.headquartersCountry().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw ProfileRuleViolation.invalid(
                    "headquartersCountry", "profile.error.unknownCountry", update.headquartersCountry());
        }
        ZoneId zone = zone(update.timeZone());
        for (var entry : update.policies().entrySet()) {
            LocalDate reviewedOn = entry.getValue().lastReviewedOn();
            if (reviewedOn != null && reviewedOn.isAfter(latestToday)) {
                throw ProfileRuleViolation.invalid(
                        "policies." + entry.getKey().name() + ".lastReviewedOn",
                        "profile.error.reviewInFuture",
                        reviewedOn.toString());
            }
        }
        OrganizationProfile before = view();
        OrganizationProfile after = new OrganizationProfile(
                organizationId,
                update.largeCompanyWithBoard(),
                update.listed(),
                // left out of the update: the stored answer stays (ADR 027, api-conventions)
                update.criticalInfrastructure() == null
                        ? criticalInfrastructure
                        : update.criticalInfrastructure().value(),
                update.sectors(),
                country,
                zone,
                update.policies(),
                version,
                updatedAt,
                updatedBy,
                updatedById);
        Map<String, Object> changes = differences(before, after);
        if (changes.isEmpty()) {
            return changes;
        }
        this.largeCompanyWithBoard = after.largeCompanyWithBoard();
        this.listed = after.listed();
        this.criticalInfrastructure = after.criticalInfrastructure();
        this.headquartersCountry = after.headquartersCountry();
        this.timeZone = after.timeZone().getId();
        this.sectors = memberships(after.sectors());
        this.policies = states(after.policies());
        this.updatedAt = now;
        this.updatedBy = actor.name();
        this.updatedById = userIdOf(actor);
        return changes;
    }

    /** The user behind an actor; null for the system. */
    private static @Nullable UUID userIdOf(Actor actor) {
        try {
            return UUID.fromString(actor.id());
        } catch (IllegalArgumentException notAUser) {
            return null;
        }
    }

    /** The zone named in the update, the current one when the update names none. */
    private ZoneId zone(@Nullable String requested) {
        if (requested == null) {
            return ZoneId.of(timeZone);
        }
        String id = requested.strip();
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw ProfileRuleViolation.invalid("timeZone", "profile.error.unknownTimeZone", requested);
        }
        return ZoneId.of(id);
    }

    OrganizationProfile view() {
        Map<InternalPolicy, PolicyStatus> statuses = new EnumMap<>(InternalPolicy.class);
        policies.forEach(state -> statuses.put(state.policy(), state.status()));
        Set<Sector> sectorSet = EnumSet.noneOf(Sector.class);
        sectors.forEach(membership -> sectorSet.add(membership.sector()));
        return new OrganizationProfile(
                organizationId,
                largeCompanyWithBoard,
                listed,
                criticalInfrastructure,
                sectorSet,
                headquartersCountry,
                ZoneId.of(timeZone),
                statuses,
                version,
                updatedAt,
                updatedBy,
                updatedById);
    }

    private static Map<String, Object> differences(OrganizationProfile before, OrganizationProfile after) {
        Map<String, Object> changes = new TreeMap<>();
        boolean everyField = !before.saved();
        compare(
                changes,
                everyField,
                "largeCompanyWithBoard",
                before.largeCompanyWithBoard(),
                after.largeCompanyWithBoard());
        compare(changes, everyField, "listed", before.listed(), after.listed());
        if (everyField || !Objects.equals(before.criticalInfrastructure(), after.criticalInfrastructure())) {
            compare(
                    changes,
                    true,
                    "criticalInfrastructure",
                    before.criticalInfrastructure(),
                    after.criticalInfrastructure());
        }
        compare(changes, everyField, "headquartersCountry", before.headquartersCountry(), after.headquartersCountry());
        compare(
                changes,
                everyField,
                "timeZone",
                before.timeZone().getId(),
                after.timeZone().getId());
        compare(changes, everyField, "sectors", names(before.sectors()), names(after.sectors()));
        for (InternalPolicy policy : InternalPolicy.values()) {
            PolicyStatus was = before.policy(policy);
            PolicyStatus now = after.policy(policy);
            compare(changes, everyField, "policies." + policy.name() + ".inForce", was.inForce(), now.inForce());
            compare(
                    changes,
                    everyField,
                    "policies." + policy.name() + ".lastReviewedOn",
                    text(was.lastReviewedOn()),
                    text(now.lastReviewedOn()));
        }
        return changes;
    }

    private static void compare(
            Map<String, Object> changes, boolean always, String field, Object before, Object after) {
        if (always || !Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", before);
            change.put("after", after);
            changes.put(field, change);
        }
    }

    private static List<String> names(Set<Sector> sectors) {
        return sectors.stream().map(Sector::name).sorted().toList();
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static Set<SectorMembership> memberships(Set<Sector> sectors) {
        return sectors.stream().map(SectorMembership::new).collect(Collectors.toUnmodifiableSet());
    }

    private static Set<PolicyState> states(Map<InternalPolicy, PolicyStatus> statuses) {
        return statuses.entrySet().stream()
                .map(entry -> new PolicyState(
                        entry.getKey(),
                        entry.getValue().inForce(),
                        entry.getValue().lastReviewedOn()))
                .collect(Collectors.toUnmodifiableSet());
    }
}
