package io.mekiki.questionnaire.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApiCaller;
import io.mekiki.ApplicationTest;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The grace period of questionnaire links set on its page, as the API sets it, and recorded in the ledger. */
class QuestionnaireSettingsPagesIT extends ApplicationTest {

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRiskOfficerSetsTheGracePeriodOnThePageAndBadInputChangesNothing() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        PageClient page = new PageClient(port).signedInAs(officer.email(), IdentityFixtures.PASSWORD);
        ApiCaller api = new ApiCaller(port);
        String token = fixtures.token(officer);

        Document before = Jsoup.parse(page.get("/questionnaires/settings").body());
        assertThat(before.select("h1").text()).isEqualTo("質問票のリンクの有効期間");
        assertThat(before.select("#questionnaire-settings-current").text()).contains("7 日後");
        assertThat(before.select("#graceDays").attr("value")).isEqualTo("7");

        HttpResponse<String> saved =
                page.submit("/questionnaires/settings", "/questionnaires/settings", Map.of("graceDays", "14"));
        assertThat(saved.statusCode()).isEqualTo(302);
        Document after = Jsoup.parse(page.get("/questionnaires/settings").body());
        assertThat(after.select("#questionnaire-settings-saved").text()).isEqualTo("保存しました。");
        assertThat(after.select("#questionnaire-settings-current").text()).contains("14 日後");
        assertThat(ApiCaller.body(api.get("/api/v1/questionnaires/settings", token))
                        .get("graceDays")
                        .asInt())
                .isEqualTo(14);

        for (String wrong : new String[] {"91", "-1", "abc", ""}) {
            HttpResponse<String> refused =
                    page.submit("/questionnaires/settings", "/questionnaires/settings", Map.of("graceDays", wrong));
            assertThat(refused.statusCode()).as(wrong).isEqualTo(400);
            Document shown = Jsoup.parse(refused.body());
            assertThat(shown.select("#questionnaire-settings-refusal").text())
                    .as(wrong)
                    .contains("0 日から 90 日の間で指定してください");
            assertThat(shown.select("#graceDays").attr("value"))
                    .as("the input kept")
                    .isEqualTo(wrong);
        }
        assertThat(ApiCaller.body(api.get("/api/v1/questionnaires/settings", token))
                        .get("graceDays")
                        .asInt())
                .isEqualTo(14);

        page.submit("/questionnaires/settings", "/questionnaires/settings", Map.of("graceDays", "14"));
        assertThat(jdbc.sql("select change from audit_entry where organization_id = ? and action = ?")
                        .params(officer.organizationId(), "questionnaire.graceSet")
                        .query(String.class)
                        .list())
                .as("one entry for the one change, none for saving the same value again")
                .singleElement()
                .satisfies(change -> assertThat(change.replace(" ", ""))
                        .contains("\"before\":7")
                        .contains("\"after\":14"));
    }

    @Test
    void aBusinessOwnerReadsTheGracePeriodButCannotChangeIt() {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);
        PageClient page = new PageClient(port).signedInAs(owner.email(), IdentityFixtures.PASSWORD);

        Document shown = Jsoup.parse(page.get("/questionnaires/settings").body());
        assertThat(shown.select("#questionnaire-settings-current").text()).contains("7 日後");
        assertThat(shown.select("form[action=/questionnaires/settings]")).isEmpty();

        HttpResponse<String> refused =
                page.submit("/questionnaires/settings", "/questionnaires/settings", Map.of("graceDays", "30"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }
}
