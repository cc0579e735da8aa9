package io.mekiki.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.instruction.TestFiles;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.RuleViolationException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Evidence uploaded as a file: checked by the rules of report attachments, stored once, downloaded by the
 * organisation's members only, and recorded with its SHA-256 by the request, the ledger and the decision.
 */
class DecisionEvidenceFilesIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final Decisions decisions;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;

    @Autowired
    DecisionEvidenceFilesIT(IdentityFixtures fixtures, Decisions decisions, AuditLedger ledger, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.decisions = decisions;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Test
    void anUploadedFileIsEvidenceWithItsHashAndTheDecisionRecordsWhichFileItWasMadeOn() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        BearerClient officerApi = client(officer);
        String id =
                officerApi.post("/api/v1/decisions", request()).json().get("id").asString();

        HttpResponse<String> added =
                upload(officer, "/api/v1/decisions/" + id + "/evidence", "調査報告.pdf", TestFiles.PDF);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode evidence = BearerClient.JSON.readTree(added.body()).get("evidence");
        JsonNode file = evidence.get(1);
        assertThat(file.get("kind").asString()).isEqualTo("FILE");
        assertThat(file.get("file").get("fileName").asString()).isEqualTo("調査報告.pdf");
        assertThat(file.get("file").get("mediaType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("file").get("size").asLong()).isEqualTo(TestFiles.PDF.length);
        assertThat(file.get("file").get("sha256").asString()).isEqualTo(sha256(TestFiles.PDF));

        String fileId = file.get("file").get("id").asString();
        ResponseEntity<byte[]> download = client(fixtures.user(organization, Role.AUDITOR))
                .raw(HttpMethod.GET, "/api/v1/decisions/" + id + "/evidence/" + fileId, null);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(TestFiles.PDF);
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.getHeaders().getFirst("Repr-Digest")).startsWith("sha-256=:");
        assertThat(download.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(client(fixtures.userInNewOrganization(Role.AUDITOR))
                        .raw(HttpMethod.GET, "/api/v1/decisions/" + id + "/evidence/" + fileId, null)
                        .getStatusCode()
                        .value())
                .as("another organisation's file is not found")
                .isEqualTo(404);
        assertThat(officerApi
                        .get("/api/v1/decisions/" + id + "/paper")
                        .json()
                        .get("evidence")
                        .get(1)
                        .get("file")
                        .get("sha256")
                        .asString())
                .isEqualTo(sha256(TestFiles.PDF));

        // a revision rewords the links; the uploaded file stays, and a client cannot claim a file of its own
        Map<String, Object> revision = new LinkedHashMap<>();
        revision.put("title", "Adopt the CRM service now");
        revision.put("proposal", "We propose to adopt it.");
        revision.put("options", List.of("Adopt"));
        revision.put(
                "evidence", List.of(Map.of("kind", "URL", "reference", "https://example.com/sla", "label", "SLA")));
        Response revised = officerApi.put("/api/v1/decisions/" + id, revision);
        assertThat(revised.status()).as(revised.json().toString()).isEqualTo(200);
        assertThat(revised.json().get("evidence")).hasSize(2);
        assertThat(revised.json().get("evidence").get(1).get("file").get("id").asString())
                .isEqualTo(fileId);

        Response decided = client(executive)
                .post(
                        "/api/v1/decisions/" + id + "/decision",
                        Map.of("outcome", "APPROVED", "rationale", "The report shows the risks are covered."));
        assertThat(decided.status()).isEqualTo(200);

        List<LedgerEntry> entries =
                ledger.entries(organization, DecisionChange.DECISION, id, 0, 10).entries();
        assertThat(entries.stream().map(LedgerEntry::action))
                .containsExactly(
                        "decision.decision.decided",
                        "decision.decision.revised",
                        "decision.evidence.added",
                        "decision.decision.requested");
        assertThat(entries.get(2).change()).contains(sha256(TestFiles.PDF)).contains("調査報告.pdf");
        assertThat(entries.get(0).change())
                .as("the decision records the SHA-256 of the file it was made on")
                .contains("\"evidenceFiles\"")
                .contains(sha256(TestFiles.PDF));

        HttpResponse<String> late =
                upload(officer, "/api/v1/decisions/" + id + "/evidence", "later.pdf", TestFiles.PDF);
        assertThat(late.statusCode())
                .as("a decided decision takes no more evidence")
                .isEqualTo(409);
    }

    @Test
    void aFileTheAttachmentRulesRefuseIsA400NamingTheFieldAndNothingIsStored() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        String id = client(officer)
                .post("/api/v1/decisions", request())
                .json()
                .get("id")
                .asString();

        HttpResponse<String> program =
                upload(officer, "/api/v1/decisions/" + id + "/evidence", "report.pdf", TestFiles.EXE);
        HttpResponse<String> disguised = upload(
                officer, "/api/v1/decisions/" + id + "/evidence", "比較表.xlsx", TestFiles.zip("data.csv", "notes.txt"));
        HttpResponse<String> none = upload(officer, "/api/v1/decisions/" + id + "/evidence", "empty.pdf", new byte[0]);

        for (HttpResponse<String> refused : List.of(program, disguised, none)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(BearerClient.JSON
                            .readTree(refused.body())
                            .get("errors")
                            .get(0)
                            .get("field")
                            .asString())
                    .isIn("file");
        }
        assertThat(storedFiles(id)).isZero();
        assertThat(client(officer).get("/api/v1/decisions/" + id).json().get("evidence"))
                .hasSize(1);

        HttpResponse<String> byAnother = upload(
                fixtures.user(organization, Role.BUSINESS_OWNER),
                "/api/v1/decisions/" + id + "/evidence",
                "report.pdf",
                TestFiles.PDF);
        assertThat(byAnother.statusCode())
                .as("only the requester adds evidence")
                .isEqualTo(403);
        HttpResponse<String> byExecutive = upload(
                fixtures.user(organization, Role.EXECUTIVE),
                "/api/v1/decisions/" + id + "/evidence",
                "report.pdf",
                TestFiles.PDF);
        assertThat(byExecutive.statusCode()).isEqualTo(403);
        HttpResponse<String> fromElsewhere = upload(
                fixtures.userInNewOrganization(Role.RISK_OFFICER),
                "/api/v1/decisions/" + id + "/evidence",
                "report.pdf",
                TestFiles.PDF);
        assertThat(fromElsewhere.statusCode()).isEqualTo(404);
        assertThat(storedFiles(id)).isZero();
    }

    @Test
    void aRequestWithFilesStoresThemAllOrNoneAndRecordsTheirHashes() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);

        assertThatThrownBy(() -> decisions.request(
                        officer,
                        newDecision(),
                        List.of(new Upload("ok.pdf", TestFiles.PDF), new Upload("bad.pdf", TestFiles.ELF))))
                .isInstanceOf(RuleViolationException.class)
                .extracting(refused -> ((RuleViolationException) refused).field())
                .isEqualTo("evidenceFiles");
        assertThat(jdbc.sql("select count(*) from decision_evidence_file where organization_id = ?")
                        .param(organization)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(decisions.search(officer, new DecisionQuery(null, null, null, null)))
                .isEmpty();

        Decision requested = decisions.request(
                officer,
                newDecision(),
                List.of(new Upload("ok.pdf", TestFiles.PDF), new Upload("表.csv", TestFiles.CSV)));

        assertThat(requested.evidence()).hasSize(3);
        assertThat(requested.evidence().stream()
                        .filter(link -> link.file() != null)
                        .map(link -> link.file().sha256()))
                .containsExactly(sha256(TestFiles.PDF), sha256(TestFiles.CSV));
        assertThat(requested.evidence().get(1).reference())
                .isEqualTo("/decisions/" + requested.id() + "/evidence/"
                        + requested.evidence().get(1).file().id());
        assertThat(ledger.entries(
                                organization,
                                DecisionChange.DECISION,
                                requested.id().toString(),
                                0,
                                10)
                        .entries()
                        .get(0)
                        .change())
                .contains(sha256(TestFiles.PDF))
                .contains(sha256(TestFiles.CSV));
        assertThat(storedFiles(requested.id().toString())).isEqualTo(2);
    }

    private long storedFiles(String decisionId) {
        return jdbc.sql("select count(*) from decision_evidence_file where decision_id = ?")
                .param(UUID.fromString(decisionId))
                .query(Long.class)
                .single();
    }

    private static NewDecision newDecision() {
        return new NewDecision(
                new Subject("PROCUREMENT", UUID.randomUUID()),
                "EVIDENCE",
                "Adopt the CRM service",
                "We propose to adopt it.",
                List.of("Adopt", "Do not adopt"),
                List.of(new EvidenceLink("URL", "https://example.com/reports/42", "Survey")),
                new Basis(Map.of("plan", "SAAS")));
    }

    private static Map<String, Object> request() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subjectType", "PROCUREMENT");
        request.put("subjectId", UUID.randomUUID());
        request.put("topic", "EVIDENCE");
        request.put("title", "Adopt the CRM service");
        request.put("proposal", "We propose to adopt it.");
        request.put("options", List.of("Adopt", "Do not adopt"));
        request.put(
                "evidence",
                List.of(Map.of("kind", "URL", "reference", "https://example.com/reports/42", "label", "Survey")));
        request.put("basis", Map.of("plan", "SAAS"));
        return request;
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    private HttpResponse<String> upload(MekikiUser user, String path, String fileName, byte[] content) {
        String boundary = "----mekiki" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Bearer " + fixtures.token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
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

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
