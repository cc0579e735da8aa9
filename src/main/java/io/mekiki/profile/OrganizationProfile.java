package io.mekiki.profile;

import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.Sector;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An organisation's compliance profile as other modules read it; immutable.
 *
 * @param criticalInfrastructure whether the organisation is a designated operator of critical
 *     infrastructure (経済安全保障推進法 特定社会基盤事業者); null while not known
 * @param sectors the business sectors; always contains {@link Sector#GENERAL}
 * @param headquartersCountry ISO 3166-1 alpha-2 code, e.g. {@code JP}
 * @param timeZone the zone every time is shown in and whose calendar counts due dates
 * @param policies the status of every internal policy
 * @param version the stored version, or {@code null} while the organisation still has the defaults
 * @param updatedAt when the profile was last saved, or {@code null} while it has the defaults
 * @param updatedBy who last saved it, as written then ("name &lt;e-mail&gt;"), or {@code null} while it has the
 *     defaults; show the user's current name through {@link io.mekiki.shared.PeopleDirectory} and {@code
 *     updatedById}, and this text only when no user matches
 * @param updatedById the user who last saved it, or {@code null} (the defaults, or no user matched)
 */
public record OrganizationProfile(
        UUID organizationId,
        boolean largeCompanyWithBoard,
        boolean listed,
        @Nullable Boolean criticalInfrastructure,
        Set<Sector> sectors,
        String headquartersCountry,
        ZoneId timeZone,
        Map<InternalPolicy, PolicyStatus> policies,
        @Nullable Long version,
        @Nullable Instant updatedAt,
        @Nullable String updatedBy,
        @Nullable UUID updatedById) {

    public static final String JAPAN = "JP";

    public OrganizationProfile {
        Set<Sector> copiedSectors = EnumSet.of(Sector.GENERAL);
        copiedSectors.addAll(sectors);
        sectors = Collections.unmodifiableSet(copiedSectors);
        Map<InternalPolicy, PolicyStatus> copiedPolicies = new EnumMap<>(InternalPolicy.class);
        for (InternalPolicy policy : InternalPolicy.values()) {
            copiedPolicies.put(policy, policies.getOrDefault(policy, PolicyStatus.none()));
        }
        policies = Collections.unmodifiableMap(copiedPolicies);
    }

    /** The profile of an organisation that has not saved one yet. */
    public static OrganizationProfile defaults(UUID organizationId) {
        return new OrganizationProfile(
                organizationId,
                false,
                false,
                null,
                EnumSet.of(Sector.GENERAL),
                JAPAN,
                OrganizationTime.DEFAULT_ZONE,
                Map.of(),
                null,
                null,
                null,
                null);
    }

    /** False while the organisation still works with the defaults. */
    public boolean saved() {
        return version != null;
    }

    public boolean headquarteredOutsideJapan() {
        return !JAPAN.equals(headquartersCountry);
    }

    public boolean inSector(Sector sector) {
        return sectors.contains(sector);
    }

    public PolicyStatus policy(InternalPolicy policy) {
        return policies.get(policy);
    }
}
