package io.mekiki.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.instruction.Instructions;
import io.mekiki.provider.AttestationWatch;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.Sector;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ProfileIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;
    private final OrganizationProfiles profiles;
    private final OrganizationTime time;
    private final Instructions instructions;
    private final AttestationWatch attestations;

    @Autowired
    ProfileIT(
            IdentityFixtures fixtures,
            AuditLedger ledger,
            OrganizationProfiles profiles,
            OrganizationTime time,
            Instructions instructions,
            AttestationWatch attestations) {
        this.attestations = attestations;
        this.time = time;
        this.instructions = instructions;
        this.fixtures = fixtures;
        this.ledger = ledger;
        this.profiles = profiles;
    }

    @Test
    void anOrganisationReadsTheDefaultsUntilItSavesAProfile() {
        MekikiUser reader = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);

        Response profile = api(reader).get("/api/v1/profile");

        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("version").isNull()).isTrue();
        assertThat(texts(profile.json().get("sectors"))).containsExactly("GENERAL");
        assertThat(profile.json().get("headquartersCountry").asString()).isEqualTo("JP");
        assertThat(profile.json().get("listed").asBoolean()).isFalse();
        assertThat(profile.json().get("policies").get("SECURITY").get("inForce").asBoolean())
                .isFalse();
        assertThat(profiles.profileOf(reader.organizationId()))
                .isEqualTo(OrganizationProfile.defaults(reader.organizationId()));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void whoSavedTheProfileIsKeptByUserIdAndShownByTheirCurrentName() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser auditor = fixtures.user(officer.organizationId(), Role.AUDITOR);
        assertThat(api(officer).put("/api/v1/profile", profile(null)).status()).isEqualTo(200);

        jdbc.sql("update identity_user_account set display_name = ?, email = ? where id = ?")
                .params("改名 後男", "renamed-" + officer.userId() + "@example.test", officer.userId())
                .update();

        JsonNode read = api(auditor).get("/api/v1/profile").json();
        assertThat(read.get("updatedBy").asString()).isEqualTo("改名 後男");
        assertThat(read.get("updatedById").asString())
                .isEqualTo(officer.userId().toString());
        assertThat(profiles.profileOf(officer.organizationId()).updatedBy())
                .as("the name as written at the time stays beside the id")
                .contains(officer.email());
    }

    @Test
    void aRiskOfficerSavesTheProfileAndEveryoneInTheOrganisationReadsIt() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser auditor = fixtures.user(officer.organizationId(), Role.AUDITOR);

        Response saved = api(officer).put("/api/v1/profile", profile(null));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("version").asLong()).isZero();
        JsonNode read = api(auditor).get("/api/v1/profile").json();
        assertThat(read.get("largeCompanyWithBoard").asBoolean()).isTrue();
        assertThat(read.get("listed").asBoolean()).isTrue();
        assertThat(texts(read.get("sectors"))).containsExactly("GENERAL", "FINANCE", "MEDICAL");
        assertThat(read.get("headquartersCountry").asString()).isEqualTo("JP");
        assertThat(read.get("policies").get("SECURITY").get("lastReviewedOn").asString())
                .isEqualTo("2026-04-01");
        assertThat(read.get("policies").get("TRADE_SECRET").get("inForce").asBoolean())
                .isFalse();
        assertThat(read.get("updatedBy").asString()).isEqualTo(officer.displayName());
        assertThat(read.get("updatedById").asString())
                .isEqualTo(officer.userId().toString());

        OrganizationProfile forScoping = profiles.profileOf(officer.organizationId());
        assertThat(forScoping.largeCompanyWithBoard()).isTrue();
        assertThat(forScoping.inSector(Sector.FINANCE)).isTrue();
        assertThat(forScoping.policy(InternalPolicy.SECURITY).lastReviewedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
    }

    @Test
    void administratorsMaySaveTooButOtherRolesOnlyRead() {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        assertThat(api(admin).put("/api/v1/profile", profile(null)).status()).isEqualTo(200);

        for (Role reader : List.of(Role.EXECUTIVE, Role.AUDITOR, Role.BUSINESS_OWNER)) {
            MekikiUser user = fixtures.user(admin.organizationId(), reader);
            Map<String, Object> change = profile(0L);
            change.put("listed", false);

            Response refused = api(user).put("/api/v1/profile", change);

            assertThat(refused.status()).as("%s saves", reader).isEqualTo(403);
            assertThat(api(user).get("/api/v1/profile").status()).isEqualTo(200);
        }
        assertThat(profiles.profileOf(admin.organizationId()).listed()).isTrue();
    }

    @Test
    void everyChangeIsInTheAuditLedgerAndSavingTheSameContentAddsNothing() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = api(officer);
        api.put("/api/v1/profile", profile(null));
        Map<String, Object> change = profile(0L);
        change.put("headquartersCountry", "us");
        api.put("/api/v1/profile", change);
        Map<String, Object> same = profile(1L);
        same.put("headquartersCountry", "US");
        Response unchanged = api.put("/api/v1/profile", same);

        assertThat(unchanged.status()).isEqualTo(200);
        assertThat(unchanged.json().get("version").asLong()).isEqualTo(1);
        List<LedgerEntry> entries = ledger.entries(
                        officer.organizationId(),
                        ProfileUpdated.PROFILE,
                        officer.organizationId().toString(),
                        0,
                        10)
                .entries();
        assertThat(entries)
                .extracting(LedgerEntry::action)
                .containsExactly(ProfileUpdated.UPDATED, ProfileUpdated.UPDATED);
        assertThat(entries.get(0).change()).isEqualTo("{\"headquartersCountry\":{\"after\":\"US\",\"before\":\"JP\"}}");
        assertThat(entries.get(1).change())
                .contains("\"sectors\":{\"after\":[\"FINANCE\",\"GENERAL\",\"MEDICAL\"],\"before\":[\"GENERAL\"]}");
        assertThat(ledger.verify(officer.organizationId()).valid()).isTrue();
    }

    @Test
    void aStaleSaveIsRefusedWithAConflict() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser admin = fixtures.user(officer.organizationId(), Role.ADMIN);
        api(officer).put("/api/v1/profile", profile(null));
        Map<String, Object> first = profile(0L);
        first.put("listed", false);
        api(officer).put("/api/v1/profile", first);

        Map<String, Object> stale = profile(0L);
        stale.put("headquartersCountry", "DE");
        Response refused = api(admin).put("/api/v1/profile", stale);
        Response neverRead = api(admin).put("/api/v1/profile", profile(null));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("code").asString()).isEqualTo("profile.error.stale");
        assertThat(refused.errorFields()).containsExactly("version");
        assertThat(neverRead.status()).isEqualTo(409);
        OrganizationProfile current = profiles.profileOf(officer.organizationId());
        assertThat(current.listed()).isFalse();
        assertThat(current.headquartersCountry()).isEqualTo("JP");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndChangesNothing() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = api(officer);

        Map<String, Object> unknownSector = profile(null);
        unknownSector.put("sectors", List.of("FINANCE", "ASTROLOGY"));
        assertRefused(api.put("/api/v1/profile", unknownSector), "sectors[1]", "PUBLIC_SECTOR");

        Map<String, Object> unknownCountry = profile(null);
        unknownCountry.put("headquartersCountry", "ZZ");
        assertRefused(api.put("/api/v1/profile", unknownCountry), "headquartersCountry", "ZZ");

        Map<String, Object> unknownZone = profile(null);
        unknownZone.put("timeZone", "Mars/Olympus_Mons");
        assertRefused(api.put("/api/v1/profile", unknownZone), "timeZone", "Mars/Olympus_Mons");

        Map<String, Object> futureReview = profile(null);
        LocalDate farFuture = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        futureReview.put(
                "policies", Map.of("PRIVACY", Map.of("inForce", true, "lastReviewedOn", farFuture.toString())));
        assertRefused(api.put("/api/v1/profile", futureReview), "policies.PRIVACY.lastReviewedOn", "未来");

        Map<String, Object> badDate = profile(null);
        badDate.put("policies", Map.of("PRIVACY", Map.of("inForce", true, "lastReviewedOn", "2026-13-45")));
        assertRefused(api.put("/api/v1/profile", badDate), "policies.PRIVACY.lastReviewedOn", "形式");

        Map<String, Object> missingFlag = profile(null);
        missingFlag.remove("listed");
        assertRefused(api.put("/api/v1/profile", missingFlag), "listed", "true");

        Map<String, Object> english = profile(null);
        english.put("headquartersCountry", "ZZ");
        assertRefused(api.put("/api/v1/profile?lang=en", english), "headquartersCountry", "not an ISO 3166-1");

        assertThat(profiles.profileOf(officer.organizationId()).saved()).isFalse();
        assertThat(ledger.entries(officer.organizationId(), ProfileUpdated.PROFILE, null, 0, 10)
                        .total())
                .isZero();
    }

    @Test
    void theTimeZoneIsTokyoUntilChangedAndThenCountsTheOrganisationsDays() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = api(officer);
        assertThat(api.get("/api/v1/profile").json().get("timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(time.zoneOf(officer.organizationId())).isEqualTo(ZoneId.of("Asia/Tokyo"));

        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            Map<String, Object> change = profile(
                    api.get("/api/v1/profile").json().get("version").isNull()
                            ? null
                            : api.get("/api/v1/profile").json().get("version").asLong());
            change.put("timeZone", zone);
            Response saved = api.put("/api/v1/profile", change);

            assertThat(saved.status()).isEqualTo(200);
            assertThat(saved.json().get("timeZone").asString()).isEqualTo(zone);
            assertThat(time.zoneOf(officer.organizationId())).isEqualTo(ZoneId.of(zone));
            LocalDate today = time.today(officer.organizationId());
            assertThat(today)
                    .isIn(
                            LocalDate.now(ZoneId.of(zone)),
                            LocalDate.now(ZoneId.of(zone)).minusDays(1));
            assertThat(instructions.today(officer.organizationId())).isEqualTo(today);
            assertThat(attestations.today(officer))
                    .as("attestations end by the organisation's calendar too")
                    .isEqualTo(today);
        }
        assertThat(ledger.entries(officer.organizationId(), ProfileUpdated.PROFILE, null, 0, 1)
                        .entries()
                        .get(0)
                        .change())
                .contains("\"timeZone\":{\"after\":\"Pacific/Pago_Pago\",\"before\":\"Pacific/Kiritimati\"}");
    }

    @Test
    void eachOrganisationHasItsOwnProfile() {
        MekikiUser first = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser second = fixtures.userInNewOrganization(Role.RISK_OFFICER);

        api(first).put("/api/v1/profile", profile(null));

        assertThat(api(second).get("/api/v1/profile").json().get("listed").asBoolean())
                .isFalse();
        assertThat(profiles.profileOf(second.organizationId()).saved()).isFalse();
        assertThat(profiles.profileOf(UUID.randomUUID()).saved()).isFalse();
    }

    @Test
    void criticalInfrastructureIsKeptWhenLeftOutAndNotKnownWhenSentAsNull() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        BearerClient api = api(officer);
        assertThat(api.get("/api/v1/profile")
                        .json()
                        .get("criticalInfrastructure")
                        .isNull())
                .isTrue();

        Map<String, Object> designated = profile(null);
        designated.put("criticalInfrastructure", true);
        assertThat(api.put("/api/v1/profile", designated)
                        .json()
                        .get("criticalInfrastructure")
                        .asBoolean())
                .isTrue();

        // a client that does not know the field replaces the profile without it: the answer stays
        Map<String, Object> withoutTheField = profile(0L);
        withoutTheField.put("listed", false);
        Response kept = api.put("/api/v1/profile", withoutTheField);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("listed").asBoolean()).isFalse();
        assertThat(kept.json().get("criticalInfrastructure").asBoolean()).isTrue();
        assertThat(profiles.profileOf(officer.organizationId()).criticalInfrastructure())
                .isTrue();

        Map<String, Object> notKnown = profile(1L);
        notKnown.put("listed", false);
        notKnown.put("criticalInfrastructure", null);
        Response reset = api.put("/api/v1/profile", notKnown);
        assertThat(reset.json().get("criticalInfrastructure").isNull()).isTrue();
        assertThat(profiles.profileOf(officer.organizationId()).criticalInfrastructure())
                .isNull();
        assertThat(ledger.entries(officer.organizationId(), ProfileUpdated.PROFILE, null, 0, 10)
                        .entries()
                        .get(0)
                        .change())
                .isEqualTo("{\"criticalInfrastructure\":{\"after\":null,\"before\":true}}");

        Map<String, Object> wrong = profile(2L);
        wrong.put("criticalInfrastructure", "maybe");
        assertRefused(api.put("/api/v1/profile?lang=en", wrong), "criticalInfrastructure", "true, false or null");
    }

    private static void assertRefused(Response response, String field, String messagePart) {
        assertThat(response.status()).as("status of %s", response.json()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).contains(field);
        assertThat(String.join(" ", response.errorMessages())).contains(messagePart);
    }

    /** A listed large company in finance and medicine, headquartered in Japan. */
    private static Map<String, Object> profile(Long version) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("largeCompanyWithBoard", true);
        profile.put("listed", true);
        profile.put("sectors", List.of("FINANCE", "MEDICAL"));
        profile.put("headquartersCountry", "JP");
        profile.put(
                "policies",
                Map.of(
                        "SECURITY", Map.of("inForce", true, "lastReviewedOn", "2026-04-01"),
                        "PRIVACY", Map.of("inForce", true),
                        "IT_GENERAL_CONTROLS", Map.of("inForce", true, "lastReviewedOn", "2025-10-01")));
        profile.put("version", version);
        return profile;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    private BearerClient api(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }
}
