package io.mekiki.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.Browser;
import io.mekiki.ContractWork;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.questionnaire.internal.caiq.CaiqWorkbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The CAIQ import on the provider's link page in a real browser without any session (ADR 042): a malformed
 * workbook is refused with its row and column named in the questionnaire's language, a good one becomes drafts.
 */
class CaiqLinkBrowserIT extends ApplicationTest {

    @RegisterExtension
    final Browser provider = Browser.japanese();

    @Autowired
    IdentityFixtures fixtures;

    @TempDir
    Path files;

    @Test
    void theProviderImportsItsCaiqWorkbookOnTheLinkPage() throws Exception {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        ContractWork.Team team =
                new ContractWork.Team(client(officer), client(executive), officer.userId(), owner.userId());
        QuestionnaireWork.Candidate candidate = QuestionnaireWork.candidate(team, "CAIQブラウザSaaS");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidateId", candidate.candidateId());
        body.put("items", List.of("RS-IAM-01", "RS-LOG-01"));
        body.put("language", "en");
        body.put("contactId", candidate.contactId());
        body.put("dueOn", LocalDate.now().plusDays(7).toString());
        Response sent = team.officer().post("/api/v1/questionnaires", body);
        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
        String link = sent.json().get("link").asString();

        Path bad = files.resolve("caiq-bad.xlsx");
        Files.write(
                bad,
                CaiqWorkbooks.standard()
                        .answer("IAM-10.1", "Yes", "")
                        .answer("LOG-02.1", "Sometimes", "")
                        .bytes());
        Path good = files.resolve("caiq.xlsx");
        Files.write(
                good,
                CaiqWorkbooks.standard()
                        .answer("IAM-10.1", "Yes", "Quarterly review of privileged roles.")
                        .answer("IAM-11.1", "Yes", "")
                        .answer("IAM-14.1", "Yes", "")
                        .answer("LOG-02.1", "No", "")
                        .answer("LOG-04.1", "No", "")
                        .bytes());

        provider.open(url(link.substring(link.indexOf("/q/"))));
        provider.waitForText(By.cssSelector("#caiq-import h2"), "Import CAIQ v4.1 answers");
        provider.find(By.id("caiq-file")).sendKeys(bad.toString());
        provider.click(By.id("caiq-submit"));
        provider.waitForText(
                By.id("caiq-error"),
                "Sheet \"CAIQv4.1\", row 5, column C: The answer \"Sometimes\" cannot be read; use Yes, No or NA.");
        assertThat(provider.find(By.id("caiq-error")).getText()).contains("Nothing was saved.");
        assertThat(provider.find(By.id("answer-RS-IAM-01")).getAttribute("value"))
                .isEmpty();

        provider.find(By.id("caiq-file")).sendKeys(good.toString());
        provider.click(By.id("caiq-submit"));
        provider.waitForText(By.id("caiq-done"), "made drafts for 2 check items");
        assertThat(provider.find(By.cssSelector("#status-RS-IAM-01 option[selected]"))
                        .getAttribute("value"))
                .isEqualTo("MEETS");
        assertThat(provider.find(By.cssSelector("#status-RS-LOG-01 option[selected]"))
                        .getAttribute("value"))
                .isEqualTo("DOES_NOT_MEET");
        assertThat(provider.find(By.id("answer-RS-IAM-01")).getAttribute("value"))
                .startsWith("CAIQ v4.1 IAM-10.1: Yes\nQuarterly review of privileged roles.");
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }
}
