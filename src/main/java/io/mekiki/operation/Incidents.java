package io.mekiki.operation;

import io.mekiki.catalog.ReportingRuleSets;
import io.mekiki.catalog.ReportingRules;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.Initiatives;
import io.mekiki.operation.internal.incident.IncidentStore;
import io.mekiki.operation.internal.incident.IncidentStore.Row;
import io.mekiki.profile.OrganizationProfiles;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.UnknownReferenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents of initiatives in operation (ADR 036): planners (risk officers and business owners) record,
 * revise, mark reports sent and close them; every member of the organisation reads them with their reporting
 * clocks. Every change is written to the audit ledger in its transaction.
 */
@Service
public class Incidents {

    /** Who records incidents: the planners of initiatives. */
    public static final String RECORDERS = "hasAnyRole('RISK_OFFICER', 'BUSINESS_OWNER')";

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 4000;
    public static final int NOTES_MAX = 10000;
    public static final int REFERENCE_MAX = 200;
    public static final int ASSETS_MAX = 500;
    public static final int PERSONS_MAX = 200_000_000;

    /** The phases in which incidents are recorded: operation, and continuation or termination after it. */
    public static final Set<InitiativePhase> PHASES =
            EnumSet.of(InitiativePhase.OPERATION, InitiativePhase.CONTINUATION_TERMINATION);

    /** How far ahead of the server's clock a moment may lie (clocks of browsers drift). */
    private static final Duration CLOCK_SLACK = Duration.ofMinutes(10);

    private final IncidentStore store;
    private final Initiatives initiatives;
    private final ReportingRuleSets rules;
    private final OrganizationProfiles profiles;
    private final OrganizationTime time;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Incidents(
            IncidentStore store,
            Initiatives initiatives,
            ReportingRuleSets rules,
            OrganizationProfiles profiles,
            OrganizationTime time,
            PeopleDirectory people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.rules = rules;
        this.profiles = profiles;
        this.time = time;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /** The organisation's incidents, newest awareness first; filtered by initiative and status when given. */
    @Transactional(readOnly = true)
    public ListPage<Incident> page(
            SignedInUser user, @Nullable UUID initiativeId, @Nullable IncidentStatus status, int page, int size) {
        UUID org = user.organizationId();
        long total = store.count(org, initiativeId, status);
        List<Incident> items = complete(org, store.list(org, initiativeId, status, page * size, size));
        return new ListPage<>(items, page, size, total);
    }

    /** The open incidents of one initiative, newest first (the initiative page). */
    @Transactional(readOnly = true)
    public List<Incident> openOf(UUID organizationId, UUID initiativeId) {
        return complete(organizationId, store.list(organizationId, initiativeId, IncidentStatus.OPEN, 0, 200));
    }

    /** Every open incident of the organisation (the risk officer's home). */
    @Transactional(readOnly = true)
    public List<Incident> open(UUID organizationId) {
        return complete(organizationId, store.list(organizationId, null, IncidentStatus.OPEN, 0, 500));
    }

    /** Open incidents per initiative, for lists and dashboards. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> openByInitiative(UUID organizationId) {
        return store.openByInitiative(organizationId);
    }

    /** Open incidents per contract (those linked to a contract), for the service-level dashboard. */
    @Transactional(readOnly = true)
    public Map<UUID, Long> openByContract(UUID organizationId) {
        return store.openByContract(organizationId);
    }

    /** @throws NotFoundException when the incident is not the organisation's */
    @Transactional(readOnly = true)
    public Incident incident(SignedInUser user, UUID id) {
        return complete(user.organizationId(), List.of(row(user.organizationId(), id)))
                .get(0);
    }

    /** Any incident of the organisation, for other parts of this module; empty when it has none by that id. */
    @Transactional(readOnly = true)
    public java.util.Optional<Incident> incidentOf(UUID organizationId, UUID id) {
        return store.find(organizationId, id)
                .map(row -> complete(organizationId, List.of(row)).get(0));
    }

    /** The incident's reporting clocks now, in the organisation's zone, and what is still missing. */
    @Transactional(readOnly = true)
    public IncidentClocks clocks(SignedInUser user, UUID id) {
        return clocks(incident(user, id));
    }

    /** The clocks of an incident already read. */
    @Transactional(readOnly = true)
    public IncidentClocks clocks(Incident incident) {
        UUID org = incident.organizationId();
        ReportingRules set = rules.byId(incident.rulesId()).orElseGet(() -> rules.current(org));
        return ReportingClocks.of(
                set, incident, profiles.profileOf(org).criticalInfrastructure(), time.zoneOf(org), clock.instant());
    }

    /**
     * Records an incident on an initiative in operation. Its clocks follow the reporting rules of the
     * catalogue release the organisation works with now, kept with the incident.
     *
     * @throws RuleViolationException 400 naming the field; 409 when the initiative is not in operation
     */
    @Transactional
    @PreAuthorize(RECORDERS)
    public Incident record(SignedInUser user, IncidentInput input) {
        UUID org = user.organizationId();
        Initiative initiative = initiative(org, input.initiativeId());
        Checked checked = check(org, initiative, input);
        if (!PHASES.contains(initiative.phase())) {
            throw new RuleViolationException(Kind.CONFLICT, "initiativeId", "incident.error.notInOperation");
        }
        Instant now = clock.instant();
        String rulesId = rules.current(org).id();
        Row row = new Row(
                UUID.randomUUID(),
                org,
                initiative.id(),
                input.contractId(),
                store.nextNumber(org),
                checked.type,
                checked.severity,
                checked.title,
                checked.startedAt,
                input.endedAt(),
                checked.awareAt,
                checked.impact,
                checked.assets,
                checked.notes,
                checked.facts,
                input.affectedPersons(),
                IncidentStatus.OPEN,
                null,
                null,
                rulesId,
                user.userId(),
                user.actor().name(),
                now,
                now,
                1);
        store.insert(row);
        events.publishEvent(new IncidentRecorded(
                org,
                user.actor(),
                row.id(),
                row.initiativeId(),
                "IN-" + row.number(),
                row.type(),
                row.severity(),
                row.title(),
                row.awareAt(),
                rulesId));
        return incident(user, row.id());
    }

    /**
     * Replaces what was recorded of an open incident (the initiative stays).
     *
     * @throws RuleViolationException 400 naming the field; 409 when closed or the version is not the one read
     */
    @Transactional
    @PreAuthorize(RECORDERS)
    public Incident revise(SignedInUser user, UUID id, @Nullable Integer expectedVersion, IncidentInput input) {
        UUID org = user.organizationId();
        Row before = row(org, id);
        Initiative initiative = initiatives
                .initiativeOf(org, before.initiativeId())
                .orElseThrow(() -> new NotFoundException(IncidentChange.INCIDENT, id));
        Checked checked = check(org, initiative, input);
        if (expectedVersion == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "version", "incident.error.versionMissing");
        }
        if (before.status() == IncidentStatus.CLOSED) {
            throw RuleViolationException.conflict("incident.error.closed");
        }
        if (before.version() != expectedVersion) {
            throw RuleViolationException.conflict("incident.error.stale");
        }
        Row after = new Row(
                before.id(),
                org,
                before.initiativeId(),
                input.contractId(),
                before.number(),
                checked.type,
                checked.severity,
                checked.title,
                checked.startedAt,
                input.endedAt(),
                checked.awareAt,
                checked.impact,
                checked.assets,
                checked.notes,
                checked.facts,
                input.affectedPersons(),
                before.status(),
                null,
                null,
                before.rulesId(),
                before.recordedById(),
                before.recordedByName(),
                before.createdAt(),
                clock.instant(),
                before.version() + 1);
        Map<String, Map<String, ?>> changes = changes(before, after);
        if (changes.isEmpty()) {
            return incident(user, id);
        }
        if (!store.update(after, expectedVersion)) {
            throw RuleViolationException.conflict("incident.error.stale");
        }
        events.publishEvent(
                new IncidentRevised(org, user.actor(), id, before.initiativeId(), "IN-" + before.number(), changes));
        return incident(user, id);
    }

    /**
     * Marks a report the incident owes under its reporting rules as sent, with the day and the authority's
     * reference (or one's own).
     *
     * @throws RuleViolationException 400 naming {@code reportId}, {@code sentOn} or {@code reference}; 409 when
     *     already marked
     */
    @Transactional
    @PreAuthorize(RECORDERS)
    public Incident markReportSent(
            SignedInUser user,
            UUID id,
            @Nullable String ruleId,
            @Nullable String reportId,
            @Nullable LocalDate sentOn,
            @Nullable String reference) {
        UUID org = user.organizationId();
        Incident incident = incident(user, id);
        IncidentClocks clocks = clocks(incident);
        ReportingClock owed = clocks.clocks().stream()
                .filter(clock ->
                        clock.ruleId().equals(ruleId) && clock.reportId().equals(reportId))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        Kind.UNPROCESSABLE, "reportId", "incident.error.reportNotOwed", ruleId + "/" + reportId));
        ZoneId zone = time.zoneOf(org);
        LocalDate awareDay = incident.awareAt().atZone(zone).toLocalDate();
        if (sentOn == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "sentOn", "incident.error.required");
        }
        if (sentOn.isBefore(awareDay) || sentOn.isAfter(time.today(org))) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "sentOn", "incident.error.sentOnRange", awareDay);
        }
        String ref = text(reference, "reference", REFERENCE_MAX, true);
        if (owed.sent() != null) {
            throw RuleViolationException.conflict("incident.error.reportAlreadySent");
        }
        SentReport report = new SentReport(
                owed.ruleId(),
                owed.reportId(),
                sentOn,
                ref,
                user.userId(),
                user.actor().name(),
                clock.instant());
        if (!store.reportSent(org, id, report)) {
            throw RuleViolationException.conflict("incident.error.reportAlreadySent");
        }
        events.publishEvent(new IncidentReportSent(
                org,
                user.actor(),
                id,
                incident.initiativeId(),
                incident.code(),
                owed.ruleId(),
                owed.reportId(),
                sentOn,
                ref));
        return incident(user, id);
    }

    /**
     * Closes an open incident with a summary (what happened, what was done).
     *
     * @throws RuleViolationException 400 naming {@code summary}; 409 when already closed
     */
    @Transactional
    @PreAuthorize(RECORDERS)
    public Incident close(SignedInUser user, UUID id, @Nullable String summary) {
        UUID org = user.organizationId();
        Row before = row(org, id);
        String text = text(summary, "summary", TEXT_MAX, true);
        if (before.status() == IncidentStatus.CLOSED) {
            throw RuleViolationException.conflict("incident.error.closed");
        }
        Instant now = clock.instant();
        Row after = new Row(
                before.id(),
                org,
                before.initiativeId(),
                before.contractId(),
                before.number(),
                before.type(),
                before.severity(),
                before.title(),
                before.startedAt(),
                before.endedAt(),
                before.awareAt(),
                before.impact(),
                before.affectedAssetIds(),
                before.handlingNotes(),
                before.facts(),
                before.affectedPersons(),
                IncidentStatus.CLOSED,
                text,
                now,
                before.rulesId(),
                before.recordedById(),
                before.recordedByName(),
                before.createdAt(),
                now,
                before.version() + 1);
        if (!store.update(after, before.version())) {
            throw RuleViolationException.conflict("incident.error.stale");
        }
        events.publishEvent(
                new IncidentClosed(org, user.actor(), id, before.initiativeId(), "IN-" + before.number(), text));
        return incident(user, id);
    }

    private Row row(UUID organizationId, UUID id) {
        return store.find(organizationId, id).orElseThrow(() -> new NotFoundException(IncidentChange.INCIDENT, id));
    }

    private Initiative initiative(UUID organizationId, @Nullable UUID initiativeId) {
        if (initiativeId == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "initiativeId", "incident.error.required");
        }
        return initiatives
                .initiativeOf(organizationId, initiativeId)
                .orElseThrow(() -> new UnknownReferenceException("initiativeId", "incident.error.unknownInitiative"));
    }

    private List<Incident> complete(UUID organizationId, List<Row> rows) {
        Map<UUID, List<SentReport>> reports =
                store.reports(rows.stream().map(Row::id).toList());
        Map<UUID, String> names = people.names(
                organizationId,
                rows.stream().map(Row::recordedById).filter(Objects::nonNull).collect(Collectors.toSet()));
        return rows.stream()
                .map(row -> row.incident(
                        row.recordedById() == null
                                ? row.recordedByName()
                                : names.getOrDefault(row.recordedById(), row.recordedByName()),
                        reports.getOrDefault(row.id(), List.of())))
                .toList();
    }

    private record Checked(
            IncidentType type,
            IncidentSeverity severity,
            String title,
            Instant startedAt,
            Instant awareAt,
            String impact,
            List<UUID> assets,
            String notes,
            Set<IncidentFact> facts) {}

    /** Every rule about the values; the first problem found is refused, naming its field. */
    private Checked check(UUID organizationId, Initiative initiative, IncidentInput input) {
        if (input.contractId() != null) {
            // contracts are checked once the contract module offers them (ADR 036): until then none is accepted
            throw new UnknownReferenceException("contractId", "incident.error.unknownContract");
        }
        if (input.type() == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "type", "incident.error.required");
        }
        if (input.severity() == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "severity", "incident.error.required");
        }
        String title = text(input.title(), "title", TITLE_MAX, true);
        Instant limit = clock.instant().plus(CLOCK_SLACK);
        if (input.startedAt() == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "startedAt", "incident.error.required");
        }
        if (input.startedAt().isAfter(limit)) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "startedAt", "incident.error.future");
        }
        if (input.awareAt() == null) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "awareAt", "incident.error.required");
        }
        if (input.awareAt().isAfter(limit)) {
            throw new RuleViolationException(Kind.UNPROCESSABLE, "awareAt", "incident.error.future");
        }
        if (input.endedAt() != null) {
            if (input.endedAt().isBefore(input.startedAt())) {
                throw new RuleViolationException(Kind.UNPROCESSABLE, "endedAt", "incident.error.endBeforeStart");
            }
            if (input.endedAt().isAfter(limit)) {
                throw new RuleViolationException(Kind.UNPROCESSABLE, "endedAt", "incident.error.future");
            }
        }
        String impact = text(input.impact(), "impact", TEXT_MAX, false);
        String notes = text(input.handlingNotes(), "handlingNotes", NOTES_MAX, false);
        List<UUID> assets = input.affectedAssetIds() == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(input.affectedAssetIds()));
        if (assets.size() > ASSETS_MAX) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE, "affectedAssetIds", "incident.error.tooMany", ASSETS_MAX);
        }
        for (int i = 0; i < assets.size(); i++) {
            if (assets.get(i) == null || !initiative.assetIds().contains(assets.get(i))) {
                throw new UnknownReferenceException("affectedAssetIds[" + i + "]", "incident.error.assetNotInScope");
            }
        }
        if (input.affectedPersons() != null && (input.affectedPersons() < 0 || input.affectedPersons() > PERSONS_MAX)) {
            throw new RuleViolationException(
                    Kind.UNPROCESSABLE, "affectedPersons", "incident.error.personsRange", PERSONS_MAX);
        }
        Set<IncidentFact> facts = input.facts() == null || input.facts().isEmpty()
                ? EnumSet.noneOf(IncidentFact.class)
                : EnumSet.copyOf(input.facts());
        return new Checked(
                input.type(),
                input.severity(),
                title,
                input.startedAt(),
                input.awareAt(),
                impact,
                assets,
                notes,
                facts);
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

    private static Map<String, Map<String, ?>> changes(Row before, Row after) {
        Map<String, Map<String, ?>> changes = new LinkedHashMap<>();
        change(changes, "type", before.type().name(), after.type().name());
        change(changes, "severity", before.severity().name(), after.severity().name());
        change(changes, "title", before.title(), after.title());
        change(changes, "startedAt", String.valueOf(before.startedAt()), String.valueOf(after.startedAt()));
        change(changes, "endedAt", String.valueOf(before.endedAt()), String.valueOf(after.endedAt()));
        change(changes, "awareAt", String.valueOf(before.awareAt()), String.valueOf(after.awareAt()));
        change(changes, "impact", before.impact(), after.impact());
        change(changes, "handlingNotes", before.handlingNotes(), after.handlingNotes());
        change(
                changes,
                "affectedAssets",
                before.affectedAssetIds().stream().map(UUID::toString).sorted().toList(),
                after.affectedAssetIds().stream().map(UUID::toString).sorted().toList());
        change(
                changes,
                "facts",
                before.facts().stream().map(Enum::name).sorted().toList(),
                after.facts().stream().map(Enum::name).sorted().toList());
        change(
                changes,
                "affectedPersons",
                String.valueOf(before.affectedPersons()),
                String.valueOf(after.affectedPersons()));
        change(changes, "contractId", String.valueOf(before.contractId()), String.valueOf(after.contractId()));
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
