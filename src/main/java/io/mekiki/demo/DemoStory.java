package io.mekiki.demo;

import io.mekiki.assessment.Answer;
import io.mekiki.assessment.AnswerInput;
import io.mekiki.assessment.AnswerSource;
import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.Assessment;
import io.mekiki.assessment.Assessments;
import io.mekiki.assessment.DispositionInput;
import io.mekiki.assessment.Finding;
import io.mekiki.assessment.FindingDisposition;
import io.mekiki.assessment.Findings;
import io.mekiki.assets.AssetDetails;
import io.mekiki.assets.AssetRegister;
import io.mekiki.assets.Level;
import io.mekiki.comparison.Comparisons;
import io.mekiki.comparison.CriteriaSet;
import io.mekiki.comparison.Criterion;
import io.mekiki.comparison.CriterionInput;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.EvidenceLink;
import io.mekiki.decision.NewDecision;
import io.mekiki.identity.MekikiUser;
import io.mekiki.identity.MyAccount;
import io.mekiki.identity.OrganizationSetup;
import io.mekiki.identity.Role;
import io.mekiki.identity.SignIn;
import io.mekiki.identity.UserAdministration;
import io.mekiki.initiative.Branch;
import io.mekiki.initiative.Deployment;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativePlan;
import io.mekiki.initiative.InitiativePlan.KpiDefinition;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.Kpi;
import io.mekiki.initiative.NewMeasurement;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.instruction.InstructionTemplate;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.NewInstruction;
import io.mekiki.profile.InternalPolicy;
import io.mekiki.profile.OrganizationProfiles;
import io.mekiki.profile.PolicyStatus;
import io.mekiki.profile.ProfileUpdate;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChoices;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo organisation's story, told through the modules' own services with the right person acting
 * at each step: the administrator sets up and invites, the risk officer surveys and asks, the business
 * owner states the purpose, the executive instructs and decides, never on their own request.
 */
@Component
@Profile("demo")
class DemoStory {

    static final String ORGANIZATION = "デモ株式会社 (Demo Co.)";
    static final String ADMIN_EMAIL = "admin@demo.mekiki.test";
    static final String EXECUTIVE_EMAIL = "executive@demo.mekiki.test";
    static final String RISK_OFFICER_EMAIL = "risk-officer@demo.mekiki.test";
    static final String BUSINESS_OWNER_EMAIL = "business-owner@demo.mekiki.test";
    static final String AUDITOR_EMAIL = "auditor@demo.mekiki.test";
    static final List<String> EMAILS =
            List.of(EXECUTIVE_EMAIL, RISK_OFFICER_EMAIL, BUSINESS_OWNER_EMAIL, AUDITOR_EMAIL, ADMIN_EMAIL);

    private static final String INITIATIVE = "INITIATIVE";

    private final OrganizationSetup setup;
    private final UserAdministration users;
    private final MyAccount accounts;
    private final SignIn signIn;
    private final OrganizationProfiles profiles;
    private final AssetRegister assets;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final Instructions instructions;
    private final DemoProviders providers;
    private final Candidates candidates;
    private final Assessments assessments;
    private final Findings findings;
    private final CandidateChoices choices;
    private final Comparisons comparisons;
    private final DemoContracts contracts;
    private final DemoServiceLevels serviceLevels;
    private final DemoExits exits;
    private final Clock clock;

    DemoStory(
            OrganizationSetup setup,
            UserAdministration users,
            MyAccount accounts,
            SignIn signIn,
            OrganizationProfiles profiles,
            AssetRegister assets,
            Initiatives initiatives,
            Decisions decisions,
            Instructions instructions,
            DemoProviders providers,
            Candidates candidates,
            Assessments assessments,
            Findings findings,
            CandidateChoices choices,
            Comparisons comparisons,
            DemoContracts contracts,
            DemoServiceLevels serviceLevels,
            DemoExits exits,
            Clock clock) {
        this.setup = setup;
        this.users = users;
        this.accounts = accounts;
        this.signIn = signIn;
        this.profiles = profiles;
        this.assets = assets;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.instructions = instructions;
        this.providers = providers;
        this.candidates = candidates;
        this.assessments = assessments;
        this.findings = findings;
        this.choices = choices;
        this.comparisons = comparisons;
        this.contracts = contracts;
        this.serviceLevels = serviceLevels;
        this.exits = exits;
        this.clock = clock;
    }

    /** Seeds everything; the caller runs it in one transaction, so that a failure leaves nothing behind. */
    void tell(String password) {
        People people = people(password);
        as(people.riskOfficer(), () -> profile(people.riskOfficer()));
        Register register = as(people.riskOfficer(), () -> register(people.riskOfficer()));
        List<UUID> services = as(people.riskOfficer(), () -> providers.record(people.riskOfficer()));
        new Plot(people, services).crmInPreparation(register);
        new Plot(people, services).designDataInSelection(register);
        new Plot(people, services).hrEvaluationInOperation(register);
        new Plot(people, services).groupwareClosed(register);
    }

    /** The administrator founds the organisation and invites one person per role; each chooses the password. */
    private People people(String password) {
        OrganizationSetup.FirstAdministrator founded = setup.completeSetup(
                new OrganizationSetup.SetupRequest(
                        ORGANIZATION, "田中 誠", ADMIN_EMAIL, password, EnumSet.noneOf(Role.class), Locale.JAPANESE),
                setup.issueSetupToken());
        MekikiUser admin = signedIn(founded.userId());
        return as(
                admin,
                () -> new People(
                        admin,
                        invite(admin, EXECUTIVE_EMAIL, "山本 健一", Role.EXECUTIVE, password),
                        invite(admin, RISK_OFFICER_EMAIL, "佐藤 美咲", Role.RISK_OFFICER, password),
                        invite(admin, BUSINESS_OWNER_EMAIL, "鈴木 大輔", Role.BUSINESS_OWNER, password),
                        invite(admin, AUDITOR_EMAIL, "高橋 由美", Role.AUDITOR, password)));
    }

    private MekikiUser invite(MekikiUser admin, String email, String name, Role role, String password) {
        UserAdministration.Invitation invitation = users.invite(admin, email, name, Set.of(role), Locale.JAPANESE);
        accounts.activate(invitation.activationToken(), password);
        return signedIn(invitation.userId());
    }

    private MekikiUser signedIn(UUID userId) {
        return signIn.current(userId).orElseThrow(() -> new IllegalStateException("demo user cannot sign in"));
    }

    /** A large listed company with a board, in general business and finance, its policies reviewed. */
    private Void profile(MekikiUser riskOfficer) {
        LocalDate reviewed = LocalDate.now(clock).minusMonths(5);
        profiles.update(
                riskOfficer,
                new ProfileUpdate(
                        true,
                        true,
                        Set.of(Sector.GENERAL, Sector.FINANCE),
                        "JP",
                        Map.of(
                                InternalPolicy.SECURITY, new PolicyStatus(true, reviewed),
                                InternalPolicy.PRIVACY, new PolicyStatus(true, reviewed),
                                InternalPolicy.TRADE_SECRET, new PolicyStatus(true, reviewed.minusYears(1)),
                                InternalPolicy.IT_GENERAL_CONTROLS, new PolicyStatus(true, reviewed)),
                        null));
        return null;
    }

    private Register register(MekikiUser riskOfficer) {
        return new Register(
                asset(
                        riskOfficer,
                        "顧客台帳 (Customer ledger)",
                        "営業本部",
                        "法人顧客の担当者名・連絡先・商談履歴。約12万件。",
                        Set.of(AssetCategory.PERSONAL_DATA),
                        Level.HIGH,
                        Level.LOW,
                        4_800_000L),
                asset(
                        riskOfficer,
                        "人事・給与データ (HR and payroll)",
                        "人事部",
                        "従業員の評価、給与、健康診断結果、マイナンバー。",
                        Set.of(
                                AssetCategory.PERSONAL_DATA,
                                AssetCategory.SPECIAL_CARE_PERSONAL_DATA,
                                AssetCategory.MY_NUMBER),
                        Level.HIGH,
                        Level.LOW,
                        6_200_000L),
                asset(
                        riskOfficer,
                        "取締役会議事録 (Board minutes)",
                        "経営企画部",
                        "取締役会の議事録と付議資料。",
                        Set.of(AssetCategory.BOARD_AND_FINANCIAL_RECORDS),
                        Level.HIGH,
                        Level.LOW,
                        900_000L),
                asset(
                        riskOfficer,
                        "会計帳簿・証憑 (Accounting books)",
                        "経理部",
                        "総勘定元帳、請求書・領収書の電子データ。",
                        Set.of(AssetCategory.TAX_RECORDS, AssetCategory.BOARD_AND_FINANCIAL_RECORDS),
                        Level.HIGH,
                        Level.MEDIUM,
                        3_100_000L),
                asset(
                        riskOfficer,
                        "製品設計図面 (Product drawings)",
                        "開発本部",
                        "主力製品の設計図面と製造条件。一部は輸出管理の対象技術。",
                        Set.of(AssetCategory.TRADE_SECRET, AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY),
                        Level.HIGH,
                        Level.LOW,
                        5_500_000L),
                asset(
                        riskOfficer,
                        "社内ポータル掲示 (Intranet notices)",
                        "総務部",
                        "全社向けのお知らせと規程類の掲示。",
                        Set.of(AssetCategory.OTHER),
                        Level.LOW,
                        Level.HIGH,
                        1_200_000L));
    }

    private UUID asset(
            MekikiUser riskOfficer,
            String name,
            String department,
            String description,
            Set<AssetCategory> categories,
            Level value,
            Level tolerance,
            long annualCost) {
        return assets.register(
                        riskOfficer,
                        new AssetDetails(
                                name,
                                department,
                                description,
                                categories,
                                value,
                                tolerance,
                                "社内サーバーで運用。アクセス権は部門単位、夜間バックアップ。",
                                annualCost,
                                "稼働率99.5%、復旧目標1営業日"))
                .id();
    }

    /** Runs a service call as the user, as a request of theirs would; the caller's context comes back after. */
    private static <T> T as(MekikiUser user, Supplier<T> call) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(acting);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    record People(
            MekikiUser admin,
            MekikiUser executive,
            MekikiUser riskOfficer,
            MekikiUser businessOwner,
            MekikiUser auditor) {}

    record Register(UUID customers, UUID personnel, UUID boardMinutes, UUID accounting, UUID drawings, UUID intranet) {}

    /** The steps of the life cycle, each by the person whose job it is. */
    private final class Plot {

        private final MekikiUser executive;
        private final MekikiUser riskOfficer;
        private final MekikiUser businessOwner;
        /** The demo's services: the Japanese SaaS with ISMAP, then the US SaaS with a Japanese region. */
        private final UUID japaneseSaas;

        private final UUID usSaas;

        Plot(People people, List<UUID> services) {
            this.japaneseSaas = services.get(0);
            this.usSaas = services.get(1);
            this.executive = people.executive();
            this.riskOfficer = people.riskOfficer();
            this.businessOwner = people.businessOwner();
        }

        /**
         * Preparation under way: the survey is reviewed, the purpose approved at the second attempt, the
         * policy review waits for the executive and the criteria are still being drafted (their report is
         * not in, so the criteria gate cannot be asked for yet).
         */
        void crmInPreparation(Register register) {
            Initiative crm = create(new InitiativePlan(
                    "顧客管理のSaaS化 (CRM to SaaS)",
                    businessOwner.userId(),
                    "営業部門ごとに分かれた顧客情報を一元化し、商談の取りこぼしを減らす。",
                    "商談化率の向上、営業報告の作成時間の削減。",
                    List.of(new KpiDefinition(null, "商談化率", "%", new BigDecimal("12"), new BigDecimal("20"))),
                    Set.of(register.customers()),
                    ServiceModel.SAAS,
                    Deployment.PUBLIC,
                    List.of("JP"),
                    null));
            Instruction survey = instructAndAccept(
                    crm, "PREP_SURVEY_ASSETS", "顧客台帳は約12万件の個人データを含み、漏えい時の影響は大きい。リスク許容度は低と評価した。", "調査の範囲は十分。受理します。");
            approve(crm, Gate.PREPARATION_SURVEY_REVIEWED, riskOfficer, report(survey));

            Instruction purposeDraft = instruct(crm, "PREP_PURPOSE_BENEFITS", businessOwner, 10);
            as(
                    businessOwner,
                    () -> instructions.report(
                            businessOwner, purposeDraft.id(), "商談化率を12%から20%に高めることを目標とする。", List.of()));
            as(executive, () -> instructions.accept(executive, purposeDraft.id(), "目的は明確。受理します。"));
            Decision returned = request(crm, Gate.PREPARATION_PURPOSE_APPROVED, businessOwner, report(purposeDraft));
            decide(returned, DecisionOutcome.RETURNED, "商談化率の目標値20%の根拠を示してください。", List.of());
            Decision purpose = request(crm, Gate.PREPARATION_PURPOSE_APPROVED, businessOwner, List.of());
            decide(purpose, DecisionOutcome.APPROVED, "他社事例と過去3年の推移から目標値は妥当。", List.of());

            instruct(crm, "PREP_CRITERIA_CHECKLIST", riskOfficer, 14);
            request(crm, Gate.PREPARATION_POLICIES_REVIEWED, riskOfficer, List.of());
        }

        /**
         * Every preparation gate approved, the trade-secret one included (the drawings are trade secrets),
         * one with a condition; moved to selection, where the comparison waits for review and the
         * business owner weighs the options. The favourite candidate is abroad: the earlier approvals go
         * stale.
         */
        void designDataInSelection(Register register) {
            Initiative design = create(new InitiativePlan(
                    "設計データ共有基盤の選定 (Design data sharing)",
                    businessOwner.userId(),
                    "協力会社との図面の受け渡しを、メール添付から管理された共有基盤に移す。",
                    "受け渡しのリードタイム短縮と、誤送信による流出リスクの低減。",
                    List.of(new KpiDefinition(null, "図面受け渡しのリードタイム", "日", new BigDecimal("5"), BigDecimal.ONE)),
                    Set.of(register.drawings()),
                    ServiceModel.SAAS,
                    Deployment.PRIVATE,
                    List.of("JP"),
                    null));
            Instruction survey = instructAndAccept(
                    design, "PREP_SURVEY_ASSETS", "図面は営業秘密として管理しており、一部は輸出管理の対象技術を含む。", "受理します。輸出管理の該非判定も選定基準に含めてください。");
            approve(design, Gate.PREPARATION_SURVEY_REVIEWED, riskOfficer, report(survey));
            approve(design, Gate.PREPARATION_PURPOSE_APPROVED, businessOwner, List.of());
            approve(design, Gate.PREPARATION_CRITERIA_APPROVED, riskOfficer, List.of());
            Decision policies = request(design, Gate.PREPARATION_POLICIES_REVIEWED, riskOfficer, List.of());
            decide(
                    policies,
                    DecisionOutcome.APPROVED_WITH_CONDITIONS,
                    "見直しの方向性は妥当。ただし規程の改定を先行させること。",
                    List.of("営業秘密管理規程にクラウド保管時のアクセス管理の条項を追加する"));
            approve(design, Gate.PREPARATION_TRADE_SECRET_DECIDED, riskOfficer, List.of());
            move(design, InitiativePhase.SELECTION);
            // both services compared, each scoped with its own facts: the US one brings the overseas checks
            // the assessments have begun: part of each candidate's items answered
            Candidate domestic = candidate(design, japaneseSaas);
            Candidate american = candidate(design, usSaas);
            assess(domestic, 2);
            assess(american, 3);
            compareDesign(design, domestic, american);

            Instruction compare = instruct(design, "SEL_COLLECT_COMPARE", riskOfficer, 21);
            as(
                    riskOfficer,
                    () -> instructions.report(
                            riskOfficer, compare.id(), "候補3社を選定基準に沿って比較した。最有力の候補は米国の事業者。", List.of()));
            instruct(design, "SEL_BALANCE", businessOwner, 21);
            // the strongest candidate keeps data in the United States: the scoping gains the overseas
            // checks, and the preparation approvals that rest on the scoping (criteria, policies, trade
            // secrets), made without them, become stale; the survey and the purpose stay current
            as(
                    riskOfficer,
                    () -> initiatives.revise(
                            riskOfficer,
                            design.id(),
                            initiatives.initiative(riskOfficer, design.id()).version(),
                            new InitiativePlan(
                                    design.title(),
                                    design.businessOwnerId(),
                                    design.purpose(),
                                    design.benefits(),
                                    design.kpis().stream()
                                            .map(kpi -> new KpiDefinition(
                                                    kpi.kpiId(), kpi.name(), kpi.unit(), kpi.baseline(), kpi.target()))
                                            .toList(),
                                    design.assetIds(),
                                    design.serviceModel(),
                                    design.deployment(),
                                    List.of("JP", "US"),
                                    "US")));
        }

        /** Through selection and application into the first year of operation, with KPI measurements. */
        void hrEvaluationInOperation(Register register) {
            Initiative hr = create(new InitiativePlan(
                    "人事評価のクラウド移行 (HR evaluation in the cloud)",
                    businessOwner.userId(),
                    "紙とExcelで行っている人事評価を、評価SaaSに移す。",
                    "評価入力の完了率向上と、評価業務にかかる工数の削減。",
                    List.of(
                            new KpiDefinition(null, "評価入力の完了率", "%", new BigDecimal("70"), new BigDecimal("95")),
                            new KpiDefinition(null, "評価業務の工数", "時間/月", new BigDecimal("120"), new BigDecimal("60"))),
                    Set.of(register.personnel()),
                    ServiceModel.SAAS,
                    Deployment.PUBLIC,
                    List.of("JP"),
                    "JP"));
            approveAll(hr, InitiativePhase.PREPARATION);
            move(hr, InitiativePhase.SELECTION);
            Candidate chosen = candidate(hr, japaneseSaas);
            assess(chosen, 1);
            settleAndChoose(hr, chosen);
            scoreEveryColumn(hr, 4);
            approveAll(hr, InitiativePhase.SELECTION);
            move(hr, InitiativePhase.APPLICATION);
            // the contract: reviewed item by item, one deviation from policy (the liability cap) for the executive
            // started almost a year ago: its first yearly supervision review is due within 60 days (ADR 038)
            LocalDate contractStart = LocalDate.now(clock).minusYears(1).plusDays(20);
            contracts.contract(
                    riskOfficer,
                    hr.id(),
                    "スタンダードプラン",
                    contractStart,
                    12,
                    true,
                    180_000,
                    new DemoContracts.Deviation(
                            "MA-LIAB-01",
                            "第21条（損害賠償の上限）",
                            "損害賠償の上限が直近12か月の利用料金で、社内方針（24か月分）に届かない。交渉したがクラウド事業者の標準条件から変更できなかった。",
                            "サイバー保険の補償で差額を補い、障害時の業務継続手順（紙での評価入力）を用意する。"));
            Instruction terms = instructAndAccept(
                    hr, "APP_TERMS_SLA", "利用規約とSLAを点検した。データ消去証明の発行を個別契約で追加する必要がある。", "個別契約での追加を確認しました。受理します。");
            approve(hr, Gate.APPLICATION_TERMS_APPROVED, riskOfficer, report(terms));
            approve(hr, Gate.APPLICATION_SPECIAL_ITEMS_RECONFIRMED, riskOfficer, List.of());
            move(hr, InitiativePhase.OPERATION);

            Decision finding = decisions.request(
                    riskOfficer,
                    new NewDecision(
                            Initiatives.subject(hr.id()),
                            "FINDING_INCIDENT_NOTICE",
                            "障害連絡の遅れへの対応",
                            "先月の障害で事業者からの連絡が契約上の期限より2時間遅れた。再発防止策の提出を求めたい。",
                            List.of("再発防止策の提出を求める", "経過を観察する"),
                            List.of(),
                            noBasis()));
            decide(finding, DecisionOutcome.APPROVED, "再発防止策の提出を求めること。", List.of());

            LocalDate today = LocalDate.now(clock);
            List<Kpi> kpis = hr.kpis();
            measure(hr, kpis.get(0), today.minusMonths(3), "78", "導入直後");
            measure(hr, kpis.get(0), today.minusMonths(2), "86", null);
            measure(hr, kpis.get(0), today.minusMonths(1), "91", "リマインド通知を開始");
            measure(hr, kpis.get(1), today.minusMonths(3), "104", null);
            measure(hr, kpis.get(1), today.minusMonths(2), "85", null);
            measure(hr, kpis.get(1), today.minusMonths(1), "72", null);
            serviceLevels.tell(riskOfficer, hr.id(), register.personnel());
        }

        /** The old groupware, replaced: every gate through to data return and deletion, then closed. */
        void groupwareClosed(Register register) {
            Initiative groupware = create(new InitiativePlan(
                    "旧グループウェアの利用終了 (Retiring the old groupware)",
                    businessOwner.userId(),
                    "社内掲示に使っていたクラウド型グループウェアの利用を終える。",
                    "後継の社内ポータルへの一本化による費用削減。",
                    List.of(),
                    Set.of(register.intranet()),
                    ServiceModel.SAAS,
                    Deployment.PUBLIC,
                    List.of("JP"),
                    "US"));
            approveAll(groupware, InitiativePhase.PREPARATION);
            move(groupware, InitiativePhase.SELECTION);
            Candidate chosen = candidate(groupware, usSaas);
            assess(chosen, 1);
            settleAndChoose(groupware, chosen);
            scoreEveryColumn(groupware, 3);
            approveAll(groupware, InitiativePhase.SELECTION);
            move(groupware, InitiativePhase.APPLICATION);
            contracts.contract(
                    riskOfficer,
                    groupware.id(),
                    "ビジネスプラン",
                    LocalDate.now(clock).minusYears(3).withDayOfMonth(1),
                    36,
                    false,
                    90_000,
                    null);
            approveAll(groupware, InitiativePhase.APPLICATION);
            move(groupware, InitiativePhase.OPERATION);
            move(groupware, InitiativePhase.CONTINUATION_TERMINATION);
            Decision end = decisions.request(
                    riskOfficer,
                    new NewDecision(
                            Initiatives.subject(groupware.id()),
                            Gate.CONTINUATION_DECIDED.topic(),
                            "利用終了の決定",
                            "後継の社内ポータルへの移行が完了したため、利用を終了したい。",
                            List.of("継続する", "終了する"),
                            List.of(),
                            noBasis()));
            decide(end, DecisionOutcome.APPROVED, "終了する。データの返却と消去を確認すること。", List.of());
            as(executive, () -> initiatives.move(executive, groupware.id(), null, Branch.TERMINATE));
            exits.tell(riskOfficer, groupware.id());
            approve(groupware, Gate.TERMINATION_DATA_RETURNED, riskOfficer, List.of());
            approve(groupware, Gate.TERMINATION_DELETION_CONFIRMED, riskOfficer, List.of());
            move(groupware, InitiativePhase.CLOSED);
        }

        private Initiative create(InitiativePlan plan) {
            return as(riskOfficer, () -> initiatives.create(riskOfficer, plan));
        }

        private void move(Initiative initiative, InitiativePhase to) {
            as(executive, () -> initiatives.move(executive, initiative.id(), to, null));
        }

        private void measure(Initiative initiative, Kpi kpi, LocalDate on, String value, @Nullable String note) {
            as(
                    riskOfficer,
                    () -> initiatives.measure(
                            riskOfficer,
                            initiative.id(),
                            kpi.kpiId(),
                            new NewMeasurement(on, new BigDecimal(value), note)));
        }

        /** Every gate of the phase a plain move needs, requested by the risk officer and approved. */
        /**
         * The open blocking findings of the candidate's assessment are settled (ADR 030): the first mitigated
         * and done, the others accepted by the executive's decision; then the candidate is chosen.
         */
        private void settleAndChoose(Initiative initiative, Candidate candidate) {
            List<Finding> open = as(riskOfficer, () -> findings.findings(riskOfficer, candidate.id())).stream()
                    .filter(Finding::openBlocking)
                    .toList();
            for (int i = 0; i < open.size(); i++) {
                Finding finding = open.get(i);
                if (i == 0) {
                    Finding planned = as(
                            riskOfficer,
                            () -> findings.dispose(
                                    riskOfficer,
                                    candidate.id(),
                                    finding.id(),
                                    new DispositionInput(
                                            FindingDisposition.MITIGATE.name(),
                                            null,
                                            "クラウド事業者と覚書を結び、不足する対応を契約に明記する。",
                                            riskOfficer.userId().toString(),
                                            LocalDate.now(clock).plusDays(14).toString(),
                                            finding.version())));
                    as(
                            riskOfficer,
                            () -> findings.mitigationDone(
                                    riskOfficer, candidate.id(), finding.id(), "覚書を締結した。", planned.version()));
                } else {
                    Finding accepting = as(
                            riskOfficer,
                            () -> findings.dispose(
                                    riskOfficer,
                                    candidate.id(),
                                    finding.id(),
                                    new DispositionInput(
                                            FindingDisposition.ACCEPT.name(),
                                            "社内の代替の統制で補えるため、残るリスクを受容したい。",
                                            null,
                                            null,
                                            null,
                                            finding.version())));
                    decisions.decide(
                            executive,
                            Objects.requireNonNull(accepting.acceptance()).decisionId(),
                            DecisionOutcome.APPROVED,
                            "代替の統制を確認した。受容する。",
                            List.of());
                }
            }
            as(riskOfficer, () -> choices.choose(riskOfficer, initiative.id(), candidate.id()));
        }

        /**
         * The comparison of the design-data initiative: six weighted criteria, both candidates and keeping the
         * drawings on the in-house file server scored, the candidates' costs and their fit with the lead-time
         * KPI. The American service scores best on function and cost, the Japanese one on terms and security.
         */
        private void compareDesign(Initiative design, Candidate domestic, Candidate american) {
            List<String> steps = List.of("要件を満たさない", "大きな不足がある", "おおむね満たす", "十分に満たす", "要件を上回る");
            CriteriaSet criteria = as(
                    riskOfficer,
                    () -> comparisons.saveCriteria(
                            riskOfficer,
                            design.id(),
                            0L,
                            List.of(
                                    new CriterionInput(null, "財務の健全性と事業継続計画", "BUSINESS_HEALTH", 15, 1, 5, steps),
                                    new CriterionInput(null, "稼働率と復旧時間（SLA）", "SERVICE_LEVEL", 15, 1, 5, steps),
                                    new CriterionInput(null, "アクセス管理と暗号化", "INFORMATION_SECURITY", 25, 1, 5, steps),
                                    new CriterionInput(
                                            null, "第三者認証（ISMAP・SOC 2）", "INFORMATION_SECURITY", 10, 1, 5, steps),
                                    new CriterionInput(null, "準拠法・データ返却と消去の条件", "TERMS_OF_USE", 20, 1, 5, steps),
                                    new CriterionInput(null, "5年間の総費用", "COST", 15, 1, 5, steps))));
            int[] japanese = {4, 4, 4, 5, 5, 3};
            int[] us = {5, 5, 4, 4, 2, 4};
            int[] inHouse = {3, 2, 2, 1, 5, 2};
            String[] japaneseNotes = {
                "上場企業で黒字経営", "稼働率99.9%を保証", "IPアドレス制限と利用者ごとの権限", "ISMAP登録済み", "日本法準拠、消去証明書を発行", "初期費用が高い"
            };
            String[] usNotes = {
                "業界最大手", "稼働率99.95%、復旧目標4時間", "端末認証に対応", "SOC 2 Type II（ISMAP未登録）", "準拠法は米国カリフォルニア州法", "月額は最も安い"
            };
            String[] inHouseNotes = {
                "自社のため該当なし", "夜間停止あり、復旧目標1営業日", "部門単位の権限のみ", "第三者認証なし", "自社管理のため問題なし", "サーバー更新費用が5年目に発生"
            };
            List<Criterion> list = criteria.criteria();
            for (int i = 0; i < list.size(); i++) {
                UUID criterion = list.get(i).id();
                int index = i;
                as(
                        riskOfficer,
                        () -> comparisons.score(
                                riskOfficer,
                                design.id(),
                                domestic.id().toString(),
                                criterion,
                                japanese[index],
                                japaneseNotes[index]));
                as(
                        riskOfficer,
                        () -> comparisons.score(
                                riskOfficer,
                                design.id(),
                                american.id().toString(),
                                criterion,
                                us[index],
                                usNotes[index]));
                as(
                        riskOfficer,
                        () -> comparisons.score(
                                riskOfficer,
                                design.id(),
                                Comparisons.IN_HOUSE,
                                criterion,
                                inHouse[index],
                                inHouseNotes[index]));
            }
            as(
                    riskOfficer,
                    () -> comparisons.enterCosts(riskOfficer, design.id(), domestic.id(), 1_200_000L, 180_000L));
            as(riskOfficer, () -> comparisons.enterCosts(riskOfficer, design.id(), american.id(), 300_000L, 150_000L));
            UUID leadTime = design.kpis().get(0).kpiId();
            as(
                    riskOfficer,
                    () -> comparisons.rateKpiFit(
                            riskOfficer,
                            design.id(),
                            domestic.id().toString(),
                            leadTime,
                            "FITS",
                            "協力会社は招待制で当日中に受け渡せる"));
            as(
                    riskOfficer,
                    () -> comparisons.rateKpiFit(
                            riskOfficer,
                            design.id(),
                            american.id().toString(),
                            leadTime,
                            "FITS",
                            "受け渡しは即時。英語画面の研修が必要"));
            as(
                    riskOfficer,
                    () -> comparisons.rateKpiFit(
                            riskOfficer,
                            design.id(),
                            Comparisons.IN_HOUSE,
                            leadTime,
                            "DOES_NOT_FIT",
                            "メール添付のままでは短縮できない"));
        }

        /**
         * The starting set of criteria adopted as it is, and every open candidate and keeping it in-house
         * scored the same on each: enough for the gates of an initiative whose comparison the story does not tell.
         */
        private void scoreEveryColumn(Initiative initiative, int score) {
            List<String> steps = List.of("要件を満たさない", "大きな不足がある", "おおむね満たす", "十分に満たす", "要件を上回る");
            CriteriaSet criteria = as(
                    riskOfficer,
                    () -> comparisons.saveCriteria(
                            riskOfficer,
                            initiative.id(),
                            0L,
                            List.of(
                                    new CriterionInput(null, "クラウド事業者の経営状態と事業継続性", "BUSINESS_HEALTH", 20, 1, 5, steps),
                                    new CriterionInput(null, "稼働率・復旧時間などのサービスレベル", "SERVICE_LEVEL", 20, 1, 5, steps),
                                    new CriterionInput(
                                            null, "情報セキュリティ対策と第三者認証", "INFORMATION_SECURITY", 30, 1, 5, steps),
                                    new CriterionInput(null, "利用規約・準拠法・データ返却と消去の条件", "TERMS_OF_USE", 15, 1, 5, steps),
                                    new CriterionInput(null, "初期費用と月額費用", "COST", 15, 1, 5, steps))));
            List<String> columns = new java.util.ArrayList<>();
            candidates
                    .openOf(initiative.organizationId(), initiative.id())
                    .forEach(candidate -> columns.add(candidate.id().toString()));
            columns.add(Comparisons.IN_HOUSE);
            for (String column : columns) {
                int given = column.equals(Comparisons.IN_HOUSE) ? 2 : score;
                for (Criterion criterion : criteria.criteria()) {
                    as(
                            riskOfficer,
                            () -> comparisons.score(
                                    riskOfficer, initiative.id(), column, criterion.id(), given, "事業者の回答書と比較した。"));
                }
            }
        }

        /** The risk officer adds the service as a candidate of the initiative. */
        private Candidate candidate(Initiative initiative, UUID service) {
            return as(riskOfficer, () -> candidates.add(riskOfficer, initiative.id(), service));
        }

        /**
         * The risk officer answers the candidate's items: every item when {@code share} is 1, otherwise every
         * {@code share}-th, most of them met, every seventh met in part (a gap to follow up). Answers derived
         * from the service record are confirmed: all of them when every item is answered, otherwise every
         * second one, the others left waiting for confirmation.
         */
        private void assess(Candidate candidate, int share) {
            Assessment assessment = as(riskOfficer, () -> assessments.assessment(riskOfficer, candidate.id()));
            List<Assessment.Entry> entries = assessment.entries();
            int derived = 0;
            for (int i = 0; i < entries.size(); i++) {
                String itemId = entries.get(i).itemId();
                Answer existing = entries.get(i).answer();
                if (existing != null && existing.source() == AnswerSource.DERIVED) {
                    if (share == 1 || derived % 2 == 0) {
                        as(riskOfficer, () -> assessments.confirm(riskOfficer, candidate.id(), itemId, null));
                    }
                    derived++;
                    continue;
                }
                if (i % share != 0) {
                    continue;
                }
                boolean partly = i % 7 == 3;
                AnswerInput input = new AnswerInput(
                        partly ? AnswerStatus.PARTLY.name() : AnswerStatus.MEETS.name(),
                        partly ? "一部のみ対応。事業者に追加の説明を依頼中。" : "事業者の回答書と契約書で確認した。",
                        AnswerSource.PROVIDER_STATEMENT.name(),
                        null,
                        existing == null ? 0L : existing.version());
                as(riskOfficer, () -> assessments.answer(riskOfficer, candidate.id(), itemId, input));
            }
        }

        private void approveAll(Initiative initiative, InitiativePhase phase) {
            for (Gate gate : Gate.values()) {
                if (gate.phase() == phase
                        && !gate.coversManyDecisions()
                        && gate != Gate.PREPARATION_TRADE_SECRET_DECIDED) {
                    approve(
                            initiative,
                            gate,
                            gate == Gate.PREPARATION_PURPOSE_APPROVED ? businessOwner : riskOfficer,
                            List.of());
                }
            }
        }

        private void approve(Initiative initiative, Gate gate, MekikiUser requester, List<EvidenceLink> evidence) {
            decide(request(initiative, gate, requester, evidence), DecisionOutcome.APPROVED, "提案のとおり進めてよい。", List.of());
        }

        /**
         * A gate of preparation or selection rests on the report of the guide's instruction for it: when
         * the story has not told that part, the executive instructs the risk officer, who reports, and the
         * executive accepts, before the decision is asked for.
         */
        private void reportAcceptedFor(Initiative initiative, Gate gate) {
            if (gate.phase() != InitiativePhase.PREPARATION && gate.phase() != InitiativePhase.SELECTION) {
                return;
            }
            Optional<InstructionTemplate> template = instructions.templates().stream()
                    .filter(candidate -> gate.topic().equals(candidate.gateTopic()))
                    .findFirst();
            boolean accepted = instructions.ofSubject(initiative.organizationId(), INITIATIVE, initiative.id()).stream()
                    .anyMatch(instruction -> gate.topic().equals(instruction.gateTopic())
                            && instruction.status() == InstructionStatus.ACCEPTED);
            if (template.isPresent() && !accepted) {
                instructAndAccept(
                        initiative,
                        template.get().code(),
                        "「" + template.get().title().ja() + "」の結果をまとめた。詳細は社内の共有フォルダの資料のとおり。",
                        "内容を確認しました。受理します。");
            }
        }

        private Decision request(Initiative initiative, Gate gate, MekikiUser requester, List<EvidenceLink> evidence) {
            reportAcceptedFor(initiative, gate);
            GateRequest text = GateRequest.of(gate);
            return decisions.request(
                    requester,
                    new NewDecision(
                            Initiatives.subject(initiative.id()),
                            gate.topic(),
                            text.title(),
                            text.proposal(),
                            text.options(),
                            evidence,
                            noBasis()));
        }

        private void decide(Decision decision, DecisionOutcome outcome, String rationale, List<String> conditions) {
            decisions.decide(executive, decision.id(), outcome, rationale, conditions);
        }

        /** The executive instructs the risk officer with the template, who reports; the executive accepts. */
        private Instruction instructAndAccept(Initiative initiative, String template, String report, String comment) {
            Instruction issued = instruct(initiative, template, riskOfficer, 14);
            as(riskOfficer, () -> instructions.report(riskOfficer, issued.id(), report, List.of()));
            return as(executive, () -> instructions.accept(executive, issued.id(), comment));
        }

        private Instruction instruct(Initiative initiative, String templateCode, MekikiUser assignee, int dueInDays) {
            InstructionTemplate template = instructions
                    .template(templateCode)
                    .orElseThrow(() -> new IllegalStateException("no instruction template " + templateCode));
            return as(
                    executive,
                    () -> instructions.issue(
                            executive,
                            new NewInstruction(
                                    INITIATIVE,
                                    initiative.id(),
                                    template.phase(),
                                    template.gateTopic(),
                                    template.checkItemIds(),
                                    template.title().ja(),
                                    template.description().ja(),
                                    assignee.userId(),
                                    instructions
                                            .today(executive.organizationId())
                                            .plusDays(dueInDays),
                                    template.code())));
        }

        private List<EvidenceLink> report(Instruction instruction) {
            return List.of(new EvidenceLink("REPORT", "/instructions/" + instruction.id(), instruction.title()));
        }

        /** The initiative module freezes the initiative's own basis with every decision on it. */
        private Basis noBasis() {
            return new Basis(Map.of());
        }
    }

    /** What a request on a gate says, in the organisation's language. */
    private record GateRequest(String title, String proposal, List<String> options) {

        static GateRequest of(Gate gate) {
            return switch (gate) {
                case PREPARATION_SURVEY_REVIEWED ->
                    new GateRequest(
                            "事前調査結果の確認",
                            "預ける情報の価値とリスク許容度、現在の対策・費用・サービスレベルの調査結果を確認いただきたい。",
                            List.of("調査結果を確認済みとする", "追加の調査を指示する"));
                case PREPARATION_PURPOSE_APPROVED ->
                    new GateRequest("導入目的・便益・KPIの承認", "導入の目的と期待する便益、KPIの目標値を承認いただきたい。", List.of("承認する", "見直しを求める"));
                case PREPARATION_CRITERIA_APPROVED ->
                    new GateRequest(
                            "選定基準とチェックリストの承認", "事業者・サービスの選定基準と重点確認チェックリストを承認いただきたい。", List.of("承認する", "見直しを求める"));
                case PREPARATION_POLICIES_REVIEWED ->
                    new GateRequest(
                            "社内規程の見直し結果の確認", "クラウドの利用に関わる社内規程の見直し結果と改定案を確認いただきたい。", List.of("確認済みとする", "改定を指示する"));
                case PREPARATION_TRADE_SECRET_DECIDED ->
                    new GateRequest(
                            "営業秘密の取扱いの決定",
                            "設計図面を営業秘密として管理したまま、アクセス管理を施した共有基盤に保管したい。",
                            List.of("営業秘密として保管する", "営業秘密として管理しない", "保管しない"));
                case SELECTION_ADOPTION_DECIDED ->
                    new GateRequest("導入可否の決定", "便益・リスク許容度・費用の比較評価に基づき、クラウドサービスの導入を決定いただきたい。", List.of("導入する", "導入しない"));
                case SELECTION_PROVIDER_SELECTED ->
                    new GateRequest("事業者とサービスの選定", "比較表で評価が最も高かった候補を選定したい。", List.of("第一候補を選定する", "第二候補を選定する"));
                case APPLICATION_TERMS_APPROVED ->
                    new GateRequest("利用規約とSLAの承認", "点検した利用規約とSLAで申し込みたい。", List.of("承認して申し込む", "交渉を続ける"));
                case APPLICATION_SPECIAL_ITEMS_RECONFIRMED ->
                    new GateRequest("重点確認事項の再確認", "申し込む版の内容で、重点確認事項を再確認した結果を確認いただきたい。", List.of("確認済みとする", "再確認を指示する"));
                case TERMINATION_DATA_RETURNED ->
                    new GateRequest("データ返却の確認", "事業者から全データの返却を受け、件数と内容を照合した。", List.of("返却を確認する", "追加の返却を求める"));
                case TERMINATION_DELETION_CONFIRMED ->
                    new GateRequest("データ消去の確認", "事業者からデータ消去証明書を受領した。", List.of("消去を確認する", "追加の証明を求める"));
                default -> new GateRequest("判断の依頼", "提案のとおり進めたい。", List.of("承認する", "見直しを求める"));
            };
        }
    }
}
