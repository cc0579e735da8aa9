package io.mekiki.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

class MailIT extends MailTest {

    @Autowired
    Mail mail;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aLetterArrivesInTheRecipientsLanguageAsTextAndHtmlWithTheLink() throws Exception {
        String to = "invited-" + UUID.randomUUID() + "@example.test";
        String link = mail.link("/activate?token=abc123");

        MailOutcome outcome = mail.send(invitation(to, Locale.JAPANESE, link));

        assertThat(outcome.queued()).isTrue();
        List<MimeMessage> mails = mailsTo(to, 1);
        assertThat(mails).hasSize(1);
        MimeMessage message = mails.get(0);
        assertThat(message.getSubject()).isEqualTo("株式会社テスト の Mekiki に招待されました");
        assertThat(message.getFrom()[0].toString()).isEqualTo("mekiki@example.test");
        String text = part(message, "text/plain");
        String html = part(message, "text/html");
        assertThat(text).contains("山田 花子 様").contains(link).contains("2026-12-10");
        Document document = Jsoup.parse(html);
        assertThat(document.select("a[href]").first().attr("href")).isEqualTo(link);
        assertThat(document.text()).contains("パスワードを決める");
        assertThat(link).startsWith("http://localhost:" + port + "/activate");
        assertThat(status(outcome.mailId())).isEqualTo("SENT");
    }

    @Test
    void englishForAnEnglishReader() throws Exception {
        String to = "invited-" + UUID.randomUUID() + "@example.test";

        mail.send(invitation(to, Locale.ENGLISH, mail.link("/activate?token=xyz")));

        MimeMessage message = mailsTo(to, 1).get(0);
        assertThat(message.getSubject()).isEqualTo("You are invited to Mekiki at 株式会社テスト");
        assertThat(part(message, "text/plain")).contains("Dear 山田 花子,");
        assertThat(part(message, "text/html")).contains("Choose your password");
    }

    @Test
    void aRolledBackChangeSendsNothingAndLeavesNoLogRow() {
        String to = "rolled-back-" + UUID.randomUUID() + "@example.test";

        transactions.executeWithoutResult(status -> {
            mail.send(invitation(to, Locale.JAPANESE, mail.link("/activate?token=never")));
            status.setRollbackOnly();
        });
        String later = "later-" + UUID.randomUUID() + "@example.test";
        mail.send(invitation(later, Locale.JAPANESE, mail.link("/activate?token=later")));

        assertThat(mailsTo(later, 1)).hasSize(1);
        assertThat(received(to)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_mail where recipient_address = :to")
                        .param("to", to)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void theLogKeepsNoBodyNorTheSecretLink() {
        String to = "secret-" + UUID.randomUUID() + "@example.test";
        String token = "secret-token-" + UUID.randomUUID();

        mail.send(invitation(to, Locale.JAPANESE, mail.link("/activate?token=" + token)));

        assertThat(mailsTo(to, 1)).hasSize(1);
        String row = jdbc.sql("select row_to_json(m)::text from notification_mail m where recipient_address = :to")
                .param("to", to)
                .query(String.class)
                .single();
        assertThat(row).contains(to).doesNotContain(token);
    }

    private static Letter invitation(String to, Locale locale, String link) {
        return new Letter(
                to,
                null,
                locale,
                MailCategory.SECURITY,
                "user-invited",
                Map.of(
                        "subjectArguments", List.of("株式会社テスト"),
                        "displayName", "山田 花子",
                        "organizationName", "株式会社テスト",
                        "link", link,
                        "validUntil", "2026-12-10"));
    }

    private String status(UUID mailId) {
        long deadline = System.currentTimeMillis() + 10_000;
        String status = null;
        while (System.currentTimeMillis() < deadline) {
            status = jdbc.sql("select status from notification_mail where id = :id")
                    .param("id", mailId)
                    .query(String.class)
                    .single();
            if (!"QUEUED".equals(status)) {
                return status;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return status;
    }
}
