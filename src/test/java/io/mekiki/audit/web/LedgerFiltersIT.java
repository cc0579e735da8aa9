package io.mekiki.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.shared.OrganizationTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The ledger list API takes the page's filters: subject name, person, operation and days in the org's zone. */
class LedgerFiltersIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final OrganizationTime time;

    private MekikiUser auditor;
    private MekikiUser officer;
    private MekikiUser owner;
    private String officersAsset;

    @Autowired
    LedgerFiltersIT(IdentityFixtures fixtures, OrganizationTime time) {
        this.fixtures = fixtures;
        this.time = time;
    }

    @BeforeEach
    void twoPeopleRegisterAssets() {
        UUID organization = fixtures.organization();
        auditor = fixtures.user(organization, Role.AUDITOR);
        officer = fixtures.user(organization, Role.RISK_OFFICER);
        owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        officersAsset = register(officer, "顧客台帳").json().get("id").asString();
        register(owner, "会計帳簿");
    }

    @Test
    void entriesAreFilteredByPersonOperationAndSubjectName() {
        assertThat(subjects("?actor=" + officer.userId())).containsExactly(officersAsset);
        assertThat(subjects("?action=assets.asset.registered")).hasSize(2);
        assertThat(subjects("?action=assets.asset.archived")).isEmpty();
        assertThat(subjects("?subject=顧客")).containsExactly(officersAsset);
        assertThat(subjects("?subject=台帳&subjectType=INFORMATION_ASSET")).containsExactly(officersAsset);
        assertThat(subjects("?subject=台帳&subjectType=INITIATIVE")).isEmpty();
        assertThat(subjects("?subject=no such name")).isEmpty();
        assertThat(subjects("?subject=台帳&actor=" + owner.userId())).isEmpty();
    }

    @Test
    void daysCountInTheOrganisationsCalendarAndTimesStayInstants() {
        LocalDate today = time.today(auditor.organizationId());

        assertThat(subjects("?action=assets.asset.registered&from=" + today + "&to=" + today))
                .hasSize(2);
        assertThat(subjects("?action=assets.asset.registered&from=" + today.plusDays(1)))
                .isEmpty();
        assertThat(subjects("?action=assets.asset.registered&to=" + today.minusDays(1)))
                .isEmpty();
        JsonNode entry = api(auditor)
                .get("/api/v1/audit/entries?size=1")
                .json()
                .get("entries")
                .get(0);
        assertThat(entry.get("recordedAt").asString()).endsWith("Z");
    }

    @Test
    void anUnreadableDayIsRefusedNamingTheParameter() {
        Response refused = api(auditor).get("/api/v1/audit/entries?from=yesterday");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().toString()).contains("from");
    }

    private List<String> subjects(String query) {
        Response found = api(auditor).get("/api/v1/audit/entries" + query);
        assertThat(found.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        found.json().get("entries").forEach(entry -> {
            if ("INFORMATION_ASSET".equals(entry.get("subjectType").asString())) {
                ids.add(entry.get("subjectId").asString());
            }
        });
        return ids;
    }

    private Response register(MekikiUser user, String name) {
        Response created = api(user)
                .post(
                        "/api/v1/assets",
                        Map.of(
                                "name",
                                name,
                                "categories",
                                List.of("PERSONAL_DATA"),
                                "assetValue",
                                "HIGH",
                                "riskTolerance",
                                "LOW"));
        assertThat(created.status()).isEqualTo(201);
        return created;
    }

    private BearerClient api(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }
}
