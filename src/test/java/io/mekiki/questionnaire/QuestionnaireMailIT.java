package io.mekiki.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.BearerClient;
import io.mekiki.BearerClient.Response;
import io.mekiki.ContractWork;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.notification.MailTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The questionnaire's link goes to the provider contact by mail, in the questionnaire's language. */
class QuestionnaireMailIT extends MailTest {

    private final IdentityFixtures fixtures;

    @Autowired
    QuestionnaireMailIT(IdentityFixtures fixtures) {
        this.fixtures = fixtures;
    }

    @Test
    void theLinkIsMailedToTheContactInTheQuestionnairesLanguageAndWorks() {
        UUID organization = fixtures.organization();
        MekikiUser officer = fixtures.user(organization, Role.RISK_OFFICER);
        MekikiUser owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        MekikiUser executive = fixtures.user(organization, Role.EXECUTIVE);
        ContractWork.Team team =
                new ContractWork.Team(client(officer), client(executive), officer.userId(), owner.userId());
        QuestionnaireWork.Candidate candidate = QuestionnaireWork.candidate(team, "メール質問票SaaS");
        String address = "contact-" + UUID.randomUUID() + "@provider.example";
        String contact = QuestionnaireWork.contact(team.officer(), candidate.providerId(), "Jane Doe", address);

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("candidateId", candidate.candidateId());
        body.put("items", QuestionnaireWork.unanswered(team.officer(), candidate.candidateId(), 2));
        body.put("language", "en");
        body.put("contactId", contact);
        body.put("dueOn", LocalDate.now().plusDays(10).toString());
        body.put("message", "Thank you for your help.");
        Response sent = team.officer().post("/api/v1/questionnaires", body);
        assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
        assertThat(sent.json().get("mailed").asBoolean()).isTrue();
        String link = sent.json().get("link").asString();

        List<MimeMessage> mails = mailsTo(address, 1);
        assertThat(mails).hasSize(1);
        String text = part(mails.get(0), "text/plain");
        String html = part(mails.get(0), "text/html");
        assertThat(text).contains("Jane Doe", "sends you a questionnaire of 2 items", "Thank you for your help.", link);
        assertThat(html).contains("Open the questionnaire", link);
        assertThat(text).doesNotContain("様");

        PageClient provider = new PageClient(port);
        assertThat(provider.get(link.substring(link.indexOf("/q/"))).statusCode())
                .isEqualTo(200);
    }

    private BearerClient client(MekikiUser user) {
        return new BearerClient(url(""), fixtures.token(user));
    }
}
