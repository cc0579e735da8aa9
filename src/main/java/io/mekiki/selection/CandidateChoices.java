package io.mekiki.selection;

import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.Initiatives;
import io.mekiki.shared.Actor;
import io.mekiki.shared.PageReads;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.UnknownReferenceException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidate each initiative proposes to select (ADR 030): at most one, set and cleared by risk officers
 * and executives while the initiative is in preparation or selection; everyone in the organisation reads.
 * A candidate something objects to ({@link ChoiceObjections}, e.g. an open blocking finding) cannot be chosen.
 */
@Service
public class CandidateChoices {

    /** Who chooses: risk officers and executives. */
    public static final String CHOOSERS = "hasAnyRole('RISK_OFFICER', 'EXECUTIVE')";

    private final Candidates candidates;
    private final Initiatives initiatives;
    private final ObjectProvider<ChoiceObjections> objections;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CandidateChoices(
            Candidates candidates,
            Initiatives initiatives,
            ObjectProvider<ChoiceObjections> objections,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.candidates = candidates;
        this.initiatives = initiatives;
        this.objections = objections;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Chooses the open candidate as the one the initiative proposes to select, replacing any chosen before.
     *
     * @throws io.mekiki.shared.NotFoundException when the initiative is not one of the organisation's
     * @throws UnknownReferenceException naming {@code candidateId} when it is no candidate of the initiative
     * @throws RuleViolationException 409 when the initiative is past selection, the candidate is withdrawn, or
     *     something objects (the open blocking findings are named)
     */
    @Transactional
    @PreAuthorize(CHOOSERS)
    public Candidate choose(SignedInUser user, UUID initiativeId, UUID candidateId) {
        Initiative initiative = initiatives.initiative(user, initiativeId);
        Candidate candidate = candidates
                .candidateOf(user.organizationId(), candidateId)
                .filter(found -> found.initiativeId().equals(initiativeId))
                .orElseThrow(() -> new UnknownReferenceException("candidateId", "selection.error.unknownCandidate"));
        requireChoosing(initiative);
        if (!candidate.open()) {
            throw RuleViolationException.conflict("selection.error.withdrawn");
        }
        List<String> against = new ArrayList<>();
        objections
                .orderedStream()
                .forEach(source -> against.addAll(source.objections(user.organizationId(), candidateId)));
        if (!against.isEmpty()) {
            throw new RuleViolationException(
                    RuleViolationException.Kind.CONFLICT,
                    "candidateId",
                    "selection.error.choiceObjected",
                    candidate.facts().serviceName(),
                    String.join(", ", against));
        }
        Optional<UUID> before = chosenOf(user.organizationId(), initiativeId);
        if (before.isPresent() && before.get().equals(candidateId)) {
            return candidate;
        }
        jdbc.sql("""
                        insert into selection_chosen_candidate (initiative_id, organization_id, candidate_id, chosen_at,
                            chosen_by) values (?, ?, ?, ?, ?)
                        on conflict (initiative_id) do update set candidate_id = excluded.candidate_id,
                            chosen_at = excluded.chosen_at, chosen_by = excluded.chosen_by""")
                .params(
                        initiativeId,
                        user.organizationId(),
                        candidateId,
                        Timestamp.from(clock.instant()),
                        user.userId())
                .update();
        events.publishEvent(new CandidateChosen(
                user.organizationId(),
                user.actor(),
                candidateId,
                initiativeId,
                candidate.serviceId(),
                candidate.facts().serviceName(),
                before.orElse(null)));
        initiatives.gateFactsChanged(user.organizationId(), initiativeId, user.actor());
        return candidate;
    }

    /**
     * The initiative no longer proposes any candidate.
     *
     * @return whether a candidate was chosen
     */
    @Transactional
    @PreAuthorize(CHOOSERS)
    public boolean clear(SignedInUser user, UUID initiativeId) {
        Initiative initiative = initiatives.initiative(user, initiativeId);
        requireChoosing(initiative);
        return clear(user.organizationId(), initiativeId, user.actor(), false);
    }

    /** The candidate the initiative proposes to select, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> chosen(SignedInUser user, UUID initiativeId) {
        initiatives.initiative(user, initiativeId);
        return chosenOf(user.organizationId(), initiativeId);
    }

    /** The same for modules that act on their own (gates, findings, the comparison). */
    @Transactional(readOnly = true)
    public Optional<UUID> chosenOf(UUID organizationId, UUID initiativeId) {
        return PageReads.once(
                List.of("selection.chosenOf", organizationId, initiativeId),
                () -> jdbc.sql(
                                "select candidate_id from selection_chosen_candidate where organization_id = ? and initiative_id = ?")
                        .params(organizationId, initiativeId)
                        .query(UUID.class)
                        .optional());
    }

    /** The chosen candidates of several initiatives at once, by initiative (lists). */
    @Transactional(readOnly = true)
    public Map<UUID, UUID> chosenOf(UUID organizationId, Collection<UUID> initiativeIds) {
        Map<UUID, UUID> chosen = new HashMap<>();
        if (initiativeIds.isEmpty()) {
            return chosen;
        }
        jdbc.sql("""
                        select initiative_id, candidate_id from selection_chosen_candidate
                        where organization_id = :org and initiative_id in (:ids)""")
                .param("org", organizationId)
                .param("ids", List.copyOf(initiativeIds))
                .query(rs -> {
                    chosen.put(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class));
                });
        return chosen;
    }

    /** A withdrawn candidate is no longer chosen; runs in the withdrawal's transaction. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void withdrawn(CandidateWithdrawn withdrawal) {
        Optional<UUID> chosen = chosenOf(withdrawal.organizationId(), withdrawal.initiativeId());
        if (chosen.isPresent() && chosen.get().equals(withdrawal.candidateId())) {
            clear(withdrawal.organizationId(), withdrawal.initiativeId(), withdrawal.actor(), true);
        }
    }

    private boolean clear(UUID organizationId, UUID initiativeId, Actor actor, boolean withdrawn) {
        Optional<UUID> before = chosenOf(organizationId, initiativeId);
        if (before.isEmpty()) {
            return false;
        }
        jdbc.sql("delete from selection_chosen_candidate where organization_id = ? and initiative_id = ?")
                .params(organizationId, initiativeId)
                .update();
        events.publishEvent(new CandidateChoiceCleared(organizationId, actor, before.get(), initiativeId, withdrawn));
        initiatives.gateFactsChanged(organizationId, initiativeId, actor);
        return true;
    }

    private static void requireChoosing(Initiative initiative) {
        if (!Candidates.CHOOSING.contains(initiative.phase())) {
            throw RuleViolationException.conflict(
                    "selection.error.phase", initiative.phase().messageKey());
        }
    }
}
