package io.mekiki.initiative;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.mekiki.assets.AssetRevised;
import io.mekiki.assets.AssetSummary;
import io.mekiki.assets.InformationAssets;
import io.mekiki.catalog.ActiveReleaseSwitched;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.Subject;
import io.mekiki.identity.Members;
import io.mekiki.identity.Role;
import io.mekiki.instruction.Instruction;
import io.mekiki.instruction.Instructions;
import io.mekiki.instruction.ReportAccepted;
import io.mekiki.profile.OrganizationProfile;
import io.mekiki.profile.OrganizationProfiles;
import io.mekiki.profile.ProfileUpdated;
import io.mekiki.scoping.Scoping;
import io.mekiki.scoping.ScopingFacts;
import io.mekiki.shared.Actor;
import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.PageReads;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initiatives of the user's organisation: everyone in it reads; risk officers, business owners and
 * administrators plan and revise them and record KPI measurements; executives and risk officers move
 * them through the life cycle, as far as the gates allow. Every change goes to the audit ledger in the
 * same transaction; every change of the basis makes earlier approvals on another basis stale.
 */
@Service
public class Initiatives {

    /** Who may plan and revise initiatives, as a Spring Security expression. */
    public static final String EDITORS = "hasAnyRole('RISK_OFFICER', 'BUSINESS_OWNER', 'ADMIN')";

    /** Who may move an initiative to another phase. */
    public static final String MOVERS = "hasAnyRole('EXECUTIVE', 'RISK_OFFICER')";

    /** The plan fields the scoping is computed from. */
    private static final Set<String> SCOPING_INPUTS =
            Set.of("assetIds", "serviceModel", "dataLocations", "providerHeadquarters", "nonResidentAccess");

    /** The keys a list of initiatives sorts by: title, phase (in the order of the life cycle), updated. */
    public static final List<String> SORT_KEYS = List.copyOf(InitiativeQueries.SORT_KEYS.keySet());

    /** Lists show the most recently changed initiatives first. */
    public static final ListOrder DEFAULT_ORDER = ListOrder.descending("updated");

    /** The calendar of the Line Islands, the first to reach a new day: no measurement is later than their today. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final InitiativeRecords records;
    private final InitiativeQueries queries;
    private final ScopingHistory history;
    private final Scoping scoping;
    private final OrganizationProfiles profiles;
    private final InformationAssets assets;
    private final Members members;
    private final Decisions decisions;
    private final Instructions instructions;
    private final GateConditions gateConditions;
    private final GateDecisions gateDecisions;
    private final KeptReads keptReads;
    private final GateConditionsTold conditionsTold;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Initiatives as the page read them, by organisation, id and version (ADR 019): every change of an
     * initiative goes through its aggregate and raises its version, so a kept one is the stored one as long
     * as the versions agree. Only read, never changed: changes load the aggregate afresh.
     */
    private final Cache<List<Object>, Initiative> readOnly =
            Caffeine.newBuilder().maximumSize(2_000).build();

    /** Overdue instruction counts by organisation, ledger head and today (see {@link #overdueCounts}). */
    private final Cache<List<Object>, Map<UUID, Long>> overdueKept = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterAccess(Duration.ofHours(1))
            .build();

    Initiatives(
            InitiativeRecords records,
            InitiativeQueries queries,
            ScopingHistory history,
            Scoping scoping,
            OrganizationProfiles profiles,
            InformationAssets assets,
            Members members,
            Decisions decisions,
            Instructions instructions,
            GateConditions gateConditions,
            GateDecisions gateDecisions,
            KeptReads keptReads,
            GateConditionsTold conditionsTold,
            ApplicationEventPublisher events,
            Clock clock) {
        this.gateConditions = gateConditions;
        this.gateDecisions = gateDecisions;
        this.keptReads = keptReads;
        this.conditionsTold = conditionsTold;
        this.records = records;
        this.queries = queries;
        this.history = history;
        this.scoping = scoping;
        this.profiles = profiles;
        this.assets = assets;
        this.members = members;
        this.decisions = decisions;
        this.instructions = instructions;
        this.events = events;
        this.clock = clock;
    }

    /** The subject of the decisions and instructions on an initiative. */
    public static Subject subject(UUID initiativeId) {
        return new Subject(InitiativeChange.INITIATIVE, initiativeId);
    }

    @Transactional(readOnly = true)
    public List<InitiativeRow> search(SignedInUser user, InitiativeQuery query) {
        return rows(user.organizationId(), query);
    }

    /**
     * One page of the organisation's initiatives in the order asked for, each with its owner's name, its
     * overdue instructions and its progress through the gates of its phase.
     *
     * @throws io.mekiki.shared.RuleViolationException naming {@code sort} for a key not in {@link #SORT_KEYS}
     */
    @Transactional(readOnly = true)
    public ListPage<InitiativeRow> page(SignedInUser user, InitiativeQuery query, ListOrder order, int page, int size) {
        ListOrder checked = ListOrder.parse(order.parameter(), DEFAULT_ORDER, SORT_KEYS);
        UUID organizationId = user.organizationId();
        Map<UUID, Long> overdue = overdueCounts(organizationId);
        ListPage<InitiativeRow> found =
                queries.page(organizationId, query, overdue.keySet(), checked, Math.max(0, page), Math.max(1, size));
        return new ListPage<>(
                completed(organizationId, found.items(), overdue), found.page(), found.size(), found.total());
    }

    /** The organisation's initiatives in the phase, newest change first. */
    @Transactional(readOnly = true)
    public List<InitiativeRow> inPhase(UUID organizationId, LifeCyclePhase phase) {
        return rows(organizationId, new InitiativeQuery(InitiativePhase.of(phase), null, null, false));
    }

    /**
     * The initiative, read by someone of its organisation; read once per page view, since the panels of the
     * initiative page check it again through their modules' services (ADR 019).
     */
    @Transactional(readOnly = true)
    public Initiative initiative(SignedInUser user, UUID id) {
        return initiativeOf(user.organizationId(), id)
                .orElseThrow(() -> new NotFoundException(InitiativeChange.INITIATIVE, id));
    }

    /**
     * The initiative's title, read without the rest of it (for pages and APIs that only name it, ADR 044).
     *
     * @throws NotFoundException when it is not one of the reader's organisation's
     */
    @Transactional(readOnly = true)
    public String title(SignedInUser user, UUID id) {
        return queries.title(user.organizationId(), id)
                .orElseThrow(() -> new NotFoundException(InitiativeChange.INITIATIVE, id));
    }

    /**
     * The initiative, if it is one of the organisation's: for modules that act on their own (listeners, and
     * exits telling whether theirs is closed); read once per page view, as above.
     */
    @Transactional(readOnly = true)
    public Optional<Initiative> initiativeOf(UUID organizationId, UUID id) {
        return PageReads.once(
                List.of("initiative.of", organizationId, id),
                () -> records.findByIdAndOrganizationId(id, organizationId));
    }

    @Transactional
    @PreAuthorize(EDITORS)
    public Initiative create(SignedInUser user, InitiativePlan plan) {
        UUID organizationId = user.organizationId();
        InitiativePlan checked = Initiative.checked(plan);
        requireBusinessOwner(organizationId, checked.businessOwnerId());
        List<AssetSummary> scoped = assetsInScope(organizationId, checked.assetIds(), Set.of());
        ScopingSnapshot snapshot = scope(organizationId, checked, scoped);
        Instant now = clock.instant();
        Initiative saved = save(Initiative.start(
                organizationId,
                checked,
                categories(scoped),
                snapshot,
                user.userId(),
                user.actor().name(),
                now));
        ScopingSnapshot nothing = new ScopingSnapshot(snapshot.release(), List.of(), List.of(), List.of());
        history.append(
                organizationId,
                saved.id(),
                new ScopingChange(
                        UUID.randomUUID(),
                        now,
                        user.actor().name(),
                        List.of(),
                        true,
                        ScopingDiff.between(nothing, snapshot),
                        user.userId()));
        events.publishEvent(new InitiativeCreated(organizationId, user.actor(), saved.id(), saved.facts()));
        return saved;
    }

    /**
     * Replaces the plan. The scoping is computed again; what changed in it is kept in the history, and
     * approvals made on another basis become stale.
     *
     * @param expectedVersion the version the editor started from (required); if the initiative changed
     *     since, nothing is saved and the editor is told so
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Initiative revise(SignedInUser user, UUID id, @Nullable Long expectedVersion, InitiativePlan plan) {
        UUID organizationId = user.organizationId();
        Initiative initiative = find(organizationId, id);
        Basis basisBefore = DecisionBasis.of(initiative);
        UUID ownerBefore = initiative.businessOwnerId();
        Set<UUID> assetsBefore = initiative.assetIds();
        Map<String, Object> changes = initiative.revise(expectedVersion, plan, clock.instant());
        if (changes.isEmpty()) {
            return initiative;
        }
        if (!ownerBefore.equals(initiative.businessOwnerId())) {
            requireBusinessOwner(organizationId, initiative.businessOwnerId());
        }
        List<AssetSummary> scoped = assetsInScope(organizationId, initiative.assetIds(), assetsBefore);
        ScopingDiff diff = rescope(initiative, scoped);
        Initiative saved = save(initiative);
        List<String> planChanges = changes.keySet().stream()
                .filter(SCOPING_INPUTS::contains)
                .sorted()
                .toList();
        if (!planChanges.isEmpty() || !diff.isEmpty()) {
            keepHistory(saved, user.actor(), planChanges, diff);
        }
        if (!diff.isEmpty()) {
            changes.put("scoping", summary(diff));
        }
        events.publishEvent(new InitiativeRevised(organizationId, user.actor(), saved.id(), changes));
        announceBasis(saved, basisBefore);
        return saved;
    }

    /**
     * Records a measured value of one of the initiative's KPIs.
     *
     * @throws NotFoundException when the initiative has no such KPI
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Measurement measure(SignedInUser user, UUID id, UUID kpiId, NewMeasurement measured) {
        Initiative initiative = find(user.organizationId(), id);
        Measurement measurement = initiative.measure(
                kpiId,
                measured.measuredOn(),
                measured.value(),
                measured.note(),
                LocalDate.now(clock.withZone(EARLIEST_ZONE)),
                user.userId(),
                user.actor().name(),
                clock.instant());
        Initiative saved = save(initiative);
        events.publishEvent(new KpiMeasured(
                user.organizationId(),
                user.actor(),
                saved.id(),
                kpiId,
                saved.kpis().stream()
                        .filter(kpi -> kpi.kpiId().equals(kpiId))
                        .findFirst()
                        .orElseThrow()
                        .name(),
                measurement.measuredOn(),
                measurement.value(),
                measurement.note()));
        return measurement;
    }

    /** What the initiative's page shows of it, read once: the initiative, its gates and its scoping. */
    @Transactional(readOnly = true)
    public InitiativeOverview overview(SignedInUser user, UUID id) {
        Initiative initiative = read(user.organizationId(), id);
        return new InitiativeOverview(
                initiative,
                GateReport.of(initiative, withConditions(initiative, statuses(initiative))),
                new ScopingRecord(initiative.scoping(), namedHistory(user.organizationId(), id)));
    }

    @Transactional(readOnly = true)
    public GateReport gates(SignedInUser user, UUID id) {
        Initiative initiative = read(user.organizationId(), id);
        return GateReport.of(initiative, withConditions(initiative, statuses(initiative)));
    }

    /**
     * The basis a decision on the gate is made on now: the initiative's facts the gate rests on and the
     * facts other modules contribute to it.
     */
    @Transactional(readOnly = true)
    public Basis basis(SignedInUser user, UUID id, Gate gate) {
        Initiative initiative = find(user.organizationId(), id);
        return DecisionBasis.of(initiative, gate, gateConditions.facts(initiative, gate));
    }

    /**
     * Takes the initiative to the phase it asks for, or along the branch it names (exactly one of the
     * two), when the gates of that move are approved.
     *
     * @throws GatesOpenException naming the gates still open; nothing changes
     */
    @Transactional
    @PreAuthorize(MOVERS)
    public Initiative move(SignedInUser user, UUID id, @Nullable InitiativePhase to, @Nullable Branch branch) {
        if ((to == null) == (branch == null)) {
            throw InitiativeRuleViolation.invalid("to", "initiative.error.moveTargetOrBranch");
        }
        Initiative initiative = find(user.organizationId(), id);
        InitiativePhase from = initiative.phase();
        Move move = Move.requested(from, initiative.branch(), to, branch)
                .orElseThrow(() -> InitiativeRuleViolation.conflict(
                        null, "initiative.error.cannotMove", from, to != null ? to : branch));
        Map<Gate, GateStatus> statuses = withConditions(initiative, statuses(initiative));
        List<Gate> required = GateRules.required(move, from, initiative.tradeSecretApplies());
        List<Gate> holdingBack = GateRules.holdingBack(move, from, initiative.tradeSecretApplies(), statuses);
        try {
            initiative.move(move, holdingBack, clock.instant());
        } catch (GatesOpenException refused) {
            throw new GatesOpenException(
                    refused.move(),
                    refused.openGates(),
                    refused.openGates().stream()
                            .flatMap(gate -> statuses.get(gate).unmetConditions().stream()
                                    .map(condition -> new GatesOpenException.Missing(gate, condition)))
                            .toList());
        }
        Initiative saved = save(initiative);
        events.publishEvent(new InitiativeMoved(
                user.organizationId(),
                user.actor(),
                saved.id(),
                move,
                from,
                saved.phase(),
                saved.branch(),
                saved.year(),
                approvalsOf(required, statuses)));
        return saved;
    }

    @Transactional(readOnly = true)
    public ScopingRecord scoping(SignedInUser user, UUID id) {
        Initiative initiative = find(user.organizationId(), id);
        return new ScopingRecord(initiative.scoping(), namedHistory(user.organizationId(), id));
    }

    /** Every fact of the initiative that decisions on it are made on now; each gate rests on a part of them. */
    @Transactional(readOnly = true)
    public Basis basis(SignedInUser user, UUID id) {
        return DecisionBasis.of(find(user.organizationId(), id));
    }

    /**
     * Facts another module contributes to the initiative's gates ({@link GateContributions#facts}) have
     * changed: every approval on the initiative whose gate's facts now differ becomes stale, and only
     * those. Call it in the transaction of the change; an initiative the organisation does not have is
     * ignored.
     */
    @Transactional
    public void gateFactsChanged(UUID organizationId, UUID initiativeId) {
        if (records.existsByIdAndOrganizationId(initiativeId, organizationId)) {
            decisions.basisChanged(organizationId, subject(initiativeId));
        }
    }

    /**
     * As {@link #gateFactsChanged(UUID, UUID)}, and the work behind the change may have met conditions of
     * the initiative's gates: each condition met now and never told before is published once as {@link
     * GateConditionMet}, with the actor as its cause.
     */
    @Transactional
    public void gateFactsChanged(UUID organizationId, UUID initiativeId, Actor actor) {
        gateFactsChanged(organizationId, initiativeId);
        records.findByIdAndOrganizationId(initiativeId, organizationId)
                .ifPresent(initiative -> tellConditionsMet(initiative, actor));
    }

    /**
     * The report of an instruction on an initiative's gate was accepted, which is a condition of that gate
     * ({@link ReportConditions}): told once, in the transaction of the acceptance.
     */
    @EventListener
    @Transactional
    void reportAccepted(ReportAccepted accepted) {
        if (!InitiativeChange.INITIATIVE.equals(accepted.instructionSubjectType()) || accepted.gateTopic() == null) {
            return;
        }
        records.findByIdAndOrganizationId(accepted.instructionSubjectId(), accepted.organizationId())
                .ifPresent(initiative -> tellConditionsMet(initiative, accepted.actor()));
    }

    /** Publishes every condition of the initiative's gates that is met now and was never told before. */
    private void tellConditionsMet(Initiative initiative, Actor actor) {
        Instant now = clock.instant();
        gateConditions
                .of(initiative)
                .forEach((gate, conditions) -> conditions.stream()
                        .filter(GateCondition::met)
                        .filter(condition -> conditionsTold.firstTime(
                                initiative.organizationId(), initiative.id(), gate, condition.code(), now))
                        .forEach(condition -> events.publishEvent(new GateConditionMet(
                                initiative.organizationId(), actor, initiative.id(), gate, condition.code()))));
    }

    /**
     * An asset of the register changed its categories: every open initiative holding it computes its
     * scoping again, in the same transaction as the asset's change.
     */
    @EventListener
    @Transactional
    void assetChanged(AssetRevised change) {
        boolean categories = change.categoriesChanged();
        if (!categories && !change.financialReportingChanged()) {
            return;
        }
        UUID organizationId = change.organizationId();
        for (UUID id : records.openWithAsset(organizationId, change.assetId())) {
            Initiative initiative = find(organizationId, id);
            Basis basisBefore = DecisionBasis.of(initiative);
            ScopingDiff diff = rescope(initiative, assets.assetsOf(organizationId, initiative.assetIds()));
            Initiative saved = save(initiative);
            keepHistory(
                    saved, change.actor(), List.of(categories ? "assetCategories" : "assetFinancialReporting"), diff);
            events.publishEvent(new InitiativeRescoped(
                    organizationId, change.actor(), saved.id(), summary(diff), change.assetId(), List.of(), null));
            announceBasis(saved, basisBefore);
        }
    }

    /**
     * The organisation's profile changed in what scoping reads (company form, listing, sectors): every
     * open initiative of the organisation computes its scoping again. This runs after the profile's change
     * has committed, in a transaction of its own, and is kept in the event publication registry until it
     * has succeeded, so that a crash in between does not leave initiatives scoped on the old profile
     * (ADR 024).
     */
    @ApplicationModuleListener
    void profileChanged(ProfileUpdated change) {
        if (PROFILE_FACTS.stream().noneMatch(change.changedFields()::contains)) {
            return;
        }
        UUID organizationId = change.organizationId();
        for (UUID id : records.openIn(organizationId)) {
            Initiative initiative = find(organizationId, id);
            Basis basisBefore = DecisionBasis.of(initiative);
            ScopingSnapshot scopingBefore = initiative.scoping();
            ScopingDiff diff = rescope(initiative, assets.assetsOf(organizationId, initiative.assetIds()));
            if (initiative.scoping().equals(scopingBefore)) {
                // the profile's change makes no difference to this initiative (not even to the reasons)
                continue;
            }
            Initiative saved = save(initiative);
            keepHistory(saved, change.actor(), List.of("organizationProfile"), diff);
            events.publishEvent(new InitiativeRescoped(
                    organizationId,
                    change.actor(),
                    saved.id(),
                    summary(diff),
                    null,
                    change.changedFields().stream().sorted().toList(),
                    null));
            announceBasis(saved, basisBefore);
        }
    }

    /**
     * The organisation switched its catalogue release: every open initiative computes its scoping against
     * the new release; its history names the release change as the cause and lists the items that came
     * and went, and approvals whose basis changed turn stale. Closed initiatives keep the scoping they
     * were closed with. After commit, through the event publication registry (ADR 024, ADR 027); safe to
     * run twice, since an initiative already scoped against the new release is skipped.
     */
    @ApplicationModuleListener
    void releaseSwitched(ActiveReleaseSwitched switched) {
        UUID organizationId = switched.organizationId();
        for (UUID id : records.openIn(organizationId)) {
            Initiative initiative = find(organizationId, id);
            Basis basisBefore = DecisionBasis.of(initiative);
            ScopingSnapshot scopingBefore = initiative.scoping();
            ScopingDiff diff = rescope(initiative, assets.assetsOf(organizationId, initiative.assetIds()));
            if (initiative.scoping().equals(scopingBefore)) {
                continue;
            }
            Initiative saved = save(initiative);
            keepHistory(saved, switched.actor(), List.of(CATALOG_RELEASE), diff);
            events.publishEvent(new InitiativeRescoped(
                    organizationId,
                    switched.actor(),
                    saved.id(),
                    summary(diff),
                    null,
                    List.of(),
                    Map.of("before", switched.fromReleaseId(), "after", switched.toReleaseId())));
            announceBasis(saved, basisBefore);
        }
    }

    /** The cause a release switch is named by in scoping histories and in the rescoped event's facts. */
    public static final String CATALOG_RELEASE = "catalogRelease";

    /** The fields of the organisation's profile that scoping reads (the candidates' scopings read them too). */
    public static final List<String> PROFILE_FACTS =
            List.of("largeCompanyWithBoard", "listed", "sectors", "criticalInfrastructure");

    private Map<Gate, GateStatus> withConditions(Initiative initiative, Map<Gate, GateStatus> statuses) {
        Map<Gate, List<GateCondition>> conditions = gateConditions.of(initiative);
        Map<Gate, GateStatus> completed = new java.util.EnumMap<>(Gate.class);
        statuses.forEach(
                (gate, status) -> completed.put(gate, status.withConditions(conditions.getOrDefault(gate, List.of()))));
        return completed;
    }

    /** Gate statuses from the decisions on the initiative. */
    private Map<Gate, GateStatus> statuses(Initiative initiative) {
        List<Decision> onInitiative = gateDecisions.of(initiative.organizationId(), initiative.id());
        return GateRules.evaluate(onInitiative, initiative.yearStartedAt());
    }

    private List<InitiativeRow> rows(UUID organizationId, InitiativeQuery query) {
        Map<UUID, Long> overdue = overdueCounts(organizationId);
        return completed(organizationId, queries.rows(organizationId, query, overdue.keySet()), overdue);
    }

    /**
     * How many overdue instructions each initiative has; kept per the organisation's ledger head and today
     * (ADR 048), since an instruction changes only with an entry in the ledger and falls overdue with the day.
     */
    private Map<UUID, Long> overdueCounts(UUID organizationId) {
        LocalDate today = instructions.today(organizationId);
        OptionalLong head = keptReads.head(organizationId);
        if (head.isEmpty()) {
            return countOverdue(organizationId, today);
        }
        return overdueKept.get(
                List.of(organizationId, head.getAsLong(), today), key -> countOverdue(organizationId, today));
    }

    private Map<UUID, Long> countOverdue(UUID organizationId, LocalDate today) {
        return Map.copyOf(instructions.overdue(organizationId, today).stream()
                .filter(instruction -> InitiativeChange.INITIATIVE.equals(instruction.subjectType()))
                .collect(Collectors.groupingBy(Instruction::subjectId, Collectors.counting())));
    }

    /** Adds the owners' names, the overdue counts and the gate progress: one query each for the whole list. */
    private List<InitiativeRow> completed(UUID organizationId, List<InitiativeRow> rows, Map<UUID, Long> overdue) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, String> names = members.names(
                organizationId,
                rows.stream().map(InitiativeRow::businessOwnerId).toList());
        Map<UUID, List<Decision>> decided = gateDecisions.of(
                organizationId, rows.stream().map(InitiativeRow::id).toList());
        Map<UUID, Map<Gate, List<GateCondition>>> conditions = gateConditions.of(
                organizationId,
                rows.stream()
                        .filter(row -> !row.phase().closed())
                        .map(row -> new GateSubject(organizationId, row.id(), row.phase()))
                        .toList());
        return rows.stream()
                .map(row -> row.completed(
                        names.getOrDefault(row.businessOwnerId(), "—"),
                        overdue.getOrDefault(row.id(), 0L).intValue(),
                        progress(
                                row,
                                decided.getOrDefault(row.id(), List.of()),
                                conditions.getOrDefault(row.id(), Map.of()))))
                .toList();
    }

    private static GateProgress progress(
            InitiativeRow row, List<Decision> onInitiative, Map<Gate, List<GateCondition>> conditions) {
        if (row.phase().closed()) {
            return GateProgress.NONE;
        }
        Set<Gate> gates = GateProgress.gatesOf(row.phase(), row.branch(), row.tradeSecretApplies());
        Map<Gate, GateStatus> statuses = new java.util.EnumMap<>(Gate.class);
        for (Gate gate : gates) {
            statuses.put(
                    gate,
                    GateRules.evaluate(gate, onInitiative, row.yearStartedAt())
                            .withConditions(conditions.getOrDefault(gate, List.of())));
        }
        return GateProgress.of(gates, statuses);
    }

    private ScopingDiff rescope(Initiative initiative, List<AssetSummary> scoped) {
        ScopingSnapshot before = initiative.scoping();
        ScopingSnapshot after = scope(initiative.organizationId(), initiative.plan(), scoped);
        initiative.rescope(after, categories(scoped), clock.instant());
        return ScopingDiff.between(before, after);
    }

    private ScopingSnapshot scope(UUID organizationId, InitiativePlan plan, List<AssetSummary> scoped) {
        OrganizationProfile profile = profiles.profileOf(organizationId);
        ScopingFacts facts = new ScopingFacts(
                new ScopingFacts.Organization(
                        profile.largeCompanyWithBoard(),
                        profile.listed(),
                        profile.sectors(),
                        profile.criticalInfrastructure()),
                scoped.stream()
                        .map(asset ->
                                new ScopingFacts.Asset(asset.name(), asset.categories(), asset.financialReporting()))
                        .toList(),
                new ScopingFacts.Service(
                        Set.copyOf(plan.dataLocations()),
                        plan.providerHeadquarters(),
                        plan.serviceModel(),
                        Set.of(),
                        null,
                        null,
                        Set.of(),
                        plan.nonResidentAccessValue()));
        return ScopingSnapshot.of(scoping.evaluate(organizationId, facts));
    }

    private void keepHistory(Initiative initiative, Actor actor, List<String> planChanges, ScopingDiff diff) {
        history.append(
                initiative.organizationId(),
                initiative.id(),
                new ScopingChange(
                        UUID.randomUUID(),
                        initiative.updatedAt(),
                        actor.name(),
                        planChanges,
                        false,
                        diff,
                        userId(actor)));
    }

    /** The scoping history, newest first, naming who changed it as they are named now. */
    private List<ScopingChange> namedHistory(UUID organizationId, UUID initiativeId) {
        PeopleNames people = people(organizationId);
        return history.of(organizationId, initiativeId).stream()
                .map(change -> change.naming(people.of(change.changedById(), change.changedBy())))
                .toList();
    }

    /** The user behind an actor; null for the system. */
    private static @Nullable UUID userId(Actor actor) {
        try {
            return UUID.fromString(actor.id());
        } catch (IllegalArgumentException notAUser) {
            return null;
        }
    }

    /**
     * The people of the organisation by id with their names as they read now, for records that name who
     * did something: a change of name or e-mail address shows everywhere at once.
     */
    @Transactional(readOnly = true)
    public PeopleNames people(UUID organizationId) {
        Map<UUID, String> names = new HashMap<>();
        members.everyone(organizationId).forEach(member -> names.put(member.id(), member.signature()));
        return new PeopleNames(names);
    }

    /** When the initiative's facts changed, the approvals whose gate's facts changed become stale. */
    private void announceBasis(Initiative initiative, Basis before) {
        Basis after = DecisionBasis.of(initiative);
        if (!after.equals(before)) {
            decisions.basisChanged(initiative.organizationId(), subject(initiative.id()));
        }
    }

    private void requireBusinessOwner(UUID organizationId, @Nullable UUID ownerId) {
        boolean owner = ownerId != null
                && members.member(organizationId, ownerId)
                        .filter(member -> member.active() && member.roles().contains(Role.BUSINESS_OWNER))
                        .isPresent();
        if (!owner) {
            throw InitiativeRuleViolation.invalid("businessOwnerId", "initiative.error.notBusinessOwner");
        }
    }

    /** The assets of the organisation with these ids; an unknown id, or an archived asset newly added, is refused. */
    private List<AssetSummary> assetsInScope(UUID organizationId, Set<UUID> ids, Set<UUID> alreadyInScope) {
        List<AssetSummary> found = assets.assetsOf(organizationId, ids);
        if (found.size() != ids.size()) {
            throw InitiativeRuleViolation.invalid("assetIds", "initiative.error.unknownAsset");
        }
        for (AssetSummary asset : found) {
            if (asset.archived() && !alreadyInScope.contains(asset.id())) {
                throw InitiativeRuleViolation.invalid("assetIds", "initiative.error.archivedAsset", asset.name());
            }
        }
        return found;
    }

    private static Map<UUID, Set<AssetCategory>> categories(List<AssetSummary> scoped) {
        return scoped.stream().collect(Collectors.toMap(AssetSummary::id, AssetSummary::categories));
    }

    /** What the ledger records of a scoping change: the codes added and removed. */
    private static Map<String, Object> summary(ScopingDiff diff) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("releaseBefore", diff.releaseBefore());
        summary.put("releaseAfter", diff.releaseAfter());
        summary.put(
                "sectionsAdded",
                diff.sectionsAdded().stream()
                        .map(entry -> entry.section().name())
                        .toList());
        summary.put(
                "sectionsRemoved",
                diff.sectionsRemoved().stream()
                        .map(entry -> entry.section().name())
                        .toList());
        summary.put(
                "itemsAdded",
                diff.itemsAdded().stream()
                        .map(ScopingSnapshot.ItemEntry::itemId)
                        .toList());
        summary.put(
                "itemsRemoved",
                diff.itemsRemoved().stream()
                        .map(ScopingSnapshot.ItemEntry::itemId)
                        .toList());
        return summary;
    }

    /** For the ledger: which decisions opened the gates of a move. */
    private static Map<String, Object> approvalsOf(List<Gate> required, Map<Gate, GateStatus> statuses) {
        Map<String, Object> approvals = new LinkedHashMap<>();
        for (Gate gate : required) {
            GateStatus status = statuses.get(gate);
            approvals.put(
                    gate.name(),
                    status.approval() != null
                            ? status.approval().id().toString()
                            : status.decisions().stream()
                                    .filter(Decision::approved)
                                    .map(decision -> decision.id().toString())
                                    .toList());
        }
        return approvals;
    }

    /**
     * The initiative to be shown, not changed: one statement for its version, the aggregate's statements
     * only when it changed since it was last read.
     */
    private Initiative read(UUID organizationId, UUID id) {
        Long version = queries.version(organizationId, id)
                .orElseThrow(() -> new NotFoundException(InitiativeChange.INITIATIVE, id));
        List<Object> key = List.of(organizationId, id, version);
        Initiative kept = readOnly.getIfPresent(key);
        if (kept != null) {
            return kept;
        }
        Initiative loaded = find(organizationId, id);
        if (version.equals(loaded.version())) {
            readOnly.put(key, loaded);
        }
        return loaded;
    }

    private Initiative find(UUID organizationId, UUID id) {
        return records.findByIdAndOrganizationId(id, organizationId)
                .orElseThrow(() -> new NotFoundException(InitiativeChange.INITIATIVE, id));
    }

    private Initiative save(Initiative initiative) {
        try {
            return records.save(initiative);
        } catch (OptimisticLockingFailureException concurrentChange) {
            throw InitiativeRuleViolation.stale();
        }
    }
}
