package io.mekiki.profile.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.profile.InternalPolicy;
import io.mekiki.profile.OrganizationProfile;
import io.mekiki.profile.OrganizationProfiles;
import io.mekiki.profile.PolicyStatus;
import io.mekiki.shared.Sector;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class ProfilePagesIT extends ApplicationTest {

    private final WebApplicationContext context;
    private final IdentityFixtures fixtures;
    private final OrganizationProfiles profiles;

    @Autowired
    ProfilePagesIT(WebApplicationContext context, IdentityFixtures fixtures, OrganizationProfiles profiles) {
        this.context = context;
        this.fixtures = fixtures;
        this.profiles = profiles;
    }

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void theFormStartsFromTheDefaultsAndSavesTheProfile() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);

        String form = page(mvc.perform(get("/profile").with(user(officer))).andExpect(status().isOk()));
        assertThat(form)
                .contains("組織プロファイル", "まだ保存されていません", "基礎情報")
                .containsPattern("value=\"FINANCE\"[^>]*name=\"sectors\"")
                .containsPattern(
                        "<input type=\"text\"[^>]*list=\"country-list\"[^>]*name=\"headquartersCountry\"[^>]*value=\"JP\"")
                .contains("<datalist id=\"country-list\">")
                .contains("<option value=\"SG\" label=\"シンガポール\">シンガポール</option>")
                .contains("情報セキュリティポリシー", "type=\"date\"");

        mvc.perform(filled(post("/profile"), "").with(csrf()).with(user(officer)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/profile"))
                .andExpect(flash().attribute("saved", "saved"));

        OrganizationProfile saved = profiles.profileOf(officer.organizationId());
        assertThat(saved.largeCompanyWithBoard()).isTrue();
        assertThat(saved.listed()).isFalse();
        assertThat(saved.sectors()).containsExactlyInAnyOrder(Sector.GENERAL, Sector.FINANCE, Sector.MEDICAL);
        assertThat(saved.headquartersCountry()).isEqualTo("SG");
        assertThat(saved.policy(InternalPolicy.SECURITY)).isEqualTo(new PolicyStatus(true, LocalDate.of(2026, 4, 1)));
        assertThat(saved.policy(InternalPolicy.PRIVACY)).isEqualTo(new PolicyStatus(false, null));
        assertThat(page(mvc.perform(get("/profile").with(user(officer)))))
                .contains("最終更新", "name=\"version\" value=\"0\"")
                .doesNotContain("まだ保存されていません");
    }

    @Test
    void aReviewDateInTheFutureIsShownAtItsField() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String nextWeek = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();

        String refused = page(
                mvc.perform(filled(post("/profile"), "", nextWeek).with(csrf()).with(user(admin)))
                        .andExpect(status().isUnprocessableContent()));

        assertThat(refused)
                .contains("見直し日（" + nextWeek + "）が未来の日付です。")
                .contains("value=\"" + nextWeek + "\"", "aria-invalid");
        assertThat(profiles.profileOf(admin.organizationId()).saved()).isFalse();
    }

    @Test
    void readersSeeTheProfileButNoForm() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        mvc.perform(filled(post("/profile"), "").with(csrf()).with(user(officer)));

        for (Role role : new Role[] {Role.EXECUTIVE, Role.AUDITOR, Role.BUSINESS_OWNER}) {
            MekikiUser reader = fixtures.user(officer.organizationId(), role);
            String page = page(mvc.perform(get("/profile").with(user(reader))).andExpect(status().isOk()));
            assertThat(page).contains("変更できるのは管理者と情報システム担当です", "金融", "シンガポール").doesNotContain("type=\"date\"");
            mvc.perform(filled(post("/profile"), "0").with(csrf()).with(user(reader)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aStaleSaveKeepsTheInputAndShowsWhatIsSaved() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser admin = fixtures.user(officer.organizationId(), Role.ADMIN);
        mvc.perform(filled(post("/profile"), "").with(csrf()).with(user(officer)))
                .andExpect(status().isFound());

        String refused = page(mvc.perform(filled(post("/profile"), "")
                        .param("sectors", "POSTAL")
                        .with(csrf())
                        .with(user(admin)))
                .andExpect(status().isConflict()));

        assertThat(refused)
                .contains("別のユーザーが組織プロファイルを保存しました", "いま保存されている内容")
                .containsPattern("value=\"POSTAL\"[^>]*checked=\"checked\"")
                .containsPattern("value=\"FINANCE\"[^>]*checked=\"checked\"")
                .doesNotContainPattern("value=\"CREDIT\"[^>]*checked=\"checked\"")
                .contains("name=\"version\" value=\"0\"");
        assertThat(profiles.profileOf(officer.organizationId()).inSector(Sector.POSTAL))
                .isFalse();
    }

    /** The form as a risk officer fills it: a large company in finance and medicine, headquartered in Singapore. */
    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String version) {
        return filled(request, version, "2026-04-01");
    }

    private static MockHttpServletRequestBuilder filled(
            MockHttpServletRequestBuilder request, String version, String securityReviewedOn) {
        return request.param("largeCompanyWithBoard", "true")
                .param("_largeCompanyWithBoard", "on")
                .param("_listed", "on")
                .param("sectors", "FINANCE", "MEDICAL")
                .param("_sectors", "1")
                .param("headquartersCountry", "シンガポール") // typed by name, read as SG
                .param("policies[0].policy", "SECURITY")
                .param("policies[0].inForce", "true")
                .param("_policies[0].inForce", "on")
                .param("policies[0].lastReviewedOn", securityReviewedOn)
                .param("policies[1].policy", "PRIVACY")
                .param("_policies[1].inForce", "on")
                .param("policies[1].lastReviewedOn", "")
                .param("policies[2].policy", "TRADE_SECRET")
                .param("_policies[2].inForce", "on")
                .param("policies[3].policy", "IT_GENERAL_CONTROLS")
                .param("_policies[3].inForce", "on")
                .param("version", version);
    }

    private static String page(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
