package io.mekiki.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.BearerClient;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import io.mekiki.shared.OrganizationTime;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell in the header, the notifications page and the mail settings page. */
class NotificationPagesIT extends MailTest {

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    InitiativeFixtures initiatives;

    @Test
    void theBellCountsUnreadAndOpeningANotificationMarksItReadAndLeadsToItsPage() throws Exception {
        MekikiUser executive = fixtures.userInNewOrganization(Role.EXECUTIVE);
        MekikiUser officer = fixtures.user(executive.organizationId(), Role.RISK_OFFICER);
        PageClient browser = new PageClient(port).signedInAs(officer.email(), IdentityFixtures.PASSWORD);
        Document home = Jsoup.parse(browser.get("/").body());
        assertThat(home.select("header #bell").attr("hx-get")).isEqualTo("/notifications/bell");

        String instruction = issue(executive, officer);
        mailsTo(officer.email(), 1);

        Document bell = Jsoup.parse(browser.get("/notifications/bell").body());
        assertThat(bell.select(".bell-count").text()).isEqualTo("1");
        Document list = Jsoup.parse(browser.get("/notifications").body());
        assertThat(list.select("#notification-list li.unread").text())
                .contains("指示「Survey the assets」が")
                .contains("から出されました");
        String id = list.select("#notification-list li").attr("data-id");

        HttpResponse<String> opened =
                browser.submit("/notifications", "/notifications/" + id + "/read", Map.of("open", "true"));
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/instructions/" + instruction);
        assertThat(Jsoup.parse(browser.get("/notifications/bell").body()).select(".bell-count"))
                .isEmpty();
        assertThat(Jsoup.parse(browser.get("/notifications").body()).select("#notification-list li.read"))
                .hasSize(1);

        // another person's notification cannot be marked
        PageClient executiveBrowser = new PageClient(port).signedInAs(executive.email(), IdentityFixtures.PASSWORD);
        assertThat(executiveBrowser
                        .submit("/notifications", "/notifications/" + id + "/read", Map.of())
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void mailSettingsAreSavedAndSecurityCannotBeSwitchedOff() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        PageClient browser = new PageClient(port).signedInAs(officer.email(), IdentityFixtures.PASSWORD);
        assertThat(Jsoup.parse(browser.get("/account").body())
                        .select("#mail-settings a")
                        .attr("href"))
                .isEqualTo("/notifications/settings");

        HttpResponse<String> saved =
                browser.submit("/notifications/settings", "/notifications/settings", Map.of("receive", "REMINDERS"));

        assertThat(saved.statusCode()).isEqualTo(302);
        Document page = Jsoup.parse(browser.get("/notifications/settings").body());
        assertThat(page.select("#category-REMINDERS").hasAttr("checked")).isTrue();
        assertThat(page.select("#category-INSTRUCTIONS").hasAttr("checked")).isFalse();
        assertThat(page.select("#category-SECURITY").hasAttr("disabled")).isTrue();
        BearerClient api = new BearerClient(url(""), fixtures.token(officer));
        assertThat(api.get("/api/v1/me/mail-preferences").json().get("received").toString())
                .isEqualTo("[\"REMINDERS\"]");

        HttpResponse<String> refused =
                browser.submit("/notifications/settings", "/notifications/settings", Map.of("receive", "SECURITY"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).select("[role=alert]").text()).isEqualTo("メールの種類が正しくありません。");
        assertThat(api.get("/api/v1/me/mail-preferences").json().get("received").toString())
                .isEqualTo("[\"REMINDERS\"]");
    }

    private String issue(MekikiUser executive, MekikiUser officer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subjectType", "INITIATIVE");
        body.put("subjectId", initiatives.initiative(executive.organizationId()).toString());
        body.put("phase", "PREPARATION");
        body.put("gateTopic", "PREPARATION_SURVEY_REVIEWED");
        body.put("checkItemIds", List.of("LC-PREP-ASSET-01"));
        body.put("title", "Survey the assets");
        body.put("description", "By asset, please.");
        body.put("assignee", officer.userId().toString());
        body.put(
                "dueDate",
                LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(7).toString());
        BearerClient.Response issued =
                new BearerClient(url(""), fixtures.token(executive)).post("/api/v1/instructions", body);
        assertThat(issued.status()).as(issued.json().toString()).isEqualTo(201);
        return issued.json().get("id").asString();
    }
}
