package io.mekiki.audit;

import static io.mekiki.audit.AuditApiClient.contentType;
import static io.mekiki.audit.AuditApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class LedgerApiIT extends ApplicationTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final IdentityFixtures identities;
    private final LedgerFixtures fixtures;
    private final AuditLedger ledger;

    @Autowired
    LedgerApiIT(IdentityFixtures identities, LedgerFixtures fixtures, AuditLedger ledger) {
        this.identities = identities;
        this.fixtures = fixtures;
        this.ledger = ledger;
    }

    private AuditApiClient api;

    @BeforeEach
    void client() {
        api = new AuditApiClient(url(""));
    }

    @Test
    void entriesComeNewestFirstInPages() {
        Reader auditor = auditorWithEntries(8);

        JsonNode first = entries(auditor, "?size=3");
        JsonNode last = entries(auditor, "?size=3&page=2");
        JsonNode beyond = entries(auditor, "?size=3&page=3");

        assertThat(sequences(first)).containsExactly(8L, 7L, 6L);
        assertThat(first.path("page").asInt()).isZero();
        assertThat(first.path("size").asInt()).isEqualTo(3);
        assertThat(first.path("total").asLong()).isEqualTo(8);
        assertThat(first.path("totalPages").asInt()).isEqualTo(3);
        assertThat(sequences(entries(auditor, "?size=3&page=1"))).containsExactly(5L, 4L, 3L);
        assertThat(sequences(last)).containsExactly(2L, 1L);
        assertThat(sequences(beyond)).isEmpty();
        assertThat(beyond.path("total").asLong()).isEqualTo(8);
    }

    @Test
    void withoutPagingParametersTheNewestFiftyEntriesCome() {
        Reader auditor = auditorWithEntries(52);

        JsonNode page = entries(auditor, "");

        assertThat(page.path("size").asInt()).isEqualTo(50);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(sequences(page)).hasSize(50).first().isEqualTo(52L);
    }

    @Test
    void everyEntryCarriesAllItsFieldsAsHashed() {
        Reader auditor = auditorWithEntries(1);
        fixtures.record(
                auditor.organization(),
                "contract.contract.signed",
                "CONTRACT",
                "contract-9",
                Map.of("vendor", "株式会社アクメ", "amount", 1200));

        JsonNode entry = entries(auditor, "?size=1").path("entries").get(0);
        LedgerEntry stored = ledger.entries(auditor.organization(), null, null, 0, 1)
                .entries()
                .get(0);

        assertThat(entry.path("sequence").asLong()).isEqualTo(2);
        assertThat(entry.path("organizationId").asString())
                .isEqualTo(auditor.organization().toString());
        assertThat(entry.path("recordedAt").asString()).isEqualTo(stored.recordedAt());
        assertThat(entry.path("actorId").asString()).isEqualTo(LedgerFixtures.AUDITED_USER.id());
        assertThat(entry.path("actorName").asString()).isEqualTo(LedgerFixtures.AUDITED_USER.name());
        assertThat(entry.path("action").asString()).isEqualTo("contract.contract.signed");
        assertThat(entry.path("subjectType").asString()).isEqualTo("CONTRACT");
        assertThat(entry.path("subjectId").asString()).isEqualTo("contract-9");
        assertThat(entry.path("change").asString()).isEqualTo("{\"amount\":1200,\"vendor\":\"株式会社アクメ\"}");
        assertThat(entry.path("changeDigest").asString()).isEqualTo(LedgerChain.sha256(stored.change()));
        assertThat(entry.path("previousHash").asString()).isEqualTo(stored.previousHash());
        assertThat(entry.path("entryHash").asString()).isEqualTo(stored.entryHash());
    }

    @Test
    void entriesCanBeFilteredBySubject() {
        Reader auditor = auditorWithEntries(1);
        UUID organization = auditor.organization();
        fixtures.record(organization, "contract.contract.signed", "CONTRACT", "contract-1", Map.of());
        fixtures.record(organization, "contract.contract.signed", "CONTRACT", "contract-2", Map.of());
        fixtures.record(organization, "vendor.vendor.rated", "VENDOR", "contract-1", Map.of());
        fixtures.record(organization, "contract.contract.renewed", "CONTRACT", "contract-1", Map.of());

        JsonNode oneContract = entries(auditor, "?subjectType=CONTRACT&subjectId=contract-1");
        JsonNode allContracts = entries(auditor, "?subjectType=CONTRACT");
        JsonNode blankFilter = entries(auditor, "?subjectType=&subjectId=%20");

        assertThat(sequences(oneContract)).containsExactly(5L, 2L);
        assertThat(oneContract.path("total").asLong()).isEqualTo(2);
        assertThat(texts(oneContract, "action"))
                .containsExactly("contract.contract.renewed", "contract.contract.signed");
        assertThat(sequences(allContracts)).containsExactly(5L, 3L, 2L);
        assertThat(texts(allContracts, "subjectType")).containsOnly("CONTRACT");
        assertThat(sequences(blankFilter)).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(sequences(entries(auditor, "?subjectType=CONTRACT&subjectId=contract-3")))
                .isEmpty();
    }

    @Test
    void anAuditorNeverSeesTheLedgerOfAnotherOrganisation() {
        Reader auditor = auditorWithEntries(2);
        Reader other = auditorWithEntries(3);
        fixtures.record(other.organization(), "contract.contract.signed", "CONTRACT", "shared-id", Map.of());

        JsonNode page = entries(auditor, "?subjectType=CONTRACT&subjectId=shared-id");
        JsonNode all = entries(auditor, "");

        assertThat(sequences(page)).isEmpty();
        assertThat(all.path("total").asLong()).isEqualTo(2);
        assertThat(texts(all, "organizationId"))
                .containsOnly(auditor.organization().toString());
        String export =
                new String(api.download("/api/v1/audit/export", auditor.token()).body(), StandardCharsets.UTF_8);
        assertThat(export).doesNotContain(other.organization().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"?size=0", "?size=501", "?page=-1", "?size=many"})
    void pagingOutsideItsLimitsIsABadRequest(String query) {
        Reader auditor = auditorWithEntries(1);

        HttpResponse<String> response = api.get("/api/v1/audit/entries" + query, auditor.token());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(contentType(response)).startsWith(PROBLEM_JSON);
        assertThat(json(response.body()).path("status").asInt()).isEqualTo(400);
    }

    @Test
    void theExportIsJsonLinesWithOneLinePerEntryOldestFirst() {
        Reader auditor = auditorWithEntries(4);
        List<LedgerEntry> newestFirst =
                ledger.entries(auditor.organization(), null, null, 0, 10).entries();

        HttpResponse<byte[]> response = api.download("/api/v1/audit/export", auditor.token());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/jsonl");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"mekiki-ledger.jsonl\"");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(body).endsWith("\n");
        List<String> lines = body.lines().toList();
        assertThat(lines).hasSize(4);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = json(lines.get(i));
            LedgerEntry entry = newestFirst.get(3 - i);
            assertThat(line.path("sequence").isIntegralNumber()).isTrue();
            assertThat(line.path("sequence").asLong()).isEqualTo(i + 1);
            assertThat(line.path("recordedAt").asString()).isEqualTo(entry.recordedAt());
            assertThat(line.path("change").isString()).isTrue();
            assertThat(line.path("change").asString()).isEqualTo(entry.change());
            assertThat(line.path("entryHash").asString()).isEqualTo(entry.entryHash());
            assertThat(line.propertyNames())
                    .containsExactly(
                            "sequence",
                            "organizationId",
                            "recordedAt",
                            "actorId",
                            "actorName",
                            "action",
                            "subjectType",
                            "subjectId",
                            "change",
                            "changeDigest",
                            "previousHash",
                            "entryHash");
        }
    }

    @Test
    void theExportOfAnEmptyLedgerIsEmpty() {
        MekikiUser auditor = identities.userInNewOrganization(Role.AUDITOR);
        String token = identities.token(auditor);
        fixtures.tamper("delete from audit_entry where organization_id = ?", auditor.organizationId());

        HttpResponse<byte[]> response = api.download("/api/v1/audit/export", token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"AUDITOR", "EXECUTIVE"})
    void auditorsAndExecutivesMayReadTheLedger(Role role) {
        MekikiUser reader = identities.userInNewOrganization(role);
        String token = identities.token(reader);

        HttpResponse<String> entries = api.get("/api/v1/audit/entries", token);
        HttpResponse<String> verify = api.get("/api/v1/audit/verify", token);
        HttpResponse<byte[]> export = api.download("/api/v1/audit/export", token);

        assertThat(entries.statusCode()).isEqualTo(200);
        assertThat(json(entries.body()).path("total").asLong()).isEqualTo(1);
        assertThat(verify.statusCode()).isEqualTo(200);
        assertThat(json(verify.body()).path("valid").asBoolean()).isTrue();
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(new String(export.body(), StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"BUSINESS_OWNER", "RISK_OFFICER", "ADMIN"})
    void otherRolesAreRefusedWithAProblemDetail(Role role) {
        MekikiUser user = identities.userInNewOrganization(role);
        String token = identities.token(user);

        for (String path : List.of("/api/v1/audit/entries", "/api/v1/audit/verify", "/api/v1/audit/export")) {
            HttpResponse<String> response = api.get(path, token);

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(contentType(response)).as(path).startsWith(PROBLEM_JSON);
            JsonNode problem = json(response.body());
            assertThat(problem.path("status").asInt()).isEqualTo(403);
            assertThat(problem.path("title").asString()).isNotBlank();
            assertThat(response.body()).doesNotContain("entryHash");
        }
    }

    @Test
    void withoutATokenTheLedgerAsksForOne() {
        for (String path : List.of("/api/v1/audit/entries", "/api/v1/audit/verify", "/api/v1/audit/export")) {
            HttpResponse<String> response = api.get(path, null);

            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(contentType(response)).as(path).startsWith(PROBLEM_JSON);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .as(path)
                    .hasValue("Bearer");
            assertThat(json(response.body()).path("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void anUnknownTokenIsRefused() {
        HttpResponse<String> response = api.get("/api/v1/audit/entries", "mkk_not-a-real-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(contentType(response)).startsWith(PROBLEM_JSON);
    }

    /** A fresh organisation with an auditor and {@code total} entries: the auditor's token issue, then changes. */
    private Reader auditorWithEntries(int total) {
        MekikiUser auditor = identities.userInNewOrganization(Role.AUDITOR);
        String token = identities.token(auditor);
        fixtures.recordContracts(auditor.organizationId(), total - 1);
        return new Reader(auditor.organizationId(), token);
    }

    private JsonNode entries(Reader reader, String query) {
        HttpResponse<String> response = api.get("/api/v1/audit/entries" + query, reader.token());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        return json(response.body());
    }

    private static List<Long> sequences(JsonNode page) {
        List<Long> sequences = new ArrayList<>();
        page.path("entries")
                .forEach(entry -> sequences.add(entry.path("sequence").asLong()));
        return sequences;
    }

    private static List<String> texts(JsonNode page, String field) {
        List<String> texts = new ArrayList<>();
        page.path("entries").forEach(entry -> texts.add(entry.path(field).asString()));
        return texts;
    }

    private record Reader(UUID organization, String token) {}
}
