package io.mekiki.comparison;

import io.mekiki.assessment.Answer;
import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.Assessment;
import io.mekiki.assessment.Assessments;
import io.mekiki.assessment.FindingSummary;
import io.mekiki.assessment.Findings;
import io.mekiki.assets.InHouseFacts;
import io.mekiki.assets.InformationAssets;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.Section;
import io.mekiki.comparison.Comparison.BlockingGap;
import io.mekiki.comparison.Comparison.Column;
import io.mekiki.comparison.Comparison.Costs;
import io.mekiki.comparison.Comparison.CriterionScore;
import io.mekiki.comparison.Comparison.InHouseBasis;
import io.mekiki.comparison.Comparison.KpiFit;
import io.mekiki.comparison.Comparison.KpiRef;
import io.mekiki.comparison.Comparison.SectionConformance;
import io.mekiki.comparison.internal.ComparisonStore;
import io.mekiki.comparison.internal.ComparisonStore.Cost;
import io.mekiki.comparison.internal.ComparisonStore.Fit;
import io.mekiki.comparison.internal.ComparisonStore.Score;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.Kpi;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChange;
import io.mekiki.selection.CandidateChoices;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comparison of an initiative's candidates and of keeping the work in-house: everyone in the
 * organisation reads; risk officers and executives set the criteria, score, enter costs and rate KPI fit,
 * while the initiative is in preparation or selection (ADR 031).
 */
@Service
public class Comparisons {

    /** Who edits the comparison: risk officers and executives (business owners and auditors read). */
    public static final String EDITORS = "hasAnyRole('RISK_OFFICER', 'EXECUTIVE')";

    /** The key of the in-house column, in paths and in the stored scores. */
    public static final String IN_HOUSE = "in-house";

    public static final int NAME_MAX = 100;
    public static final int STEP_MAX = 200;
    public static final int COMMENT_MAX = 2000;
    public static final int CRITERIA_MAX = 30;
    /** The widest scale: 0–10 at most, so that each step can be described. */
    public static final int SCALE_STEPS_MAX = 10;
    /** The largest cost accepted, in yen (one trillion). */
    public static final long COST_MAX = 1_000_000_000_000L;
    /** The check-item weight that makes a gap blocking. */
    public static final int BLOCKING_WEIGHT = 5;

    /**
     * The starting set an editor may adopt and change: one criterion per group, scale 1–5, weights summing to
     * 100. Names and steps are message keys ({@code comparison.starter.<GROUP>}, {@code comparison.starter.step.<n>}).
     */
    public static final List<Starter> STARTER = List.of(
            new Starter(CriterionGroup.BUSINESS_HEALTH, 20),
            new Starter(CriterionGroup.SERVICE_LEVEL, 20),
            new Starter(CriterionGroup.INFORMATION_SECURITY, 30),
            new Starter(CriterionGroup.TERMS_OF_USE, 15),
            new Starter(CriterionGroup.COST, 15));

    private final ComparisonStore store;
    private final Initiatives initiatives;
    private final Candidates candidates;
    private final Assessments assessments;
    private final Findings findings;
    private final CandidateChoices choices;
    private final InformationAssets assets;
    private final CatalogReleases releases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Comparisons(
            ComparisonStore store,
            Initiatives initiatives,
            Candidates candidates,
            Assessments assessments,
            Findings findings,
            CandidateChoices choices,
            InformationAssets assets,
            CatalogReleases releases,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.candidates = candidates;
        this.assessments = assessments;
        this.findings = findings;
        this.choices = choices;
        this.assets = assets;
        this.releases = releases;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The initiative's comparison as it reads now.
     *
     * @throws NotFoundException when the initiative is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public Comparison comparison(SignedInUser user, UUID initiativeId) {
        return comparisonOf(initiatives.initiative(user, initiativeId));
    }

    /** The initiative's criteria set (version 0 while none was saved). */
    @Transactional(readOnly = true)
    public CriteriaSet criteria(SignedInUser user, UUID initiativeId) {
        initiatives.initiative(user, initiativeId);
        return store.criteria(user.organizationId(), initiativeId);
    }

    /**
     * Saves the initiative's criteria as a whole over the version read. Criteria sent with the id of one of
     * the set keep it and their scores; the others' scores go with them, as do scores outside a new scale.
     *
     * @throws RuleViolationException 400 naming {@code criteria}, {@code weights} (not summing to 100) or
     *     {@code criteria[i].name|group|weight|scaleMin|scaleMax|steps}; 409 when the set changed since
     *     {@code versionRead} or the initiative is past selection
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public CriteriaSet saveCriteria(
            SignedInUser user, UUID initiativeId, @Nullable Long versionRead, List<CriterionInput> inputs) {
        Initiative initiative = editable(user, initiativeId);
        CriteriaSet current = store.criteria(user.organizationId(), initiativeId);
        Set<UUID> known = current.criteria().stream().map(Criterion::id).collect(Collectors.toSet());
        List<Criterion> criteria = CriteriaRules.check(inputs, known);
        long read = versionRead == null ? 0 : versionRead;
        int dropped = store.save(user.organizationId(), initiativeId, read, criteria, user.userId(), clock.instant());
        if (dropped < 0) {
            throw RuleViolationException.conflict("comparison.error.criteriaStale");
        }
        CriteriaSet saved = store.criteria(user.organizationId(), initiativeId);
        events.publishEvent(new SelectionCriteriaSaved(
                user.organizationId(), user.actor(), initiativeId, saved.version(), saved.criteria(), dropped));
        initiatives.gateFactsChanged(user.organizationId(), initiative.id(), user.actor());
        return saved;
    }

    /**
     * Scores a column (an open candidate's id, or {@value #IN_HOUSE}) on a criterion of the set.
     *
     * @throws NotFoundException when the initiative, the column or the criterion is not there
     * @throws RuleViolationException 400 naming {@code score} (missing or outside the criterion's scale) or
     *     {@code comment}; 409 when the candidate is withdrawn or the initiative is past selection
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Column score(
            SignedInUser user,
            UUID initiativeId,
            String column,
            UUID criterionId,
            @Nullable Integer score,
            @Nullable String comment) {
        Initiative initiative = editable(user, initiativeId);
        String name = columnName(user, initiativeId, column);
        Criterion criterion = store.criteria(user.organizationId(), initiativeId).criteria().stream()
                .filter(found -> found.id().equals(criterionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("CRITERION", criterionId));
        if (score == null || !criterion.inScale(score)) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE,
                    "score",
                    "comparison.error.outOfScale",
                    criterion.scaleMin(),
                    criterion.scaleMax());
        }
        String text = comment(comment);
        Optional<Integer> before = store.score(
                user.organizationId(),
                initiativeId,
                new Score(key(column), criterionId, score, text, user.userId(), clock.instant()));
        events.publishEvent(new CriterionScored(
                user.organizationId(),
                user.actor(),
                initiativeId,
                key(column),
                name,
                criterionId,
                criterion.name(),
                before.orElse(null),
                score));
        initiatives.gateFactsChanged(user.organizationId(), initiative.id(), user.actor());
        return column(comparisonOf(initiative), key(column));
    }

    /**
     * Enters a candidate's initial and monthly costs in yen.
     *
     * @throws RuleViolationException 400 naming {@code initialCost} or {@code monthlyCost} (missing, negative
     *     or above {@value #COST_MAX}); 409 when the candidate is withdrawn or the initiative is past selection
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Column enterCosts(
            SignedInUser user,
            UUID initiativeId,
            UUID candidateId,
            @Nullable Long initialCost,
            @Nullable Long monthlyCost) {
        Initiative initiative = editable(user, initiativeId);
        String name = columnName(user, initiativeId, candidateId.toString());
        long initial = cost("initialCost", initialCost);
        long monthly = cost("monthlyCost", monthlyCost);
        store.cost(
                user.organizationId(),
                initiativeId,
                new Cost(candidateId, initial, monthly, user.userId(), clock.instant()));
        events.publishEvent(new CostsEntered(
                user.organizationId(), user.actor(), initiativeId, candidateId, name, initial, monthly));
        initiatives.gateFactsChanged(user.organizationId(), initiative.id(), user.actor());
        return column(comparisonOf(initiative), candidateId.toString());
    }

    /**
     * Rates how a column fits one of the initiative's KPIs.
     *
     * @throws NotFoundException when the initiative, the column or the KPI is not there
     * @throws RuleViolationException 400 naming {@code fit} or {@code comment}; 409 when the candidate is
     *     withdrawn or the initiative is past selection
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Column rateKpiFit(
            SignedInUser user,
            UUID initiativeId,
            String column,
            UUID kpiId,
            @Nullable String fit,
            @Nullable String comment) {
        Initiative initiative = editable(user, initiativeId);
        String name = columnName(user, initiativeId, column);
        Kpi kpi = initiative.kpis().stream()
                .filter(found -> found.kpiId().equals(kpiId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("KPI", kpiId));
        KpiFitRating rating;
        try {
            rating = KpiFitRating.valueOf(fit == null ? "" : fit.strip());
        } catch (IllegalArgumentException outside) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE,
                    "fit",
                    "comparison.error.notInList",
                    Arrays.stream(KpiFitRating.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        String text = comment(comment);
        store.fit(
                user.organizationId(),
                initiativeId,
                new Fit(key(column), kpiId, rating, text, user.userId(), clock.instant()));
        events.publishEvent(new KpiFitRated(
                user.organizationId(), user.actor(), initiativeId, key(column), name, kpiId, kpi.name(), rating));
        initiatives.gateFactsChanged(user.organizationId(), initiative.id(), user.actor());
        return column(comparisonOf(initiative), key(column));
    }

    /**
     * Scores a column on several criteria at once (the page's form), in one transaction: each entry whose
     * score or comment differs from the stored one is written as {@link #score} writes it; a refusal of one
     * writes none.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Column scoreColumn(SignedInUser user, UUID initiativeId, String column, Map<UUID, ScoreInput> scores) {
        editable(user, initiativeId);
        columnName(user, initiativeId, column);
        Comparison comparison = comparison(user, initiativeId);
        for (Criterion criterion : comparison.criteria().criteria()) {
            ScoreInput input = scores.get(criterion.id());
            if (input == null
                    || (input.score() == null
                            && (input.comment() == null || input.comment().isBlank()))) {
                continue;
            }
            CriterionScore now = comparison.columns().stream()
                    .filter(found -> found.key().equals(key(column)))
                    .findFirst()
                    .map(found -> found.scoreOn(criterion.id()))
                    .orElse(null);
            boolean same = now != null
                    && java.util.Objects.equals(now.score(), input.score())
                    && now.comment()
                            .equals(
                                    input.comment() == null
                                            ? ""
                                            : input.comment().strip());
            if (!same) {
                score(user, initiativeId, column, criterion.id(), input.score(), input.comment());
            }
        }
        return column(comparisonOf(initiatives.initiative(user, initiativeId)), key(column));
    }

    /** Rates a column's fit with several KPIs at once (the page's form); entries without a rating are skipped. */
    @Transactional
    @PreAuthorize(EDITORS)
    public Column rateColumn(SignedInUser user, UUID initiativeId, String column, Map<UUID, FitInput> fits) {
        editable(user, initiativeId);
        columnName(user, initiativeId, column);
        Comparison comparison = comparison(user, initiativeId);
        for (KpiRef kpi : comparison.kpis()) {
            FitInput input = fits.get(kpi.kpiId());
            if (input == null || input.fit() == null || input.fit().isBlank()) {
                continue;
            }
            KpiFit now = comparison.columns().stream()
                    .filter(found -> found.key().equals(key(column)))
                    .findFirst()
                    .map(found -> found.fitOn(kpi.kpiId()))
                    .orElse(null);
            boolean same = now != null
                    && now.fit() != null
                    && now.fit().name().equals(input.fit().strip())
                    && now.comment()
                            .equals(
                                    input.comment() == null
                                            ? ""
                                            : input.comment().strip());
            if (!same) {
                rateKpiFit(user, initiativeId, column, kpi.kpiId(), input.fit(), input.comment());
            }
        }
        return column(comparisonOf(initiatives.initiative(user, initiativeId)), key(column));
    }

    /** A score and its comment as a form or a client sends them. */
    public record ScoreInput(
            @Nullable Integer score, @Nullable String comment) {}

    /** A KPI fit and its comment as a form or a client sends them. */
    public record FitInput(@Nullable String fit, @Nullable String comment) {}

    private Initiative editable(SignedInUser user, UUID initiativeId) {
        Initiative initiative = initiatives.initiative(user, initiativeId);
        if (!Candidates.CHOOSING.contains(initiative.phase())) {
            throw RuleViolationException.conflict("comparison.error.notChoosing");
        }
        // the provider-selection decision closes the scores with the answers, until the assessments are reopened
        assessments.requireOpenForChange(user.organizationId(), initiativeId);
        return initiative;
    }

    /** The column's name; 404 for a column that is not the initiative's, 409 for a withdrawn candidate. */
    private String columnName(SignedInUser user, UUID initiativeId, String column) {
        if (IN_HOUSE.equals(key(column))) {
            return IN_HOUSE;
        }
        UUID candidateId;
        try {
            candidateId = UUID.fromString(column);
        } catch (IllegalArgumentException notAnId) {
            throw new NotFoundException(CandidateChange.CANDIDATE, column);
        }
        Candidate candidate = candidates
                .candidate(user, candidateId)
                .filter(found -> found.initiativeId().equals(initiativeId))
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
        if (!candidate.open()) {
            throw RuleViolationException.conflict("comparison.error.withdrawn");
        }
        return candidate.facts().serviceName();
    }

    private static String key(String column) {
        return IN_HOUSE.equalsIgnoreCase(column.strip())
                ? IN_HOUSE
                : column.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String comment(@Nullable String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.length() > COMMENT_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "comment", "comparison.error.tooLong", COMMENT_MAX);
        }
        return text;
    }

    private static long cost(String field, @Nullable Long value) {
        if (value == null || value < 0 || value > COST_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, field, "comparison.error.cost", COST_MAX);
        }
        return value;
    }

    private static Column column(Comparison comparison, String key) {
        return comparison.columns().stream()
                .filter(column -> column.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    /** The comparison of an initiative read by a module that acts on its own (the gates, the demo). */
    @Transactional(readOnly = true)
    public Optional<Comparison> comparisonOf(UUID organizationId, UUID initiativeId) {
        return initiatives.initiativeOf(organizationId, initiativeId).map(this::comparisonOf);
    }

    private Comparison comparisonOf(Initiative initiative) {
        UUID organizationId = initiative.organizationId();
        CriteriaSet criteria = store.criteria(organizationId, initiative.id());
        Map<String, Map<UUID, Score>> scores = new HashMap<>();
        store.scores(organizationId, initiative.id())
                .forEach(score -> scores.computeIfAbsent(score.column(), key -> new HashMap<>())
                        .put(score.criterionId(), score));
        Map<UUID, Cost> costs = store.costs(organizationId, initiative.id()).stream()
                .collect(Collectors.toMap(Cost::candidateId, cost -> cost));
        Map<String, Map<UUID, Fit>> fits = new HashMap<>();
        store.fits(organizationId, initiative.id())
                .forEach(fit -> fits.computeIfAbsent(fit.column(), key -> new HashMap<>())
                        .put(fit.kpiId(), fit));
        List<Kpi> kpis = initiative.kpis();

        Map<UUID, FindingSummary> summaries = findings.summaries(organizationId, initiative.id());
        Optional<UUID> chosen = choices.chosenOf(organizationId, initiative.id());

        List<Column> columns = new ArrayList<>();
        Map<String, Optional<CatalogRelease>> releaseCache = new HashMap<>();
        // the open candidates read once, not again one by one for each assessment
        Map<UUID, Candidate> open = candidates.openOf(organizationId, initiative.id()).stream()
                .collect(Collectors.toMap(Candidate::id, candidate -> candidate));
        for (Assessment assessment : assessments.openOf(organizationId, initiative.id())) {
            Candidate candidate = open.get(assessment.candidateId());
            if (candidate == null) {
                continue; // withdrawn between the two reads
            }
            String key = candidate.id().toString();
            CatalogRelease release = releaseCache
                    .computeIfAbsent(assessment.release(), id -> release(organizationId, id))
                    .orElse(null);
            Cost cost = costs.get(candidate.id());
            FindingSummary summary = summaries.get(candidate.id());
            columns.add(new Column(
                    key,
                    candidate.id(),
                    candidate.serviceId(),
                    false,
                    chosen.filter(candidate.id()::equals).isPresent(),
                    candidate.facts().serviceName(),
                    candidate.facts().providerName(),
                    weighted(criteria, scores.get(key)),
                    scored(criteria, scores.get(key)),
                    criterionScores(criteria, scores.get(key)),
                    conformance(assessment),
                    blockingGaps(assessment, release),
                    cost == null ? Costs.none() : Scoring.candidate(cost.initialCost(), cost.monthlyCost()),
                    kpiFit(kpis, fits.get(key)),
                    summary == null
                            ? null
                            : new Comparison.OpenFindings(
                                    summary.open(), summary.openBlocking(), summary.residualScore()),
                    null));
        }
        List<InHouseFacts> inHouse = assets.inHouse(organizationId, initiative.assetIds());
        long annual = inHouse.stream()
                .map(InHouseFacts::currentAnnualCost)
                .filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue)
                .sum();
        InHouseBasis basis = new InHouseBasis(
                inHouse.stream()
                        .map(asset -> new InHouseBasis.Asset(
                                asset.id(),
                                asset.name(),
                                asset.currentControls(),
                                asset.currentAnnualCost(),
                                asset.currentServiceLevel()))
                        .toList(),
                annual,
                inHouse.stream()
                        .filter(asset -> asset.currentAnnualCost() == null)
                        .map(InHouseFacts::name)
                        .toList());
        columns.add(new Column(
                IN_HOUSE,
                null,
                null,
                true,
                false,
                IN_HOUSE,
                null,
                weighted(criteria, scores.get(IN_HOUSE)),
                scored(criteria, scores.get(IN_HOUSE)),
                criterionScores(criteria, scores.get(IN_HOUSE)),
                List.of(),
                List.of(),
                Scoring.inHouse(annual),
                kpiFit(kpis, fits.get(IN_HOUSE)),
                null,
                basis));
        return new Comparison(
                initiative.id(),
                initiative.title(),
                initiative.phase(),
                Candidates.CHOOSING.contains(initiative.phase()),
                criteria,
                kpis.stream()
                        .map(kpi -> new KpiRef(kpi.kpiId(), kpi.name(), kpi.unit()))
                        .toList(),
                columns);
    }

    private Optional<CatalogRelease> release(UUID organizationId, String releaseId) {
        try {
            return Optional.of(releases.release(organizationId, releaseId));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    private static BigDecimal weighted(CriteriaSet criteria, @Nullable Map<UUID, Score> scores) {
        Map<UUID, Integer> values = new HashMap<>();
        if (scores != null) {
            scores.forEach((criterion, score) -> values.put(criterion, score.score()));
        }
        return Scoring.weighted(criteria.criteria(), values);
    }

    private static int scored(CriteriaSet criteria, @Nullable Map<UUID, Score> scores) {
        if (scores == null) {
            return 0;
        }
        return (int) criteria.criteria().stream()
                .filter(criterion -> scores.containsKey(criterion.id()))
                .count();
    }

    private static List<CriterionScore> criterionScores(CriteriaSet criteria, @Nullable Map<UUID, Score> scores) {
        List<CriterionScore> all = new ArrayList<>();
        for (Criterion criterion : criteria.criteria()) {
            Score score = scores == null ? null : scores.get(criterion.id());
            all.add(
                    score == null
                            ? new CriterionScore(criterion.id(), null, "", BigDecimal.ZERO.setScale(1))
                            : new CriterionScore(
                                    criterion.id(),
                                    score.score(),
                                    score.comment(),
                                    Scoring.round(Scoring.points(criterion, score.score()))));
        }
        return all;
    }

    /** Per section of the assessment: met of the items that apply (less "not applicable"), answered, gaps. */
    static List<SectionConformance> conformance(Assessment assessment) {
        Map<Section, int[]> counts = new EnumMap<>(Section.class);
        for (Assessment.Entry entry : assessment.entries()) {
            int[] count = counts.computeIfAbsent(entry.section(), section -> new int[2]);
            Answer answer = entry.answer();
            if (answer != null && answer.status() == AnswerStatus.MEETS) {
                count[0]++;
            }
            if (answer != null && answer.status() == AnswerStatus.NOT_APPLICABLE) {
                count[1]++;
            }
        }
        return assessment.progress().stream()
                .map(progress -> {
                    int[] count = counts.getOrDefault(progress.section(), new int[2]);
                    int applicable = progress.total() - count[1];
                    return new SectionConformance(
                            progress.section(),
                            count[0],
                            applicable,
                            progress.answered(),
                            progress.total(),
                            progress.gaps(),
                            applicable == 0 ? null : Math.round(100f * count[0] / applicable));
                })
                .toList();
    }

    private static List<BlockingGap> blockingGaps(Assessment assessment, @Nullable CatalogRelease release) {
        if (release == null) {
            return List.of();
        }
        Map<String, CheckItem> items = new HashMap<>();
        release.items().forEach(item -> items.put(item.id(), item));
        return assessment.entries().stream()
                .filter(entry ->
                        entry.answer() != null && entry.answer().status().gap())
                .filter(entry -> {
                    CheckItem item = items.get(entry.itemId());
                    return item != null && item.weight() >= BLOCKING_WEIGHT;
                })
                .map(entry -> new BlockingGap(
                        entry.itemId(), entry.section(), entry.answer().status()))
                .toList();
    }

    private static List<KpiFit> kpiFit(List<Kpi> kpis, @Nullable Map<UUID, Fit> fits) {
        return kpis.stream()
                .map(kpi -> {
                    Fit fit = fits == null ? null : fits.get(kpi.kpiId());
                    return fit == null
                            ? new KpiFit(kpi.kpiId(), null, "")
                            : new KpiFit(kpi.kpiId(), fit.fit(), fit.comment());
                })
                .toList();
    }

    /** A criterion of the starting set: its group and weight; its name and steps come from the messages. */
    public record Starter(CriterionGroup group, int weight) {

        public static final int SCALE_MIN = 1;
        public static final int SCALE_MAX = 5;

        public String nameKey() {
            return "comparison.starter." + group.name();
        }
    }
}
