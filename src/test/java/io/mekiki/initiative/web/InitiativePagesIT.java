package io.mekiki.initiative.web;

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
import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.AssetRegister;
import io.mekiki.assets.Level;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.NewDecision;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePlan;
import io.mekiki.initiative.Initiatives;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.ServiceModel;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class InitiativePagesIT extends ApplicationTest {

    private final WebApplicationContext context;
    private final IdentityFixtures fixtures;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final AssetRegister assets;
    private final io.mekiki.instruction.Instructions instructions;

    private MockMvc mvc;
    private MekikiUser officer;
    private MekikiUser owner;
    private MekikiUser executive;

    @Autowired
    InitiativePagesIT(
            WebApplicationContext context,
            IdentityFixtures fixtures,
            Initiatives initiatives,
            Decisions decisions,
            AssetRegister assets,
            io.mekiki.instruction.Instructions instructions) {
        this.instructions = instructions;
        this.context = context;
        this.fixtures = fixtures;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.assets = assets;
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        UUID organization = fixtures.organization();
        officer = fixtures.user(organization, Role.RISK_OFFICER);
        owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        executive = fixtures.user(organization, Role.EXECUTIVE);
    }

    @Test
    void anInitiativeStartedOnTheFormHasAPageWithItsCycleGatesAndScoping() throws Exception {
        UUID customers = asset("顧客台帳", AssetCategory.PERSONAL_DATA);
        String blankForm =
                page(mvc.perform(get("/initiatives/new").with(user(officer))).andExpect(status().isOk()));
        assertThat(blankForm).contains("顧客台帳", owner.displayName(), "name=\"kpis[0].name\"");

        String location = mvc.perform(post("/initiatives")
                        .param("title", "顧客管理のSaaS化")
                        .param("businessOwnerId", owner.userId().toString())
                        .param("purpose", "営業情報を一元化する")
                        .param("assetIds", customers.toString())
                        .param("serviceModel", "SAAS")
                        .param("deployment", "PUBLIC")
                        .param("dataLocations", "jp, US")
                        .param("providerHeadquarters", "")
                        .param("kpis[0].name", "商談化率")
                        .param("kpis[0].unit", "%")
                        .param("kpis[0].baseline", "12")
                        .param("kpis[0].target", "20")
                        .param("kpis[1].name", "")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "initiative.notice.created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String detail = page(mvc.perform(get(location).with(user(officer))).andExpect(status().isOk()));
        assertThat(detail)
                .contains("顧客管理のSaaS化", "営業情報を一元化する", owner.displayName(), "商談化率")
                .contains("アメリカ合衆国", "2026.2");
        assertThat(detail)
                .as("the cycle as an accessible picture, and the same as a list")
                .contains("role=\"img\"", "aria-labelledby=\"cycle-title cycle-desc\"", "<title id=\"cycle-title\"")
                .contains("class=\"phase-node current", "gate-marker state-OPEN")
                .contains("href=\"#gate-PREPARATION_PURPOSE_APPROVED\"", "利用目的・効果・KPIの承認");
        assertThat(detail)
                .as("each gate says what is missing and who acts: first the report its decision rests on")
                .contains("id=\"gate-PREPARATION_SURVEY_REVIEWED\"", "承認された経営判断がまだありません。")
                .contains("経営判断を依頼する前に必要なこと", "data-condition=\"REPORT_ACCEPTED\"")
                .contains("社内規程の見直しの報告が受理されている", "次に動く人: 経営層：指示を出す")
                .contains("まだ経営判断を依頼できません。終わっていないこと: ")
                .doesNotContain("name=\"topic\" value=\"PREPARATION_CRITERIA_APPROVED\"")
                .doesNotContain("id=\"gate-PREPARATION_TRADE_SECRET_DECIDED\"");
        assertThat(detail)
                .as("the scoping with its reasons and its history")
                .contains("個人情報", "海外", "顧客台帳", "カタログ版 2026.2 で最初に判定しました");
        assertThat(detail).contains("まだ進めません。承認されていないゲートと、次に動く人：");
    }

    @Test
    void theFormShowsWhatIsWrongInTheUsersLanguageAndKeepsTheInput() throws Exception {
        String refused = page(mvc.perform(post("/initiatives")
                        .param("title", " ")
                        .param("businessOwnerId", owner.userId().toString())
                        .param("purpose", "残しておく目的")
                        .param("dataLocations", "JP, XX")
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("入力してください。", "残しておく目的", "aria-invalid=\"true\"");

        String country = page(mvc.perform(post("/initiatives")
                        .param("title", "海外拠点")
                        .param("businessOwnerId", owner.userId().toString())
                        .param("dataLocations", "JP, XX")
                        .param("kpis[0].name", "")
                        .param("kpis[0].unit", "件")
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(country).contains("入力してください。").contains("value=\"XX\"");

        String unknown = page(mvc.perform(post("/initiatives")
                        .param("title", "海外拠点")
                        .param("businessOwnerId", owner.userId().toString())
                        .param("dataLocations", "JP, XX")
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(unknown).contains("「XX」はISO 3166-1の2文字の国コードではありません。");
        assertThat(initiatives.search(owner, io.mekiki.initiative.InitiativeQuery.all()))
                .isEmpty();
    }

    @Test
    void aMoveWithOpenGatesIsRefusedOnThePageNamingThemAndAStaleApprovalIsShown() throws Exception {
        UUID customers = asset("顧客台帳", AssetCategory.PERSONAL_DATA);
        UUID drawings = asset("設計図面", AssetCategory.TRADE_SECRET);
        Initiative initiative = initiative("勤怠管理SaaS", Set.of(customers));
        approve(initiative, Gate.PREPARATION_SURVEY_REVIEWED);

        String refused = page(mvc.perform(post("/initiatives/" + initiative.id() + "/phase")
                        .param("to", "SELECTION")
                        .with(csrf())
                        .with(user(executive)))
                .andExpect(status().isConflict()));
        assertThat(refused)
                .contains("承認されていないゲートがあるため進めません", "利用目的・効果・KPIの承認 (PREPARATION_PURPOSE_APPROVED)")
                .contains("勤怠管理SaaS", "gate-marker state-APPROVED");

        Initiative current = initiatives.initiative(officer, initiative.id());
        InitiativePlan plan = current.plan();
        as(
                officer,
                () -> initiatives.revise(
                        officer,
                        current.id(),
                        current.version(),
                        new InitiativePlan(
                                plan.title(),
                                plan.businessOwnerId(),
                                plan.purpose(),
                                plan.benefits(),
                                plan.kpis(),
                                Set.of(customers, drawings),
                                plan.serviceModel(),
                                plan.deployment(),
                                plan.dataLocations(),
                                plan.providerHeadquarters())));

        String stale = page(mvc.perform(get("/initiatives/" + initiative.id()).with(user(executive)))
                .andExpect(status().isOk()));
        assertThat(stale)
                .contains("「事前調査結果の確認」の承認は前提変更により無効になりました")
                .contains("gate-marker state-STALE", "id=\"gate-PREPARATION_TRADE_SECRET_DECIDED\"")
                .contains("営業秘密として保管する／営業秘密として管理しない／保管しない")
                .contains("「営業秘密」が該当するようになりました。", "設計図面");
        assertThat(stale).as("executives issue instructions from the page").contains("action=\"/instructions\"");
    }

    @Test
    void aMeasurementRecordedOnThePageShowsInTheTableAndTheChart() throws Exception {
        Initiative initiative = as(
                officer,
                () -> initiatives.create(
                        officer,
                        new InitiativePlan(
                                "問い合わせ対応SaaS",
                                owner.userId(),
                                null,
                                null,
                                List.of(new InitiativePlan.KpiDefinition(
                                        null,
                                        "平均応答時間",
                                        "分",
                                        new java.math.BigDecimal("30"),
                                        new java.math.BigDecimal("10"))),
                                Set.of(),
                                ServiceModel.SAAS,
                                null,
                                List.of("JP"),
                                null)));
        UUID kpi = initiative.kpis().get(0).kpiId();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        assertThat(page(mvc.perform(get("/initiatives/" + initiative.id()).with(user(owner)))))
                .as("without measurements the page says so instead of drawing")
                .contains("平均応答時間 の実績値はまだありません。")
                .doesNotContain("class=\"kpi-chart\"");

        mvc.perform(post("/initiatives/" + initiative.id() + "/kpis/" + kpi + "/measurements")
                        .param("measuredOn", today)
                        .param("value", "24.5")
                        .param("note", "初月")
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "initiative.notice.measured"));
        mvc.perform(post("/initiatives/" + initiative.id() + "/kpis/" + kpi + "/measurements")
                        .param("measuredOn", today)
                        .param("value", "速い")
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("measurementProblem", "測定日と実績値（数値）を入れてください。"));

        String detail = page(mvc.perform(get("/initiatives/" + initiative.id()).with(user(owner))));
        assertThat(detail)
                .contains("24.5 分", "初月", "class=\"chart-line\"")
                .contains("平均応答時間 の推移: 実績値 1 件、最新 24.5 分。")
                .as("the baseline and the target are labelled on the chart")
                .contains("現状値: 30 分</text>", "目標値: 10 分</text>")
                .contains(today);
    }

    @Test
    void theListFiltersAndThePhasePageListsTheInitiativesInThatPhase() throws Exception {
        UUID drawings = asset("設計図面", AssetCategory.TRADE_SECRET);
        initiative("図面共有", Set.of(drawings));
        initiative("経費精算", Set.of());

        String list =
                page(mvc.perform(get("/initiatives").with(user(executive))).andExpect(status().isOk()));
        assertThat(list)
                .contains("図面共有", "経費精算", "2 件", "aria-current=\"page\"", "href=\"/initiatives\"")
                .as("each row shows how far it has come through the gates of its phase")
                .contains("ゲート 5 件中 0 件承認", "ゲート 4 件中 0 件承認")
                .as("sorted by the last change, newest first, until a header says otherwise")
                .contains("aria-sort=\"descending\"", "href=\"/initiatives?sort=title\"")
                .doesNotContain("href=\"/initiatives/new\"");
        assertThat(list).as("and how many conditions of its current gate hold").contains("条件 0/1 充足");
        String tradeSecrets = page(mvc.perform(get("/initiatives")
                        .param("section", "TRADE_SECRET")
                        .header("HX-Request", "true")
                        .with(user(executive)))
                .andExpect(status().isOk()));
        assertThat(tradeSecrets).doesNotContain("<html", "経費精算").contains("図面共有", "1 件");
        assertThat(page(mvc.perform(
                        get("/initiatives").param("phase", "SELECTION").with(user(executive)))))
                .contains("0 件", "条件に合う導入案件はありません。", "すべての導入案件を表示する");

        assertThat(page(mvc.perform(get("/phases/preparation").with(user(executive)))
                        .andExpect(status().isOk())))
                .contains("このフェーズの導入案件", "図面共有", "経費精算");
        assertThat(page(mvc.perform(get("/phases/selection").with(user(executive)))
                        .andExpect(status().isOk())))
                .contains("このフェーズにある導入案件はありません。")
                .doesNotContain("図面共有");
    }

    @Test
    void onlyEditorsSeeTheFormAndOnlyMoversMove() throws Exception {
        Initiative initiative = initiative("人事評価SaaS", Set.of());
        MekikiUser auditor = fixtures.user(officer.organizationId(), Role.AUDITOR);

        mvc.perform(get("/initiatives/new").with(user(auditor))).andExpect(status().isForbidden());
        mvc.perform(get("/initiatives/" + initiative.id() + "/edit").with(user(executive)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/initiatives/" + initiative.id() + "/phase")
                        .param("to", "SELECTION")
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().isForbidden());
        String read = page(mvc.perform(get("/initiatives/" + initiative.id()).with(user(auditor)))
                .andExpect(status().isOk()));
        assertThat(read).contains("人事評価SaaS").doesNotContain("action=\"/decisions\"");
        assertThat(read)
                .as("the move is shown to the auditor, disabled, with the reason beside it")
                .containsPattern(
                        "<button[^>]*aria-describedby=\"move-reason-NEXT\"[^>]*disabled=\"disabled\"[^>]*>次のフェーズへ進む")
                .contains("id=\"move-reason-NEXT\"", "まだ進めません。");

        MekikiUser stranger = fixtures.userInNewOrganization(Role.EXECUTIVE);
        mvc.perform(get("/initiatives/" + initiative.id()).with(user(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void countriesAreChosenByNameFromAListInTheReadersLanguageAndTheServerKeepsTheirCodes() throws Exception {
        String form =
                page(mvc.perform(get("/initiatives/new").with(user(officer))).andExpect(status().isOk()));
        assertThat(form)
                .contains("<datalist id=\"country-list\">", "value=\"US\" label=\"アメリカ合衆国\"")
                .contains("list=\"country-list\"");

        String location = mvc.perform(post("/initiatives")
                        .param("title", "経費精算のSaaS化")
                        .param("businessOwnerId", owner.userId().toString())
                        // one field per country, as the form sends them: chosen codes and typed names
                        .param("dataLocations", "JP", "アメリカ合衆国", "Singapore (SG)", "")
                        .param("providerHeadquarters", "United States")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        Initiative saved = as(officer, () -> initiatives.initiative(officer, UUID.fromString(location.substring(13))));
        assertThat(saved.dataLocations()).containsExactlyInAnyOrder("JP", "US", "SG");
        assertThat(saved.providerHeadquarters()).isEqualTo("US");

        String refused = page(mvc.perform(post("/initiatives")
                        .param("title", "経費精算のSaaS化")
                        .param("businessOwnerId", owner.userId().toString())
                        .param("dataLocations", "JP", "アトランティス")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused).contains("data-error-summary", "href=\"#dataLocations\"", "value=\"アトランティス\"");
    }

    @Test
    void anAssetIsAddedToTheRegisterFromTheInitiativeFormWithoutLeavingIt() throws Exception {
        String refused = page(mvc.perform(post("/initiatives")
                        .param("title", "人事評価のSaaS化")
                        .param("newAssetName", "")
                        .param("addAsset", "true")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(refused)
                .as("the asset's own refusal, named; the rest of the form is not judged yet")
                .contains("data-error-summary", "value=\"人事評価のSaaS化\"")
                .contains("href=\"#newAssetName\"", "href=\"#newAssetCategories\"", "href=\"#newAssetValue\"")
                .doesNotContain("href=\"#businessOwnerId\"");

        String form = page(mvc.perform(post("/initiatives")
                        .param("title", "人事評価のSaaS化")
                        .param("newAssetName", "人事評価記録")
                        .param("newAssetCategories", "PERSONAL_DATA")
                        .param("newAssetValue", "HIGH")
                        .param("newAssetRiskTolerance", "LOW")
                        .param("addAsset", "true")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isOk()));
        UUID added = as(
                officer,
                () -> assets.search(officer, new io.mekiki.assets.AssetQuery("人事評価記録", null, false), 0, 10)
                        .items()
                        .get(0)
                        .id());
        assertThat(form)
                .contains("「人事評価記録」を情報資産台帳に登録し", "value=\"人事評価のSaaS化\"")
                .containsPattern("value=\"" + added + "\"\\s+checked=\"checked\"");
    }

    @Test
    void withHtmxOnlyTheAssetsPartComesBackWithTheNewAssetChosenOrItsRefusals() throws Exception {
        String refused = page(mvc.perform(post("/initiatives")
                        .header("HX-Request", "true")
                        .param("title", "人事評価のSaaS化")
                        .param("newAssetName", "")
                        .param("addAsset", "true")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isOk()));
        assertThat(refused)
                .startsWith("<fieldset id=\"assets-field\"")
                .contains("id=\"newAssetName-error\"", "aria-invalid=\"true\"")
                .doesNotContain("<html", "name=\"title\"");

        String added = page(mvc.perform(post("/initiatives")
                        .header("HX-Request", "true")
                        .param("title", "人事評価のSaaS化")
                        .param("newAssetName", "評価面談メモ")
                        .param("newAssetCategories", "PERSONAL_DATA")
                        .param("newAssetValue", "HIGH")
                        .param("newAssetRiskTolerance", "LOW")
                        .param("addAsset", "true")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Vary", org.hamcrest.Matchers.containsString("HX-Request"))));
        UUID id = as(
                officer,
                () -> assets.search(officer, new io.mekiki.assets.AssetQuery("評価面談メモ", null, false), 0, 10)
                        .items()
                        .get(0)
                        .id());
        assertThat(added)
                .startsWith("<fieldset id=\"assets-field\"")
                .contains("data-asset-added", "「評価面談メモ」を情報資産台帳に登録し")
                .containsPattern("value=\"" + id + "\"\\s+checked=\"checked\"")
                .doesNotContain("<html");
    }

    @Test
    void thePartsKeptBetweenViewsShowEveryChangeAtOnceAndOnlyToTheOrganisation() throws Exception {
        Initiative initiative = initiative("保持される部分", Set.of());
        String path = "/initiatives/" + initiative.id();
        String first = page(mvc.perform(get(path).with(user(executive))).andExpect(status().isOk()));
        assertThat(first)
                .contains("保持される部分", "id=\"gate-PREPARATION_SURVEY_REVIEWED\"")
                .contains("<article class=\"gate state-OPEN\" id=\"gate-PREPARATION_SURVEY_REVIEWED\"")
                .doesNotContain("Report for PREPARATION_SURVEY_REVIEWED");
        assertThat(page(mvc.perform(get(path).with(user(executive)))))
                .as("the same view again, from what was kept")
                .contains("<article class=\"gate state-OPEN\" id=\"gate-PREPARATION_SURVEY_REVIEWED\"");

        io.mekiki.AcceptedReports.forGate(
                instructions, executive, officer, initiative.id(), Gate.PREPARATION_SURVEY_REVIEWED.topic());
        String reported = page(mvc.perform(get(path).with(user(executive))).andExpect(status().isOk()));
        assertThat(reported)
                .as("the instructions table and the gate's condition follow the accepted report")
                .contains("Report for PREPARATION_SURVEY_REVIEWED");

        approve(initiative, Gate.PREPARATION_SURVEY_REVIEWED);
        String approved = page(mvc.perform(get(path).with(user(executive))).andExpect(status().isOk()));
        assertThat(approved)
                .as("the gates and the life cycle in words show the approval")
                .contains("<article class=\"gate state-APPROVED\" id=\"gate-PREPARATION_SURVEY_REVIEWED\"")
                .containsPattern("<li class=\"state-APPROVED\">\\s*<a href=\"#gate-PREPARATION_SURVEY_REVIEWED\"");
        String asOfficer = page(mvc.perform(get(path).with(user(officer))).andExpect(status().isOk()));
        assertThat(asOfficer)
                .as("those who may ask for decisions get the gates with their forms")
                .contains("<article class=\"gate state-APPROVED\" id=\"gate-PREPARATION_SURVEY_REVIEWED\"")
                .contains("aria-describedby=\"gate-blocked-PREPARATION_PURPOSE_APPROVED\"");
        assertThat(approved).doesNotContain("gate-blocked-");

        Initiative current = initiatives.initiative(officer, initiative.id());
        InitiativePlan plan = current.plan();
        as(
                officer,
                () -> initiatives.revise(
                        officer,
                        current.id(),
                        current.version(),
                        new InitiativePlan(
                                "名前を変えた案件",
                                plan.businessOwnerId(),
                                plan.purpose(),
                                plan.benefits(),
                                plan.kpis(),
                                plan.assetIds(),
                                plan.serviceModel(),
                                plan.deployment(),
                                plan.dataLocations(),
                                plan.providerHeadquarters())));
        assertThat(page(mvc.perform(get(path).with(user(executive))).andExpect(status().isOk())))
                .contains("名前を変えた案件")
                .doesNotContain("保持される部分");

        MekikiUser stranger = fixtures.user(fixtures.organization(), Role.EXECUTIVE);
        mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void aKeptViewCarriesTheReadersOwnTokenInItsFormsAndARefusalIsShownOnlyOnce() throws Exception {
        Initiative initiative = initiative("再表示される案件", Set.of());
        String path = "/initiatives/" + initiative.id();
        MockHttpSession session = new MockHttpSession();
        String first = page(
                mvc.perform(get(path).session(session).with(user(executive))).andExpect(status().isOk()));
        String again = page(
                mvc.perform(get(path).session(session).with(user(executive))).andExpect(status().isOk()));
        assertThat(again).as("the same view again").isEqualTo(first.replace(metaToken(first), metaToken(again)));
        assertThat(again)
                .as("the title and the body put into the layout once each")
                .containsOnlyOnce("<body>")
                .containsOnlyOnce("<title>再表示される案件 | 導入案件 | Mekiki 目利き</title>")
                .doesNotContain("<title><title>");
        assertThat(formTokens(again))
                .as("every form of the kept view carries this view's token, not the first view's")
                .isNotEmpty()
                .allMatch(token -> token.equals(metaToken(again)))
                .noneMatch(token -> token.equals(metaToken(first)));
        assertThat(again).doesNotContainPattern("mekiki[0-9a-f]{32}");

        String refused = page(mvc.perform(post(path + "/phase")
                        .session(session)
                        .param("to", "SELECTION")
                        .param("_csrf", formTokens(again).get(0))
                        .with(user(executive)))
                .andExpect(status().isConflict()));
        assertThat(refused)
                .as("the token from the kept view is accepted; the refusal is shown on this view")
                .contains("承認されていないゲートがあるため進めません", "再表示される案件");
        String afterwards = page(
                mvc.perform(get(path).session(session).with(user(executive))).andExpect(status().isOk()));
        assertThat(afterwards)
                .as("the refusal belongs to its own view only")
                .doesNotContain("承認されていないゲートがあるため進めません")
                .contains("再表示される案件");

        String asOfficer =
                page(mvc.perform(get(path).session(new MockHttpSession()).with(user(officer)))
                        .andExpect(status().isOk()));
        assertThat(asOfficer)
                .as("a reader with other roles gets the page for their roles")
                .contains("aria-describedby=\"gate-blocked-PREPARATION_PURPOSE_APPROVED\"");
        assertThat(again).doesNotContain("gate-blocked-");
    }

    private static String metaToken(String page) {
        Matcher meta = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"")
                .matcher(page);
        assertThat(meta.find()).as("the page's CSRF token for scripts").isTrue();
        return meta.group(1);
    }

    private static List<String> formTokens(String page) {
        Matcher hidden = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        List<String> tokens = new java.util.ArrayList<>();
        while (hidden.find()) {
            tokens.add(hidden.group(1));
        }
        return tokens;
    }

    private UUID asset(String name, AssetCategory category) {
        return as(
                officer,
                () -> assets.register(
                                officer,
                                new AssetDetails(
                                        name, null, null, Set.of(category), Level.HIGH, Level.LOW, null, null, null))
                        .id());
    }

    private Initiative initiative(String title, Set<UUID> assetIds) {
        return as(
                officer,
                () -> initiatives.create(
                        officer,
                        new InitiativePlan(
                                title,
                                owner.userId(),
                                "目的",
                                "効果",
                                List.of(),
                                assetIds,
                                null,
                                null,
                                List.of("JP"),
                                null)));
    }

    /** Runs a service call as the user, as a request of theirs would. */
    private static <T> T as(MekikiUser user, Supplier<T> call) {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void approve(Initiative initiative, Gate gate) {
        io.mekiki.AcceptedReports.forGate(instructions, executive, officer, initiative.id(), gate.topic());
        Decision requested = decisions.request(
                officer,
                new NewDecision(
                        Initiatives.subject(initiative.id()),
                        gate.topic(),
                        gate.name(),
                        "Proceed",
                        List.of("Proceed"),
                        List.of(),
                        new io.mekiki.decision.Basis(java.util.Map.of())));
        decisions.decide(executive, requested.id(), DecisionOutcome.APPROVED, "Fine", List.of());
    }

    private static String page(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
