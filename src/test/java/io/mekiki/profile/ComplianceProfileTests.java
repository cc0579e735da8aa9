package io.mekiki.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.shared.Actor;
import io.mekiki.shared.Sector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ComplianceProfileTests {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Actor EDITOR = new Actor("u1", "Risk Officer <ro@example.test>");

    private final UUID organizationId = UUID.randomUUID();

    @Test
    void anOrganisationWithoutAProfileGetsTheDefaults() {
        OrganizationProfile defaults =
                ComplianceProfile.defaults(organizationId).view();

        assertThat(defaults.saved()).isFalse();
        assertThat(defaults.sectors()).containsExactly(Sector.GENERAL);
        assertThat(defaults.headquartersCountry()).isEqualTo("JP");
        assertThat(defaults.largeCompanyWithBoard()).isFalse();
        assertThat(defaults.listed()).isFalse();
        assertThat(defaults.policies()).hasSize(InternalPolicy.values().length);
        assertThat(defaults.policy(InternalPolicy.SECURITY)).isEqualTo(PolicyStatus.none());
    }

    @Test
    void generalIsAlwaysOneOfTheSectors() {
        ComplianceProfile profile = ComplianceProfile.defaults(organizationId);

        profile.revise(update(Set.of(Sector.FINANCE), "jp", Map.of(), null), TODAY, EDITOR, NOW);

        assertThat(profile.view().sectors()).containsExactlyInAnyOrder(Sector.GENERAL, Sector.FINANCE);
        assertThat(profile.view().headquartersCountry()).isEqualTo("JP");
    }

    @Test
    void theFirstSaveRecordsEveryFieldEvenWhenTheDefaultsStay() {
        ComplianceProfile profile = ComplianceProfile.defaults(organizationId);

        Map<String, Object> changes = profile.revise(update(Set.of(), "JP", Map.of(), null), TODAY, EDITOR, NOW);

        assertThat(changes).containsKeys("largeCompanyWithBoard", "listed", "headquartersCountry", "sectors");
        assertThat(changes).containsKey("policies.SECURITY.inForce");
        assertThat(profile.view().updatedBy()).isEqualTo(EDITOR.name());
        assertThat(profile.view().updatedAt()).isEqualTo(NOW);
    }

    @Test
    void aLaterRevisionReportsOnlyWhatChanged() {
        ComplianceProfile profile = saved();

        Map<String, Object> changes = profile.revise(
                new ProfileUpdate(
                        true,
                        false,
                        Set.of(),
                        "JP",
                        Map.of(InternalPolicy.SECURITY, new PolicyStatus(true, TODAY)),
                        0L),
                TODAY,
                EDITOR,
                NOW);

        assertThat(changes).containsOnlyKeys("largeCompanyWithBoard", "policies.SECURITY.lastReviewedOn");
        assertThat(changes.get("largeCompanyWithBoard")).isEqualTo(Map.of("before", false, "after", true));
    }

    @Test
    void savingTheSameContentChangesNothing() {
        ComplianceProfile profile = saved();
        OrganizationProfile before = profile.view();

        Map<String, Object> changes = profile.revise(
                new ProfileUpdate(
                        false,
                        false,
                        Set.of(Sector.GENERAL),
                        "JP",
                        Map.of(InternalPolicy.SECURITY, new PolicyStatus(true, null)),
                        0L),
                TODAY,
                EDITOR,
                NOW.plusSeconds(60));

        assertThat(changes).isEmpty();
        assertThat(profile.view()).isEqualTo(before);
    }

    @Test
    void anUnknownCountryIsRefusedNamingTheField() {
        ComplianceProfile profile = ComplianceProfile.defaults(organizationId);

        assertThatThrownBy(() -> profile.revise(update(Set.of(), "XX", Map.of(), null), TODAY, EDITOR, NOW))
                .isInstanceOfSatisfying(ProfileRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("headquartersCountry");
                    assertThat(violation.messageCode()).isEqualTo("profile.error.unknownCountry");
                });
        assertThat(profile.view().saved()).isFalse();
    }

    @Test
    void aReviewDateInTheFutureIsRefusedNamingThePolicy() {
        ComplianceProfile profile = ComplianceProfile.defaults(organizationId);
        var tomorrow = Map.of(InternalPolicy.PRIVACY, new PolicyStatus(true, TODAY.plusDays(1)));

        assertThatThrownBy(() -> profile.revise(update(Set.of(), "JP", tomorrow, null), TODAY, EDITOR, NOW))
                .isInstanceOfSatisfying(
                        ProfileRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("policies.PRIVACY.lastReviewedOn"));
    }

    @Test
    void aReviewDatedTodayIsAccepted() {
        ComplianceProfile profile = ComplianceProfile.defaults(organizationId);

        profile.revise(
                update(Set.of(), "JP", Map.of(InternalPolicy.PRIVACY, new PolicyStatus(true, TODAY)), null),
                TODAY,
                EDITOR,
                NOW);

        assertThat(profile.view().policy(InternalPolicy.PRIVACY)).isEqualTo(new PolicyStatus(true, TODAY));
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefused() {
        ComplianceProfile profile = saved();

        assertThatThrownBy(() -> profile.revise(update(Set.of(), "US", Map.of(), null), TODAY, EDITOR, NOW))
                .isInstanceOfSatisfying(ProfileRuleViolation.class, violation -> {
                    assertThat(violation.isStale()).isTrue();
                    assertThat(violation.field()).isEqualTo("version");
                });
        assertThat(profile.view().headquartersCountry()).isEqualTo("JP");
    }

    @Test
    void theProfileViewIsImmutable() {
        OrganizationProfile view = saved().view();

        assertThatThrownBy(() -> view.sectors().add(Sector.MEDICAL)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> view.policies().put(InternalPolicy.PRIVACY, PolicyStatus.none()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** A profile as stored once: version 0, security policy in force. */
    private ComplianceProfile saved() {
        return new ComplianceProfile(
                organizationId,
                false,
                false,
                null,
                "JP",
                "Asia/Tokyo",
                Set.of(new SectorMembership(Sector.GENERAL)),
                Set.of(new PolicyState(InternalPolicy.SECURITY, true, null)),
                NOW.minusSeconds(3600),
                "Someone",
                null,
                0L);
    }

    private static ProfileUpdate update(
            Set<Sector> sectors, String country, Map<InternalPolicy, PolicyStatus> policies, Long version) {
        return new ProfileUpdate(false, false, sectors, country, policies, version);
    }
}
