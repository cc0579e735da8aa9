package io.mekiki.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApplicationTest;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.MyAccount;
import io.mekiki.identity.Role;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The catalogue and library pages, in both languages, through the real security filter chain. */
class CatalogPagesIT extends ApplicationTest {

    private static final String ENTRUST_TITLE_JA = "委託先の選定基準の策定と適用";
    private static final String ENTRUST_TITLE_EN = "Set and apply criteria for choosing the entrusted provider";

    private final WebApplicationContext context;
    private final IdentityFixtures fixtures;
    private final MyAccount accounts;
    private final CatalogReleases releases;

    MockMvc mvc;

    @Autowired
    CatalogPagesIT(
            WebApplicationContext context, IdentityFixtures fixtures, MyAccount accounts, CatalogReleases releases) {
        this.context = context;
        this.fixtures = fixtures;
        this.accounts = accounts;
        this.releases = releases;
    }

    @BeforeEach
    void buildMockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @Test
    void theCatalogueListsItemsGroupedBySectionInJapanese() throws Exception {
        MekikiUser reader = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);

        String page = page(get("/catalog").with(user(reader)));

        assertThat(page)
                .contains("<h1>チェック項目カタログ</h1>")
                .contains(ENTRUST_TITLE_JA)
                .contains("id=\"section-PERSONAL_DATA\"")
                .contains("id=\"section-TAX_RECORDS\"")
                .contains("未確認のみ")
                .contains("hx-get=\"/catalog\"")
                .contains("href=\"/catalog/items/PD-ENTRUST-01?release=2026.2\"")
                .doesNotContain(ENTRUST_TITLE_EN);
        int total = releases.current(reader.organizationId()).items().size();
        assertThat(page).contains(total + " 項目中 " + total + " 項目");
    }

    @Test
    void theCatalogueFollowsTheUsersLanguageOverTheBrowsers() throws Exception {
        MekikiUser reader = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        accounts.changeLanguage(reader, Locale.ENGLISH);

        String english = page(get("/catalog").header("Accept-Language", "ja").with(user(reader)));

        assertThat(english)
                .contains("<h1>Check catalogue</h1>")
                .contains(ENTRUST_TITLE_EN)
                .contains("Unconfirmed only")
                .doesNotContain(ENTRUST_TITLE_JA);
    }

    @Test
    void liveSearchAnswersHtmxWithTheResultsOnly() throws Exception {
        MekikiUser reader = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);

        String fragment = page(get("/catalog")
                .param("q", "委託先 選定")
                .param("section", "PERSONAL_DATA")
                .header("HX-Request", "true")
                .with(user(reader)));

        assertThat(fragment)
                .startsWith("<div id=\"catalog-results\"")
                .doesNotContain("<html")
                .contains(ENTRUST_TITLE_JA)
                .contains("id=\"section-PERSONAL_DATA\"")
                .doesNotContain("id=\"section-LIFECYCLE\"");
    }

    @Test
    void anItemShowsItsBasisLinkedToTheLibraryItsRisksAndWhenItApplies() throws Exception {
        MekikiUser reader = fixtures.userInNewOrganization(Role.EXECUTIVE);

        String page = page(get("/catalog/items/PD-CHAR-01").with(user(reader)));

        assertThat(page)
                .contains("クラウド利用の法的整理（委託か、クラウド例外か）")
                .contains("href=\"/library?tab=references&amp;release=2026.2#ref-APPI\">個人情報保護法 第25条</a>")
                .contains("コンプライアンス違反")
                .contains("セクション「個人情報」は、対象の情報資産に個人情報、要配慮個人情報またはマイナンバーが含まれるときに適用されます。")
                .contains("この項目は、セクションが適用されるときは常に適用されます。");
    }

    @Test
    void anItemWithItsOwnConditionExplainsItInWords() throws Exception {
        MekikiUser reader = fixtures.userInNewOrganization(Role.EXECUTIVE);
        accounts.changeLanguage(reader, Locale.ENGLISH);
        CheckItem listedOnly = releases.current(reader.organizationId()).items().stream()
                .filter(item -> Boolean.TRUE.equals(item.appliesWhen().listed()))
                .findFirst()
                .orElseThrow();

        String page = page(get("/catalog/items/" + listedOnly.id()).with(user(reader)));

        assertThat(page)
                .contains(listedOnly.title().en())
                .contains("This item applies when its section applies and all of the following hold.")
                .contains("<li>Your organisation is listed</li>");
    }

    @Test
    void anUnknownItemIsNotFound() throws Exception {
        MekikiUser reader = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);

        mvc.perform(get("/catalog/items/PD-NOPE-99").with(user(reader))).andExpect(status().isNotFound());
    }

    @Test
    void theLibraryShowsReferencesRisksGlossaryAndSectorsInBothLanguages() throws Exception {
        MekikiUser reader = fixtures.userInNewOrganization(Role.AUDITOR);

        String references = page(get("/library").with(user(reader)));
        String risks = page(get("/library").param("tab", "risks").with(user(reader)));
        String glossary = page(
                get("/library").param("tab", "glossary").param("q", "サービスレベル合意").with(user(reader)));
        String sectors = page(get("/library").param("tab", "sectors").with(user(reader)));

        assertThat(references)
                .contains("<h1>参考ライブラリ</h1>")
                .contains("id=\"ref-APPI\"")
                .contains("個人情報の保護に関する法律")
                .contains("href=\"/catalog?reference=APPI&amp;release=2026.2\"");
        assertThat(risks).contains("id=\"risk-LOCK_IN\"").contains("特定のクラウド事業者への囲い込み");
        assertThat(glossary).contains("id=\"term-SLA\"").doesNotContain("id=\"term-PUBLIC_CLOUD\"");
        assertThat(sectors).contains("id=\"sector-FINANCE\"").contains("#ref-PPC_FSA_FINANCE_GL");

        accounts.changeLanguage(reader, Locale.ENGLISH);
        String english = page(get("/library").with(user(reader)));
        assertThat(english)
                .contains("<h1>Reference library</h1>")
                .contains("Act on the Protection of Personal Information")
                .contains("Laws, guidelines, standards");
    }

    @Test
    void librarySearchAnswersHtmxWithTheResultsOnly() throws Exception {
        MekikiUser reader = fixtures.userInNewOrganization(Role.AUDITOR);

        String fragment = page(get("/library")
                .param("tab", "references")
                .param("q", "27017")
                .header("HX-Request", "true")
                .with(user(reader)));

        assertThat(fragment)
                .startsWith("<div id=\"references-results\"")
                .contains("id=\"ref-ISO_27017\"")
                .doesNotContain("id=\"ref-APPI\"");
    }

    @Test
    void onlyAdministratorsSeeTheUploadForm() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);

        String forOfficer = page(get("/catalog/releases").with(user(officer)));
        String forAdmin = page(get("/catalog/releases").with(user(admin)));

        assertThat(forOfficer)
                .contains("<code>2026.1</code>")
                .contains("Mekiki に同梱")
                .doesNotContain("type=\"file\"");
        assertThat(forAdmin).contains("type=\"file\"").contains("上限 2 MB");
        mvc.perform(multipart("/catalog/releases")
                        .file(new MockMultipartFile("file", "r.yaml", "application/yaml", bytes("x")))
                        .with(user(officer))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void aRejectedUploadListsItsProblemsAndChangesNothing() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String releaseId = "page-" + UUID.randomUUID().toString().substring(0, 8);
        String broken = TestReleases.valid(releaseId).replace("    weight: 3", "    weight: 7");
        int weightLine = lineOf(broken, "weight: 7");

        String page = mvc.perform(multipart("/catalog/releases")
                        .file(new MockMultipartFile("file", "broken.yaml", "application/yaml", bytes(broken)))
                        .param("activate", "true")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page)
                .contains("<code>broken.yaml:" + weightLine + "</code>")
                .contains("weight の値「7」は 1 から 5 の整数にしてください。")
                .contains("リリースの一覧も使用中のリリースも変わっていません。");
        assertThat(releases.releases(admin.organizationId()))
                .extracting(ReleaseInfo::id)
                .containsExactlyInAnyOrder("2026.1", "2026.2");
    }

    @Test
    void anAdministratorUploadsAndActivatesThroughThePages() throws Exception {
        MekikiUser admin = fixtures.userInNewOrganization(Role.ADMIN);
        String releaseId = "page-" + UUID.randomUUID().toString().substring(0, 8);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(multipart("/catalog/releases")
                        .file(new MockMultipartFile(
                                "file", "release.yaml", "application/yaml", bytes(TestReleases.valid(releaseId))))
                        .with(user(admin))
                        .with(csrf())
                        .session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/catalog/releases"));
        String listed = page(get("/catalog/releases").with(user(admin)).session(session));
        assertThat(listed)
                .contains("リリース " + releaseId + " を登録しました。使用中のリリースは変えていません。")
                .contains("<code>" + releaseId + "</code>")
                .contains(admin.displayName());
        assertThat(releases.currentInfo(admin.organizationId()).id()).isEqualTo("2026.2");

        mvc.perform(post("/catalog/releases/{id}/activate", releaseId)
                        .with(user(admin))
                        .with(csrf())
                        .session(session))
                .andExpect(status().isFound());

        assertThat(releases.currentInfo(admin.organizationId()).id()).isEqualTo(releaseId);
        String catalogue = page(get("/catalog").with(user(admin)).session(session));
        assertThat(catalogue).contains("委託先の監督を鶴亀算で確かめる").doesNotContain(ENTRUST_TITLE_JA);
        String older = page(get("/catalog").param("release", "2026.1").with(user(admin)));
        assertThat(older).contains(ENTRUST_TITLE_JA).contains("貴社が使用中のリリースは " + releaseId + " です。");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static int lineOf(String text, String fragment) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(fragment)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line contains " + fragment);
    }
}
