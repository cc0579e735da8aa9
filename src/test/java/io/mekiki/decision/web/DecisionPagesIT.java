package io.mekiki.decision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApplicationTest;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.DecisionQuery;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.EvidenceLink;
import io.mekiki.decision.NewDecision;
import io.mekiki.decision.Subject;
import io.mekiki.decision.TestSubjects;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.MyAccount;
import io.mekiki.identity.Role;
import io.mekiki.instruction.TestFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

class DecisionPagesIT extends ApplicationTest {

    private final WebApplicationContext context;
    private final IdentityFixtures fixtures;
    private final Decisions decisions;
    private final MyAccount accounts;
    private final TestSubjects subjects;
    private MockMvc mvc;

    @Autowired
    DecisionPagesIT(
            WebApplicationContext context,
            IdentityFixtures fixtures,
            Decisions decisions,
            MyAccount accounts,
            TestSubjects subjects) {
        this.context = context;
        this.fixtures = fixtures;
        this.decisions = decisions;
        this.accounts = accounts;
        this.subjects = subjects;
    }

    @BeforeEach
    void mvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
    }

    @Test
    void anExecutiveSeesTheRequestsWaitingForThemButNotTheirOwn() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        MekikiUser executiveOfficer = fixtures.user(officer.organizationId(), Role.EXECUTIVE, Role.RISK_OFFICER);
        requested(officer, "クラウド CRM の採用");
        requested(executiveOfficer, "自分で出した依頼");

        String page = page(mvc.perform(get("/decisions").with(user(executive))).andExpect(status().isOk()));

        assertThat(section(page, "waiting-for-me")).contains("あなたの判断待ち", "クラウド CRM の採用", "自分で出した依頼", "判断待ち");
        String ownView =
                page(mvc.perform(get("/decisions").with(user(executiveOfficer))).andExpect(status().isOk()));
        assertThat(section(ownView, "waiting-for-me")).contains("クラウド CRM の採用").doesNotContain("自分で出した依頼");
        String officersView =
                page(mvc.perform(get("/decisions").with(user(officer))).andExpect(status().isOk()));
        assertThat(officersView).doesNotContain("あなたの判断待ち").contains("すべての判断", "クラウド CRM の採用", "href=\"/decisions\"");
    }

    @Test
    void theListFiltersByStatusAndStaleness() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        Decision approved = requested(officer, "承認される依頼");
        decisions.decide(executive, approved.id(), DecisionOutcome.APPROVED, "良い", List.of());
        requested(officer, "まだ判断待ちの依頼");
        decisions.basisChanged(officer.organizationId(), approved.subject(), new Basis(Map.of("items", List.of())));

        String decided =
                page(mvc.perform(get("/decisions").param("status", "DECIDED").with(user(officer)))
                        .andExpect(status().isOk()));
        assertThat(decided)
                .contains("承認される依頼", "class=\"badge outcome-APPROVED\"", "class=\"badge stale\"")
                .doesNotContain("まだ判断待ちの依頼");
        String notStale =
                page(mvc.perform(get("/decisions").param("stale", "false").with(user(officer)))
                        .andExpect(status().isOk()));
        assertThat(notStale).contains("まだ判断待ちの依頼").doesNotContain("承認される依頼");
    }

    @Test
    void theDecisionPageShowsTheRequestItsFrozenBasisAndTheDecideFormToAnotherExecutive() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        Decision decision = requested(officer, "クラウド CRM の採用");

        String page = page(mvc.perform(get("/decisions/" + decision.id()).with(user(executive)))
                .andExpect(status().isOk()));

        assertThat(page)
                .contains("クラウド CRM の採用", "営業部門で CRM を採用します。", "採用する", "採用しない")
                .contains("href=\"https://example.com/reports/42\"", "調査報告書")
                .contains("判断の前提", "scoping.items", "PD-01, TS-02", "plan.model", "SAAS", decision.basisHash())
                .contains("action=\"/decisions/" + decision.id() + "/decision\"", "判断理由", "条件付き承認");
        String requestersView =
                page(mvc.perform(get("/decisions/" + decision.id()).with(user(officer)))
                        .andExpect(status().isOk()));
        assertThat(requestersView).doesNotContain("/decision\"", "判断を確定する");
    }

    @Test
    void aRefusedDecisionIsExplainedInTheUsersLanguageKeepsTheInputAndChangesNothing() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        Decision decision = requested(officer, "クラウド CRM の採用");

        String noRationale = page(mvc.perform(post("/decisions/" + decision.id() + "/decision")
                        .param("outcome", "APPROVED_WITH_CONDITIONS")
                        .param("rationale", " ")
                        .param("conditions", "バックアップを暗号化する")
                        .with(csrf())
                        .with(user(executive)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(noRationale).contains("判断理由を記入してください。", "バックアップを暗号化する");

        accounts.changeLanguage(executive, Locale.ENGLISH);
        String noConditions = page(mvc.perform(post("/decisions/" + decision.id() + "/decision")
                        .param("outcome", "APPROVED_WITH_CONDITIONS")
                        .param("rationale", "Worth it")
                        .param("conditions", "\n  \n")
                        .with(csrf())
                        .with(user(executive)))
                .andExpect(status().isUnprocessableContent()));
        assertThat(noConditions).contains("An approval with conditions needs at least one condition.", "Worth it");

        assertThat(decisions.decision(officer, decision.id()).status()).isEqualTo(DecisionStatus.REQUESTED);
    }

    @Test
    void theRequesterCannotDecideTheirOwnRequestOnThePageEither() throws Exception {
        MekikiUser executiveOfficer = fixtures.userInNewOrganization(Role.EXECUTIVE, Role.RISK_OFFICER);
        Decision decision = requested(executiveOfficer, "自分の依頼");

        String page = page(mvc.perform(get("/decisions/" + decision.id()).with(user(executiveOfficer)))
                .andExpect(status().isOk()));
        assertThat(page).contains("ご自身の依頼なので判断できません。").doesNotContain("判断を確定する");

        String refused = page(mvc.perform(post("/decisions/" + decision.id() + "/decision")
                        .param("outcome", "APPROVED")
                        .param("rationale", "自分で承認")
                        .with(csrf())
                        .with(user(executiveOfficer)))
                .andExpect(status().isForbidden()));
        assertThat(refused).contains("ご自身の依頼を判断することはできません。");
        assertThat(decisions.decision(executiveOfficer, decision.id()).status()).isEqualTo(DecisionStatus.REQUESTED);
    }

    @Test
    void anExecutiveDecidesWithConditionsAndTheRequesterMarksOneDone() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser executive = fixtures.user(officer.organizationId(), Role.EXECUTIVE);
        Decision decision = requested(officer, "クラウド CRM の採用");

        mvc.perform(post("/decisions/" + decision.id() + "/decision")
                        .param("outcome", "APPROVED_WITH_CONDITIONS")
                        .param("rationale", "効果がリスクを上回る")
                        .param("conditions", "バックアップを暗号化する\n\n1年後に見直す")
                        .with(csrf())
                        .with(user(executive)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/decisions/" + decision.id()))
                .andExpect(flash().attribute("notice", "decision.notice.decided"));

        Decision decided = decisions.decision(officer, decision.id());
        assertThat(decided.outcome()).isEqualTo(DecisionOutcome.APPROVED_WITH_CONDITIONS);
        assertThat(decided.conditions())
                .extracting(Decision.Condition::text)
                .containsExactly("バックアップを暗号化する", "1年後に見直す");
        String page = page(mvc.perform(get("/decisions/" + decision.id()).with(user(officer)))
                .andExpect(status().isOk()));
        assertThat(page)
                .contains("条件付き承認", "効果がリスクを上回る", "バックアップを暗号化する", "完了にする")
                .doesNotContain("判断を確定する");

        UUID first = decided.conditions().get(0).id();
        mvc.perform(post("/decisions/" + decision.id() + "/conditions/" + first + "/done")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "decision.notice.conditionDone"));
        mvc.perform(post("/decisions/" + decision.id() + "/conditions/" + first + "/done")
                        .with(csrf())
                        .with(user(executive)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "この条件はすでに完了しています。"));

        assertThat(decisions.decision(officer, decision.id()).conditions())
                .extracting(Decision.Condition::done)
                .containsExactly(true, false);
    }

    @Test
    void theEmbeddedRequestFormRequestsAndReturnsToItsPageWithTheBasisOfTheSubjectsModule() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);
        UUID subjectId = UUID.randomUUID();
        subjects.basis(owner.organizationId(), subjectId, Map.of("purpose", "営業の効率化"));

        MvcResult result = mvc.perform(post("/decisions")
                        .param("subjectType", TestSubjects.TYPE)
                        .param("subjectId", subjectId.toString())
                        .param("topic", "PREPARATION_PURPOSE")
                        .param("title", "目的と効果の承認")
                        .param("proposal", "営業の効率化を目的とします。")
                        .param("options", "承認する\r\n\r\n見直す")
                        .param("evidence", "/test-subjects/" + subjectId + " 調査報告\nhttps://example.com/sla SLA")
                        .param("returnTo", "/test-subjects/" + subjectId + "?tab=gates")
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/test-subjects/" + subjectId + "?tab=gates"))
                .andReturn();
        RequestOutcome outcome = (RequestOutcome) result.getFlashMap().get(RequestOutcome.ATTRIBUTE);
        assertThat(outcome.refused()).isFalse();
        assertThat(outcome.message()).isEqualTo("判断を依頼しました。");

        List<Decision> made = decisions.search(owner, new DecisionQuery(TestSubjects.TYPE, subjectId, null, null));
        assertThat(made).hasSize(1);
        Decision decision = made.get(0);
        assertThat(decision.options()).containsExactly("承認する", "見直す");
        assertThat(decision.evidence())
                .containsExactly(
                        new EvidenceLink("LINK", "/test-subjects/" + subjectId, "調査報告"),
                        new EvidenceLink("URL", "https://example.com/sla", "SLA"));
        assertThat(decision.basisJson()).isEqualTo("{\"purpose\":\"営業の効率化\"}");
        assertThat(outcome.decisionPath()).isEqualTo("/decisions/" + decision.id());
    }

    @Test
    void aReturnPathWithBracesIsAPlainPathAndTheRequestIsSavedOnce() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);

        mvc.perform(post("/decisions")
                        .param("subjectType", "PROCUREMENT")
                        .param("subjectId", UUID.randomUUID().toString())
                        .param("topic", "PREPARATION_PURPOSE")
                        .param("title", "目的と効果の承認")
                        .param("proposal", "営業の効率化を目的とします。")
                        .param("options", "承認する")
                        .param("returnTo", "/procurements/{x}?tab={id}#gates")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/procurements/%7Bx%7D?tab=%7Bid%7D#gates"));

        assertThat(decisions.search(officer, DecisionQuery.all())).hasSize(1);
    }

    @Test
    void theRequestFormCarriesEvidenceFilesAndABadOneRefusesTheRequestNamingTheFieldWithNothingStored()
            throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID subjectId = UUID.randomUUID();

        MvcResult refused = mvc.perform(multipart("/decisions")
                        .file(new MockMultipartFile("evidenceFiles", "report.pdf", "application/pdf", TestFiles.PDF))
                        .file(new MockMultipartFile("evidenceFiles", "setup.pdf", "application/pdf", TestFiles.EXE))
                        .param("subjectType", "PROCUREMENT")
                        .param("subjectId", subjectId.toString())
                        .param("topic", "PREPARATION_PURPOSE")
                        .param("title", "目的と効果の承認")
                        .param("proposal", "営業の効率化を目的とします。")
                        .param("options", "承認する")
                        .param("returnTo", "/procurements/" + subjectId)
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isFound())
                .andReturn();
        RequestOutcome outcome = (RequestOutcome) refused.getFlashMap().get(RequestOutcome.ATTRIBUTE);
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.field()).isEqualTo("evidenceFiles");
        assertThat(outcome.message()).contains("setup.pdf");
        assertThat(decisions.search(officer, DecisionQuery.all())).isEmpty();

        mvc.perform(multipart("/decisions")
                        .file(new MockMultipartFile("evidenceFiles", "report.pdf", "application/pdf", TestFiles.PDF))
                        .file(new MockMultipartFile("evidenceFiles", "", "application/octet-stream", new byte[0]))
                        .param("subjectType", "PROCUREMENT")
                        .param("subjectId", subjectId.toString())
                        .param("topic", "PREPARATION_PURPOSE")
                        .param("title", "目的と効果の承認")
                        .param("proposal", "営業の効率化を目的とします。")
                        .param("options", "承認する")
                        .param("returnTo", "/procurements/" + subjectId)
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().isFound());
        Decision requested = decisions.search(officer, DecisionQuery.all()).get(0);
        assertThat(requested.evidence())
                .as("the file chosen, not the empty file input")
                .hasSize(1);
        assertThat(requested.evidence().get(0).file().fileName()).isEqualTo("report.pdf");
        assertThat(requested.evidence().get(0).file().size()).isEqualTo(TestFiles.PDF.length);

        String page = mvc.perform(get("/decisions/" + requested.id()).with(user(officer)))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains("report.pdf", requested.evidence().get(0).file().sha256(), "SHA-256")
                .contains("enctype=\"multipart/form-data\"", "name=\"file\"");
        byte[] downloaded = mvc.perform(
                        get(requested.evidence().get(0).reference()).with(user(officer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(downloaded).isEqualTo(TestFiles.PDF);
        mvc.perform(get(requested.evidence().get(0).reference())
                        .with(user(fixtures.userInNewOrganization(Role.AUDITOR))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedEmbeddedRequestGoesBackWithTheReasonAndTheInputAndNeverToAnotherSite() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID subjectId = UUID.randomUUID();

        MvcResult refused = mvc.perform(post("/decisions")
                        .param("subjectType", "PROCUREMENT")
                        .param("subjectId", subjectId.toString())
                        .param("topic", "PREPARATION_PURPOSE")
                        .param("title", "目的と効果の承認")
                        .param("proposal", "営業の効率化を目的とします。")
                        .param("options", "  ")
                        .param("returnTo", "//evil.example/phish")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/decisions"))
                .andReturn();

        RequestOutcome outcome = (RequestOutcome) refused.getFlashMap().get(RequestOutcome.ATTRIBUTE);
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.field()).isEqualTo("options");
        assertThat(outcome.message()).isEqualTo("選択肢を1つ以上記入してください。");
        assertThat(outcome.form().getProposal()).isEqualTo("営業の効率化を目的とします。");
        assertThat(outcome.concerns(subjectId, "PREPARATION_PURPOSE")).isTrue();
        assertThat(decisions.search(officer, DecisionQuery.all())).isEmpty();

        mvc.perform(post("/decisions")
                        .param("subjectType", "PROCUREMENT")
                        .param("subjectId", subjectId.toString())
                        .param("topic", "PREPARATION_PURPOSE")
                        .param("title", "目的と効果の承認")
                        .param("proposal", "営業の効率化を目的とします。")
                        .param("options", "承認する")
                        .param("returnTo", "https://evil.example/")
                        .with(csrf())
                        .with(user(officer)))
                .andExpect(redirectedUrl("/decisions"));
        assertThat(decisions.search(officer, DecisionQuery.all())).hasSize(1);
    }

    @Test
    void theFormFragmentShowsTheRefusalAndTheKeptInputOnTheEmbeddingPage() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        UUID subjectId = UUID.randomUUID();
        RequestForm typed = new RequestForm();
        typed.setSubjectId(subjectId.toString());
        typed.setTopic("PREPARATION_PURPOSE");
        typed.setTitle("入力した件名");
        typed.setProposal("入力した提案");
        RequestOutcome refusal = new RequestOutcome(true, "選択肢を1つ以上記入してください。", "options", typed, null);

        String page = page(mvc.perform(get(EmbeddingTestPage.PATH + "?subjectId=" + subjectId)
                        .flashAttr(RequestOutcome.ATTRIBUTE, refusal)
                        .with(user(officer)))
                .andExpect(status().isOk()));

        assertThat(page)
                .contains("経営判断を依頼する", "action=\"/decisions\"", "name=\"_csrf\"")
                .contains("value=\"" + subjectId + "\"", "value=\"PREPARATION_PURPOSE\"")
                .contains("name=\"returnTo\" value=\"" + EmbeddingTestPage.PATH + "?subjectId=" + subjectId + "\"")
                .contains("選択肢を1つ以上記入してください。", "入力した件名", "入力した提案");
        assertThat(page.indexOf("選択肢を1つ以上記入してください。"))
                .as("the refusal is shown with the form it concerns, not with the other one")
                .isGreaterThan(page.indexOf("id=\"first-gate\""))
                .isLessThan(page.indexOf("id=\"second-gate\""));

        MekikiUser auditor = fixtures.user(officer.organizationId(), Role.AUDITOR);
        String auditorsView = page(mvc.perform(get(EmbeddingTestPage.PATH)
                        .param("subjectId", subjectId.toString())
                        .with(user(auditor)))
                .andExpect(status().isOk()));
        assertThat(auditorsView).doesNotContain("経営判断を依頼する");
    }

    @Test
    void aDecisionOfAnotherOrganisationIsNotFound() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser stranger = fixtures.userInNewOrganization(Role.EXECUTIVE);
        Decision decision = requested(officer, "社外秘の依頼");

        mvc.perform(get("/decisions/" + decision.id()).with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/decisions/" + decision.id() + "/decision")
                        .param("outcome", "APPROVED")
                        .param("rationale", "乗っ取り")
                        .with(csrf())
                        .with(user(stranger)))
                .andExpect(status().isNotFound());
        assertThat(decisions.decision(officer, decision.id()).status()).isEqualTo(DecisionStatus.REQUESTED);
    }

    @Test
    void evidenceThatLeadsNowhereAllowedIsRefusedOnTheEvidenceFieldAndTheFormKept() throws Exception {
        MekikiUser owner = fixtures.userInNewOrganization(Role.BUSINESS_OWNER);
        UUID subjectId = UUID.randomUUID();
        subjects.basis(owner.organizationId(), subjectId, Map.of("purpose", "営業の効率化"));

        MvcResult result = mvc.perform(post("/decisions")
                        .param("subjectType", TestSubjects.TYPE)
                        .param("subjectId", subjectId.toString())
                        .param("topic", "PREPARATION_PURPOSE")
                        .param("title", "目的と効果の承認")
                        .param("proposal", "営業の効率化を目的とします。")
                        .param("options", "承認する")
                        .param("evidence", "https://example.com/sla SLA\njavascript:alert(1) 調査報告")
                        .param("returnTo", "/test-subjects/" + subjectId)
                        .with(csrf())
                        .with(user(owner)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/test-subjects/" + subjectId))
                .andReturn();

        RequestOutcome outcome = (RequestOutcome) result.getFlashMap().get(RequestOutcome.ATTRIBUTE);
        assertThat(outcome.refused()).isTrue();
        assertThat(outcome.field()).isEqualTo("evidence");
        assertThat(outcome.message()).contains("javascript:alert(1)", "https://");
        assertThat(outcome.form().getEvidence()).contains("javascript:alert(1) 調査報告");
        assertThat(decisions.search(owner, new DecisionQuery(TestSubjects.TYPE, subjectId, null, null)))
                .isEmpty();
    }

    @Test
    void onlyThoseWhoRequestDecisionsOpenTheRequestAgainPage() throws Exception {
        MekikiUser officer = fixtures.userInNewOrganization(Role.RISK_OFFICER);
        MekikiUser auditor = fixtures.user(officer.organizationId(), Role.AUDITOR);
        Decision decision = requested(officer, "クラウド CRM の採用");

        mvc.perform(get("/decisions/" + decision.id() + "/request-again").with(user(auditor)))
                .andExpect(status().isForbidden());
        String page = page(mvc.perform(
                        get("/decisions/" + decision.id() + "/request-again").with(user(officer)))
                .andExpect(status().isOk()));
        assertThat(page).contains("クラウド CRM の採用", "採用する", "name=\"openDecision\"");
    }

    private Decision requested(MekikiUser requester, String title) {
        return decisions.request(
                requester,
                new NewDecision(
                        new Subject("PROCUREMENT", UUID.randomUUID()),
                        "SELECTION_ADOPTION",
                        title,
                        "営業部門で CRM を採用します。",
                        List.of("採用する", "採用しない"),
                        List.of(new EvidenceLink("REPORT", "https://example.com/reports/42", "調査報告書")),
                        new Basis(Map.of(
                                "scoping", Map.of("items", List.of("PD-01", "TS-02")),
                                "plan", Map.of("model", "SAAS")))));
    }

    private static String section(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("section " + id).isNotNegative();
        return page.substring(start, page.indexOf("</section>", start));
    }

    private static String page(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
