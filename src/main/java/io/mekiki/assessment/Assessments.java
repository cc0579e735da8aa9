package io.mekiki.assessment;

import io.mekiki.assessment.internal.AnswerStore;
import io.mekiki.assessment.internal.AnswerStore.Progress;
import io.mekiki.assessment.internal.AnswerStore.Started;
import io.mekiki.assessment.internal.DerivationRules;
import io.mekiki.assessment.internal.DerivationRules.Derived;
import io.mekiki.assessment.internal.NoteStore;
import io.mekiki.catalog.CatalogRelease;
import io.mekiki.catalog.CatalogReleases;
import io.mekiki.catalog.Section;
import io.mekiki.decision.Decision;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.EvidenceAddresses;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.initiative.ScopingSnapshot.ItemEntry;
import io.mekiki.instruction.AttachmentRules;
import io.mekiki.instruction.Upload;
import io.mekiki.provider.CloudServices;
import io.mekiki.provider.ProviderChange;
import io.mekiki.provider.ServiceRecord;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateAdded;
import io.mekiki.selection.CandidateChange;
import io.mekiki.selection.CandidateRescoped;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.Actor;
import io.mekiki.shared.FileDownload;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
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
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments of the candidates: everyone in the organisation reads; risk officers and executives
 * answer. Each answer is one row, written alone, with optimistic locking (ADR 028).
 */
@Service
public class Assessments {

    /** Who answers: risk officers and executives (business owners comment, auditors read). */
    public static final String EDITORS = "hasAnyRole('RISK_OFFICER', 'EXECUTIVE')";

    /** Who comments on answers: business owners, risk officers and executives. */
    public static final String COMMENTERS = "hasAnyRole('BUSINESS_OWNER', 'RISK_OFFICER', 'EXECUTIVE')";

    public static final int ANSWER_MAX = 4000;
    public static final int REASON_MAX = 2000;
    public static final int COMMENT_MAX = 2000;
    public static final int TITLE_MAX = 200;
    public static final int LINK_MAX = 2000;

    private final AnswerStore store;
    private final NoteStore notes;
    private final Candidates candidates;
    private final CatalogReleases releases;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final CloudServices services;
    private final AttachmentRules attachments;
    private final EvidenceAddresses links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(
            AnswerStore store,
            NoteStore notes,
            Candidates candidates,
            CatalogReleases releases,
            Initiatives initiatives,
            Decisions decisions,
            CloudServices services,
            AttachmentRules attachments,
            EvidenceAddresses links,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.notes = notes;
        this.candidates = candidates;
        this.releases = releases;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.services = services;
        this.attachments = attachments;
        this.links = links;
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
        Candidate candidate = find(user, candidateId);
        return assessmentOf(candidate, lockOf(candidate.organizationId(), candidate.initiativeId()));
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
        requireOpenForChange(user.organizationId(), candidate.initiativeId());
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
        if (source == AnswerSource.DERIVED) {
            // derived answers come from the service record only; a person confirms them instead
            throw new RuleViolationException(Kind.UNPROCESSABLE, "source", "assessment.error.derivedByRecord");
        }
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
     * A person confirms a derived answer as the service record settles it now (taking over what a review
     * found); the answer then counts as answered.
     *
     * @throws RuleViolationException 409 when the item has no derived answer, the record no longer settles it,
     *     the answer changed since {@code version}, or the assessment is closed by the provider selection
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Answer confirm(SignedInUser user, UUID candidateId, String itemId, @Nullable Long version) {
        Candidate candidate = find(user, candidateId);
        requireApplicable(candidate, itemId);
        if (!candidate.open()) {
            throw RuleViolationException.conflict("assessment.error.withdrawn");
        }
        UUID organizationId = user.organizationId();
        requireOpenForChange(organizationId, candidate.initiativeId());
        Optional<Started> started = store.assessmentOf(organizationId, candidateId);
        Answer answer = started.flatMap(found -> store.answer(found.id(), itemId))
                .filter(found -> found.source() == AnswerSource.DERIVED)
                .orElseThrow(() -> RuleViolationException.conflict("assessment.error.notDerived"));
        Answer.Review review = answer.review();
        if (review != null && review.status() == null) {
            throw RuleViolationException.conflict("assessment.error.noLongerSettled");
        }
        Derived taken = review == null
                ? null
                : new Derived(
                        Objects.requireNonNull(review.status()), review.fact(), Objects.requireNonNull(review.value()));
        long versionRead = version == null ? answer.version() : version;
        if (!store.confirm(started.get().id(), itemId, taken, user.userId(), clock.instant(), versionRead)) {
            throw RuleViolationException.conflict("assessment.error.stale");
        }
        Answer confirmed = store.answer(started.get().id(), itemId).orElseThrow();
        Answer.Derivation derivation = Objects.requireNonNull(confirmed.derivation());
        events.publishEvent(new AnswerConfirmed(
                organizationId,
                user.actor(),
                candidateId,
                candidate.initiativeId(),
                itemId,
                confirmed.status(),
                derivation.fact(),
                derivation.value(),
                confirmed.version()));
        initiatives.gateFactsChanged(organizationId, candidate.initiativeId(), user.actor());
        return confirmed;
    }

    /**
     * Refuses a change of the initiative's assessments (answers, confirmations, evidence, and the comparison's
     * scores) once its provider-selection decision is approved, until an editor reopens them.
     *
     * @throws RuleViolationException 409 {@code assessment.error.locked} naming the decision's day
     */
    @Transactional(readOnly = true)
    public void requireOpenForChange(UUID organizationId, UUID initiativeId) {
        Optional<Decision> locking = lock(organizationId, initiativeId);
        if (locking.isPresent()) {
            throw RuleViolationException.conflict(
                    "assessment.error.locked",
                    Objects.requireNonNull(locking.get().decidedAt()).toString());
        }
    }

    /** The approved provider-selection decision that closes the initiative's assessments now, if any. */
    @Transactional(readOnly = true)
    public Optional<Decision> lock(UUID organizationId, UUID initiativeId) {
        Optional<Instant> reopened =
                notes.lastReopening(organizationId, initiativeId).map(Reopening::reopenedAt);
        return decisions.ofSubject(organizationId, Initiatives.subject(initiativeId)).stream()
                .filter(decision -> Gate.SELECTION_PROVIDER_SELECTED.topic().equals(decision.topic()))
                .filter(Decision::approved)
                .filter(decision -> decision.decidedAt() != null)
                .filter(decision -> reopened.isEmpty()
                        || Objects.requireNonNull(decision.decidedAt()).isAfter(reopened.get()))
                .max(Comparator.comparing(decision -> Objects.requireNonNull(decision.decidedAt())));
    }

    /** The last reopening of the initiative's assessments, if any. */
    @Transactional(readOnly = true)
    public Optional<Reopening> lastReopening(SignedInUser user, UUID initiativeId) {
        initiatives.initiative(user, initiativeId);
        return notes.lastReopening(user.organizationId(), initiativeId);
    }

    /**
     * Reopens the initiative's assessments after its approved provider-selection decision, with a reason:
     * changes are accepted again, and the changed answers make that decision stale through its basis.
     *
     * @throws RuleViolationException 400 naming {@code reason}; 409 when the assessments are not closed
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Reopening reopen(SignedInUser user, UUID initiativeId, @Nullable String reason) {
        initiatives.initiative(user, initiativeId);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "reason", "assessment.error.reasonNeeded");
        }
        if (why.length() > REASON_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "reason", "assessment.error.tooLong", REASON_MAX);
        }
        Decision locking = lock(user.organizationId(), initiativeId)
                .orElseThrow(() -> RuleViolationException.conflict("assessment.error.notLocked"));
        Reopening reopening = new Reopening(UUID.randomUUID(), initiativeId, why, user.userId(), clock.instant());
        notes.insertReopening(user.organizationId(), reopening);
        events.publishEvent(new AssessmentsReopened(
                user.organizationId(), user.actor(), initiativeId, reopening.id(), locking.id(), why));
        return reopening;
    }

    // evidence on answers

    /**
     * Adds a checked link as evidence on an item (an http or https address, or a path to a record of the
     * organisation, as decision evidence).
     *
     * @throws RuleViolationException 400 naming {@code reference} or {@code title}; 409 when closed
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public AnswerEvidence addLink(
            SignedInUser user, UUID candidateId, String itemId, @Nullable String title, @Nullable String reference) {
        Candidate candidate = changeable(user, candidateId, itemId);
        String link = reference == null ? "" : reference.strip();
        if (link.isEmpty()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "reference", "assessment.error.linkNeeded");
        }
        if (link.length() > LINK_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "reference", "assessment.error.tooLong", LINK_MAX);
        }
        links.check(user, "reference", link);
        String named = title(title, link);
        Started started = start(user, candidate);
        UUID id = UUID.randomUUID();
        notes.insertLink(user.organizationId(), started.id(), itemId, id, named, link, user.userId(), clock.instant());
        events.publishEvent(new AnswerEvidenceAdded(
                user.organizationId(),
                user.actor(),
                candidateId,
                candidate.initiativeId(),
                itemId,
                id,
                AnswerEvidence.Kind.LINK,
                named,
                link,
                null,
                null,
                null));
        return notes.evidence(started.id(), id).orElseThrow();
    }

    /**
     * Adds an uploaded file as evidence on an item, checked as report attachments are (size, type from the
     * bytes, no disguised archives or macros); a refused file is a 400 naming {@code file}, nothing stored.
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public AnswerEvidence addFile(
            SignedInUser user, UUID candidateId, String itemId, @Nullable String title, @Nullable Upload file) {
        Candidate candidate = changeable(user, candidateId, itemId);
        if (file == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "file", "assessment.error.fileNeeded");
        }
        AttachmentRules.CheckedFile checked = attachments.check(file, "file");
        String named = title(title, checked.fileName());
        Started started = start(user, candidate);
        UUID id = UUID.randomUUID();
        notes.insertFile(
                user.organizationId(),
                started.id(),
                itemId,
                id,
                named,
                checked.fileName(),
                checked.mediaType(),
                checked.size(),
                checked.sha256(),
                checked.content(),
                user.userId(),
                clock.instant());
        events.publishEvent(new AnswerEvidenceAdded(
                user.organizationId(),
                user.actor(),
                candidateId,
                candidate.initiativeId(),
                itemId,
                id,
                AnswerEvidence.Kind.FILE,
                named,
                null,
                checked.fileName(),
                checked.size(),
                checked.sha256()));
        return notes.evidence(started.id(), id).orElseThrow();
    }

    /** Removes evidence from an answer (editors; refused while closed). */
    @Transactional
    @PreAuthorize(EDITORS)
    public void removeEvidence(SignedInUser user, UUID candidateId, UUID evidenceId) {
        Candidate candidate = find(user, candidateId);
        Started started = store.assessmentOf(user.organizationId(), candidateId)
                .orElseThrow(() -> new NotFoundException("ASSESSMENT_EVIDENCE", evidenceId));
        AnswerEvidence evidence = notes.evidence(started.id(), evidenceId)
                .orElseThrow(() -> new NotFoundException("ASSESSMENT_EVIDENCE", evidenceId));
        if (!candidate.open()) {
            throw RuleViolationException.conflict("assessment.error.withdrawn");
        }
        requireOpenForChange(user.organizationId(), candidate.initiativeId());
        notes.deleteEvidence(started.id(), evidenceId);
        events.publishEvent(new AnswerEvidenceRemoved(
                user.organizationId(),
                user.actor(),
                candidateId,
                candidate.initiativeId(),
                evidence.itemId(),
                evidenceId,
                evidence.kind(),
                evidence.title(),
                evidence.sha256()));
    }

    /** An uploaded evidence file of an answer, to download (everyone in the organisation). */
    @Transactional(readOnly = true)
    public EvidenceDownload evidenceFile(SignedInUser user, UUID candidateId, UUID evidenceId) {
        find(user, candidateId);
        Started started = store.assessmentOf(user.organizationId(), candidateId)
                .orElseThrow(() -> new NotFoundException("ASSESSMENT_EVIDENCE", evidenceId));
        AnswerEvidence evidence = notes.evidence(started.id(), evidenceId)
                .filter(found -> found.kind() == AnswerEvidence.Kind.FILE)
                .orElseThrow(() -> new NotFoundException("ASSESSMENT_EVIDENCE", evidenceId));
        return new EvidenceDownload(evidence, out -> notes.writeFile(started.id(), evidenceId, out));
    }

    /** An evidence file and its bytes, read from the store as they are written out. */
    public record EvidenceDownload(AnswerEvidence evidence, FileDownload.Bytes content) {}

    // comments

    /**
     * Business owners, risk officers and executives comment on an item's answer (also while closed: a
     * comment changes no answer).
     *
     * @throws RuleViolationException 400 naming {@code body}
     */
    @Transactional
    @PreAuthorize(COMMENTERS)
    public AnswerComment comment(SignedInUser user, UUID candidateId, String itemId, @Nullable String body) {
        Candidate candidate = find(user, candidateId);
        requireApplicable(candidate, itemId);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "body", "assessment.error.commentNeeded");
        }
        if (text.length() > COMMENT_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "body", "assessment.error.tooLong", COMMENT_MAX);
        }
        if (!candidate.open()) {
            throw RuleViolationException.conflict("assessment.error.withdrawn");
        }
        Started started = start(user, candidate);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        notes.insertComment(user.organizationId(), started.id(), itemId, id, user.userId(), text, now);
        events.publishEvent(new AnswerCommented(
                user.organizationId(), user.actor(), candidateId, candidate.initiativeId(), itemId, id, text));
        return new AnswerComment(id, itemId, user.userId(), text, now);
    }

    // derived answers (ADR 029)

    /** A candidate was added: what its service record settles is prefilled, waiting for confirmation. */
    @EventListener
    @Transactional
    void candidateAdded(CandidateAdded added) {
        candidates
                .candidateOf(added.organizationId(), added.candidateId())
                .ifPresent(candidate -> derive(candidate, added.actor()));
    }

    /** A candidate was scoped again: items that apply now are derived, those still applying re-derived. */
    @EventListener
    @Transactional
    void candidateRescoped(CandidateRescoped rescoped) {
        candidates
                .candidateOf(rescoped.organizationId(), rescoped.candidateId())
                .ifPresent(candidate -> derive(candidate, rescoped.actor()));
    }

    /**
     * A service, its provider or the provider's attestations or subprocessors changed: the derived answers of
     * every open candidate using one of the provider's services are derived again. Runs after the change
     * committed, in a transaction of its own, kept in the event publication registry until it succeeded.
     */
    @ApplicationModuleListener
    void serviceRecordChanged(ProviderChange change) {
        UUID organizationId = change.organizationId();
        List<UUID> serviceIds = services.factsOfProvider(organizationId, change.providerId()).stream()
                .map(facts -> facts.serviceId())
                .toList();
        for (Candidate candidate : candidates.openWithServices(organizationId, serviceIds)) {
            // a scoping behind the facts is being scoped again; its CandidateRescoped derives with the new items
            if (candidates.current(candidate)) {
                derive(candidate, change.actor());
            }
        }
    }

    /**
     * Derives the candidate's answers from its service record as it reads now (attestations by the
     * organisation's today): missing ones are prefilled, unconfirmed ones derived again or withdrawn,
     * confirmed ones (and every one while the assessment is closed) marked for review when the record says
     * otherwise now. A person's own answer is never touched. Safe to run twice.
     */
    @Transactional
    public void derive(Candidate candidate, Actor actor) {
        if (!candidate.open()) {
            return;
        }
        UUID organizationId = candidate.organizationId();
        Optional<ServiceRecord> record = services.record(organizationId, candidate.serviceId());
        if (record.isEmpty()) {
            return;
        }
        ScopingSnapshot scoping = candidate.scoping();
        Map<String, Derived> derived = DerivationRules.derive(record.get(), scoping.itemIds());
        Optional<Started> existing = store.assessmentOf(organizationId, candidate.id());
        if (existing.isEmpty() && derived.isEmpty()) {
            return;
        }
        boolean locked = lock(organizationId, candidate.initiativeId()).isPresent();
        Instant now = clock.instant();
        Started started = existing.orElseGet(
                () -> store.start(organizationId, candidate.id(), candidate.initiativeId(), scoping.release(), now));
        Map<String, Answer> answers = new HashMap<>();
        store.answers(started.id()).forEach(answer -> answers.put(answer.itemId(), answer));
        boolean changed = false;
        Set<String> applicable = Set.copyOf(scoping.itemIds());
        for (Answer answer : answers.values()) {
            // an unconfirmed derived answer of an item that no longer applies is nobody's work: not kept as history
            if (!applicable.contains(answer.itemId())
                    && answer.waiting()
                    && !locked
                    && store.removeDerived(started.id(), answer.itemId(), answer.version())) {
                events.publishEvent(new DerivedAnswerWithdrawn(
                        organizationId,
                        actor,
                        candidate.id(),
                        candidate.initiativeId(),
                        answer.itemId(),
                        answer.status(),
                        Objects.requireNonNull(answer.derivation()).fact()));
                changed = true;
            }
        }
        for (String itemId : new java.util.LinkedHashSet<>(scoping.itemIds())) {
            Derived settled = derived.get(itemId);
            Answer answer = answers.get(itemId);
            if (answer == null) {
                if (settled != null && !locked && store.insertDerived(started.id(), itemId, settled, now)) {
                    answered(candidate, actor, itemId, null, settled.status(), 1);
                    changed = true;
                }
            } else if (answer.source() != AnswerSource.DERIVED) {
                continue; // a person's own answer
            } else if (answer.waiting() && !answer.underReview() && !locked) {
                if (settled == null) {
                    if (store.removeDerived(started.id(), itemId, answer.version())) {
                        events.publishEvent(new DerivedAnswerWithdrawn(
                                organizationId,
                                actor,
                                candidate.id(),
                                candidate.initiativeId(),
                                itemId,
                                answer.status(),
                                Objects.requireNonNull(answer.derivation()).fact()));
                        changed = true;
                    }
                } else if (!same(answer, settled)
                        && store.rederive(started.id(), itemId, settled, now, answer.version())) {
                    answered(candidate, actor, itemId, answer.status(), settled.status(), answer.version() + 1);
                    changed = true;
                }
            } else {
                changed |= review(candidate, actor, started, answer, settled, now);
            }
        }
        if (changed) {
            initiatives.gateFactsChanged(organizationId, candidate.initiativeId(), actor);
        }
    }

    /** Marks a confirmed (or closed) derived answer for review, or clears the mark when the record agrees again. */
    private boolean review(
            Candidate candidate, Actor actor, Started started, Answer answer, @Nullable Derived settled, Instant now) {
        if (settled != null && same(answer, settled)) {
            return answer.underReview() && store.review(started.id(), answer.itemId(), null, answer.version());
        }
        String fact = settled != null
                ? settled.fact()
                : Objects.requireNonNull(answer.derivation()).fact();
        Answer.Review review = new Answer.Review(
                fact, settled == null ? null : settled.status(), settled == null ? null : settled.value(), now);
        Answer.Review before = answer.review();
        if (before != null
                && before.fact().equals(review.fact())
                && Objects.equals(before.status(), review.status())
                && Objects.equals(before.value(), review.value())) {
            return false;
        }
        if (!store.review(started.id(), answer.itemId(), review, answer.version())) {
            return false;
        }
        events.publishEvent(new AnswerMarkedForReview(
                candidate.organizationId(),
                actor,
                candidate.id(),
                candidate.initiativeId(),
                answer.itemId(),
                fact,
                review.status(),
                review.value()));
        return true;
    }

    private void answered(
            Candidate candidate,
            Actor actor,
            String itemId,
            @Nullable AnswerStatus before,
            AnswerStatus status,
            long version) {
        events.publishEvent(new AssessmentAnswered(
                candidate.organizationId(),
                actor,
                candidate.id(),
                candidate.initiativeId(),
                itemId,
                before,
                status,
                AnswerSource.DERIVED,
                version));
    }

    private static boolean same(Answer answer, Derived settled) {
        Answer.Derivation derivation = answer.derivation();
        return answer.status() == settled.status()
                && derivation != null
                && derivation.fact().equals(settled.fact())
                && derivation.value().equals(settled.value());
    }

    private Candidate changeable(SignedInUser user, UUID candidateId, String itemId) {
        Candidate candidate = find(user, candidateId);
        requireApplicable(candidate, itemId);
        if (!candidate.open()) {
            throw RuleViolationException.conflict("assessment.error.withdrawn");
        }
        requireOpenForChange(user.organizationId(), candidate.initiativeId());
        return candidate;
    }

    private Started start(SignedInUser user, Candidate candidate) {
        return store.start(
                user.organizationId(),
                candidate.id(),
                candidate.initiativeId(),
                candidate.scoping().release(),
                clock.instant());
    }

    private static void requireApplicable(Candidate candidate, String itemId) {
        if (candidate.scoping().items().stream().noneMatch(item -> item.itemId().equals(itemId))) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE, "itemId", "assessment.error.itemNotApplicable", itemId);
        }
    }

    private static String title(@Nullable String title, String otherwise) {
        String named = title == null || title.isBlank() ? otherwise : title.strip();
        if (named.length() > TITLE_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "title", "assessment.error.tooLong", TITLE_MAX);
        }
        return named;
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
        Map<UUID, Set<String>> waiting = new HashMap<>();
        for (AnswerStore.Completed completed : store.completedOf(organizationId, initiativeIds)) {
            (completed.waiting() ? waiting : answered)
                    .computeIfAbsent(completed.candidateId(), id -> new HashSet<>())
                    .add(completed.itemId());
        }
        Map<UUID, List<Completion>> all = new HashMap<>();
        for (Candidate candidate : open) {
            List<String> items = candidate.scoping().itemIds();
            Set<String> done = answered.getOrDefault(candidate.id(), Set.of());
            Set<String> waits = waiting.getOrDefault(candidate.id(), Set.of());
            int count = (int) items.stream().filter(done::contains).count();
            int waitingCount = (int) items.stream().filter(waits::contains).count();
            all.computeIfAbsent(candidate.initiativeId(), id -> new ArrayList<>())
                    .add(new Completion(
                            candidate.id(), candidate.facts().serviceName(), count, items.size(), waitingCount));
        }
        return all;
    }

    /**
     * How far a candidate's assessment has come: items answered of those that apply, a derived answer waiting
     * for confirmation or marked for review counted apart as {@code waiting}, not as answered (ADR 029).
     */
    public record Completion(UUID candidateId, String serviceName, int answered, int total, int waiting) {}

    /** For each open candidate of the initiative, its assessment (the gate's condition and the demo). */
    @Transactional(readOnly = true)
    public List<Assessment> openOf(UUID organizationId, UUID initiativeId) {
        Assessment.Lock lock = lockOf(organizationId, initiativeId);
        return candidates.openOf(organizationId, initiativeId).stream()
                .map(candidate -> assessmentOf(candidate, lock))
                .toList();
    }

    private Assessment.@Nullable Lock lockOf(UUID organizationId, UUID initiativeId) {
        return lock(organizationId, initiativeId)
                .map(decision -> new Assessment.Lock(decision.id(), Objects.requireNonNull(decision.decidedAt())))
                .orElse(null);
    }

    private Assessment assessmentOf(Candidate candidate, Assessment.@Nullable Lock lock) {
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
                    return new SectionProgress(
                            section, counted.answered(), counted.total(), counted.gaps(), counted.waiting());
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
                        .toList(),
                started.map(found -> notes.evidence(found.id())).orElse(List.of()),
                started.map(found -> notes.comments(found.id())).orElse(List.of()),
                lock(candidate.organizationId(), candidate.initiativeId())
                        .map(decision ->
                                new Assessment.Lock(decision.id(), Objects.requireNonNull(decision.decidedAt())))
                        .orElse(null));
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
