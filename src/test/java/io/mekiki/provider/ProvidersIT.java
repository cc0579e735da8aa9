package io.mekiki.provider;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.instruction.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/** Providers, their attestations, subprocessors and contacts, and services, through the API. */
class ProvidersIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final AuditLedger ledger;
    private final CloudServices cloudServices;
    private final AttestationWatch watch;
    private final ProviderLedgerSubjects ledgerSubjects;

    @Autowired
    ProvidersIT(
            IdentityFixtures fixtures,
            AuditLedger ledger,
            CloudServices cloudServices,
            AttestationWatch watch,
            ProviderLedgerSubjects ledgerSubjects) {
        this.fixtures = fixtures;
        this.ledger = ledger;
        this.cloudServices = cloudServices;
        this.watch = watch;
        this.ledgerSubjects = ledgerSubjects;
    }

    @Test
    void aProviderIsRecordedWithAttestationsSubprocessorsContactsAndAService() {
        Client officer = client(Role.RISK_OFFICER);

        Response created = officer.api().post("/api/v1/providers", usProvider("Northwind Collaboration, Inc."));
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.headers().getLocation()).hasToString("/api/v1/providers/" + id);
        assertThat(created.json().get("parentCountry").asString()).isEqualTo("US");
        assertThat(created.json().get("corporateNumber").asString()).isEqualTo("2011001123456");

        Response attestation = officer.api()
                .post(
                        "/api/v1/providers/" + id + "/attestations",
                        attestation("SOC2_TYPE2", "2025-10-01", "2026-09-30"));
        assertThat(attestation.status()).isEqualTo(201);
        String attestationId = attestation.json().get("id").asString();
        assertThat(attestation.json().get("document").isNull()).isTrue();

        HttpResponse<String> attached = putDocument(
                officer,
                "/api/v1/providers/" + id + "/attestations/" + attestationId + "/document",
                "soc2.pdf",
                TestFiles.PDF);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
        JsonNode document = BearerClient.JSON.readTree(attached.body()).get("document");
        assertThat(document.get("fileName").asString()).isEqualTo("soc2.pdf");
        assertThat(document.get("mediaType").asString()).isEqualTo("application/pdf");
        ResponseEntity<byte[]> download =
                officer.api().raw(HttpMethod.GET, document.get("href").asString(), null);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(TestFiles.PDF);
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();

        assertThat(officer.api()
                        .post(
                                "/api/v1/providers/" + id + "/subprocessors",
                                Map.of("name", "Example Support Pvt. Ltd.", "country", "in", "function", "サポート"))
                        .status())
                .isEqualTo(201);
        assertThat(officer.api()
                        .post(
                                "/api/v1/providers/" + id + "/contacts",
                                Map.of("name", "山田 太郎", "email", "sales@northwind.example", "role", "営業"))
                        .status())
                .isEqualTo(201);

        Response service = officer.api().post("/api/v1/services", service(id, "Northwind Workspace", "JP", "US"));
        assertThat(service.status()).isEqualTo(201);
        String serviceId = service.json().get("id").asString();
        assertThat(service.json().get("providerName").asString()).isEqualTo("Northwind Collaboration, Inc.");
        assertThat(texts(service.json().get("dataLocations"))).containsExactly("JP", "US");
        assertThat(service.json().get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.95");
        assertThat(service.json().get("trainsOnCustomerData").isNull()).isTrue();

        Response provider = officer.api().get("/api/v1/providers/" + id);
        assertThat(provider.json().get("subprocessors").get(0).get("country").asString())
                .isEqualTo("IN");
        assertThat(provider.json().get("contacts").get(0).get("email").asString())
                .isEqualTo("sales@northwind.example");
        JsonNode listed = officer.api().get("/api/v1/providers?q=northwind").json();
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("services").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("attestations").asInt()).isEqualTo(1);
        assertThat(officer.api()
                        .get("/api/v1/services?q=workspace")
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(officer.api()
                        .get("/api/v1/services?providerId=" + id)
                        .json()
                        .get("total")
                        .asLong())
                .isEqualTo(1);
        assertThat(officer.api()
                        .get("/api/v1/services?q=nothing-like-this")
                        .json()
                        .get("total")
                        .asLong())
                .isZero();

        ServiceFacts facts = cloudServices
                .facts(officer.user().organizationId(), UUID.fromString(serviceId))
                .orElseThrow();
        assertThat(facts.providerCountry()).isEqualTo("US");
        assertThat(facts.parentName()).isEqualTo("Northwind Holdings, Inc.");
        assertThat(facts.parentCountry()).isEqualTo("US");
        assertThat(facts.dataLocations()).containsExactly("JP", "US");
        assertThat(facts.operationLocations()).containsExactly("JP", "US");
        assertThat(facts.subprocessorCountries()).containsExactly("IN");
        assertThat(facts.contractingEntityCountry()).isEqualTo("US");
        assertThat(facts.allCountries()).containsExactly("IN", "JP", "US");
        assertThat(cloudServices.facts(client(Role.RISK_OFFICER).user().organizationId(), UUID.fromString(serviceId)))
                .as("another organisation")
                .isEmpty();
    }

    @Test
    void badInputIsRefusedWithAProblemNamingTheField() {
        Client officer = client(Role.RISK_OFFICER);
        Map<String, Object> unknownCountry = usProvider("Acme");
        unknownCountry.put("headquartersCountry", "XX");
        assertRefused(officer.api().post("/api/v1/providers", unknownCountry), "headquartersCountry", "XX");
        Map<String, Object> alpha3 = usProvider("Acme");
        alpha3.put("parentCountry", "USA");
        assertRefused(officer.api().post("/api/v1/providers", alpha3), "parentCountry", "ISO 3166-1");
        Map<String, Object> badNumber = usProvider("Acme");
        badNumber.put("corporateNumber", "2011001123457");
        assertRefused(officer.api().post("/api/v1/providers", badNumber), "corporateNumber", "法人番号ではありません");
        Map<String, Object> shortNumber = usProvider("Acme");
        shortNumber.put("corporateNumber", "12345");
        assertRefused(
                officer.api().post("/api/v1/providers?lang=en", shortNumber),
                "corporateNumber",
                "not a corporate number");
        Map<String, Object> badFounded = usProvider("Acme");
        badFounded.put("founded", "2008-02-30");
        assertRefused(officer.api().post("/api/v1/providers", badFounded), "founded", "2008-04-01");
        Map<String, Object> noName = usProvider(" ");
        assertRefused(officer.api().post("/api/v1/providers", noName), "legalName", null);
        assertThat(officer.api().get("/api/v1/providers").json().get("total").asLong())
                .isZero();

        String id = officer.api()
                .post("/api/v1/providers", usProvider("Acme"))
                .json()
                .get("id")
                .asString();
        String attestations = "/api/v1/providers/" + id + "/attestations";
        assertRefused(
                officer.api().post(attestations, attestation("ISO_27001", "2026-04-01", "2026-03-31")),
                "periodEnd",
                "開始日（2026-04-01）より前");
        assertRefused(officer.api().post(attestations, attestation("OTHER", null, null)), "title", "その他");
        assertRefused(officer.api().post(attestations, attestation("ISO_9001", null, null)), "kind", "ISO_27001");
        assertRefused(
                officer.api().post(attestations, attestation("ISO_27001", "2026-13-01", null)), "periodStart", null);
        String attestationId = officer.api()
                .post(attestations, attestation("ISO_27001", "2026-01-01", "2028-12-31"))
                .json()
                .get("id")
                .asString();
        HttpResponse<String> executable =
                putDocument(officer, attestations + "/" + attestationId + "/document", "report.pdf", TestFiles.EXE);
        assertThat(executable.statusCode()).isEqualTo(400);
        assertThat(executable.body()).contains("\"field\":\"document\"", "report.pdf");
        HttpResponse<String> noFile =
                officer.caller().send("PUT", attestations + "/" + attestationId + "/document", officer.token(), null);
        assertThat(noFile.statusCode()).isEqualTo(400);
        assertThat(noFile.body()).contains("\"field\":\"document\"");
        assertThat(officer.api()
                        .get(attestations + "/" + attestationId)
                        .json()
                        .get("document")
                        .isNull())
                .isTrue();
        assertRefused(
                officer.api()
                        .post("/api/v1/providers/" + id + "/subprocessors", Map.of("name", "Host", "country", "ZZ")),
                "country",
                "ZZ");
        assertRefused(
                officer.api().post("/api/v1/providers/" + id + "/contacts", Map.of("name", "Sales", "email", "sales")),
                "email",
                null);

        assertRefused(
                officer.api().post("/api/v1/services", service(id, "Acme Mail", "JP", "ZZ")), "dataLocations[1]", "ZZ");
        Map<String, Object> badOperation = service(id, "Acme Mail", "JP");
        badOperation.put("operationLocations", List.of("Japan"));
        assertRefused(officer.api().post("/api/v1/services", badOperation), "operationLocations[0]", "JAPAN");
        Map<String, Object> badEntity = service(id, "Acme Mail", "JP");
        badEntity.put("contractingEntityCountry", "EU");
        assertRefused(officer.api().post("/api/v1/services", badEntity), "contractingEntityCountry", "EU");
        Map<String, Object> badPercent = service(id, "Acme Mail", "JP");
        badPercent.put("availabilityPercent", 100.5);
        assertRefused(officer.api().post("/api/v1/services", badPercent), "availabilityPercent", null);
        Map<String, Object> negativeNotice = service(id, "Acme Mail", "JP");
        negativeNotice.put("terminationNoticeDays", -1);
        assertRefused(officer.api().post("/api/v1/services", negativeNotice), "terminationNoticeDays", null);
        Map<String, Object> badModel = service(id, "Acme Mail", "JP");
        badModel.put("serviceModel", "FAAS");
        assertRefused(officer.api().post("/api/v1/services", badModel), "serviceModel", "SAAS");
        String strangersProvider = client(Role.RISK_OFFICER)
                .api()
                .post("/api/v1/providers", usProvider("Stranger Cloud"))
                .json()
                .get("id")
                .asString();
        assertRefused(
                officer.api().post("/api/v1/services", service(strangersProvider, "Acme Mail", "JP")),
                "providerId",
                null);
        assertRefused(
                officer.api().post("/api/v1/services", service(UUID.randomUUID().toString(), "Acme Mail", "JP")),
                "providerId",
                null);
        assertThat(officer.api().get("/api/v1/services").json().get("total").asLong())
                .isZero();
    }

    @Test
    void anotherOrganisationsRecordsAreNotFound() {
        Client owner = client(Role.RISK_OFFICER);
        Client stranger = client(Role.ADMIN);
        String id = owner.api()
                .post("/api/v1/providers", usProvider("Owned Cloud"))
                .json()
                .get("id")
                .asString();
        String attestationId = owner.api()
                .post("/api/v1/providers/" + id + "/attestations", attestation("ISO_27001", null, null))
                .json()
                .get("id")
                .asString();
        putDocument(
                owner,
                "/api/v1/providers/" + id + "/attestations/" + attestationId + "/document",
                "a.pdf",
                TestFiles.PDF);
        String subprocessorId = owner.api()
                .post("/api/v1/providers/" + id + "/subprocessors", Map.of("name", "Host", "country", "JP"))
                .json()
                .get("id")
                .asString();
        String contactId = owner.api()
                .post("/api/v1/providers/" + id + "/contacts", Map.of("name", "Sales"))
                .json()
                .get("id")
                .asString();
        String serviceId = owner.api()
                .post("/api/v1/services", service(id, "Owned Mail", "JP"))
                .json()
                .get("id")
                .asString();
        String provider = "/api/v1/providers/" + id;
        Map<String, Object> edit = usProvider("Taken over");
        edit.put("version", 0);
        Map<String, Object> serviceEdit = service(id, "Taken over", "US");
        serviceEdit.put("version", 0);

        for (Response response : List.of(
                stranger.api().get(provider),
                stranger.api().put(provider, edit),
                stranger.api().get(provider + "/attestations"),
                stranger.api().post(provider + "/attestations", attestation("ISO_27001", null, null)),
                stranger.api().get(provider + "/attestations/" + attestationId),
                stranger.api().send(HttpMethod.DELETE, provider + "/attestations/" + attestationId, null),
                stranger.api().get(provider + "/attestations/" + attestationId + "/document"),
                stranger.api().get(provider + "/subprocessors"),
                stranger.api().post(provider + "/subprocessors", Map.of("name", "Host", "country", "JP")),
                stranger.api().send(HttpMethod.DELETE, provider + "/subprocessors/" + subprocessorId, null),
                stranger.api().get(provider + "/contacts"),
                stranger.api().post(provider + "/contacts", Map.of("name", "Sales")),
                stranger.api().send(HttpMethod.DELETE, provider + "/contacts/" + contactId, null),
                stranger.api().get("/api/v1/services/" + serviceId),
                stranger.api().put("/api/v1/services/" + serviceId, serviceEdit),
                // an attestation, subprocessor or contact of the owner's under a provider of the stranger's own
                owner.api().get(provider + "/attestations/" + UUID.randomUUID()))) {
            assertThat(response.status()).as(response.json().toString()).isEqualTo(404);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(putDocument(
                                stranger,
                                provider + "/attestations/" + attestationId + "/document",
                                "b.pdf",
                                TestFiles.PDF)
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.api().get("/api/v1/providers").json().get("total").asLong())
                .isZero();
        assertThat(stranger.api().get("/api/v1/services").json().get("total").asLong())
                .isZero();

        Response kept = owner.api().get(provider);
        assertThat(kept.json().get("legalName").asString()).isEqualTo("Owned Cloud");
        assertThat(kept.json().get("subprocessors").size()).isEqualTo(1);
        assertThat(kept.json().get("contacts").size()).isEqualTo(1);
        assertThat(owner.api()
                        .get(provider + "/attestations")
                        .json()
                        .get(0)
                        .get("document")
                        .isNull())
                .isFalse();
    }

    @Test
    void auditorsAndExecutivesReadButCannotChange() {
        Client officer = client(Role.RISK_OFFICER);
        String id = officer.api()
                .post("/api/v1/providers", usProvider("Read Cloud"))
                .json()
                .get("id")
                .asString();
        String serviceId = officer.api()
                .post("/api/v1/services", service(id, "Read Mail", "JP"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> edit = usProvider("Read Cloud 2");
        edit.put("version", 0);
        Map<String, Object> serviceEdit = service(id, "Read Mail 2", "JP");
        serviceEdit.put("version", 0);
        for (Role reader : List.of(Role.AUDITOR, Role.EXECUTIVE)) {
            Client client = sameOrganization(officer, reader);
            for (Response response : List.of(
                    client.api().post("/api/v1/providers", usProvider("New Cloud")),
                    client.api().put("/api/v1/providers/" + id, edit),
                    client.api()
                            .post("/api/v1/providers/" + id + "/attestations", attestation("ISO_27001", null, null)),
                    client.api()
                            .post("/api/v1/providers/" + id + "/subprocessors", Map.of("name", "H", "country", "JP")),
                    client.api().post("/api/v1/providers/" + id + "/contacts", Map.of("name", "Sales")),
                    client.api().post("/api/v1/services", service(id, "New Mail", "JP")),
                    client.api().put("/api/v1/services/" + serviceId, serviceEdit))) {
                assertThat(response.status())
                        .as("%s: %s", reader, response.json())
                        .isEqualTo(403);
                assertThat(response.isProblem()).isTrue();
            }
            assertThat(client.api().get("/api/v1/providers/" + id).status()).isEqualTo(200);
            assertThat(client.api().get("/api/v1/services/" + serviceId).status())
                    .isEqualTo(200);
            assertThat(client.api().get("/api/v1/providers").json().get("total").asLong())
                    .isEqualTo(1);
        }
        Client owner = sameOrganization(officer, Role.BUSINESS_OWNER);
        assertThat(owner.api()
                        .post("/api/v1/providers", usProvider("Owner's Cloud"))
                        .status())
                .isEqualTo(201);
    }

    @Test
    void everyChangeIsRecordedInTheAuditLedger() {
        Client officer = client(Role.RISK_OFFICER);
        String id = officer.api()
                .post("/api/v1/providers", usProvider("Ledger Cloud"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> edit = usProvider("Ledger Cloud");
        edit.put("capitalJpy", 2_000_000_000L);
        edit.put("version", 0);
        assertThat(officer.api().put("/api/v1/providers/" + id, edit).status()).isEqualTo(200);
        String attestationId = officer.api()
                .post("/api/v1/providers/" + id + "/attestations", attestation("ISMAP", "2025-01-01", "2027-01-31"))
                .json()
                .get("id")
                .asString();
        putDocument(
                officer,
                "/api/v1/providers/" + id + "/attestations/" + attestationId + "/document",
                "ismap.png",
                TestFiles.PNG);
        String subprocessorId = officer.api()
                .post("/api/v1/providers/" + id + "/subprocessors", Map.of("name", "Host", "country", "SG"))
                .json()
                .get("id")
                .asString();
        officer.api().send(HttpMethod.DELETE, "/api/v1/providers/" + id + "/subprocessors/" + subprocessorId, null);
        officer.api().post("/api/v1/providers/" + id + "/contacts", Map.of("name", "Sales"));
        officer.api().send(HttpMethod.DELETE, "/api/v1/providers/" + id + "/attestations/" + attestationId, null);
        String serviceId = officer.api()
                .post("/api/v1/services", service(id, "Ledger Mail", "JP"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> serviceEdit = service(id, "Ledger Mail", "JP", "SG");
        serviceEdit.put("version", 0);
        assertThat(officer.api()
                        .put("/api/v1/services/" + serviceId, serviceEdit)
                        .status())
                .isEqualTo(200);

        UUID organizationId = officer.user().organizationId();
        List<LedgerEntry> providerEntries = ledger.entries(organizationId, ProviderChange.PROVIDER, id, 0, 50)
                .entries();
        assertThat(providerEntries)
                .extracting(LedgerEntry::action)
                .containsExactly(
                        "provider.attestation.removed",
                        "provider.contact.added",
                        "provider.subprocessor.removed",
                        "provider.subprocessor.added",
                        "provider.attestation.documentAttached",
                        "provider.attestation.added",
                        "provider.provider.revised",
                        "provider.provider.registered");
        assertThat(providerEntries.get(7).change())
                .contains("\"legalName\":\"Ledger Cloud\"", "\"parentCountry\":\"US\"");
        assertThat(providerEntries.get(7).actorId())
                .isEqualTo(officer.user().userId().toString());
        assertThat(providerEntries.get(6).change())
                .contains("\"capitalJpy\":{\"after\":2000000000,\"before\":null}")
                .doesNotContain("legalName");
        assertThat(providerEntries.get(4).change()).contains("\"fileName\":\"ismap.png\"", "image/png", "sha256");
        assertThat(providerEntries.get(3).change()).contains("\"country\":\"SG\"");
        List<LedgerEntry> serviceEntries = ledger.entries(organizationId, ProviderChange.SERVICE, serviceId, 0, 50)
                .entries();
        assertThat(serviceEntries)
                .extracting(LedgerEntry::action)
                .containsExactly("provider.service.revised", "provider.service.recorded");
        assertThat(serviceEntries.get(0).change())
                .contains("\"dataLocations\":{\"after\":[\"JP\",\"SG\"],\"before\":[\"JP\"]}");
        // the ledger names the service within its provider, and finds it by its name
        var serviceName = ledgerSubjects
                .names(
                        organizationId,
                        ProviderChange.SERVICE,
                        List.of(serviceId, UUID.randomUUID().toString()),
                        Locale.JAPANESE)
                .get(serviceId);
        assertThat(serviceName.name()).isEqualTo("Ledger Mail");
        assertThat(serviceName.path()).isEqualTo("/services/" + serviceId);
        assertThat(serviceName.withinType()).isEqualTo(ProviderChange.PROVIDER);
        assertThat(serviceName.withinId()).isEqualTo(id);
        assertThat(ledgerSubjects
                        .names(organizationId, ProviderChange.PROVIDER, List.of(id), Locale.JAPANESE)
                        .get(id)
                        .withinType())
                .isNull();
        assertThat(ledgerSubjects.idsNamed(organizationId, ProviderChange.SERVICE, "ledger mail"))
                .containsExactly(serviceId);
        assertThat(ledger.verify(organizationId).valid()).isTrue();
    }

    @Test
    void staleEditsAndNamesUsedTwiceAreConflicts() {
        Client officer = client(Role.RISK_OFFICER);
        String id = officer.api()
                .post("/api/v1/providers", usProvider("Conflict Cloud"))
                .json()
                .get("id")
                .asString();
        Map<String, Object> first = usProvider("Conflict Cloud");
        first.put("notes", "first");
        first.put("version", 0);
        assertThat(officer.api().put("/api/v1/providers/" + id, first).status()).isEqualTo(200);
        Map<String, Object> stale = usProvider("Conflict Cloud");
        stale.put("notes", "stale");
        stale.put("version", 0);
        Response refused = officer.api().put("/api/v1/providers/" + id, stale);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorFields()).containsExactly("version");
        assertThat(officer.api()
                        .get("/api/v1/providers/" + id)
                        .json()
                        .get("notes")
                        .asString())
                .isEqualTo("first");
        // a subprocessor is part of the provider: an edit started before it was added is stale too
        officer.api().post("/api/v1/providers/" + id + "/subprocessors", Map.of("name", "Host", "country", "JP"));
        Map<String, Object> beforeSubprocessor = usProvider("Conflict Cloud");
        beforeSubprocessor.put("version", 1);
        assertThat(officer.api()
                        .put("/api/v1/providers/" + id, beforeSubprocessor)
                        .status())
                .isEqualTo(409);

        Response sameName = officer.api().post("/api/v1/providers", usProvider("CONFLICT CLOUD"));
        assertThat(sameName.status()).isEqualTo(409);
        assertThat(sameName.errorFields()).containsExactly("legalName");
        officer.api().post("/api/v1/services", service(id, "Mail", "JP"));
        Response sameService = officer.api().post("/api/v1/services", service(id, "mail", "JP"));
        assertThat(sameService.status()).isEqualTo(409);
        assertThat(sameService.errorFields()).containsExactly("name");
    }

    @Test
    void theRiskOfficerWatchesAttestationsThatEndWithinNinetyDaysUntilRenewed() {
        Client officer = client(Role.RISK_OFFICER);
        LocalDate today = watch.today(officer.user());
        String id = officer.api()
                .post("/api/v1/providers", usProvider("Watch Cloud"))
                .json()
                .get("id")
                .asString();
        String attestations = "/api/v1/providers/" + id + "/attestations";
        officer.api()
                .post(
                        attestations,
                        attestation(
                                "ISMAP",
                                today.minusYears(2).toString(),
                                today.plusDays(30).toString()));
        officer.api()
                .post(
                        attestations,
                        attestation(
                                "SOC2_TYPE2",
                                today.minusYears(1).toString(),
                                today.minusDays(10).toString()));
        officer.api()
                .post(
                        attestations,
                        attestation(
                                "ISO_27001",
                                today.minusYears(1).toString(),
                                today.plusDays(200).toString()));
        officer.api().post(attestations, attestation("PRIVACY_MARK", null, null));

        List<String> states = new ArrayList<>();
        officer.api()
                .get(attestations)
                .json()
                .forEach(node -> states.add(
                        node.get("kind").asString() + ":" + node.get("validity").asString()));
        assertThat(states).contains("ISMAP:EXPIRING", "SOC2_TYPE2:EXPIRED", "ISO_27001:VALID", "PRIVACY_MARK:OPEN");
        assertThat(watch.shownTo(officer.user())).isTrue();
        assertThat(watch.shownTo(sameOrganization(officer, Role.AUDITOR).user()))
                .isFalse();
        assertThat(watch.due(officer.user()))
                .extracting(AttestationDue::kind)
                .containsExactly(AttestationKind.SOC2_TYPE2, AttestationKind.ISMAP);

        // the next report is recorded: the ended one needs no more attention
        officer.api()
                .post(
                        attestations,
                        attestation(
                                "SOC2_TYPE2",
                                today.minusDays(9).toString(),
                                today.plusYears(1).toString()));
        assertThat(watch.due(officer.user())).extracting(AttestationDue::kind).containsExactly(AttestationKind.ISMAP);
        assertThat(watch.due(client(Role.RISK_OFFICER).user()))
                .as("another organisation")
                .isEmpty();
    }

    @Test
    void nonResidentAccessIsKeptWhenARevisionLeavesItOutAndReachesTheServiceFacts() {
        Client officer = client(Role.RISK_OFFICER);
        String providerId = officer.api()
                .post("/api/v1/providers", usProvider("Contoso Data, Inc."))
                .json()
                .get("id")
                .asString();
        Response created = officer.api().post("/api/v1/services", service(providerId, "Contoso Files", "JP"));
        String id = created.json().get("id").asString();
        assertThat(created.json().get("nonResidentAccess").isNull()).isTrue();

        Map<String, Object> reached = service(providerId, "Contoso Files", "JP");
        reached.put("nonResidentAccess", true);
        reached.put("version", 0);
        assertThat(officer.api()
                        .put("/api/v1/services/" + id, reached)
                        .json()
                        .get("nonResidentAccess")
                        .asBoolean())
                .isTrue();

        // a client that does not know the field replaces the details without it: the answer stays
        Map<String, Object> without = service(providerId, "Contoso Files", "JP", "SG");
        without.put("version", 1);
        Response kept = officer.api().put("/api/v1/services/" + id, without);
        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.json().get("nonResidentAccess").asBoolean()).isTrue();
        assertThat(cloudServices.facts(officer.user().organizationId(), UUID.fromString(id)))
                .hasValueSatisfying(
                        facts -> assertThat(facts.nonResidentAccess()).isTrue());

        Map<String, Object> notKnown = service(providerId, "Contoso Files", "JP", "SG");
        notKnown.put("version", 2);
        notKnown.put("nonResidentAccess", null);
        assertThat(officer.api()
                        .put("/api/v1/services/" + id, notKnown)
                        .json()
                        .get("nonResidentAccess")
                        .isNull())
                .isTrue();
        assertThat(cloudServices.facts(officer.user().organizationId(), UUID.fromString(id)))
                .hasValueSatisfying(
                        facts -> assertThat(facts.nonResidentAccess()).isNull());

        Map<String, Object> wrong = service(providerId, "Contoso Files", "JP", "SG");
        wrong.put("version", 3);
        wrong.put("nonResidentAccess", 1);
        assertRefused(officer.api().put("/api/v1/services/" + id + "?lang=en", wrong), "nonResidentAccess", "true");
    }

    private static void assertRefused(Response response, String field, String inMessage) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.errorFields()).containsExactly(field);
        if (inMessage != null) {
            assertThat(response.errorMessages().get(0)).contains(inMessage);
        }
    }

    static Map<String, Object> usProvider(String legalName) {
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("legalName", legalName);
        provider.put("headquartersCountry", "US");
        provider.put("parentName", "Northwind Holdings, Inc.");
        provider.put("parentCountry", "us");
        provider.put("japaneseEntityName", "ノースウィンド・ジャパン合同会社");
        provider.put("corporateNumber", "2011001123456");
        provider.put("listed", true);
        provider.put("founded", "2012");
        return provider;
    }

    static Map<String, Object> attestation(String kind, String start, String end) {
        Map<String, Object> attestation = new LinkedHashMap<>();
        attestation.put("kind", kind);
        attestation.put("scope", "全サービス");
        attestation.put("issuer", "Example & Partners LLP");
        attestation.put("periodStart", start);
        attestation.put("periodEnd", end);
        return attestation;
    }

    static Map<String, Object> service(String providerId, String name, String... dataLocations) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("providerId", providerId);
        service.put("name", name);
        service.put("serviceModel", "SAAS");
        service.put("deployment", "PUBLIC");
        service.put("dataLocations", List.of(dataLocations));
        service.put("customerChoosesLocation", true);
        service.put("operationLocations", List.of("JP", "US"));
        service.put("contractingEntityName", "Northwind Collaboration, Inc.");
        service.put("contractingEntityCountry", "US");
        service.put("governingLaw", "米国ワシントン州法");
        service.put("jurisdiction", "米国ワシントン州キング郡の裁判所");
        service.put("availabilityPercent", 99.95);
        service.put("serviceCredits", "10〜50%");
        service.put("supportHours", "24/7");
        service.put("exportFormats", List.of("JSON", "CSV"));
        service.put("deletionMethod", "30日後に削除");
        service.put("deletionCertificate", false);
        service.put("changeNoticeDays", 30);
        service.put("terminationNoticeDays", 90);
        service.put("secondaryUse", "利用状況の分析");
        service.put("incidentNotification", "72時間以内");
        service.put("auditCooperation", "SOC 2 報告書を提供");
        service.put("aiFeatures", "文書要約");
        service.put("trainsOnCustomerData", null);
        return service;
    }

    private HttpResponse<String> putDocument(Client client, String path, String fileName, byte[] content) {
        String boundary = "----mekiki" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"document\"; filename=\""
                        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + client.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asString()));
        return texts;
    }

    private Client client(Role role) {
        return client(fixtures.userInNewOrganization(role));
    }

    private Client sameOrganization(Client other, Role role) {
        return client(fixtures.user(other.user().organizationId(), role));
    }

    private Client client(MekikiUser user) {
        String token = fixtures.token(user);
        return new Client(user, token, new BearerClient(url(""), token), new io.mekiki.ApiCaller(port));
    }

    record Client(MekikiUser user, String token, BearerClient api, io.mekiki.ApiCaller caller) {}
}
