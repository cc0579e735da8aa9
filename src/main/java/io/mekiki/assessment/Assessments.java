package io.mekiki.assessment;

import io.mekiki.assessment.internal.AnswerStore;
import io.mekiki.assessment.internal.AnswerStore.Progress;
import io.mekiki.assessment.internal.AnswerStore.Started;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.Section;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.initiative.ScopingSnapshot.ItemEntry;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChange;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments of the candidates: everyone in the organisation reads; risk officers and executives
 * answer. Each answer is one row, written alone, with optimistic locking (ADR 028).
 */
@Service
public class Assessments {

    /** Who answers: risk officers and executives (business owners comment later, auditors read). */
    public static final String EDITORS = "hasAnyRole('RISK_OFFICER', 'EXECUTIVE')";

    public static final int ANSWER_MAX = 4000;
    public static final int REASON_MAX = 2000;

    private final AnswerStore store;
    private final Candidates candidates;
    private final CatalogReleases releases;
    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(
            AnswerStore store,
            Candidates candidates,
            CatalogReleases releases,
            Initiatives initiatives,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.candidates = candidates;
        this.releases = releases;
        this.initiatives = initiatives;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The candidate's assessment as it reads now.
     *
     * @throws NotFoundException when the candidate is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public Assessment assessment(SignedInUser user, UUID candidateId) {
        return assessmentOf(find(user, candidateId));
    }

    /** The release whose questions and expected evidence are shown beside the answers. */
    @Transactional(readOnly = true)
    public Optional<CatalogRelease> release(SignedInUser user, String releaseId) {
        try {
            return Optional.of(releases.release(user.organizationId(), releaseId));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    /**
     * Answers one item of an open candidate's assessment: one row written, the others untouched.
     *
     * @throws NotFoundException when the candidate is not one of the organisation's
     * @throws RuleViolationException 400 naming {@code itemId}, {@code status}, {@code source}, {@code answer}
     *     or {@code reason}; 409 when the candidate is withdrawn or the answer changed since {@code version}
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Answer answer(SignedInUser user, UUID candidateId, String itemId, AnswerInput input) {
        Candidate candidate = find(user, candidateId);
        Checked checked = check(candidate, itemId, input);
        Started started = startChecked(user, candidate);
        Answer answer = write(user, candidate, started, checked, store.answer(started.id(), itemId));
        initiatives.gateFactsChanged(user.organizationId(), candidate.initiativeId(), user.actor());
        return answer;
    }

    /**
     * Answers many items of an open candidate's assessment at once (an imported questionnaire): each answer
     * is checked and written as {@link #answer} would, one row and one ledger entry each, the answers read once
     * and the gate's facts worked out once at the end. All or nothing: the first refusal names its item and
     * field and nothing is written. The source defaults to {@link AnswerSource#IMPORTED}.
     *
     * @param answers by item id, in the order to write them
     * @throws NotFoundException when the candidate is not one of the organisation's
     * @throws RuleViolationException as {@link #answer}
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public List<Answer> answerAll(SignedInUser user, UUID candidateId, Map<String, AnswerInput> answers) {
        Candidate candidate = find(user, candidateId);
        if (answers.isEmpty()) {
            return List.of();
        }
        List<Checked> checked = new ArrayList<>();
        answers.forEach((itemId, input) -> checked.add(check(
                candidate,
                itemId,
                input.source() == null || input.source().isBlank()
                        ? new AnswerInput(
                                input.status(),
                                input.answer(),
                                AnswerSource.IMPORTED.name(),
                                input.reason(),
                                input.version())
                        : input)));
        Started started = startChecked(user, candidate);
        Map<String, Answer> before =
                store.answers(started.id()).stream().collect(Collectors.toMap(Answer::itemId, Function.identity()));
        List<Answer> written = new ArrayList<>();
        for (Checked one : checked) {
            written.add(write(user, candidate, started, one, Optional.ofNullable(before.get(one.itemId()))));
        }
        initiatives.gateFactsChanged(user.organizationId(), candidate.initiativeId(), user.actor());
        return List.copyOf(written);
    }

    private Started startChecked(SignedInUser user, Candidate candidate) {
        if (!candidate.open()) {
            throw RuleViolationException.conflict("assessment.error.withdrawn");
        }
        return store.start(
                user.organizationId(),
                candidate.id(),
                candidate.initiativeId(),
                candidate.scoping().release(),
                clock.instant());
    }

    /** An answer checked against the candidate's scoping and the lists, not written yet. */
    private record Checked(
            String itemId,
            AnswerStatus status,
            String text,
            @Nullable String reason,
            AnswerSource source,
            long versionRead) {}

    private static Checked check(Candidate candidate, String itemId, AnswerInput input) {
        ScopingSnapshot scoping = candidate.scoping();
        if (scoping.items().stream().noneMatch(item -> item.itemId().equals(itemId))) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE, "itemId", "assessment.error.itemNotApplicable", itemId);
        }
        AnswerStatus status = parse(AnswerStatus.class, "status", input.status(), null);
        AnswerSource source = parse(AnswerSource.class, "source", input.source(), AnswerSource.PROVIDER_STATEMENT);
        String text = input.answer() == null ? "" : input.answer().strip();
        if (text.length() > ANSWER_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "answer", "assessment.error.tooLong", ANSWER_MAX);
        }
        String reason = input.reason() == null || input.reason().isBlank()
                ? null
                : input.reason().strip();
        if (status == AnswerStatus.NOT_APPLICABLE && reason == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "reason", "assessment.error.reasonNeeded");
        }
        if (reason != null && reason.length() > REASON_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "reason", "assessment.error.tooLong", REASON_MAX);
        }
        return new Checked(itemId, status, text, reason, source, input.version() == null ? 0 : input.version());
    }

    private Answer write(
            SignedInUser user, Candidate candidate, Started started, Checked checked, Optional<Answer> before) {
        String itemId = checked.itemId();
        AnswerStatus status = checked.status();
        AnswerSource source = checked.source();
        long versionRead = checked.versionRead();
        Instant now = clock.instant();
        Answer answer = new Answer(
                itemId, status, checked.text(), checked.reason(), source, user.userId(), now, versionRead + 1);
        boolean written = before.isEmpty()
                ? versionRead == 0 && store.insert(started.id(), answer)
                : store.update(started.id(), answer, versionRead);
        if (!written) {
            throw RuleViolationException.conflict("assessment.error.stale");
        }
        events.publishEvent(new AssessmentAnswered(
                user.organizationId(),
                user.actor(),
                candidate.id(),
                candidate.initiativeId(),
                itemId,
                before.map(Answer::status).orElse(null),
                status,
                source,
                answer.version()));
        return answer;
    }

    /**
     * The assessments of the initiative's open candidates side by side (items × candidates), read in a constant
     * number of statements whatever the number of candidates and items: the initiative, its candidates with
     * their scopings, and the status of every answer.
     *
     * @throws NotFoundException when the initiative is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public InitiativeAssessment ofInitiative(SignedInUser user, UUID initiativeId) {
        UUID organizationId = user.organizationId();
        Initiative initiative = initiatives.initiative(user, initiativeId);
        List<Candidate> open = candidates.openOf(organizationId, initiativeId);
        Map<UUID, Map<String, AnswerStatus>> statuses = new HashMap<>();
        for (AnswerStore.Status status : store.statusesOf(organizationId, initiativeId)) {
            statuses.computeIfAbsent(status.candidateId(), id -> new HashMap<>())
                    .put(status.itemId(), status.status());
        }
        List<ScopingSnapshot> scopings = open.stream().map(Candidate::scoping).toList();
        Map<Section, Map<String, Boolean>> items = new EnumMap<>(Section.class);
        for (ScopingSnapshot scoping : scopings) {
            for (ItemEntry item : scoping.items()) {
                items.computeIfAbsent(item.section(), section -> new LinkedHashMap<>())
                        .put(item.itemId(), true);
            }
        }
        List<InitiativeAssessment.Column> columns = new ArrayList<>();
        List<Set<String>> applicable = new ArrayList<>();
        for (int c = 0; c < open.size(); c++) {
            Candidate candidate = open.get(c);
            ScopingSnapshot scoping = scopings.get(c);
            Map<String, AnswerStatus> answered = statuses.getOrDefault(candidate.id(), Map.of());
            Map<Section, int[]> counted = new EnumMap<>(Section.class);
            Set<String> ids = new HashSet<>();
            for (ItemEntry item : scoping.items()) {
                ids.add(item.itemId());
                int[] count = counted.computeIfAbsent(item.section(), section -> new int[3]);
                AnswerStatus status = answered.get(item.itemId());
                count[1]++;
                if (status != null) {
                    count[0]++;
                    if (status.gap()) {
                        count[2]++;
                    }
                }
            }
            applicable.add(ids);
            columns.add(new InitiativeAssessment.Column(
                    candidate.id(),
                    candidate.facts().serviceName(),
                    counted.entrySet().stream()
                            .map(entry -> new SectionProgress(
                                    entry.getKey(), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2]))
                            .toList()));
        }
        List<InitiativeAssessment.Row> rows = new ArrayList<>();
        items.forEach((section, ids) -> ids.keySet().forEach(itemId -> {
            List<InitiativeAssessment.Cell> cells = new ArrayList<>(open.size());
            for (int c = 0; c < open.size(); c++) {
                if (!applicable.get(c).contains(itemId)) {
                    cells.add(InitiativeAssessment.Cell.NOT_IN_SCOPE);
                } else {
                    AnswerStatus status =
                            statuses.getOrDefault(open.get(c).id(), Map.of()).get(itemId);
                    cells.add(status == null ? InitiativeAssessment.Cell.UNANSWERED : CELLS.get(status));
                }
            }
            rows.add(new InitiativeAssessment.Row(itemId, section, cells));
        }));
        return new InitiativeAssessment(
                initiativeId,
                initiative.title(),
                scopings.isEmpty() ? null : scopings.get(0).release(),
                columns,
                rows);
    }

    private static final Map<AnswerStatus, InitiativeAssessment.Cell> CELLS = Arrays.stream(AnswerStatus.values())
            .collect(Collectors.toMap(
                    Function.identity(),
                    status -> new InitiativeAssessment.Cell(true, status),
                    (a, b) -> a,
                    () -> new EnumMap<>(AnswerStatus.class)));

    /**
     * For each of these initiatives, how far the assessment of each of its open candidates has come (items
     * answered of those that apply), in two statements whatever the number of initiatives, candidates and answers:
     * what the provider-selection gate's condition needs, on every answer saved and on every list of initiatives.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<Completion>> completionOf(UUID organizationId, java.util.Collection<UUID> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return Map.of();
        }
        List<Candidate> open = candidates.openOf(organizationId, initiativeIds);
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Set<String>> answered = new HashMap<>();
        for (AnswerStore.Status status : store.statusesOf(organizationId, initiativeIds)) {
            answered.computeIfAbsent(status.candidateId(), id -> new HashSet<>())
                    .add(status.itemId());
        }
        Map<UUID, List<Completion>> all = new HashMap<>();
        for (Candidate candidate : open) {
            List<String> items = candidate.scoping().itemIds();
            Set<String> done = answered.getOrDefault(candidate.id(), Set.of());
            int count = (int) items.stream().filter(done::contains).count();
            all.computeIfAbsent(candidate.initiativeId(), id -> new ArrayList<>())
                    .add(new Completion(candidate.id(), candidate.facts().serviceName(), count, items.size()));
        }
        return all;
    }

    /** How far a candidate's assessment has come: items answered of those that apply. */
    public record Completion(UUID candidateId, String serviceName, int answered, int total) {}

    /** For each open candidate of the initiative, its assessment (the gate's condition and the demo). */
    @Transactional(readOnly = true)
    public List<Assessment> openOf(UUID organizationId, UUID initiativeId) {
        return candidates.openOf(organizationId, initiativeId).stream()
                .map(this::assessmentOf)
                .toList();
    }

    private Assessment assessmentOf(Candidate candidate) {
        ScopingSnapshot scoping = candidate.scoping();
        Optional<Started> started = store.assessmentOf(candidate.organizationId(), candidate.id());
        List<Answer> answers = started.map(found -> store.answers(found.id())).orElse(List.of());
        Map<String, Answer> byItem = answers.stream().collect(Collectors.toMap(Answer::itemId, Function.identity()));
        Set<String> applicable = Set.copyOf(scoping.itemIds());
        List<Assessment.Entry> entries = new ArrayList<>();
        for (ItemEntry item : scoping.items()) {
            entries.add(new Assessment.Entry(item.itemId(), item.section(), byItem.get(item.itemId())));
        }
        Map<Section, Progress> progress =
                store.progress(started.map(Started::id).orElse(null), scoping);
        List<SectionProgress> sections = Arrays.stream(Section.values())
                .filter(progress::containsKey)
                .map(section -> {
                    Progress counted = progress.get(section);
                    return new SectionProgress(section, counted.answered(), counted.total(), counted.gaps());
                })
                .toList();
        return new Assessment(
                candidate.id(),
                candidate.initiativeId(),
                candidate.facts().serviceName(),
                candidate.open(),
                scoping.release(),
                started.map(Started::release).orElse(null),
                entries,
                sections,
                answers.stream()
                        .filter(answer -> !applicable.contains(answer.itemId()))
                        .toList());
    }

    private Candidate find(SignedInUser user, UUID candidateId) {
        return candidates
                .candidate(user, candidateId)
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
    }

    private static <E extends Enum<E>> E parse(
            Class<E> type, String field, @Nullable String value, @Nullable E otherwise) {
        if ((value == null || value.isBlank()) && otherwise != null) {
            return otherwise;
        }
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException outside) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE,
                    field,
                    "assessment.error.notInList",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
