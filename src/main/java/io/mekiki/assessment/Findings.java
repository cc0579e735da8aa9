package io.mekiki.assessment;

import io.mekiki.assessment.internal.FindingStore;
import io.mekiki.assets.AssetSummary;
import io.mekiki.assets.InformationAssets;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.CheckItem;
import io.mekiki.catalog.CloudRisk;
import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionOutcome;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.NewDecision;
import io.mekiki.decision.Subject;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.Initiatives;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChange;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.Actor;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.UnknownReferenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The findings (指摘事項) of the candidates' assessments and the risk view (ADR 030): a gap on a blocking item
 * becomes a finding when it is answered, risk officers and executives raise others by hand on any gap and set
 * their dispositions; everyone in the organisation reads. A finding is resolved (and kept) when its item's
 * answer meets or does not apply.
 */
@Service
public class Findings {

    /** Who raises findings and sets dispositions: risk officers and executives. */
    public static final String DISPOSERS = Assessments.EDITORS;

    /** The catalogue weight from which an item is blocking: 5, the catalogue's "critical". */
    public static final int BLOCKING_WEIGHT = 5;

    /** The topic of the executive decision that accepts a finding. */
    public static final String ACCEPTANCE = "FINDING_ACCEPTANCE";

    public static final int TEXT_MAX = 4000;

    private final FindingStore store;
    private final Assessments assessments;
    private final Candidates candidates;
    private final CatalogReleases releases;
    private final Initiatives initiatives;
    private final InformationAssets assets;
    private final Decisions decisions;
    private final PeopleDirectory people;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Findings(
            FindingStore store,
            Assessments assessments,
            Candidates candidates,
            CatalogReleases releases,
            Initiatives initiatives,
            InformationAssets assets,
            Decisions decisions,
            PeopleDirectory people,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.assessments = assessments;
        this.candidates = candidates;
        this.releases = releases;
        this.initiatives = initiatives;
        this.assets = assets;
        this.decisions = decisions;
        this.people = people;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Whether an item of this weight is blocking. */
    public static boolean blocking(int weight) {
        return weight >= BLOCKING_WEIGHT;
    }

    /**
     * The candidate's findings, those not resolved first.
     *
     * @throws NotFoundException when the candidate is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public List<Finding> findings(SignedInUser user, UUID candidateId) {
        Candidate candidate = find(user, candidateId);
        return read(user.organizationId(), List.of(candidate), store.ofCandidate(user.organizationId(), candidateId));
    }

    /** @throws NotFoundException when the candidate or the finding (of that candidate) is not the organisation's */
    @Transactional(readOnly = true)
    public Finding finding(SignedInUser user, UUID candidateId, UUID findingId) {
        Candidate candidate = find(user, candidateId);
        return read(user.organizationId(), List.of(candidate), List.of(findRow(user, candidate, findingId)))
                .get(0);
    }

    /**
     * The findings of a candidate that are open and on a blocking item that still applies to it (what stops it
     * from being chosen and the selection gates).
     */
    @Transactional(readOnly = true)
    public List<Finding> openBlocking(UUID organizationId, UUID candidateId) {
        Optional<Candidate> candidate = candidates.candidateOf(organizationId, candidateId);
        if (candidate.isEmpty()) {
            return List.of();
        }
        Set<String> applicable = Set.copyOf(candidate.get().scoping().itemIds());
        return read(organizationId, List.of(candidate.get()), store.ofCandidate(organizationId, candidateId)).stream()
                .filter(Finding::openBlocking)
                .filter(finding -> applicable.contains(finding.itemId()))
                .toList();
    }

    /** The findings of the initiative's open candidates, for the gates (read as they stand now). */
    @Transactional(readOnly = true)
    public List<Finding> ofOpenCandidates(UUID organizationId, UUID initiativeId) {
        List<Candidate> open = candidates.openOf(organizationId, initiativeId);
        return read(
                organizationId,
                open,
                store.ofCandidates(
                        organizationId, open.stream().map(Candidate::id).toList()));
    }

    /**
     * Raises a finding by hand on a gap of the candidate's assessment (any item whose answer is a gap).
     *
     * @throws RuleViolationException 400 naming {@code itemId} (not applicable, or no gap) or {@code note} (too
     *     long); 409 when the candidate is withdrawn or the item has a finding not resolved yet
     */
    @Transactional
    @PreAuthorize(DISPOSERS)
    public Finding raise(SignedInUser user, UUID candidateId, @Nullable String itemId, @Nullable String note) {
        Candidate candidate = find(user, candidateId);
        String item = itemId == null ? "" : itemId.strip();
        if (!candidate.scoping().itemIds().contains(item)) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "itemId", "assessment.error.itemNotApplicable", item);
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > TEXT_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "note", "assessment.error.tooLong", TEXT_MAX);
        }
        Optional<Answer> answer = assessments.assessment(user, candidateId).entries().stream()
                .filter(entry -> entry.itemId().equals(item))
                .findFirst()
                .map(Assessment.Entry::answer);
        if (answer.isEmpty() || !answer.get().status().gap()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "itemId", "finding.error.noGap", item);
        }
        if (!candidate.open()) {
            throw RuleViolationException.conflict("assessment.error.withdrawn");
        }
        int weight = weight(candidate, item);
        Finding raised = newFinding(
                candidate,
                item,
                FindingOrigin.MANUAL,
                blocking(weight),
                answer.get().status(),
                text,
                user.userId());
        if (!store.insert(user.organizationId(), raised)) {
            throw RuleViolationException.conflict("finding.error.alreadyRaised", item);
        }
        published(user.organizationId(), user.actor(), raised);
        initiatives.gateFactsChanged(user.organizationId(), candidate.initiativeId(), user.actor());
        return finding(user, candidateId, raised.id());
    }

    /**
     * Sets the finding's disposition. ACCEPT needs a {@code rationale} and counts once an executive approved the
     * decision on the finding (a risk officer's disposition requests it at once); MITIGATE needs {@code action},
     * {@code ownerId} (a person of the organisation) and {@code dueDate}; EXCLUDE needs a {@code rationale} and
     * withdraws the candidate with the finding as the reason.
     *
     * @throws RuleViolationException 400 naming the field; 409 when the finding changed since {@code version},
     *     is resolved, or its candidate is withdrawn
     */
    @Transactional
    @PreAuthorize(DISPOSERS)
    public Finding dispose(SignedInUser user, UUID candidateId, UUID findingId, DispositionInput input) {
        Candidate candidate = find(user, candidateId);
        Finding finding = findRow(user, candidate, findingId);
        FindingDisposition disposition = parse(input.disposition());
        String rationale = text(input.rationale(), "rationale");
        String action = null;
        UUID owner = null;
        LocalDate due = null;
        if (disposition == FindingDisposition.MITIGATE) {
            action = required(text(input.action(), "action"), "action");
            owner = owner(user, input.ownerId());
            due = date(input.dueDate());
            rationale = null;
        } else {
            required(rationale, "rationale");
        }
        if (finding.resolvedAt() != null) {
            throw RuleViolationException.conflict("finding.error.resolved");
        }
        if (!candidate.open()) {
            throw RuleViolationException.conflict("assessment.error.withdrawn");
        }
        long versionRead = input.version() == null ? -1 : input.version();
        Instant now = clock.instant();
        if (!store.dispose(findingId, versionRead, disposition, rationale, action, owner, due, now, user.userId())) {
            throw RuleViolationException.conflict("finding.error.stale");
        }
        UUID organizationId = user.organizationId();
        events.publishEvent(new FindingDisposed(
                organizationId,
                user.actor(),
                findingId,
                candidateId,
                candidate.initiativeId(),
                finding.itemId(),
                disposition,
                rationale,
                action,
                owner,
                due,
                versionRead + 1));
        if (disposition == FindingDisposition.EXCLUDE) {
            candidates.exclude(
                    user,
                    candidateId,
                    messages.getMessage(
                            "finding.exclusionReason", new Object[] {finding.itemId(), rationale}, user.language()));
        }
        Subject subject = subject(findingId);
        decisions.basisChanged(organizationId, subject);
        if (disposition == FindingDisposition.ACCEPT && user.roleNames().contains("RISK_OFFICER")) {
            requestAcceptance(user, candidate, finding, Objects.requireNonNull(rationale));
        }
        initiatives.gateFactsChanged(organizationId, candidate.initiativeId(), user.actor());
        return finding(user, candidateId, findingId);
    }

    /**
     * Marks the finding's mitigation done, with a note.
     *
     * @throws RuleViolationException 400 naming {@code note}; 409 when the finding is not being mitigated, is
     *     done already, or changed since {@code version}
     */
    @Transactional
    @PreAuthorize(DISPOSERS)
    public Finding mitigationDone(
            SignedInUser user, UUID candidateId, UUID findingId, @Nullable String note, @Nullable Long version) {
        Candidate candidate = find(user, candidateId);
        Finding finding = findRow(user, candidate, findingId);
        String text = required(text(note, "note"), "note");
        if (finding.disposition() != FindingDisposition.MITIGATE
                || finding.mitigation() == null
                || finding.mitigation().done()
                || finding.resolvedAt() != null) {
            throw RuleViolationException.conflict("finding.error.notMitigating");
        }
        long versionRead = version == null ? -1 : version;
        if (!store.mitigationDone(findingId, versionRead, text, clock.instant(), user.userId())) {
            throw RuleViolationException.conflict("finding.error.stale");
        }
        events.publishEvent(new FindingMitigationDone(
                user.organizationId(),
                user.actor(),
                findingId,
                candidateId,
                candidate.initiativeId(),
                finding.itemId(),
                text,
                versionRead + 1));
        decisions.basisChanged(user.organizationId(), subject(findingId));
        initiatives.gateFactsChanged(user.organizationId(), candidate.initiativeId(), user.actor());
        return finding(user, candidateId, findingId);
    }

    /**
     * An item was answered: a gap on a blocking item raises a finding when none is pending on it; a gap of
     * another kind is noted on the pending finding; an answer that meets or does not apply resolves it. Runs in
     * the answer's transaction, so the ledger has both or neither.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void answered(AssessmentAnswered answered) {
        UUID organizationId = answered.organizationId();
        Optional<Candidate> found = candidates.candidateOf(organizationId, answered.candidateId());
        if (found.isEmpty()) {
            return;
        }
        Candidate candidate = found.get();
        Optional<Finding> pending = store.unresolved(candidate.id(), answered.itemId());
        AnswerStatus status = answered.status();
        if (status.gap()) {
            if (pending.isPresent()) {
                if (pending.get().gapStatus() != status) {
                    store.gapChanged(pending.get().id(), status);
                    decisions.basisChanged(organizationId, subject(pending.get().id()));
                }
                return;
            }
            int weight = weight(candidate, answered.itemId());
            if (!blocking(weight)) {
                return;
            }
            Finding raised = newFinding(
                    candidate,
                    answered.itemId(),
                    FindingOrigin.AUTOMATIC,
                    true,
                    status,
                    "",
                    userIdOf(answered.actor()));
            if (store.insert(organizationId, raised)) {
                published(organizationId, answered.actor(), raised);
            }
        } else if (pending.isPresent()) {
            store.resolve(pending.get().id(), status, clock.instant());
            events.publishEvent(new FindingResolved(
                    organizationId,
                    answered.actor(),
                    pending.get().id(),
                    candidate.id(),
                    candidate.initiativeId(),
                    answered.itemId(),
                    status));
            decisions.basisChanged(organizationId, subject(pending.get().id()));
        }
    }

    /**
     * The candidate's risk view: the seven cloud risks with the items and findings behind them, rated before and
     * after treatment ({@link RiskMethod}).
     *
     * @throws NotFoundException when the candidate is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public RiskView risks(SignedInUser user, UUID candidateId) {
        Candidate candidate = find(user, candidateId);
        Assessment assessment = assessments.assessment(user, candidateId);
        List<Finding> findings = findings(user, candidateId);
        List<AssetSummary> inScope = assetsInScope(user.organizationId(), candidate.initiativeId());
        return riskView(assessment, release(user.organizationId(), assessment.release()), findings, inScope);
    }

    /**
     * For each open candidate of the initiative, by candidate id: open findings, open blocking findings and the
     * residual risk (single figure and per risk), for the comparison.
     */
    @Transactional(readOnly = true)
    public Map<UUID, FindingSummary> summaries(UUID organizationId, UUID initiativeId) {
        List<Assessment> open = assessments.openOf(organizationId, initiativeId);
        Map<UUID, List<Finding>> byCandidate = ofOpenCandidates(organizationId, initiativeId).stream()
                .collect(Collectors.groupingBy(Finding::candidateId));
        List<AssetSummary> inScope = assetsInScope(organizationId, initiativeId);
        Map<String, Optional<CatalogRelease>> byRelease = new HashMap<>();
        Map<UUID, FindingSummary> summaries = new LinkedHashMap<>();
        for (Assessment assessment : open) {
            Set<String> applicable =
                    assessment.entries().stream().map(Assessment.Entry::itemId).collect(Collectors.toSet());
            List<Finding> findings = byCandidate.getOrDefault(assessment.candidateId(), List.of()).stream()
                    .filter(finding -> applicable.contains(finding.itemId()))
                    .toList();
            RiskView view = riskView(
                    assessment,
                    byRelease.computeIfAbsent(assessment.release(), release -> release(organizationId, release)),
                    findings,
                    inScope);
            Map<CloudRisk, RiskMethod.Rating> ratings = new EnumMap<>(CloudRisk.class);
            view.risks().forEach(risk -> ratings.put(risk.risk(), risk.rating()));
            summaries.put(
                    assessment.candidateId(),
                    new FindingSummary(
                            assessment.candidateId(),
                            (int) findings.stream().filter(Finding::open).count(),
                            (int) findings.stream()
                                    .filter(Finding::openBlocking)
                                    .count(),
                            view.residualScore(),
                            ratings));
        }
        return summaries;
    }

    /** The release of the candidate's scoping, when the organisation still has it. */
    @Transactional(readOnly = true)
    public Optional<CatalogRelease> release(UUID organizationId, String releaseId) {
        try {
            return Optional.of(releases.release(organizationId, releaseId));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    static RiskView riskView(
            Assessment assessment,
            Optional<CatalogRelease> release,
            List<Finding> findings,
            List<AssetSummary> inScope) {
        Map<String, CheckItem> items = new HashMap<>();
        release.ifPresent(found -> found.items().forEach(item -> items.put(item.id(), item)));
        Map<String, Finding> pendingByItem = findings.stream()
                .filter(finding -> finding.resolvedAt() == null)
                .collect(Collectors.toMap(Finding::itemId, Function.identity(), (first, second) -> first));
        int impact = RiskMethod.impact(inScope);
        List<RiskView.Risk> risks = new ArrayList<>();
        for (CloudRisk risk : CloudRisk.values()) {
            List<RiskView.Item> behind = new ArrayList<>();
            for (Assessment.Entry entry : assessment.entries()) {
                CheckItem item = items.get(entry.itemId());
                if (item == null || !item.risks().contains(risk)) {
                    continue;
                }
                Finding finding = pendingByItem.get(entry.itemId());
                RiskMethod.Treatment treatment = finding == null
                        ? RiskMethod.Treatment.NONE
                        : switch (finding.standing()) {
                            case ACCEPTED -> RiskMethod.Treatment.ACCEPTED;
                            case MITIGATED -> RiskMethod.Treatment.MITIGATED;
                            default -> RiskMethod.Treatment.NONE;
                        };
                behind.add(new RiskView.Item(
                        entry.itemId(),
                        item.weight(),
                        entry.answer() == null ? null : entry.answer().status(),
                        treatment));
            }
            RiskMethod.Rating rating = RiskMethod.rate(
                    risk,
                    impact,
                    behind.stream()
                            .map(item -> new RiskMethod.Exposure(item.weight(), item.status(), item.treatment()))
                            .toList());
            Set<String> itemIds = behind.stream().map(RiskView.Item::itemId).collect(Collectors.toSet());
            risks.add(new RiskView.Risk(
                    rating,
                    behind,
                    findings.stream()
                            .filter(finding -> itemIds.contains(finding.itemId()))
                            .toList()));
        }
        return new RiskView(
                assessment.candidateId(),
                assessment.initiativeId(),
                assessment.serviceName(),
                assessment.release(),
                impact,
                inScope.stream()
                        .filter(asset -> !asset.archived())
                        .map(asset -> new RiskView.AssetImpact(
                                asset.name(),
                                asset.assetValue(),
                                asset.riskTolerance(),
                                RiskMethod.impact(asset.assetValue(), asset.riskTolerance())))
                        .toList(),
                risks);
    }

    private List<AssetSummary> assetsInScope(UUID organizationId, UUID initiativeId) {
        return initiatives
                .initiativeOf(organizationId, initiativeId)
                .map(Initiative::assetIds)
                .map(ids -> assets.assetsOf(organizationId, ids))
                .orElse(List.of());
    }

    private void requestAcceptance(SignedInUser user, Candidate candidate, Finding finding, String rationale) {
        Subject subject = subject(finding.id());
        boolean waiting = decisions.ofSubject(user.organizationId(), subject).stream()
                .anyMatch(decision ->
                        decision.topic().equals(ACCEPTANCE) && decision.status() == DecisionStatus.REQUESTED);
        if (waiting) {
            return;
        }
        decisions.request(
                user,
                new NewDecision(
                        subject,
                        ACCEPTANCE,
                        messages.getMessage(
                                "finding.decision.title",
                                new Object[] {
                                    finding.itemId(), candidate.facts().serviceName()
                                },
                                user.language()),
                        rationale,
                        List.of(
                                messages.getMessage("finding.decision.option.accept", null, user.language()),
                                messages.getMessage("finding.decision.option.decline", null, user.language())),
                        List.of(),
                        new Basis(Map.of())));
    }

    /** The rows read with the decision on each and its candidate's state. */
    private List<Finding> read(UUID organizationId, Collection<Candidate> of, List<Finding> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Boolean> open = new HashMap<>();
        of.forEach(candidate -> open.put(candidate.id(), candidate.open()));
        Map<UUID, List<Decision>> byFinding =
                decisions
                        .ofSubjects(
                                organizationId,
                                FindingChange.FINDING,
                                rows.stream().map(Finding::id).toList())
                        .stream()
                        .filter(decision -> decision.topic().equals(ACCEPTANCE))
                        .collect(Collectors.groupingBy(
                                decision -> decision.subject().id()));
        return rows.stream()
                .map(row -> row.with(
                        acceptance(row, byFinding.getOrDefault(row.id(), List.of())),
                        open.getOrDefault(row.candidateId(), true)))
                .toList();
    }

    private static Finding.@Nullable Acceptance acceptance(Finding finding, List<Decision> newestFirst) {
        if (finding.disposition() != FindingDisposition.ACCEPT || finding.disposedAt() == null) {
            return null;
        }
        return newestFirst.stream()
                .filter(decision -> !decision.requestedAt().isBefore(finding.disposedAt()))
                .findFirst()
                .map(decision -> new Finding.Acceptance(decision.id(), state(decision)))
                .orElse(null);
    }

    private static Finding.AcceptanceState state(Decision decision) {
        if (decision.status() == DecisionStatus.REQUESTED) {
            return Finding.AcceptanceState.REQUESTED;
        }
        if (decision.approved()) {
            return decision.stale() ? Finding.AcceptanceState.STALE : Finding.AcceptanceState.APPROVED;
        }
        return decision.outcome() == DecisionOutcome.RETURNED
                ? Finding.AcceptanceState.RETURNED
                : Finding.AcceptanceState.REJECTED;
    }

    private void published(UUID organizationId, Actor actor, Finding raised) {
        events.publishEvent(new FindingRaised(
                organizationId,
                actor,
                raised.id(),
                raised.candidateId(),
                raised.initiativeId(),
                raised.itemId(),
                raised.origin(),
                raised.blocking(),
                raised.gapStatus()));
    }

    private Finding newFinding(
            Candidate candidate,
            String itemId,
            FindingOrigin origin,
            boolean blocking,
            AnswerStatus status,
            String note,
            @Nullable UUID by) {
        return new Finding(
                UUID.randomUUID(),
                candidate.id(),
                candidate.initiativeId(),
                itemId,
                origin,
                blocking,
                status,
                note,
                clock.instant(),
                by,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                candidate.open(),
                1);
    }

    private int weight(Candidate candidate, String itemId) {
        return release(candidate.organizationId(), candidate.scoping().release())
                .flatMap(release -> release.item(itemId))
                .map(CheckItem::weight)
                .orElse(0);
    }

    /** The subject of decisions on a finding. */
    public static Subject subject(UUID findingId) {
        return new Subject(FindingChange.FINDING, findingId);
    }

    private Candidate find(SignedInUser user, UUID candidateId) {
        return candidates
                .candidate(user, candidateId)
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
    }

    private Finding findRow(SignedInUser user, Candidate candidate, UUID findingId) {
        return store.find(user.organizationId(), findingId)
                .filter(finding -> finding.candidateId().equals(candidate.id()))
                .orElseThrow(() -> new NotFoundException(FindingChange.FINDING, findingId));
    }

    private UUID owner(SignedInUser user, @Nullable String ownerId) {
        if (ownerId == null || ownerId.isBlank()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "ownerId", "finding.error.required");
        }
        UUID id;
        try {
            id = UUID.fromString(ownerId.strip());
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownReferenceException("ownerId", "finding.error.unknownOwner");
        }
        if (!people.names(user.organizationId(), List.of(id)).containsKey(id)) {
            throw new UnknownReferenceException("ownerId", "finding.error.unknownOwner");
        }
        return id;
    }

    private static LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "dueDate", "finding.error.required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "dueDate", "finding.error.date");
        }
    }

    private static @Nullable String text(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > TEXT_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, field, "assessment.error.tooLong", TEXT_MAX);
        }
        return stripped;
    }

    private static String required(@Nullable String text, String field) {
        if (text == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, field, "finding.error.required");
        }
        return text;
    }

    private static FindingDisposition parse(@Nullable String value) {
        try {
            return FindingDisposition.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException outside) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE,
                    "disposition",
                    "assessment.error.notInList",
                    Arrays.stream(FindingDisposition.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static @Nullable UUID userIdOf(Actor actor) {
        try {
            return UUID.fromString(actor.id());
        } catch (IllegalArgumentException notAUser) {
            return null;
        }
    }
}
