package io.mekiki.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.ContractWork;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.instruction.TestFiles;
import io.mekiki.questionnaire.internal.caiq.CaiqWorkbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The CAIQ v4.1 import (ADR 042) with the real questionnaire behind it: through the organisation's API and on the
 * provider's link page; a malformed workbook is refused as a whole and saves nothing.
 */
class CaiqImportIT extends ApplicationTest {

    private static final List<String> ITEMS = List.of("RS-IAM-01", "RS-BACKUP-01", "MA-CHANGE-01");

    private final IdentityFixtures fixtures;
    private final JdbcClient jdbc;

    @Autowired
    CaiqImportIT(IdentityFixtures fixtures, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.jdbc = jdbc;
    }

    @Test
    void aRiskOfficerImportsTheProvidersWorkbookThroughTheApiAndFindsTheDrafts() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        ContractWork.Team team = team(organization, officer);
        QuestionnaireWork.Candidate candidate = QuestionnaireWork.candidate(team, "CAIQ取込SaaS");
        String id = send(team.officer(), candidate, "en")
                .json()
                .get("questionnaire")
                .get("id")
                .asString();
        String path = "/api/v1/questionnaires/" + id + "/caiq";

        byte[] malformed = CaiqWorkbooks.standard()
                .answer("IAM-10.1", "Yes", "Privileged roles are reviewed quarterly.")
                .answer("BCR-08.1", "Maybe", "")
                .answer("IAM-10.1", "Yes", "")
                .bytes();
        Response refused = team.officer().postFile(path, "file", "caiq.xlsx", malformed);
        assertThat(refused.status()).as(refused.json().toString()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("何も保存していません");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("sheet").asString()).isEqualTo("CAIQv4.1");
        assertThat(errors.get(0).get("row").asInt()).isEqualTo(5);
        assertThat(errors.get(0).get("column").asString()).isEqualTo("C");
        assertThat(errors.get(0).get("message").asString())
                .isEqualTo("シート「CAIQv4.1」5行目 C列: 回答「Maybe」は読めません。Yes、No、NAのいずれかにしてください。");
        assertThat(errors.get(1).get("code").asString()).isEqualTo("caiq.import.error.questionTwice");
        assertThat(team.officer()
                        .postFile(path, "file", "report.pdf", TestFiles.PDF)
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("caiq.import.error.notXlsx");
        assertThat(team.officer()
                        .postFile(path, "file", "bomb.xlsx", CaiqWorkbooks.bomb())
                        .json()
                        .get("errors")
                        .get(0)
                        .get("code")
                        .asString())
                .isEqualTo("caiq.import.error.bomb");
        assertThat(drafts(team.officer(), id)).as("nothing saved").isEmpty();
        assertThat(imports(organization)).isZero();

        byte[] workbook = goodWorkbook();
        MekikiUser auditor = fixtures.user(organization, Role.AUDITOR);
        assertThat(client(auditor).postFile(path, "file", "caiq.xlsx", workbook).status())
                .isEqualTo(403);
        MekikiUser stranger = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        assertThat(client(stranger)
                        .postFile(path, "file", "caiq.xlsx", workbook)
                        .status())
                .as("another organisation's questionnaire")
                .isEqualTo(404);

        Response imported = team.officer().postFile(path, "file", "caiq.xlsx", workbook);

        assertThat(imported.status()).as(imported.json().toString()).isEqualTo(200);
        assertThat(imported.json().get("answered").asInt()).isEqualTo(7);
        assertThat(imported.json().get("used").asInt()).isEqualTo(6);
        assertThat(imported.json().get("notAsked").get(0).asString()).isEqualTo("OS-REGION-01");
        Map<String, JsonNode> drafts = drafts(team.officer(), id);
        assertThat(drafts.keySet()).containsExactlyInAnyOrder("RS-IAM-01", "RS-BACKUP-01");
        assertThat(drafts.get("RS-IAM-01").get("status").asString()).isEqualTo("MEETS");
        assertThat(drafts.get("RS-IAM-01").get("answer").asString())
                .startsWith("CAIQ v4.1 IAM-10.1: Yes\nPrivileged roles are reviewed quarterly.");
        assertThat(drafts.get("RS-BACKUP-01").get("status").asString()).isEqualTo("PARTLY");
        assertThat(drafts.get("RS-BACKUP-01").get("answer").asString())
                .contains("CAIQ v4.1 BCR-08.2: No", "The CAIQ answers cover only part of this check item.");
        assertThat(imports(organization)).isEqualTo(1);
    }

    @Test
    void theProviderImportsOnTheLinkPageAndAMalformedSheetIsNamedInItsLanguage() throws Exception {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        ContractWork.Team team = team(organization, officer);
        QuestionnaireWork.Candidate candidate = QuestionnaireWork.candidate(team, "CAIQリンクSaaS");
        String link = send(team.officer(), candidate, "ja").json().get("link").asString();
        String path = link.substring(link.indexOf("/q/"));
        LinkBrowser provider = new LinkBrowser(port);

        Document page = Jsoup.parse(provider.get(path).body());
        assertThat(page.select("#caiq-import h2").text()).isEqualTo("CAIQ v4.1の回答を取り込む");

        byte[] malformed = CaiqWorkbooks.withHeadings(List.of("Question ID", "CSP CAIQ Answer"))
                .answer("IAM-10.1", "Yes", "")
                .bytes();
        HttpResponse<String> refused = provider.upload(path, path + "/caiq", "caiq.xlsx", malformed);
        assertThat(refused.statusCode()).isEqualTo(400);
        Document refusal = Jsoup.parse(refused.body());
        assertThat(refusal.select("#caiq-error").text())
                .contains("何も保存していません", "シート「CAIQv4.1」3行目: 見出しの行に「CSP Implementation Description」の列がありません。");
        assertThat(imports(organization)).isZero();

        HttpResponse<String> imported = provider.upload(path, path + "/caiq", "caiq.xlsx", goodWorkbook());
        assertThat(imported.statusCode()).isEqualTo(302);
        String location = imported.headers().firstValue("Location").orElseThrow();
        Document after = Jsoup.parse(provider.get(location.substring(location.indexOf("/q/"), location.indexOf('#')))
                .body());
        assertThat(after.select("#caiq-done").text()).contains("CAIQの回答 7件を読み、対応表にある 6件から確認項目 2件の下書きを作りました。");
        assertThat(after.select("#status-RS-IAM-01 option[selected]").attr("value"))
                .isEqualTo("MEETS");
        assertThat(after.select("#answer-RS-BACKUP-01").text()).contains("CAIQ v4.1 BCR-08.1: はい");
        assertThat(imports(organization)).isEqualTo(1);
        assertThat(jdbc.sql("select actor_name from audit_entry where organization_id = ? and action = ?")
                        .params(organization, "questionnaire.caiq.imported")
                        .query(String.class)
                        .single())
                .contains("佐藤 花子");
    }

    private static byte[] goodWorkbook() {
        return CaiqWorkbooks.standard()
                .answer("IAM-10.1", "Yes", "Privileged roles are reviewed quarterly.")
                .answer("IAM-11.1", "Yes", "")
                .answer("IAM-14.1", "Yes", "Hardware keys for administrators.")
                .answer("BCR-08.1", "Yes", "Daily snapshots.")
                .answer("BCR-08.2", "No", "")
                .answer("DSP-19.1", "Yes", "")
                .answer("TVM-01.1", "Yes", "")
                .answer("CCC-05.1", "", "")
                .bytes();
    }

    private Response send(BearerClient officer, QuestionnaireWork.Candidate candidate, String language) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidateId", candidate.candidateId());
        body.put("items", ITEMS);
        body.put("language", language);
        body.put("contactId", candidate.contactId());
        body.put("dueOn", LocalDate.now().plusDays(14).toString());
        Response sent = officer.post("/api/v1/questionnaires", body);
        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
        return sent;
    }

    private static Map<String, JsonNode> drafts(BearerClient officer, String id) {
        Map<String, JsonNode> drafts = new LinkedHashMap<>();
        for (JsonNode item : officer.get("/api/v1/questionnaires/" + id).json().get("items")) {
            if (item.get("status") != null && !item.get("status").isNull()) {
                drafts.put(item.get("itemId").asString(), item);
            }
        }
        return drafts;
    }

    private int imports(UUID organization) {
        return jdbc.sql("select count(*) from audit_entry where organization_id = ? and action = ?")
                .params(organization, "questionnaire.caiq.imported")
                .query(Integer.class)
                .single();
    }

    private ContractWork.Team team(UUID organization, MekikiUser officer) {
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        return new ContractWork.Team(client(officer), client(executive), officer.userId(), owner.userId());
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    /** A browser without any session that can post a file with the link page's CSRF token. */
    private static final class LinkBrowser {

        private final int port;
        private final HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .connectTimeout(Duration.ofSeconds(10))
                .build();

        LinkBrowser(int port) {
            this.port = port;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .timeout(Duration.ofSeconds(120))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String pagePath, String actionPath, String fileName, byte[] content)
                throws IOException, InterruptedException {
            String csrf = PageClient.csrfToken(get(pagePath).body());
            String boundary = "caiq" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + actionPath))
                            .timeout(Duration.ofSeconds(120))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
