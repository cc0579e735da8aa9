package io.mekiki.profile.web;

import io.mekiki.profile.InternalPolicy;
import io.mekiki.profile.OrganizationProfile;
import io.mekiki.profile.OrganizationProfiles;
import io.mekiki.profile.PolicyStatus;
import io.mekiki.profile.ProfileUpdate;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.Tristate;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/profile")
@Tag(
        name = "Organisation profile",
        description = "Company form, sectors, headquarters and internal policies that decide which checks apply"
                + " (everyone reads; ADMIN and RISK_OFFICER change)")
class ProfileApi {

    private final OrganizationProfiles profiles;
    private final PeopleDirectory people;

    ProfileApi(OrganizationProfiles profiles, PeopleDirectory people) {
        this.profiles = profiles;
        this.people = people;
    }

    @GetMapping
    @Operation(
            summary = "My organisation's compliance profile",
            description = "Until the profile is first saved, the defaults are returned with version null.")
    ProfileView get(@AuthenticationPrincipal SignedInUser user) {
        return view(profiles.profileOf(user.organizationId()));
    }

    @PutMapping
    @Operation(
            summary = "Replace my organisation's compliance profile (ADMIN, RISK_OFFICER)",
            description = "Send the version you read (null while the defaults apply); if someone saved in"
                    + " between, the update is refused with 409. GENERAL is always one of the sectors. A policy"
                    + " left out is not in force. Review dates cannot lie in the future. An unknown timeZone is refused"
                    + " with 400 naming the field.")
    @ApiResponse(responseCode = "200", description = "Saved (or unchanged)")
    @ApiResponse(responseCode = "400", description = "Bad input; errors[].field names the field")
    @ApiResponse(responseCode = "403", description = "Your roles may read but not change the profile")
    @ApiResponse(responseCode = "409", description = "Someone else saved the profile since you read it")
    ProfileView put(@AuthenticationPrincipal SignedInUser user, @Valid @RequestBody ProfileRequest request) {
        return view(profiles.update(user, request.toUpdate()));
    }

    private ProfileView view(OrganizationProfile profile) {
        return ProfileView.of(
                profile,
                profile.updatedBy() == null
                        ? null
                        : people.nameOf(profile.organizationId(), profile.updatedById(), profile.updatedBy()));
    }

    record ProfileRequest(
            @Schema(description = "A large company (会社法の大会社) with a board of directors") @NotNull
            Boolean largeCompanyWithBoard,

            @Schema(description = "Listed on a stock exchange") @NotNull
            Boolean listed,

            @Nullable Set<Sector> sectors,

            @Schema(description = "ISO 3166-1 alpha-2", example = "JP") @NotBlank @Size(max = 100)
            String headquartersCountry,

            @Nullable Map<InternalPolicy, @Valid @NotNull PolicyRequest> policies,

            @Schema(
                    description = "The organisation's time zone (IANA id). Pages show every time in it and"
                            + " count due dates in its calendar; the API keeps ISO-8601 instants. Left"
                            + " out, the current zone stays (Asia/Tokyo until changed).",
                    example = "Asia/Tokyo")
            @Nullable
            @Size(max = 64)
            String timeZone,

            @Schema(
                    description = "Whether the organisation is a designated operator of critical infrastructure"
                            + " (経済安全保障推進法 特定社会基盤事業者): true, false, or null for not known. Left out,"
                            + " the stored answer stays (see docs/api-conventions.md, fields added later).",
                    type = "boolean",
                    nullable = true)
            @Nullable
            JsonNode criticalInfrastructure,

            @Schema(description = "The version you read; null while the defaults apply") @Nullable
            Long version) {

        ProfileUpdate toUpdate() {
            Map<InternalPolicy, PolicyStatus> statuses = new EnumMap<>(InternalPolicy.class);
            if (policies != null) {
                policies.forEach((policy, status) ->
                        statuses.put(policy, new PolicyStatus(status.inForce(), status.lastReviewedOn())));
            }
            return new ProfileUpdate(
                    largeCompanyWithBoard,
                    listed,
                    sectors == null ? Set.of() : sectors,
                    headquartersCountry,
                    statuses,
                    timeZone,
                    Tristate.fromJson("criticalInfrastructure", criticalInfrastructure),
                    version);
        }
    }

    record PolicyRequest(@NotNull Boolean inForce, @Nullable LocalDate lastReviewedOn) {}

    record ProfileView(
            UUID organizationId,
            boolean largeCompanyWithBoard,
            boolean listed,

            @Schema(description = "true, false, or null while not known") @Nullable
            Boolean criticalInfrastructure,

            List<Sector> sectors,
            String headquartersCountry,
            String timeZone,
            Map<InternalPolicy, PolicyStatus> policies,
            @Nullable Long version,
            @Nullable Instant updatedAt,

            @Schema(description = "who last saved it, named as they read now; null while the defaults apply") @Nullable
            String updatedBy,

            @Schema(description = "the user who last saved it; null while the defaults apply") @Nullable
            UUID updatedById) {

        static ProfileView of(OrganizationProfile profile, @Nullable String updatedBy) {
            return new ProfileView(
                    profile.organizationId(),
                    profile.largeCompanyWithBoard(),
                    profile.listed(),
                    profile.criticalInfrastructure(),
                    profile.sectors().stream().sorted().toList(),
                    profile.headquartersCountry(),
                    profile.timeZone().getId(),
                    profile.policies(),
                    profile.version(),
                    profile.updatedAt(),
                    updatedBy,
                    profile.updatedById());
        }
    }
}
