package io.mekiki.assets.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class AssetPagesIT extends ApplicationTest {

    private final WebApplicationContext context;
    private final IdentityFixtures fixtures;

    @Autowired
    AssetPagesIT(WebApplicationContext context, IdentityFixtures fixtures) {
        this.context = context;
        this.fixtures = fixtures;
    }

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void theRegisterListsAssetsAndNarrowsThemAsTheUserTypes() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        register(officer, "顧客台帳", "PERSONAL_DATA");
        register(officer, "会計帳簿", "TAX_RECORDS");

        String page = page(mvc.perform(get("/assets").with(user(officer))).andExpect(status().isOk()));
        assertThat(page)
                .contains("<html", "情報資産台帳", "顧客台帳", "会計帳簿", "2 件", "基礎情報")
                .contains("href=\"/profile\"", "href=\"/assets/new\"", "/assets/export.csv");

        String live = page(mvc.perform(get("/assets")
                        .param("q", "顧客")
                        .header("HX-Request", "true")
                        .with(user(officer)))
                .andExpect(status().isOk()));
        assertThat(live).doesNotContain("<html", "会計帳簿").contains("id=\"asset-results\"", "顧客台帳", "1 件");

        String sorted =
                page(mvc.perform(get("/assets").param("sort", "name,desc").with(user(officer)))
                        .andExpect(status().isOk()));
        assertThat(sorted.indexOf("顧客台帳"))
                .as("sorted by name the other way round")
                .isLessThan(sorted.indexOf("会計帳簿"));
        assertThat(sorted)
                .containsPattern(
                        "aria-sort=\"descending\"[^>]*>\\s*<a class=\"sort-link\" href=\"/assets\\?sort=name\"")
                .contains("href=\"/assets?sort=cost\"", "name=\"sort\" value=\"name,desc\"");
        assertThat(page(mvc.perform(get("/assets").param("sort", "nonsense").with(user(officer)))
                        .andExpect(status().isOk())))
                .as("an edited link falls back to the usual order")
                .contains("顧客台帳");

        String byCategory = page(mvc.perform(get("/assets")
                        .param("category", "TAX_RECORDS")
                        .header("HX-Request", "true")
                        .with(user(officer)))
                .andExpect(status().isOk()));
        assertThat(byCategory).contains("会計帳簿").doesNotContain("顧客台帳");
    }

    @Test
    void theFormShowsEveryFieldErrorInTheUsersLanguageAndKeepsTheInput() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);

        String refused = page(mvc.perform(post("/assets")
                        .param("name", " ")
                        .param("ownerDepartment", "総務部")
                        .param("currentAnnualCost", "-5")
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().isUnprocessableContent()));

        assertThat(refused)
                .contains("入力してください。", "情報の区分を一つ以上選んでください。", "0以上の整数（円）で入力してください。")
                .contains("高・中・低から選んでください。", "value=\"総務部\"", "aria-invalid=\"true\"");
        assertThat(page(mvc.perform(get("/assets").with(user(owner))))).contains("まだ資産が登録されていません");
    }

    @Test
    void aRegisteredAssetHasItsOwnPage() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);

        String location = mvc.perform(valid(post("/assets"), "設計データ", "TRADE_SECRET")
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "assets.registered"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String detail = page(mvc.perform(get(location).with(user(owner))).andExpect(status().isOk()));
        assertThat(detail).contains("設計データ", "営業秘密", "1,200,000 円", "アクセス権は部門長が承認", "編集する");
    }

    @Test
    void aStaleEditIsRefusedAndTheEditorsInputIsKeptBesideTheSavedVersion() throws Exception {
        MekikiUser first = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser second = fixtures.user(first.organizationId(), Role.RISK_OFFICER);
        String location = register(first, "取引先名簿", "PERSONAL_DATA");
        assertThat(page(mvc.perform(get(location + "/edit").with(user(second))).andExpect(status().isOk())))
                .contains("name=\"version\" value=\"0\"");

        mvc.perform(valid(post(location), "取引先名簿（最新）", "PERSONAL_DATA")
                        .param("version", "0")
                        .with(csrf())
                        .with(user(first)))
                .andExpect(status().isFound());
        String refused = page(mvc.perform(valid(post(location), "取引先名簿（私の変更）", "PERSONAL_DATA")
                        .param("version", "0")
                        .with(csrf())
                        .with(user(second)))
                .andExpect(status().isConflict()));

        assertThat(refused)
                .contains("別のユーザーがこの資産を変更しました", "いま保存されている内容")
                .contains("value=\"取引先名簿（私の変更）\"", "保存されている資産名：取引先名簿（最新）")
                .contains("name=\"version\" value=\"1\"");
        assertThat(page(mvc.perform(get(location).with(user(first))))).contains("取引先名簿（最新）");
    }

    @Test
    void auditorsAndExecutivesReadButSeeNoEditingAndAreRefused() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        String location = register(officer, "監査調書", "OTHER");

        for (Role role : new Role[] {Role.AUDITOR, Role.EXECUTIVE}) {
            MekikiUser reader = fixtures.user(officer.organizationId(), role);
            assertThat(page(mvc.perform(get("/assets").with(user(reader))).andExpect(status().isOk())))
                    .contains("監査調書")
                    .doesNotContain("href=\"/assets/new\"");
            assertThat(page(mvc.perform(get(location).with(user(reader))).andExpect(status().isOk())))
                    .doesNotContain("/edit", "/archive");
            mvc.perform(get("/assets/new").with(user(reader))).andExpect(status().isForbidden());
            mvc.perform(valid(post("/assets"), "他人の資産", "OTHER").with(csrf()).with(user(reader)))
                    .andExpect(status().isForbidden());
            mvc.perform(post(location + "/archive").with(csrf()).with(user(reader)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anotherOrganisationsAssetPageIsNotFound() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser stranger = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        String location = register(owner, "社外秘", "TRADE_SECRET");

        mvc.perform(get(location).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get(location + "/edit").with(user(stranger))).andExpect(status().isNotFound());
        assertThat(page(mvc.perform(get("/assets").with(user(stranger))))).doesNotContain("社外秘");
    }

    @Test
    void anArchivedAssetLeavesTheListUntilRestored() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        String location = register(officer, "旧システムのログ", "OTHER");

        mvc.perform(post(location + "/archive").with(csrf()).with(user(officer)))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", location));

        assertThat(page(mvc.perform(get("/assets").with(user(officer))))).doesNotContain("旧システムのログ");
        assertThat(page(mvc.perform(
                        get("/assets").param("includeArchived", "true").with(user(officer)))))
                .contains("旧システムのログ", "アーカイブ済み");
        assertThat(page(mvc.perform(get(location).with(user(officer)))))
                .contains("この資産はアーカイブ済みです", "/restore")
                .doesNotContain(location + "/edit");
        mvc.perform(get(location + "/edit").with(user(officer))).andExpect(status().isFound());

        mvc.perform(post(location + "/restore").with(csrf()).with(user(officer)))
                .andExpect(status().isFound());
        assertThat(page(mvc.perform(get("/assets").with(user(officer))))).contains("旧システムのログ");
    }

    @Test
    void theListPageExportsTheSameAssetsAsCsv() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.EXECUTIVE, Role.RISK_OFFICER);
        register(officer, "顧客台帳", "PERSONAL_DATA");
        register(officer, "会計帳簿", "TAX_RECORDS");

        MockHttpServletResponse csv = mvc.perform(get("/assets/export.csv")
                        .param("category", "PERSONAL_DATA")
                        .with(user(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        assertThat(csv.getContentType()).startsWith("text/csv");
        byte[] bytes = csv.getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("資産名", "顧客台帳").doesNotContain("会計帳簿");
    }

    /** Registers an asset through the form and returns the address of its page. */
    private String register(MekikiUser user, String name, String category) throws Exception {
        return mvc.perform(valid(post("/assets"), name, category).with(csrf()).with(user(user)))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private static MockHttpServletRequestBuilder valid(
            MockHttpServletRequestBuilder request, String name, String category) {
        return request.param("name", name)
                .param("ownerDepartment", "情報システム部")
                .param("categories", category)
                .param("assetValue", "HIGH")
                .param("riskTolerance", "LOW")
                .param("currentControls", "アクセス権は部門長が承認")
                .param("currentAnnualCost", "1200000")
                .param("currentServiceLevel", "稼働率99.5%");
    }

    private static String page(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
