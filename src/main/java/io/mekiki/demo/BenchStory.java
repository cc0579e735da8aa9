package io.mekiki.demo;

import io.mekiki.assessment.AnswerInput;
import io.mekiki.assessment.AnswerSource;
import io.mekiki.assessment.AnswerStatus;
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
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.InstructionStatus;
import io.mekiki.instruction.InstructionTemplate;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.NewInstruction;
import io.mekiki.profile.InternalPolicy;
import io.mekiki.profile.OrganizationProfiles;
import io.mekiki.profile.PolicyStatus;
import io.mekiki.profile.ProfileUpdate;
import io.mekiki.provider.ProviderRegister;
import io.mekiki.provider.ServiceRegister;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChoices;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.Sector;
import io.mekiki.shared.ServiceModel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The bench organisation (issue 11's volumes), made through the modules' own services with the right person
 * acting at each step, as the demo is, over years of a clock set back: one initiative in comparison and
 * selection with ten candidates of five providers, every applicable item of each answered (about 1,500
 * answers, imported through {@link Assessments#answerAll}), the other initiatives spread over the years in
 * every phase, and the audit ledger of all of it. Every choice comes from one seeded random source.
 */
@Component
@Profile("benchdata")
class BenchStory {

    static final String ORGANIZATION = "ベンチ株式会社 (Bench Co.)";
    static final String ADMIN_EMAIL = "admin@bench.mekiki.test";
    static final String EXECUTIVE_EMAIL = "executive@bench.mekiki.test";
    static final String RISK_OFFICER_EMAIL = "risk-officer@bench.mekiki.test";
    static final String BUSINESS_OWNER_EMAIL = "business-owner@bench.mekiki.test";
    static final String AUDITOR_EMAIL = "auditor@bench.mekiki.test";
    static final List<String> EMAILS =
            List.of(EXECUTIVE_EMAIL, RISK_OFFICER_EMAIL, BUSINESS_OWNER_EMAIL, AUDITOR_EMAIL, ADMIN_EMAIL);
    /** The title of the initiative in comparison and selection with every candidate. */
    static final String COMPARED = "基幹業務のクラウド移行 比較選定 (Core systems: comparison and selection)";

    private static final String INITIATIVE = "INITIATIVE";
    private static final List<String> DEPARTMENTS =
            List.of("営業本部", "人事部", "経理部", "開発本部", "総務部", "法務部", "購買部", "品質保証部", "物流部", "広報部");
    private static final List<String> SYSTEMS =
            List.of("顧客管理", "勤怠管理", "経費精算", "文書管理", "設計データ共有", "契約管理", "購買管理", "問い合わせ管理", "在庫管理", "社内ポータル");
    private static final List<String> TEXTS = List.of(
            "事業者の回答書（第%d版）で確認した。",
            "契約書第%d条と SLA 別紙で確認した。",
            "第三者証明の報告書（%d年度）で確認した。",
            "事業者への質問票の回答による。追加資料を依頼中（%d件）。",
            "ホワイトペーパーの記載のみ。契約上の定めはない（確認%d回目）。",
            "担当者へのヒアリングで確認。議事録あり（%d頁）。");

    private final OrganizationSetup setup;
    private final UserAdministration users;
    private final MyAccount accounts;
    private final SignIn signIn;
    private final OrganizationProfiles profiles;
    private final AssetRegister assets;
    private final ProviderRegister providers;
    private final ServiceRegister services;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final Instructions instructions;
    private final Candidates candidates;
    private final Assessments assessments;
    private final Findings findings;
    private final CandidateChoices choices;
    private final Comparisons comparisons;
    private final DemoContracts contracts;
    private final DemoExits exits;
    private final BenchClock clock;

    BenchStory(
            OrganizationSetup setup,
            UserAdministration users,
            MyAccount accounts,
            SignIn signIn,
            OrganizationProfiles profiles,
            AssetRegister assets,
            ProviderRegister providers,
            ServiceRegister services,
            Initiatives initiatives,
            Decisions decisions,
            Instructions instructions,
            Candidates candidates,
            Assessments assessments,
            Findings findings,
            CandidateChoices choices,
            Comparisons comparisons,
            DemoContracts contracts,
            DemoExits exits,
            BenchClock clock) {
        this.setup = setup;
        this.users = users;
        this.accounts = accounts;
        this.signIn = signIn;
        this.profiles = profiles;
        this.assets = assets;
        this.providers = providers;
        this.services = services;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.instructions = instructions;
        this.candidates = candidates;
        this.assessments = assessments;
        this.findings = findings;
        this.choices = choices;
        this.comparisons = comparisons;
        this.contracts = contracts;
        this.exits = exits;
        this.clock = clock;
    }

    /** What was made, for the log and the tests. */
    record Made(int initiatives, int candidates, int answers, Instant from) {}

    /** Makes everything; the caller runs it in one transaction, so that a failure leaves nothing behind. */
    Made tell(String password, BenchSettings settings) {
        Random random = new Random(settings.seedOrDefault());
        Instant now = clock.instant();
        Instant from = now.atOffset(ZoneOffset.UTC)
                .minusYears(settings.yearsOrDefault())
                .toInstant();
        clock.startAt(from);
        try {
            People people = people(password);
            as(people.riskOfficer(), () -> profile(people.riskOfficer()));
            List<UUID> register = as(people.riskOfficer(), () -> register(people.riskOfficer()));
            List<UUID> serviceIds =
                    as(people.riskOfficer(), () -> BenchServices.record(providers, services, people.riskOfficer()));
            Plot plot = new Plot(people, random);
            int others = settings.initiativesOrDefault() - 1;
            Duration span = Duration.between(from, now.minus(Duration.ofDays(30)));
            int answers = 0;
            for (int i = 0; i < others; i++) {
                clock.travelTo(from.plus(span.multipliedBy(i + 1).dividedBy(others + 1)));
                answers += plot.initiative(i, register, serviceIds);
            }
            clock.travelTo(now.minus(Duration.ofDays(20)));
            answers += plot.compared(register, serviceIds.subList(0, settings.candidatesOrDefault()));
            return new Made(settings.initiativesOrDefault(), settings.candidatesOrDefault(), answers, from);
        } finally {
            clock.backToNow();
        }
    }

    private People people(String password) {
        OrganizationSetup.FirstAdministrator founded = setup.completeSetup(
                new OrganizationSetup.SetupRequest(
                        ORGANIZATION, "管理 太郎", ADMIN_EMAIL, password, EnumSet.noneOf(Role.class), Locale.JAPANESE),
                setup.issueSetupToken());
        MekikiUser admin = signedIn(founded.userId());
        return as(
                admin,
                () -> new People(
                        admin,
                        invite(admin, EXECUTIVE_EMAIL, "経営 一郎", Role.EXECUTIVE, password),
                        invite(admin, RISK_OFFICER_EMAIL, "情報 花子", Role.RISK_OFFICER, password),
                        invite(admin, BUSINESS_OWNER_EMAIL, "利用 次郎", Role.BUSINESS_OWNER, password),
                        invite(admin, AUDITOR_EMAIL, "監査 三郎", Role.AUDITOR, password)));
    }

    private MekikiUser invite(MekikiUser admin, String email, String name, Role role, String password) {
        UserAdministration.Invitation invitation = users.invite(admin, email, name, Set.of(role), Locale.JAPANESE);
        accounts.activate(invitation.activationToken(), password);
        return signedIn(invitation.userId());
    }

    private MekikiUser signedIn(UUID userId) {
        return signIn.current(userId).orElseThrow(() -> new IllegalStateException("bench user cannot sign in"));
    }

    private Void profile(MekikiUser riskOfficer) {
        LocalDate reviewed = LocalDate.now(clock).minusMonths(2);
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
                                InternalPolicy.TRADE_SECRET, new PolicyStatus(true, reviewed),
                                InternalPolicy.IT_GENERAL_CONTROLS, new PolicyStatus(true, reviewed)),
                        null));
        return null;
    }

    /** One asset per kind of information, so that every section of the catalogue can apply. */
    private List<UUID> register(MekikiUser riskOfficer) {
        List<UUID> ids = new ArrayList<>();
        ids.add(asset(riskOfficer, "顧客台帳", Set.of(AssetCategory.PERSONAL_DATA)));
        ids.add(asset(
                riskOfficer,
                "人事・給与データ",
                Set.of(
                        AssetCategory.PERSONAL_DATA,
                        AssetCategory.SPECIAL_CARE_PERSONAL_DATA,
                        AssetCategory.MY_NUMBER)));
        ids.add(asset(riskOfficer, "取締役会議事録", Set.of(AssetCategory.BOARD_AND_FINANCIAL_RECORDS)));
        ids.add(asset(
                riskOfficer, "会計帳簿・証憑", Set.of(AssetCategory.TAX_RECORDS, AssetCategory.BOARD_AND_FINANCIAL_RECORDS)));
        ids.add(asset(
                riskOfficer, "製品設計図面", Set.of(AssetCategory.TRADE_SECRET, AssetCategory.EXPORT_CONTROLLED_TECHNOLOGY)));
        ids.add(asset(riskOfficer, "社内掲示", Set.of(AssetCategory.OTHER)));
        return ids;
    }

    private UUID asset(MekikiUser riskOfficer, String name, Set<AssetCategory> categories) {
        return assets.register(
                        riskOfficer,
                        new AssetDetails(
                                name,
                                "情報システム部",
                                name + "（ベンチマーク用の生成データ）",
                                categories,
                                Level.HIGH,
                                Level.LOW,
                                "社内サーバーで運用。",
                                1_000_000L,
                                "稼働率99.5%"))
                .id();
    }

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

    private static void as(MekikiUser user, Runnable call) {
        as(user, () -> {
            call.run();
            return null;
        });
    }

    record People(
            MekikiUser admin,
            MekikiUser executive,
            MekikiUser riskOfficer,
            MekikiUser businessOwner,
            MekikiUser auditor) {}

    /** The steps of the life cycle, each by the person whose job it is; every choice from the seeded source. */
    private final class Plot {

        private final MekikiUser executive;
        private final MekikiUser riskOfficer;
        private final MekikiUser businessOwner;
        private final Random random;

        Plot(People people, Random random) {
            this.executive = people.executive();
            this.riskOfficer = people.riskOfficer();
            this.businessOwner = people.businessOwner();
            this.random = random;
        }

        /** One of the initiatives spread over the years, left in a phase chosen at random; returns its answers. */
        int initiative(int number, List<UUID> register, List<UUID> services) {
            Set<UUID> assetIds = new LinkedHashSet<>();
            int count = 1 + random.nextInt(3);
            while (assetIds.size() < count) {
                assetIds.add(register.get(random.nextInt(register.size())));
            }
            String title = SYSTEMS.get(random.nextInt(SYSTEMS.size())) + "のクラウド化（"
                    + DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())) + "、No. " + (number + 1) + "）";
            Initiative initiative = create(title, assetIds, random.nextBoolean() ? List.of("JP") : List.of("JP", "US"));
            int roll = random.nextInt(100);
            InitiativePhase target = roll < 30
                    ? InitiativePhase.PREPARATION
                    : roll < 45
                            ? InitiativePhase.SELECTION
                            : roll < 55
                                    ? InitiativePhase.APPLICATION
                                    : roll < 80 ? InitiativePhase.OPERATION : InitiativePhase.CLOSED;
            if (target == InitiativePhase.PREPARATION) {
                approveSome(initiative, InitiativePhase.PREPARATION, random.nextInt(4));
                return 0;
            }
            approveAll(initiative, InitiativePhase.PREPARATION);
            move(initiative, InitiativePhase.SELECTION);
            UUID service = services.get(random.nextInt(services.size()));
            Candidate candidate = candidate(initiative, service);
            if (target == InitiativePhase.SELECTION) {
                int answers = answer(candidate, 0.3 + 0.6 * random.nextDouble());
                if (random.nextBoolean()) {
                    UUID other = services.get(random.nextInt(services.size()));
                    if (!other.equals(service)) {
                        answers += answer(candidate(initiative, other), random.nextDouble());
                    }
                }
                return answers;
            }
            int answers = answer(candidate, 1);
            settleAndCompare(initiative, candidate);
            approveAll(initiative, InitiativePhase.SELECTION);
            move(initiative, InitiativePhase.APPLICATION);
            if (target == InitiativePhase.APPLICATION) {
                return answers;
            }
            contracts.contract(
                    riskOfficer,
                    initiative.id(),
                    "標準プラン",
                    java.time.LocalDate.of(2025, 1 + random.nextInt(12), 1),
                    12,
                    random.nextBoolean(),
                    50_000 + 10_000L * random.nextInt(20),
                    null);
            approveAll(initiative, InitiativePhase.APPLICATION);
            move(initiative, InitiativePhase.OPERATION);
            if (target == InitiativePhase.OPERATION) {
                return answers;
            }
            move(initiative, InitiativePhase.CONTINUATION_TERMINATION);
            Decision end = as(
                    riskOfficer,
                    () -> decisions.request(
                            riskOfficer,
                            new NewDecision(
                                    Initiatives.subject(initiative.id()),
                                    Gate.CONTINUATION_DECIDED.topic(),
                                    "利用終了の決定",
                                    "後継のサービスへの移行が完了したため、利用を終了したい。",
                                    List.of("継続する", "終了する"),
                                    List.of(),
                                    noBasis())));
            decide(end);
            as(executive, () -> initiatives.move(executive, initiative.id(), null, Branch.TERMINATE));
            exits.tell(riskOfficer, initiative.id());
            approve(initiative, Gate.TERMINATION_DATA_RETURNED);
            approve(initiative, Gate.TERMINATION_DELETION_CONFIRMED);
            move(initiative, InitiativePhase.CLOSED);
            return answers;
        }

        /** The initiative in comparison and selection: every asset, a candidate per service, all answered. */
        int compared(List<UUID> register, List<UUID> services) {
            Initiative initiative = create(COMPARED, new LinkedHashSet<>(register), List.of("JP", "US"));
            approveAll(initiative, InitiativePhase.PREPARATION);
            move(initiative, InitiativePhase.SELECTION);
            int answers = 0;
            for (UUID service : services) {
                answers += answer(candidate(initiative, service), 1);
            }
            return answers;
        }

        private Initiative create(String title, Set<UUID> assetIds, List<String> locations) {
            return as(
                    riskOfficer,
                    () -> initiatives.create(
                            riskOfficer,
                            new InitiativePlan(
                                    title,
                                    businessOwner.userId(),
                                    "紙と表計算で行っている業務をクラウドサービスに移し、部門間で情報を共有する。",
                                    "作業時間の削減と、情報の一元管理による漏えいリスクの低減。",
                                    List.of(new KpiDefinition(
                                            null, "作業時間", "時間/月", new BigDecimal("120"), new BigDecimal("60"))),
                                    assetIds,
                                    ServiceModel.SAAS,
                                    Deployment.PUBLIC,
                                    locations,
                                    null)));
        }

        private Candidate candidate(Initiative initiative, UUID service) {
            return as(riskOfficer, () -> candidates.add(riskOfficer, initiative.id(), service));
        }

        /** Answers the given share of the candidate's items (all when 1), with varied statuses and texts. */
        private int answer(Candidate candidate, double share) {
            Map<String, AnswerInput> answers = new LinkedHashMap<>();
            // answers the service record settles are there already (derived, ADR 029): written over at their version
            Map<String, Long> versions = new java.util.HashMap<>();
            as(riskOfficer, () -> assessments.assessment(riskOfficer, candidate.id())).entries().stream()
                    .filter(entry -> entry.answer() != null)
                    .forEach(
                            entry -> versions.put(entry.itemId(), entry.answer().version()));
            for (String itemId : candidate.scoping().itemIds()) {
                if (share < 1 && random.nextDouble() >= share) {
                    continue;
                }
                int roll = random.nextInt(100);
                AnswerStatus status = roll < 62
                        ? AnswerStatus.MEETS
                        : roll < 77
                                ? AnswerStatus.PARTLY
                                : roll < 85
                                        ? AnswerStatus.DOES_NOT_MEET
                                        : roll < 91 ? AnswerStatus.NOT_APPLICABLE : AnswerStatus.UNKNOWN;
                AnswerSource source = random.nextInt(4) == 0 ? AnswerSource.VERIFIED : AnswerSource.PROVIDER_STATEMENT;
                String text = TEXTS.get(random.nextInt(TEXTS.size())).formatted(1 + random.nextInt(30));
                answers.put(
                        itemId,
                        new AnswerInput(
                                status.name(),
                                text,
                                source.name(),
                                status == AnswerStatus.NOT_APPLICABLE ? "当社の利用範囲ではこの機能を使わないため。" : null,
                                versions.getOrDefault(itemId, 0L)));
            }
            as(riskOfficer, () -> assessments.answerAll(riskOfficer, candidate.id(), answers));
            return answers.size();
        }

        private void move(Initiative initiative, InitiativePhase to) {
            as(executive, () -> initiatives.move(executive, initiative.id(), to, null));
        }

        private void approveSome(Initiative initiative, InitiativePhase phase, int howMany) {
            int approved = 0;
            for (Gate gate : gates(initiative, phase)) {
                if (approved++ >= howMany) {
                    return;
                }
                approve(initiative, gate);
            }
        }

        /**
         * What the selection gates rest on besides the answers: each open blocking finding mitigated and done
         * (ADR 030), the candidate chosen, criteria saved and the candidate and keeping it in-house scored (ADR 031).
         */
        private void settleAndCompare(Initiative initiative, Candidate candidate) {
            for (Finding finding : as(riskOfficer, () -> findings.findings(riskOfficer, candidate.id()))) {
                if (!finding.openBlocking()) {
                    continue;
                }
                Finding planned = as(
                        riskOfficer,
                        () -> findings.dispose(
                                riskOfficer,
                                candidate.id(),
                                finding.id(),
                                new DispositionInput(
                                        FindingDisposition.MITIGATE.name(),
                                        null,
                                        "契約の特約で不足する対応を定める。",
                                        riskOfficer.userId().toString(),
                                        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                                                .plusDays(14)
                                                .toString(),
                                        finding.version())));
                as(
                        riskOfficer,
                        () -> findings.mitigationDone(
                                riskOfficer, candidate.id(), finding.id(), "特約を締結した。", planned.version()));
            }
            as(riskOfficer, () -> choices.choose(riskOfficer, initiative.id(), candidate.id()));
            List<String> steps = List.of("要件を満たさない", "大きな不足がある", "おおむね満たす", "十分に満たす", "要件を上回る");
            CriteriaSet criteria = as(
                    riskOfficer,
                    () -> comparisons.saveCriteria(
                            riskOfficer,
                            initiative.id(),
                            0L,
                            List.of(
                                    new CriterionInput(null, "事業者の経営状態", "BUSINESS_HEALTH", 20, 1, 5, steps),
                                    new CriterionInput(null, "サービスレベル", "SERVICE_LEVEL", 20, 1, 5, steps),
                                    new CriterionInput(null, "情報セキュリティ", "INFORMATION_SECURITY", 30, 1, 5, steps),
                                    new CriterionInput(null, "利用条件", "TERMS_OF_USE", 15, 1, 5, steps),
                                    new CriterionInput(null, "費用", "COST", 15, 1, 5, steps))));
            for (String column : List.of(candidate.id().toString(), Comparisons.IN_HOUSE)) {
                for (Criterion criterion : criteria.criteria()) {
                    int score = 1 + random.nextInt(5);
                    as(
                            riskOfficer,
                            () -> comparisons.score(
                                    riskOfficer, initiative.id(), column, criterion.id(), score, "回答書と比べた。"));
                }
            }
        }

        private void approveAll(Initiative initiative, InitiativePhase phase) {
            for (Gate gate : gates(initiative, phase)) {
                approve(initiative, gate);
            }
        }

        private List<Gate> gates(Initiative initiative, InitiativePhase phase) {
            boolean tradeSecret = initiative.sections().contains(io.mekiki.catalog.Section.TRADE_SECRET);
            List<Gate> gates = new ArrayList<>();
            for (Gate gate : Gate.values()) {
                if (gate.phase() == phase && !gate.coversManyDecisions() && gate.applies(tradeSecret)) {
                    gates.add(gate);
                }
            }
            return gates;
        }

        private void approve(Initiative initiative, Gate gate) {
            reportAcceptedFor(initiative, gate);
            MekikiUser requester = gate == Gate.PREPARATION_PURPOSE_APPROVED ? businessOwner : riskOfficer;
            Decision requested = as(
                    requester,
                    () -> decisions.request(
                            requester,
                            new NewDecision(
                                    Initiatives.subject(initiative.id()),
                                    gate.topic(),
                                    "判断の依頼（" + gate.name() + "）",
                                    "調査と報告のとおり進めたい。",
                                    List.of("承認する", "見直しを求める"),
                                    List.of(),
                                    noBasis())));
            decide(requested);
        }

        private void decide(Decision decision) {
            as(
                    executive,
                    () -> decisions.decide(
                            executive, decision.id(), DecisionOutcome.APPROVED, "提案のとおり進めてよい。", List.of()));
        }

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
                InstructionTemplate found = template.get();
                Instruction issued = as(
                        executive,
                        () -> instructions.issue(
                                executive,
                                new NewInstruction(
                                        INITIATIVE,
                                        initiative.id(),
                                        found.phase(),
                                        found.gateTopic(),
                                        found.checkItemIds(),
                                        found.title().ja(),
                                        found.description().ja(),
                                        riskOfficer.userId(),
                                        instructions
                                                .today(executive.organizationId())
                                                .plusDays(14),
                                        found.code())));
                as(
                        riskOfficer,
                        () -> instructions.report(
                                riskOfficer, issued.id(), "「" + found.title().ja() + "」の結果をまとめた。", List.of()));
                as(executive, () -> instructions.accept(executive, issued.id(), "内容を確認しました。受理します。"));
            }
        }

        private Basis noBasis() {
            return new Basis(Map.of());
        }
    }
}
