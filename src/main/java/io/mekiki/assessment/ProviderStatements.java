package io.mekiki.assessment;

import io.mekiki.assessment.internal.AnswerStore;
import io.mekiki.assessment.internal.AnswerStore.Started;
import io.mekiki.initiative.Initiatives;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChange;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.Actor;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Provider statements sent through a questionnaire (ADR 041): they land in the candidate's assessment with source
 * {@link AnswerSource#PROVIDER_STATEMENT} and no author of the organisation, waiting like a derived answer until a
 * risk officer accepts them (or answers the item, which overrides them).
 */
@Service
public class ProviderStatements {

    private final AnswerStore store;
    private final Candidates candidates;
    private final Assessments assessments;
    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderStatements(
            AnswerStore store,
            Candidates candidates,
            Assessments assessments,
            Initiatives initiatives,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.candidates = candidates;
        this.assessments = assessments;
        this.initiatives = initiatives;
        this.events = events;
        this.clock = clock;
    }

    /** What the provider said on one item. */
    public record Statement(AnswerStatus status, String answer) {}

    /**
     * Writes the provider's statements into the candidate's assessment, one row and one ledger entry each (the
     * provider contact as actor), over whatever the items had.
     *
     * @throws RuleViolationException 409 when the candidate is withdrawn or its assessments are closed by the
     *     provider selection
     */
    @Transactional
    public void record(UUID organizationId, UUID candidateId, Actor actor, Map<String, Statement> statements) {
        Candidate candidate = candidates
                .candidateOf(organizationId, candidateId)
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
        if (!candidate.open()) {
            throw RuleViolationException.conflict("assessment.error.withdrawn");
        }
        assessments.requireOpenForChange(organizationId, candidate.initiativeId());
        if (statements.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Started started = store.start(
                organizationId,
                candidateId,
                candidate.initiativeId(),
                candidate.scoping().release(),
                now);
        statements.forEach((itemId, statement) -> {
            AnswerStatus before =
                    store.answer(started.id(), itemId).map(Answer::status).orElse(null);
            long version = store.writeStatement(started.id(), itemId, statement.status(), statement.answer(), now);
            events.publishEvent(new AssessmentAnswered(
                    organizationId,
                    actor,
                    candidateId,
                    candidate.initiativeId(),
                    itemId,
                    before,
                    statement.status(),
                    AnswerSource.PROVIDER_STATEMENT,
                    version));
        });
        initiatives.gateFactsChanged(organizationId, candidate.initiativeId(), actor);
    }

    /**
     * A risk officer accepts the provider's statement on the item as the assessment's answer.
     *
     * @throws NotFoundException when the candidate is not one of the organisation's
     * @throws RuleViolationException 409 when no statement waits on the item or the assessment is closed
     */
    @Transactional
    @PreAuthorize(Assessments.EDITORS)
    public Answer accept(SignedInUser user, UUID candidateId, String itemId) {
        Candidate candidate = candidates
                .candidate(user, candidateId)
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
        assessments.requireOpenForChange(user.organizationId(), candidate.initiativeId());
        Optional<Started> started = store.assessmentOf(user.organizationId(), candidateId);
        if (started.isEmpty() || !store.acceptStatement(started.get().id(), itemId, user.userId(), clock.instant())) {
            throw RuleViolationException.conflict("assessment.error.noStatement");
        }
        Answer accepted = store.answer(started.get().id(), itemId).orElseThrow();
        events.publishEvent(new ProviderStatementAccepted(
                user.organizationId(),
                user.actor(),
                candidateId,
                candidate.initiativeId(),
                itemId,
                accepted.status(),
                accepted.version()));
        initiatives.gateFactsChanged(user.organizationId(), candidate.initiativeId(), user.actor());
        return accepted;
    }

    /** The item's answer in the candidate's assessment, if any. */
    @Transactional(readOnly = true)
    public Optional<Answer> answer(UUID organizationId, UUID candidateId, String itemId) {
        return store.assessmentOf(organizationId, candidateId).flatMap(found -> store.answer(found.id(), itemId));
    }
}
