package io.mekiki.profile;

import io.mekiki.shared.Sector;
import io.mekiki.shared.Tristate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A new content for the compliance profile; it replaces the whole profile.
 *
 * @param sectors the business sectors; {@link Sector#GENERAL} is added if missing
 * @param headquartersCountry ISO 3166-1 alpha-2 code, in any case
 * @param policies the status per policy; a missing policy is not in force and has no review date
 * @param timeZone a time zone id such as {@code Asia/Tokyo} or {@code Europe/London}; {@code null}
 *     keeps the current zone
 * @param criticalInfrastructure yes, no or not known; {@code null} keeps the stored answer (a client that
 *     does not know the field yet does not reset it)
 * @param expectedVersion the version the editor started from ({@code null} for the defaults); a
 *     different stored version means someone else saved in between, and the update is refused
 */
public record ProfileUpdate(
        boolean largeCompanyWithBoard,
        boolean listed,
        Set<Sector> sectors,
        String headquartersCountry,
        Map<InternalPolicy, PolicyStatus> policies,
        @Nullable String timeZone,
        @Nullable Tristate criticalInfrastructure,
        @Nullable Long expectedVersion) {

    /** An update that keeps the critical-infrastructure answer. */
    public ProfileUpdate(
            boolean largeCompanyWithBoard,
            boolean listed,
            Set<Sector> sectors,
            String headquartersCountry,
            Map<InternalPolicy, PolicyStatus> policies,
            @Nullable String timeZone,
            @Nullable Long expectedVersion) {
        this(largeCompanyWithBoard, listed, sectors, headquartersCountry, policies, timeZone, null, expectedVersion);
    }

    /** An update that keeps the current time zone. */
    public ProfileUpdate(
            boolean largeCompanyWithBoard,
            boolean listed,
            Set<Sector> sectors,
            String headquartersCountry,
            Map<InternalPolicy, PolicyStatus> policies,
            @Nullable Long expectedVersion) {
        this(largeCompanyWithBoard, listed, sectors, headquartersCountry, policies, null, null, expectedVersion);
    }

    public ProfileUpdate {
        sectors = sectors == null ? Set.of() : Set.copyOf(sectors);
        policies = policies == null ? Map.of() : Map.copyOf(policies);
        headquartersCountry = headquartersCountry == null ? "" : headquartersCountry;
    }
}
