package io.mekiki.operation;

import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.NewDecision;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeChange;
import io.mekiki.initiative.Initiatives;
import io.mekiki.operation.internal.incident.OperationFindingStore;
import io.mekiki.operation.internal.incident.OperationFindingStore.Row;
import io.mekiki.shared.Actor;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.UnknownReferenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
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
 * The findings of operation (指摘事項, ADR 036): raised automatically for an SLA breach (once per metric and
 * period), from an incident, or by hand from monitoring; planners set root cause, countermeasure (是正措置),
 * owner, due date, status and significance; every member reads. A significant finding needs an executive
 * decision on its response (topic {@link OperationFinding#decisionTopic()} on the initiative), which the
 * operation gate {@code OPERATION_FINDINGS_RESOLVED} waits for.
 */
@Service
public class OperationFindings {

    /** Who raises and handles findings: the planners of initiatives. */
    public static final String HANDLERS = Incidents.RECORDERS;

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;

    private final OperationFindingStore store;
    private final Incidents incidents;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final PeopleDirectory people;
    private final OrganizationTime time;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OperationFindings(
            OperationFindingStore store,
            Incidents incidents,
            Initiatives initiatives,
            Decisions decisions,
            PeopleDirectory people,
            OrganizationTime time,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.incidents = incidents;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.people = people;
        this.time = time;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** The organisation's findings, open ones first; filtered when the filters are given. */
    @Transactional(readOnly = true)
    public ListPage<OperationFinding> page(
            SignedInUser user,
            @Nullable UUID initiativeId,
            @Nullable UUID incidentId,
            @Nullable Boolean open,
            @Nullable OperationFindingSignificance significance,
            int page,
            int size) {
        UUID org = user.organizationId();
        long total = store.count(org, initiativeId, incidentId, open, significance);
        return new ListPage<>(
                complete(org, store.list(org, initiativeId, incidentId, open, significance, page * size, size)),
                page,
                size,
                total);
    }

    /** The open findings of one initiative (its page). */
    @Transactional(readOnly = true)
    public List<OperationFinding> openOf(UUID organizationId, UUID initiativeId) {
        return complete(organizationId, store.list(organizationId, initiativeId, null, true, null, 0, 200));
    }

    /** The findings raised from an incident. */
    @Transactional(readOnly = true)
    public List<OperationFinding> ofIncident(UUID organizationId, UUID incidentId) {
        return complete(organizationId, store.list(organizationId, null, incidentId, null, null, 0, 200));
    }

    /** Open significant findings of the organisation (the risk officer's home). */
    @Transactional(readOnly = true)
    public List<OperationFinding> openSignificant(UUID organizationId) {
        return complete(
                organizationId,
                store.list(organizationId, null, null, true, OperationFindingSignificance.SIGNIFICANT, 0, 200));
    }

    /** Open findings per initiative, for lists and dashboards. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> openByInitiative(UUID organizationId) {
        return store.openByInitiative(organizationId);
    }

    /**
     * The significant findings of these initiatives, open or closed, each with its decision's standing (the
     * operation gate): by initiative.
     */
    @Transactional(readOnly = true)
    public Map<UUID, List<OperationFinding>> significant(UUID organizationId, Collection<UUID> initiativeIds) {
        Map<UUID, List<Row>> rows = store.significant(organizationId, initiativeIds);
        List<OperationFinding> all = complete(
                organizationId, rows.values().stream().flatMap(List::stream).toList());
        return all.stream().collect(Collectors.groupingBy(OperationFinding::initiativeId));
    }

    /** @throws NotFoundException when the finding is not the organisation's */
    @Transactional(readOnly = true)
    public OperationFinding finding(SignedInUser user, UUID id) {
        return complete(user.organizationId(), List.of(row(user.organizationId(), id)))
                .get(0);
    }

    /**
     * Raises a finding by hand: from an incident ({@code incidentId}) or from monitoring ({@code initiativeId}).
     *
     * @throws RuleViolationException 400 naming the field; 409 when the initiative is not in operation
     */
    @Transactional
    @PreAuthorize(HANDLERS)
    public OperationFinding raise(SignedInUser user, OperationFindingInput input) {
        UUID org = user.organizationId();
        Incident incident = null;
        UUID initiativeId = input.initiativeId();
        if (input.incidentId() != null) {
            incident = incidents
                    .incidentOf(org, input.incidentId())
                    .orElseThrow(() ->
                            new UnknownReferenceException("incidentId", "operationFinding.error.unknownIncident"));
            if (initiativeId != null && !initiativeId.equals(incident.initiativeId())) {
                throw new RuleViolationException(
                        Kind.UNPROCESSABLE, "initiativeId", "operationFinding.error.notTheIncidentsInitiative");
            }
            initiativeId = incident.initiativeId();
        }
        if (initiativeId == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "initiativeId", "incident.error.required");
        }
        UUID checkedInitiative = initiativeId;
        Initiative initiative = initiatives
                .initiativeOf(org, checkedInitiative)
                .orElseThrow(() -> new UnknownReferenceException("initiativeId", "incident.error.unknownInitiative"));
        Checked checked = check(org, input, null);
        if (!Incidents.PHASES.contains(initiative.phase())) {
            throw new RuleViolationException(Kind.CONFLICT, "initiativeId", "incident.error.notInOperation");
        }
        Instant now = clock.instant();
        Row row = new Row(
                UUID.randomUUID(),
                org,
                initiative.id(),
                incident == null ? null : incident.contractId(),
                store.nextNumber(org),
                incident == null ? OperationFindingSource.MONITORING : OperationFindingSource.INCIDENT,
                incident == null ? null : incident.id(),
                null,
                null,
                null,
                null,
                checked.title,
                checked.description,
                checked.rootCause,
                checked.countermeasure,
                checked.ownerId,
                checked.dueDate,
                checked.status,
                checked.significance,
                user.userId(),
                user.actor().name(),
                now,
                now,
                1);
        store.insert(row);
        events.publishEvent(new OperationFindingRaised(
                org,
                user.actor(),
                row.id(),
                row.initiativeId(),
                "OF-" + row.number(),
                row.source(),
                row.title(),
                row.significance(),
                incident == null ? null : incident.code()));
        return finding(user, row.id());
    }

    /**
     * A period of an SLA metric closed below its target: raises its finding, once per metric and period, in the
     * transaction of the measurements (a breach told again changes nothing).
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void slaBreached(SlaBreached breach) {
        if (initiatives
                .initiativeOf(breach.organizationId(), breach.initiativeId())
                .isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String period = breach.periodStart() + " – " + breach.periodEnd();
        Row row = new Row(
                UUID.randomUUID(),
                breach.organizationId(),
                breach.initiativeId(),
                breach.contractId(),
                store.nextNumber(breach.organizationId()),
                OperationFindingSource.SLA_BREACH,
                null,
                breach.metricId(),
                breach.metricName(),
                breach.periodStart(),
                breach.periodEnd(),
                cut(breach.metricName() + " (" + period + ")", TITLE_MAX),
                cut(
                        breach.metricName() + ": "
                                + breach.attained().stripTrailingZeros().toPlainString() + " "
                                + breach.unit() + " / "
                                + breach.target().stripTrailingZeros().toPlainString() + " "
                                + breach.unit() + " (" + period + ")",
                        TEXT_MAX),
                "",
                "",
                null,
                null,
                OperationFindingStatus.OPEN,
                OperationFindingSignificance.MODERATE,
                actorId(breach.actor()),
                breach.actor().name(),
                now,
                now,
                1);
        if (store.insert(row)) {
            events.publishEvent(new OperationFindingRaised(
                    breach.organizationId(),
                    breach.actor(),
                    row.id(),
                    row.initiativeId(),
                    "OF-" + row.number(),
                    row.source(),
                    row.title(),
                    row.significance(),
                    breach.metricName() + " " + period));
        }
    }

    /**
     * Replaces what is set on a finding: title, description, root cause, countermeasure, owner, due date,
     * status and significance.
     *
     * @throws RuleViolationException 400 naming the field; 409 when closed, when the version is not the one read,
     *     or when a significant finding would be closed before an executive approved its response
     */
    @Transactional
    @PreAuthorize(HANDLERS)
    public OperationFinding revise(
            SignedInUser user, UUID id, @Nullable Integer expectedVersion, OperationFindingInput input) {
        UUID org = user.organizationId();
        Row before = row(org, id);
        Checked checked = check(org, input, before);
        if (expectedVersion == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "version", "incident.error.versionMissing");
        }
        if (before.status() == OperationFindingStatus.CLOSED) {
            throw RuleViolationException.conflict("operationFinding.error.closed");
        }
        if (before.version() != expectedVersion) {
            throw RuleViolationException.conflict("incident.error.stale");
        }
        if (checked.status == OperationFindingStatus.CLOSED
                && checked.significance == OperationFindingSignificance.SIGNIFICANT
                && !finding(user, id).decision().settled()) {
            throw RuleViolationException.conflict("operationFinding.error.decisionNeeded");
        }
        Row after = new Row(
                before.id(),
                org,
                before.initiativeId(),
                before.contractId(),
                before.number(),
                before.source(),
                before.incidentId(),
                before.metricId(),
                before.metricName(),
                before.periodStart(),
                before.periodEnd(),
                checked.title,
                checked.description,
                checked.rootCause,
                checked.countermeasure,
                checked.ownerId,
                checked.dueDate,
                checked.status,
                checked.significance,
                before.raisedById(),
                before.raisedByName(),
                before.createdAt(),
                clock.instant(),
                before.version() + 1);
        Map<String, Map<String, ?>> changes = changes(org, before, after);
        if (changes.isEmpty()) {
            return finding(user, id);
        }
        if (!store.update(after, expectedVersion)) {
            throw RuleViolationException.conflict("incident.error.stale");
        }
        events.publishEvent(new OperationFindingRevised(
                org, user.actor(), id, before.initiativeId(), "OF-" + before.number(), changes));
        if (before.significance() != after.significance()) {
            // the gate's conditions changed: tell it once they are met, and let approvals resting on them know
            initiatives.gateFactsChanged(org, before.initiativeId(), user.actor());
        }
        return finding(user, id);
    }

    /**
     * Asks the executives for a decision on the finding's response: a decision on the initiative, topic
     * {@link OperationFinding#decisionTopic()}, with the proposal given (the countermeasure when none).
     *
     * @throws RuleViolationException 400 naming {@code proposal}; 409 when one is already waiting
     */
    @Transactional
    @PreAuthorize(HANDLERS)
    public Decision requestDecision(SignedInUser user, UUID id, @Nullable String proposal) {
        OperationFinding finding = finding(user, id);
        String text = proposal == null || proposal.isBlank() ? finding.countermeasure() : proposal.strip();
        if (text.isBlank()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "proposal", "operationFinding.error.proposalMissing");
        }
        if (text.length() > TEXT_MAX) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "proposal", "incident.error.tooLong", TEXT_MAX);
        }
        if (finding.decision() == OperationFindingDecision.WAITING) {
            throw RuleViolationException.conflict("operationFinding.error.decisionWaiting");
        }
        return decisions.request(
                user,
                new NewDecision(
                        Initiatives.subject(finding.initiativeId()),
                        finding.decisionTopic(),
                        messages.getMessage(
                                "operationFinding.decision.title",
                                new Object[] {finding.code(), finding.title()},
                                user.language()),
                        text,
                        List.of(
                                messages.getMessage("operationFinding.decision.option.approve", null, user.language()),
                                messages.getMessage("operationFinding.decision.option.revise", null, user.language())),
                        List.of(),
                        new Basis(Map.of())));
    }

    private Row row(UUID organizationId, UUID id) {
        return store.find(organizationId, id)
                .orElseThrow(() -> new NotFoundException(OperationFindingChange.OPERATION_FINDING, id));
    }

    /** The rows with their owners' names and the standing of the decision on each. */
    private List<OperationFinding> complete(UUID organizationId, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<UUID> personIds = new HashSet<>();
        rows.forEach(row -> {
            if (row.ownerId() != null) {
                personIds.add(row.ownerId());
            }
            if (row.raisedById() != null) {
                personIds.add(row.raisedById());
            }
        });
        Map<UUID, String> names = people.names(organizationId, personIds);
        Set<UUID> initiativeIds = rows.stream().map(Row::initiativeId).collect(Collectors.toSet());
        Map<String, Decision> newest = new HashMap<>();
        decisions.ofSubjects(organizationId, InitiativeChange.INITIATIVE, initiativeIds).stream()
                .filter(decision -> decision.topic().startsWith(OperationFinding.TOPIC_PREFIX))
                // newest request first: the first per initiative and topic is the newest
                .forEach(decision -> newest.putIfAbsent(decision.subject().id() + "/" + decision.topic(), decision));
        return rows.stream()
                .map(row -> {
                    Decision decision =
                            newest.get(row.initiativeId() + "/" + OperationFinding.TOPIC_PREFIX + "OF" + row.number());
                    return new OperationFinding(
                            row.id(),
                            row.organizationId(),
                            row.initiativeId(),
                            row.contractId(),
                            row.number(),
                            row.source(),
                            row.incidentId(),
                            row.metricId(),
                            row.metricName(),
                            row.periodStart(),
                            row.periodEnd(),
                            row.title(),
                            row.description(),
                            row.rootCause(),
                            row.countermeasure(),
                            row.ownerId(),
                            row.ownerId() == null ? null : names.get(row.ownerId()),
                            row.dueDate(),
                            row.status(),
                            row.significance(),
                            row.raisedById(),
                            row.raisedById() == null
                                    ? row.raisedByName()
                                    : names.getOrDefault(row.raisedById(), row.raisedByName()),
                            row.createdAt(),
                            row.updatedAt(),
                            row.version(),
                            standing(decision),
                            decision == null ? null : decision.id());
                })
                .toList();
    }

    static OperationFindingDecision standing(@Nullable Decision decision) {
        if (decision == null) {
            return OperationFindingDecision.NONE;
        }
        if (decision.status() == DecisionStatus.REQUESTED) {
            return OperationFindingDecision.WAITING;
        }
        if (decision.approved()) {
            return decision.stale() ? OperationFindingDecision.STALE : OperationFindingDecision.APPROVED;
        }
        return OperationFindingDecision.NOT_APPROVED;
    }

    private record Checked(
            String title,
            String description,
            String rootCause,
            String countermeasure,
            @Nullable UUID ownerId,
            @Nullable LocalDate dueDate,
            OperationFindingStatus status,
            OperationFindingSignificance significance) {}

    private Checked check(UUID organizationId, OperationFindingInput input, @Nullable Row before) {
        String title = text(input.title(), "title", TITLE_MAX, true);
        String description = text(input.description(), "description", TEXT_MAX, false);
        String rootCause = text(input.rootCause(), "rootCause", TEXT_MAX, false);
        String countermeasure = text(input.countermeasure(), "countermeasure", TEXT_MAX, false);
        if (input.ownerId() != null
                && !people.names(organizationId, List.of(input.ownerId())).containsKey(input.ownerId())) {
            throw new UnknownReferenceException("ownerId", "operationFinding.error.unknownOwner");
        }
        LocalDate today = time.today(organizationId);
        if (input.dueDate() != null
                && input.dueDate().isBefore(today)
                && (before == null || !input.dueDate().equals(before.dueDate()))) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "dueDate", "operationFinding.error.duePast");
        }
        OperationFindingStatus status = input.status() == null ? OperationFindingStatus.OPEN : input.status();
        if (input.significance() == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "significance", "incident.error.required");
        }
        if (status != OperationFindingStatus.OPEN) {
            if (countermeasure.isEmpty()) {
                throw new RuleViolationException(
                        Kind.UNPROCESSABLE, "countermeasure", "operationFinding.error.countermeasureNeeded");
            }
            if (input.ownerId() == null) {
                throw new RuleViolationException(Kind.UNPROCESSABLE, "ownerId", "operationFinding.error.ownerNeeded");
            }
            if (input.dueDate() == null) {
                throw new RuleViolationException(Kind.UNPROCESSABLE, "dueDate", "operationFinding.error.dueNeeded");
            }
        }
        if (status == OperationFindingStatus.CLOSED && rootCause.isEmpty()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "rootCause", "operationFinding.error.rootCauseNeeded");
        }
        return new Checked(
                title,
                description,
                rootCause,
                countermeasure,
                input.ownerId(),
                input.dueDate(),
                status,
                input.significance());
    }

    private static String text(@Nullable String value, String field, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, field, "incident.error.required");
        }
        if (text.length() > max) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, field, "incident.error.tooLong", max);
        }
        return text;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static @Nullable UUID actorId(Actor actor) {
        try {
            return UUID.fromString(actor.id());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Map<String, Map<String, ?>> changes(UUID organizationId, Row before, Row after) {
        Map<String, Map<String, ?>> changes = new LinkedHashMap<>();
        change(changes, "title", before.title(), after.title());
        change(changes, "description", before.description(), after.description());
        change(changes, "rootCause", before.rootCause(), after.rootCause());
        change(changes, "countermeasure", before.countermeasure(), after.countermeasure());
        if (!Objects.equals(before.ownerId(), after.ownerId())) {
            Map<UUID, String> names = people.names(
                    organizationId,
                    java.util.stream.Stream.of(before.ownerId(), after.ownerId())
                            .filter(Objects::nonNull)
                            .toList());
            change(
                    changes,
                    "owner",
                    before.ownerId() == null
                            ? ""
                            : names.getOrDefault(
                                    before.ownerId(), before.ownerId().toString()),
                    after.ownerId() == null
                            ? ""
                            : names.getOrDefault(
                                    after.ownerId(), after.ownerId().toString()));
        }
        change(changes, "dueDate", String.valueOf(before.dueDate()), String.valueOf(after.dueDate()));
        change(changes, "status", before.status().name(), after.status().name());
        change(
                changes,
                "significance",
                before.significance().name(),
                after.significance().name());
        return changes;
    }

    private static void change(Map<String, Map<String, ?>> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("before", before);
            change.put("after", after);
            changes.put(field, change);
        }
    }
}
