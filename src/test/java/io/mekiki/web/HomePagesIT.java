package io.mekiki.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.mekiki.ApplicationTest;
import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.AssetRegister;
import io.mekiki.assets.Level;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.NewDecision;
import io.mekiki.identity.IdentityFixtures;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.Role;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativePlan;
import io.mekiki.initiative.Initiatives;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.NewInstruction;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.OrganizationTime;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The home page shows each role the work waiting for it, from data made through the modules' own
 * services in an organisation of the test's own.
 */
class HomePagesIT extends ApplicationTest {

    private final WebApplicationContext context;
    private final IdentityFixtures fixtures;
    private final AssetRegister assets;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final Instructions instructions;
    private final JdbcClient jdbc;

    private MockMvc mvc;
    private MekikiUser executive;
    /** An executive who is also a risk officer, and so may ask for decisions others take. */
    private MekikiUser executiveOfficer;

    private MekikiUser officer;
    private MekikiUser owner;
    private MekikiUser otherOwner;
    private MekikiUser auditor;
    private MekikiUser admin;

    /** Started by the officer, owned by the other owner; decisions waiting and one gone stale. */
    private Initiative crm;
    /** Started by the owner; the officer has instructions on it. */
    private Initiative expenses;
    /** Started and carried by the owner into selection; nothing of the officer's. */
    private Initiative archive;

    private Decision surveyRequest;
    private Decision policiesRequest;
    private Decision criteriaApproval;
    private Instruction lateInstruction;
    private Instruction onTimeInstruction;
    private Instruction ownersInstruction;

    @Autowired
    HomePagesIT(
            WebApplicationContext context,
            IdentityFixtures fixtures,
            AssetRegister assets,
            Initiatives initiatives,
            Decisions decisions,
            Instructions instructions,
            JdbcClient jdbc) {
        this.context = context;
        this.fixtures = fixtures;
        this.assets = assets;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.instructions = instructions;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void anOrganisationAtWork() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        UUID organization = fixtures.organization();
        executive = fixtures.user(organization, Role.EXECUTIVE);
        executiveOfficer = fixtures.user(organization, Role.EXECUTIVE, Role.RISK_OFFICER);
        officer = fixtures.user(organization, Role.RISK_OFFICER);
        owner = fixtures.user(organization, Role.BUSINESS_OWNER);
        otherOwner = fixtures.user(organization, Role.BUSINESS_OWNER);
        auditor = fixtures.user(organization, Role.AUDITOR);
        admin = fixtures.user(organization, Role.ADMIN);

        UUID customers = asset(officer, "顧客台帳", AssetCategory.PERSONAL_DATA);
        UUID drawings = asset(officer, "製品設計図面", AssetCategory.TRADE_SECRET);
        UUID receipts = asset(owner, "経費の領収書", AssetCategory.TAX_RECORDS);

        crm = as(officer, () -> initiatives.create(officer, plan("顧客管理のSaaS化", otherOwner, Set.of(customers))));
        expenses = as(owner, () -> initiatives.create(owner, plan("経費精算のクラウド化", owner, Set.of(receipts))));
        archive = as(owner, () -> initiatives.create(owner, plan("文書保管のクラウド化", owner, Set.of())));

        surveyRequest = request(officer, crm, Gate.PREPARATION_SURVEY_REVIEWED);
        policiesRequest = request(executiveOfficer, crm, Gate.PREPARATION_POLICIES_REVIEWED);
        criteriaApproval = approve(officer, crm, Gate.PREPARATION_CRITERIA_APPROVED);
        // the drawings bring the trade-secret section in: the criteria (which rest on the assets and the
        // scoping) were approved on another basis
        as(
                officer,
                () -> initiatives.revise(
                        officer,
                        crm.id(),
                        initiatives.initiative(officer, crm.id()).version(),
                        plan("顧客管理のSaaS化", otherOwner, Set.of(customers, drawings))));

        for (Gate gate : List.of(
                Gate.PREPARATION_SURVEY_REVIEWED,
                Gate.PREPARATION_PURPOSE_APPROVED,
                Gate.PREPARATION_CRITERIA_APPROVED,
                Gate.PREPARATION_POLICIES_REVIEWED)) {
            approve(owner, archive, gate);
        }
        as(executive, () -> initiatives.move(executive, archive.id(), InitiativePhase.SELECTION, null));

        lateInstruction = issue(officer, crm, "顧客データの棚卸し", 3);
        onTimeInstruction = issue(officer, expenses, "領収書の保存要件の確認", 10);
        ownersInstruction = issue(owner, expenses, "経費精算の業務フロー整理", 5);
        // time passes: the first instruction's due date is behind us
        jdbc.sql("update instruction_instruction set due_date = ? where id = ?")
                .params(LocalDate.now(OrganizationTime.DEFAULT_ZONE).minusDays(2), lateInstruction.id())
                .update();
    }

    @Test
    void anExecutiveSeesTheDecisionsWaitingTheOverdueInstructionsTheStaleDecisionsAndThePhases() throws Exception {
        String home = home(executive);

        String waiting = panel(home, "home-waiting");
        assertThat(waiting)
                .contains(link("/decisions/" + surveyRequest.id()), link("/decisions/" + policiesRequest.id()))
                .contains(link("/initiatives/" + crm.id()), "顧客管理のSaaS化")
                .contains(officer.displayName())
                .doesNotContain("/decisions/" + criteriaApproval.id());
        assertThat(waiting.indexOf(surveyRequest.id().toString()))
                .as("the oldest request first")
                .isLessThan(waiting.indexOf(policiesRequest.id().toString()));

        String overdue = panel(home, "home-overdue");
        assertThat(overdue)
                .contains(link("/instructions/" + lateInstruction.id()), "顧客データの棚卸し", officer.displayName())
                .contains(shownDate(LocalDate.now(OrganizationTime.DEFAULT_ZONE).minusDays(2)))
                .doesNotContain(
                        onTimeInstruction.id().toString(),
                        ownersInstruction.id().toString());

        String stale = panel(home, "home-stale");
        assertThat(stale)
                .contains(link("/decisions/" + criteriaApproval.id()), link("/initiatives/" + crm.id()), "前提変更")
                .doesNotContain(surveyRequest.id().toString());

        String phases = panel(home, "home-by-phase");
        assertThat(phaseCount(phases, InitiativePhase.PREPARATION)).isEqualTo(2);
        assertThat(phaseCount(phases, InitiativePhase.SELECTION)).isEqualTo(1);
        assertThat(phaseCount(phases, InitiativePhase.OPERATION)).isZero();
        assertThat(phaseCount(phases, InitiativePhase.CLOSED)).isZero();
        assertThat(phases).contains(link("/initiatives?phase=SELECTION"));

        assertThat(panel(home, "home-links")).contains(link("/audit")).doesNotContain("/admin/users");
        assertThat(home)
                .doesNotContain("id=\"home-my-instructions\"", "id=\"home-working-on\"", "id=\"home-owned\"")
                .as("the life cycle is still below")
                .contains("/phases/preparation");
    }

    @Test
    void nobodyIsAskedToDecideTheirOwnRequestAndTwoRolesShowBothSections() throws Exception {
        String home = home(executiveOfficer);

        assertThat(panel(home, "home-waiting"))
                .contains(surveyRequest.id().toString())
                .doesNotContain(policiesRequest.id().toString());
        assertThat(panel(home, "home-working-on"))
                .contains(link("/initiatives/" + crm.id()), "判断を依頼")
                .doesNotContain(expenses.id().toString(), archive.id().toString());
        assertThat(panel(home, "home-my-instructions")).contains("報告を待つ指示はありません");
        assertThat(home).contains("id=\"home-overdue\"", "id=\"home-stale\"", "id=\"home-by-phase\"");
    }

    @Test
    void aRiskOfficerSeesTheirInstructionsByDueDateAndTheInitiativesTheyWorkOn() throws Exception {
        String home = home(officer);

        String mine = panel(home, "home-my-instructions");
        assertThat(mine)
                .contains(
                        link("/instructions/" + lateInstruction.id()), link("/instructions/" + onTimeInstruction.id()))
                .contains(shownDate(onTimeInstruction.dueDate()))
                .doesNotContain(ownersInstruction.id().toString());
        assertThat(mine.indexOf(lateInstruction.id().toString()))
                .as("by due date")
                .isLessThan(mine.indexOf(onTimeInstruction.id().toString()));
        assertThat(item(mine, lateInstruction.id())).contains("class=\"overdue\"", "期限切れ");
        assertThat(item(mine, onTimeInstruction.id())).doesNotContain("overdue");

        String workingOn = panel(home, "home-working-on");
        assertThat(item(workingOn, crm.id())).contains("自分が起票", "判断を依頼", "指示を受けている");
        assertThat(item(workingOn, expenses.id())).contains("指示を受けている").doesNotContain("自分が起票");
        assertThat(workingOn).doesNotContain(archive.id().toString());

        assertThat(home)
                .doesNotContain(
                        "id=\"home-waiting\"",
                        "id=\"home-overdue\"",
                        "id=\"home-stale\"",
                        "id=\"home-by-phase\"",
                        "id=\"home-owned\"",
                        "id=\"home-links\"");
    }

    @Test
    void aBusinessOwnerSeesTheInitiativesTheyOwnWithTheirPhaseAndTheirOpenInstructions() throws Exception {
        String home = home(owner);

        String owned = panel(home, "home-owned");
        assertThat(item(owned, expenses.id())).contains("事前準備");
        assertThat(item(owned, archive.id())).contains("比較選定");
        assertThat(owned).doesNotContain(crm.id().toString());

        assertThat(panel(home, "home-my-instructions"))
                .contains(link("/instructions/" + ownersInstruction.id()), "経費精算の業務フロー整理")
                .doesNotContain(onTimeInstruction.id().toString());

        assertThat(home).doesNotContain("id=\"home-waiting\"", "id=\"home-working-on\"", "id=\"home-by-phase\"");
    }

    @Test
    void aReportedInstructionStaysOnTheListUntilAccepted() throws Exception {
        as(owner, () -> instructions.report(owner, ownersInstruction.id(), "整理しました。", List.of()));
        assertThat(panel(home(owner), "home-my-instructions"))
                .contains(ownersInstruction.id().toString(), "確認待ち");

        as(executive, () -> instructions.accept(executive, ownersInstruction.id(), "了解"));
        assertThat(panel(home(owner), "home-my-instructions"))
                .doesNotContain(ownersInstruction.id().toString())
                .contains("報告を待つ指示はありません");
    }

    @Test
    void anAuditorAndAnAdministratorSeeTheOverviewWithTheirLinks() throws Exception {
        String auditorsHome = home(auditor);
        assertThat(phaseCount(panel(auditorsHome, "home-by-phase"), InitiativePhase.PREPARATION))
                .isEqualTo(2);
        assertThat(panel(auditorsHome, "home-links")).contains(link("/audit")).doesNotContain("/admin/users");
        assertThat(auditorsHome).doesNotContain("id=\"home-waiting\"", "id=\"home-my-instructions\"");

        String adminsHome = home(admin);
        assertThat(phaseCount(panel(adminsHome, "home-by-phase"), InitiativePhase.SELECTION))
                .isEqualTo(1);
        assertThat(panel(adminsHome, "home-links"))
                .contains(link("/admin/users"))
                .doesNotContain("\"/audit\"");
        assertThat(adminsHome).doesNotContain("id=\"home-waiting\"", "id=\"home-owned\"");
    }

    @Test
    void anotherOrganisationsWorkIsNotShown() throws Exception {
        MekikiUser stranger = fixtures.userInNewOrganization(Role.EXECUTIVE, Role.RISK_OFFICER);

        String home = home(stranger);

        assertThat(home)
                .contains("判断を待っている依頼はありません", "期限を過ぎた指示はありません")
                .doesNotContain(
                        crm.id().toString(),
                        surveyRequest.id().toString(),
                        lateInstruction.id().toString());
        assertThat(phaseCount(panel(home, "home-by-phase"), InitiativePhase.PREPARATION))
                .isZero();
    }

    private String home(MekikiUser user) throws Exception {
        return mvc.perform(get("/").with(user(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** One panel of the home page: from its id to the end of its article. */
    private static String panel(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as("panel " + id).isNotNegative();
        return page.substring(start, page.indexOf("</article>", start));
    }

    /** The list item of a panel that links to the id. */
    private static String item(String panel, UUID id) {
        int at = panel.indexOf(id.toString());
        assertThat(at).as("an item for " + id).isNotNegative();
        int start = panel.lastIndexOf("<li", at);
        return panel.substring(start, panel.indexOf("</li>", at));
    }

    private static long phaseCount(String panel, InitiativePhase phase) {
        Matcher count = Pattern.compile(
                        "id=\"home-phase-" + phase + "\">\\s*<span class=\"home-phase-count\">(\\d+)</span>")
                .matcher(panel);
        assertThat(count.find()).as("count of " + phase).isTrue();
        return Long.parseLong(count.group(1));
    }

    private static String link(String path) {
        return "href=\"" + path + "\"";
    }

    private UUID asset(MekikiUser user, String name, AssetCategory category) {
        return as(
                user,
                () -> assets.register(
                                user,
                                new AssetDetails(
                                        name, null, null, Set.of(category), Level.HIGH, Level.LOW, null, null, null))
                        .id());
    }

    private static InitiativePlan plan(String title, MekikiUser businessOwner, Set<UUID> assetIds) {
        return new InitiativePlan(
                title, businessOwner.userId(), "目的", "効果", List.of(), assetIds, null, null, List.of("JP"), null);
    }

    private Decision request(MekikiUser requester, Initiative initiative, Gate gate) {
        // the report the gate rests on, by whoever works on the initiative
        io.mekiki.AcceptedReports.forGate(
                instructions, executive, requester.equals(owner) ? owner : officer, initiative.id(), gate.topic());
        return decisions.request(
                requester,
                new NewDecision(
                        Initiatives.subject(initiative.id()),
                        gate.topic(),
                        gate.name() + "の承認",
                        "進めます",
                        List.of("進める", "見送る"),
                        List.of(),
                        new Basis(Map.of())));
    }

    private Decision approve(MekikiUser requester, Initiative initiative, Gate gate) {
        Decision requested = request(requester, initiative, gate);
        return decisions.decide(executive, requested.id(), DecisionOutcome.APPROVED, "妥当です", List.of());
    }

    private Instruction issue(MekikiUser assignee, Initiative initiative, String title, int dueInDays) {
        LocalDate due = LocalDate.now(OrganizationTime.DEFAULT_ZONE).plusDays(dueInDays);
        return as(
                executive,
                () -> instructions.issue(
                        executive,
                        new NewInstruction(
                                "INITIATIVE",
                                initiative.id(),
                                LifeCyclePhase.PREPARATION,
                                null,
                                List.of(),
                                title,
                                "調べて報告してください。",
                                assignee.userId(),
                                due,
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

    /** A day as Japanese pages show it (docs/ui-conventions.md, Time). */
    private static String shownDate(java.time.LocalDate day) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuu年M月d日").format(day);
    }
}
