package io.mekiki.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.ContractWork;
import io.mekiki.PageClient;
import io.mekiki.audit.AuditLedger;
import io.mekiki.audit.LedgerEntry;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.instruction.TestFiles;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.RuleViolationException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Questionnaires through the API and the provider's link pages, with the real assessment behind them. */
class QuestionnairesIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final ProviderAnswers providerAnswers;
    private final AuditLedger ledger;
    private final JdbcClient jdbc;

    @Autowired
    QuestionnairesIT(IdentityFixtures fixtures, ProviderAnswers providerAnswers, AuditLedger ledger, JdbcClient jdbc) {
        this.fixtures = fixtures;
        this.providerAnswers = providerAnswers;
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Test
    void theProviderAnswersThroughTheLinkAndTheRiskOfficerReviewsEachStatement() {
        People people = people();
        QuestionnaireWork.Candidate candidate = QuestionnaireWork.candidate(people.team(), "質問票SaaS");
        List<String> items = QuestionnaireWork.unanswered(people.officer(), candidate.candidateId(), 3);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidateId", candidate.candidateId());
        body.put("items", items);
        body.put("language", "en");
        body.put("contactId", candidate.contactId());
        body.put("dueOn", LocalDate.now().plusDays(14).toString());
        body.put("message", "Please answer by the due date.");

        assertThat(people.auditor().post("/api/v1/questionnaires", body).status())
                .isEqualTo(403);
        String otherProvider = QuestionnaireWork.provider(people.officer(), "別のクラウド株式会社");
        String otherContact =
                QuestionnaireWork.contact(people.officer(), otherProvider, "別の担当者", "other@provider.example");
        Map<String, Object> wrongContact = new LinkedHashMap<>(body);
        wrongContact.put("contactId", otherContact);
        assertBadRequest(people.officer().post("/api/v1/questionnaires", wrongContact), "contactId");
        Map<String, Object> badLanguage = new LinkedHashMap<>(body);
        badLanguage.put("language", "fr");
        assertBadRequest(people.officer().post("/api/v1/questionnaires", badLanguage), "language");
        Map<String, Object> pastDue = new LinkedHashMap<>(body);
        pastDue.put("dueOn", LocalDate.now().minusDays(1).toString());
        assertBadRequest(people.officer().post("/api/v1/questionnaires", pastDue), "dueOn");
        Map<String, Object> foreignItem = new LinkedHashMap<>(body);
        foreignItem.put("items", List.of("NO-SUCH-ITEM"));
        assertBadRequest(people.officer().post("/api/v1/questionnaires", foreignItem), "items");
        assertThat(jdbc.sql("select count(*) from questionnaire where candidate_id = ?::uuid")
                        .param(candidate.candidateId())
                        .query(Integer.class)
                        .single())
                .as("the refusals stored nothing")
                .isZero();

        Response sent = people.officer().post("/api/v1/questionnaires", body);
        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
        String id = sent.json().get("questionnaire").get("id").asString();
        String link = sent.json().get("link").asString();
        assertThat(link).matches("http.*/q/[A-Za-z0-9_-]{43}");
        String path = link.substring(link.indexOf("/q/"));
        String token = path.substring(3);
        assertThat(jdbc.sql("select count(*) from questionnaire where token_hash = ? or token_hash = ?")
                        .params(token, io.mekiki.shared.Sha256.hex(token))
                        .query(Integer.class)
                        .single())
                .as("only the token's hash is stored")
                .isEqualTo(1);
        assertThat(jdbc.sql("select token_hash from questionnaire where id = ?::uuid")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo(io.mekiki.shared.Sha256.hex(token));
        assertThat(sent.json().get("questionnaire").get("status").asString()).isEqualTo("SENT");

        PageClient provider = new PageClient(port);
        HttpResponse<String> page = provider.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Robots-Tag")).hasValue("noindex, nofollow, noarchive");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(provider.cookie(PageClient.SESSION_COOKIE))
                .as("no session for the link")
                .isEmpty();
        assertThat(page.body())
                .contains("Questionnaire to 質問票SaaS クラウド株式会社", "Please answer by the due date.")
                .contains("name=\"robots\" content=\"noindex")
                .contains(items.get(0));

        Map<String, String> form = new LinkedHashMap<>();
        form.put("status:" + items.get(0), "MEETS");
        form.put("answer:" + items.get(0), "ISO 27001 certified.");
        form.put("status:" + items.get(1), "PARTLY");
        form.put("answer:" + items.get(1), "Only in Tokyo region.");
        form.put("action", "save");
        HttpResponse<String> saved = provider.submit(path, path + "/answers", form);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(path + "?saved");
        assertThat(provider.get(path + "?saved").body())
                .contains("Draft saved.", "Only in Tokyo region.", "2 of 3 items");

        Map<String, String> early = new LinkedHashMap<>(form);
        early.put("action", "submit");
        HttpResponse<String> incomplete = provider.submit(path, path + "/answers", early);
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("Choose a status for check item " + items.get(2));

        UUID questionnaireId = UUID.fromString(id);
        Assertions.assertThatThrownBy(() -> providerAnswers.addEvidence(
                        questionnaireId, items.get(2), new Upload("tool.exe", TestFiles.EXE)))
                .isInstanceOf(RuleViolationException.class);
        Assertions.assertThatThrownBy(() -> providerAnswers.saveDrafts(
                        questionnaireId,
                        List.of(
                                new DraftAnswer(items.get(2), io.mekiki.assessment.AnswerStatus.MEETS, "ok"),
                                new DraftAnswer("NOT-ASKED", io.mekiki.assessment.AnswerStatus.MEETS, "x"))))
                .isInstanceOf(RuleViolationException.class);
        assertThat(provider.get(path).body()).as("all or nothing").contains("2 of 3 items");
        providerAnswers.addEvidence(questionnaireId, items.get(2), new Upload("soc2.pdf", TestFiles.PDF));

        Map<String, String> complete = new LinkedHashMap<>(form);
        complete.put("status:" + items.get(2), "MEETS");
        complete.put("answer:" + items.get(2), "See the SOC 2 report.");
        complete.put("action", "submit");
        HttpResponse<String> submitted = provider.submit(path, path + "/answers", complete);
        assertThat(submitted.statusCode()).isEqualTo(302);
        HttpResponse<String> readOnly = provider.get(path);
        assertThat(readOnly.body())
                .contains("Your answers were submitted", "soc2.pdf")
                .doesNotContain("id=\"submit\"");
        Map<String, String> again = new LinkedHashMap<>(complete);
        again.put("action", "save");
        assertThat(provider.submit(path, path + "/answers", again).statusCode())
                .as("reuse after submission changes nothing")
                .isEqualTo(409);

        JsonNode assessment = people.officer()
                .get("/api/v1/assessments/" + candidate.candidateId())
                .json();
        for (JsonNode item : assessment.get("items")) {
            if (items.contains(item.get("itemId").asString())) {
                assertThat(item.get("answer").get("source").asString()).isEqualTo("PROVIDER_STATEMENT");
                assertThat(item.get("answer").get("waitingForConfirmation").asBoolean())
                        .isTrue();
            }
        }
        JsonNode read = people.auditor().get("/api/v1/questionnaires/" + id).json();
        assertThat(read.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(read.get("progress").get("submitted").asInt()).isEqualTo(3);

        String base = "/api/v1/questionnaires/" + id + "/items/";
        assertThat(people.auditor()
                        .post(base + items.get(0) + "/acceptance", Map.of())
                        .status())
                .isEqualTo(403);
        Response accepted = people.officer().post(base + items.get(0) + "/acceptance", Map.of());
        assertThat(accepted.status()).as(accepted.json().toString()).isEqualTo(200);
        assertBadRequest(people.officer().post(base + items.get(1) + "/question", Map.of("comment", " ")), "comment");
        Response questioned =
                people.officer().post(base + items.get(1) + "/question", Map.of("comment", "Which regions exactly?"));
        assertThat(questioned.status()).as(questioned.json().toString()).isEqualTo(200);
        assertThat(questioned.json().get("status").asString()).isEqualTo("REOPENED");
        Response overridden = people.officer()
                .post(base + items.get(2) + "/override", Map.of("status", "PARTLY", "answer", "Report is old."));
        assertThat(overridden.status()).as(overridden.json().toString()).isEqualTo(200);
        assertThat(people.officer()
                        .post(base + items.get(0) + "/acceptance", Map.of())
                        .status())
                .as("reviewed once")
                .isEqualTo(409);

        HttpResponse<String> reopened = provider.get(path);
        assertThat(reopened.body()).contains("Which regions exactly?", "Some check items were sent back");
        Assertions.assertThatThrownBy(() -> providerAnswers.saveDrafts(
                        questionnaireId,
                        List.of(new DraftAnswer(items.get(0), io.mekiki.assessment.AnswerStatus.DOES_NOT_MEET, ""))))
                .as("an accepted item stays closed")
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        refused -> assertThat(refused.messageCode()).isEqualTo("questionnaire.error.itemClosed"));
        Map<String, String> answerAgain = new LinkedHashMap<>();
        answerAgain.put("status:" + items.get(1), "MEETS");
        answerAgain.put("answer:" + items.get(1), "Tokyo and Osaka.");
        answerAgain.put("action", "submit");
        assertThat(provider.submit(path, path + "/answers", answerAgain).statusCode())
                .isEqualTo(302);
        JsonNode after = people.officer().get("/api/v1/questionnaires/" + id).json();
        assertThat(after.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(after.get("items").get(1).get("answer").asString()).isEqualTo("Tokyo and Osaka.");
        assertThat(after.get("items").get(1).get("review").isNull()).isTrue();

        UUID organizationId = people.organizationId();
        List<LedgerEntry> entries = ledger.entries(organizationId, QuestionnaireChange.QUESTIONNAIRE, id, 0, 50)
                .entries();
        assertThat(entries)
                .extracting(LedgerEntry::action)
                .contains(
                        "questionnaire.sent",
                        "questionnaire.opened",
                        "questionnaire.answers.saved",
                        "questionnaire.evidence.added",
                        "questionnaire.submitted",
                        "questionnaire.item.reviewed");
        assertThat(entries)
                .filteredOn(entry -> entry.action().equals("questionnaire.submitted"))
                .extracting(LedgerEntry::actorId, LedgerEntry::actorName)
                .containsOnly(
                        Assertions.tuple("provider-contact:" + candidate.contactId(), "佐藤 花子 (質問票SaaS クラウド株式会社)"));

        People stranger = people();
        assertThat(stranger.officer().get("/api/v1/questionnaires/" + id).status())
                .isEqualTo(404);
        assertThat(stranger.officer()
                        .post(base + items.get(1) + "/acceptance", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(stranger.officer()
                        .post("/api/v1/questionnaires/" + id + "/revocation", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(stranger.officer()
                        .get("/api/v1/questionnaires?candidateId=" + candidate.candidateId())
                        .status())
                .isEqualTo(404);

        Response revoked = people.officer().post("/api/v1/questionnaires/" + id + "/revocation", Map.of());
        assertThat(revoked.status()).as(revoked.json().toString()).isEqualTo(200);
        HttpResponse<String> gone = provider.get(path);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.body()).contains("This questionnaire was revoked").doesNotContain("Tokyo and Osaka");
    }

    @Test
    void anExpiredLinkAndAWrongTokenShowOnlyAPlainRefusalAndTwentyWrongTokensThrottleTheAddress() {
        People people = people();
        QuestionnaireWork.Candidate candidate = QuestionnaireWork.candidate(people.team(), "期限SaaS");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidateId", candidate.candidateId());
        body.put("items", QuestionnaireWork.unanswered(people.officer(), candidate.candidateId(), 1));
        body.put("contactId", candidate.contactId());
        body.put("dueOn", LocalDate.now().plusDays(1).toString());
        Response sent = people.officer().post("/api/v1/questionnaires", body);
        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
        String id = sent.json().get("questionnaire").get("id").asString();
        String link = sent.json().get("link").asString();
        String path = link.substring(link.indexOf("/q/"));
        PageClient provider = new PageClient(port);
        assertThat(provider.get(path).statusCode()).isEqualTo(200);

        jdbc.sql("update questionnaire set due_on = current_date - 30 where id = ?::uuid")
                .param(id)
                .update();
        HttpResponse<String> expired = provider.get(path);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("期限が過ぎました").doesNotContain("期限SaaS");
        assertThat(people.officer()
                        .get("/api/v1/questionnaires/" + id)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("EXPIRED");
        Response resent = people.officer()
                .post(
                        "/api/v1/questionnaires/" + id + "/resending",
                        Map.of("dueOn", LocalDate.now().plusDays(7).toString()));
        assertThat(resent.status()).as(resent.json().toString()).isEqualTo(200);
        String newPath = resent.json().get("link").asString().substring(link.indexOf("/q/"));
        assertThat(provider.get(path).statusCode())
                .as("the old link no longer works")
                .isEqualTo(404);
        assertThat(provider.post(newPath + "/answers", Map.of("action", "save")).statusCode())
                .as("CSRF stays on for the link's forms")
                .isEqualTo(403);

        jdbc.sql("delete from questionnaire_link_failure").update();
        try {
            for (int wrong = 0; wrong < 19; wrong++) {
                HttpResponse<String> unknown = provider.get("/q/wrong-token-number-" + wrong + "-xxxxxxxxxxxxxxxx");
                assertThat(unknown.statusCode()).isEqualTo(404);
                assertThat(unknown.body()).contains("このリンクは無効です");
            }
            assertThat(provider.get(newPath).statusCode())
                    .as("19 wrong tokens: still served")
                    .isEqualTo(200);
            assertThat(provider.get("/q/wrong-token-number-19-xxxxxxxxxxxxxxxx").statusCode())
                    .isEqualTo(404);
            HttpResponse<String> throttled = provider.get(newPath);
            assertThat(throttled.statusCode())
                    .as("20 wrong tokens within a minute")
                    .isEqualTo(429);
            assertThat(throttled.body()).contains("しばらくしてから");
        } finally {
            jdbc.sql("delete from questionnaire_link_failure").update();
        }
        assertThat(provider.get(newPath).statusCode()).isEqualTo(200);
    }

    private static void assertBadRequest(Response response, String field) {
        assertThat(response.status()).as(response.json().toString()).isEqualTo(400);
        assertThat(response.json().toString()).contains("\"" + field + "\"");
    }

    private People people() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        MekikiUser auditor = fixtures.user(organization, Role.AUDITOR);
        return new People(
                organization,
                new ContractWork.Team(client(officer), client(executive), officer.userId(), owner.userId()),
                client(auditor));
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }

    private record People(UUID organizationId, ContractWork.Team team, BearerClient auditor) {

        BearerClient officer() {
            return team.officer();
        }
    }
}
