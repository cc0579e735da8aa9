package io.mekiki.comparison.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.mekiki.ApplicationTest;
import io.mekiki.BearerClient;
import io.mekiki.PageClient;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.InitiativeFixtures;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The comparison page's forms without JavaScript: a save comes back to the page, a refusal is shown with 422. */
class ComparisonPagesIT extends ApplicationTest {

    private final IdentityFixtures fixtures;
    private final InitiativeFixtures initiatives;

    @Autowired
    ComparisonPagesIT(IdentityFixtures fixtures, InitiativeFixtures initiatives) {
        this.fixtures = fixtures;
        this.initiatives = initiatives;
    }

    @Test
    void formsPostWithoutJavaScriptAndRefusalsAreShownOnThePage() {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        String initiative =
                initiatives.initiative(officer.organizationId(), "文書保管の選定").toString();
        String page = "/initiatives/" + initiative + "/comparison";
        PageClient browser = new PageClient(port).signedInAs(officer.email(), IdentityFixtures.PASSWORD);

        HttpResponse<String> opened = browser.get(page);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body())
                .contains("id=\"criteria-form\"", "id=\"starter-note\"", "クラウド事業者の経営状態と事業継続性")
                .contains("hidden", "id=\"column-controls\"");

        HttpResponse<String> uneven = browser.submit(page, page + "/criteria", criterion(90));
        assertThat(uneven.statusCode()).isEqualTo(422);
        assertThat(uneven.body()).contains("重みの合計を100にしてください（いまは 90）", "(weights)");

        HttpResponse<String> saved = browser.submit(page, page + "/criteria", criterion(100));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location").orElse("")).endsWith(page);
        String after = browser.get(page).body();
        assertThat(after).contains("事業者選定基準を保存しました。", "第1版（1項目）", "文書の暗号化");

        String criterion = new BearerClient(url(""), fixtures.token(officer))
                .get("/api/v1/initiatives/" + initiative + "/comparison")
                .json()
                .get("criteria")
                .get("criteria")
                .get(0)
                .get("id")
                .asString();
        HttpResponse<String> outside = browser.submit(
                page, page + "/scores/in-house", Map.of("score-" + criterion, "9", "comment-" + criterion, ""));
        assertThat(outside.statusCode()).isEqualTo(422);
        assertThat(outside.body()).contains("評点は 1 から 5 の範囲で付けてください。");
        HttpResponse<String> scored = browser.submit(
                page, page + "/scores/in-house", Map.of("score-" + criterion, "4", "comment-" + criterion, "暗号化済み"));
        assertThat(scored.statusCode()).isEqualTo(302);
        assertThat(browser.get(page).body()).contains("評点を保存しました。", "4 / 5（75.0点）", "暗号化済み");

        MekikiUser auditor = fixtures.user(officer.organizationId(), Role.AUDITOR);
        String read = new PageClient(port)
                .signedInAs(auditor.email(), IdentityFixtures.PASSWORD)
                .get(page)
                .body();
        assertThat(read).contains("4 / 5（75.0点）").doesNotContain("id=\"criteria-form\"");
    }

    private static Map<String, String> criterion(int weight) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", "0");
        form.put("criterionId", "");
        form.put("name", "文書の暗号化");
        form.put("group", "INFORMATION_SECURITY");
        form.put("weight", String.valueOf(weight));
        form.put("scaleMin", "1");
        form.put("scaleMax", "5");
        form.put("steps", String.join("\n", List.of("なし", "一部", "標準", "強固", "最高")));
        return form;
    }
}
