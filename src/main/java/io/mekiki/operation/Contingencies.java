package io.mekiki.operation;

import io.mekiki.decision.Basis;
import io.mekiki.decision.Decision;
import io.mekiki.decision.DecisionStatus;
import io.mekiki.decision.Decisions;
import io.mekiki.decision.NewDecision;
import io.mekiki.identity.Members;
import io.mekiki.identity.Members.Member;
import io.mekiki.identity.Role;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeChange;
import io.mekiki.initiative.Initiatives;
import io.mekiki.operation.Contingency.AffectedInitiative;
import io.mekiki.operation.ContingencyEntry.RequestedDecision;
import io.mekiki.operation.internal.contingency.ContingencyStore;
import io.mekiki.operation.internal.contingency.ContingencyStore.Affected;
import io.mekiki.operation.internal.contingency.ContingencyStore.EntryRow;
import io.mekiki.operation.internal.contingency.ContingencyStore.Row;
import io.mekiki.shared.ListPage;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contingencies (不測事態, ADR 037): an executive opens one on initiatives of the organisation and names who
 * commands; executives and risk officers record its timeline (business owners add status updates on their
 * initiatives); a risk officer's decision entry asks an executive to decide on each affected initiative (topic
 * {@value #TOPIC_PREFIX}…, counted by the gate OPERATION_CONTINGENCIES_DECIDED); an executive closes it with a
 * review, after which it is read-only. Everyone in the organisation reads.
 */
@Service
public class Contingencies {

    /** Who opens and closes a contingency. */
    public static final String COMMANDERS = "hasRole('EXECUTIVE')";

    /** Who records timeline entries: executives and risk officers any kind, business owners status updates. */
    public static final String WRITERS = "hasAnyRole('EXECUTIVE', 'RISK_OFFICER', 'BUSINESS_OWNER')";

    /** The prefix of the topics of the decisions asked for during a contingency. */
    public static final String TOPIC_PREFIX = "CONTINGENCY_";

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 10_000;
    public static final int AUTHORITY_MAX = 200;
    public static final int REFERENCE_MAX = 200;
    public static final int INITIATIVES_MAX = 50;
    public static final int OPTIONS_MAX = 10;
    public static final int OPTION_MAX = 500;
    public static final int PAGE_SIZE = 50;

    /** How far in the future a time given by a person may lie (clocks differ a little). */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    private final ContingencyStore store;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final Members members;
    private final OrganizationTime time;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Contingencies(
            ContingencyStore store,
            Initiatives initiatives,
            Decisions decisions,
            Members members,
            OrganizationTime time,
            MessageSource messages,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.members = members;
        this.time = time;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a contingency.
     *
     * @throws RuleViolationException 400 naming {@code kind}, {@code title}, {@code description}, {@code beganAt},
     *     {@code commanderId} or {@code initiativeIds}
     */
    @Transactional
    @PreAuthorize(COMMANDERS)
    public Contingency open(SignedInUser user, NewContingency input) {
        UUID organizationId = user.organizationId();
        ContingencyKind kind = kind(input.kind());
        String title = required(input.title(), "title", TITLE_MAX);
        String description = required(input.description(), "description", TEXT_MAX);
        Instant now = clock.instant();
        Instant beganAt = moment(input.beganAt(), "beganAt", organizationId, now);
        if (beganAt == null) {
            throw invalid("beganAt", "contingency.error.required");
        }
        Member commander = commander(organizationId, input.commanderId(), user.userId());
        List<Initiative> affected = affected(organizationId, input.initiativeIds());
        UUID id = UUID.randomUUID();
        store.insert(
                new Row(
                        id,
                        organizationId,
                        kind,
                        title,
                        description,
                        beganAt,
                        commander.id(),
                        commander.displayName(),
                        user.userId(),
                        user.displayName(),
                        now,
                        null,
                        null,
                        null,
                        null,
                        null),
                affected.stream()
                        .map(initiative -> new Affected(initiative.id(), initiative.title()))
                        .toList());
        events.publishEvent(new ContingencyOpened(
                organizationId,
                user.actor(),
                id,
                kind,
                title,
                description,
                beganAt,
                commander.id(),
                commander.displayName(),
                affected.stream().map(Initiative::id).toList(),
                affected.stream().map(Initiative::title).toList()));
        affected.forEach(initiative -> initiatives.gateFactsChanged(organizationId, initiative.id(), user.actor()));
        return read(organizationId, id);
    }

    /**
     * The contingency with its timeline and the decisions asked for on it.
     *
     * @throws NotFoundException when it is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public Contingency contingency(SignedInUser user, UUID id) {
        return read(user.organizationId(), id);
    }

    /**
     * Records an entry on the timeline of an open contingency. A risk officer's DECISION entry with {@code
     * requestDecision} asks an executive for a decision on each initiative named (every affected one when none
     * is), in the same transaction: refused, nothing is recorded.
     *
     * @throws NotFoundException when the contingency is not one of the organisation's
     * @throws RuleViolationException 409 when it is closed; 403 when a business owner records anything but a status
     *     update on an initiative of theirs, or someone else than a risk officer asks for a decision; 400 naming
     *     {@code kind}, {@code text}, {@code at}, {@code authority}, {@code reference}, {@code initiativeId},
     *     {@code corrects}, {@code requestDecision}, {@code decisionInitiativeIds} or {@code options}
     */
    @Transactional
    @PreAuthorize(WRITERS)
    public ContingencyEntry record(SignedInUser user, UUID id, NewContingencyEntry input) {
        UUID organizationId = user.organizationId();
        Row row = store.find(organizationId, id, true).orElseThrow(() -> notFound(id));
        if (row.closedAt() != null) {
            throw RuleViolationException.conflict("contingency.error.closed");
        }
        ContingencyEntryKind kind = entryKind(input.kind());
        Set<String> roles = user.roleNames();
        boolean planner = roles.contains(Role.EXECUTIVE.name()) || roles.contains(Role.RISK_OFFICER.name());
        if (!planner && kind != ContingencyEntryKind.STATUS_UPDATE) {
            throw RuleViolationException.forbidden("contingency.error.ownersStatusOnly");
        }
        String text = required(input.text(), "text", TEXT_MAX);
        Instant now = clock.instant();
        Instant at = moment(input.at(), "at", organizationId, now);
        if (at == null) {
            at = now;
        }
        if (at.isBefore(row.beganAt())) {
            throw invalid("at", "contingency.error.beforeBeginning");
        }
        String authority = optional(input.authority(), "authority", AUTHORITY_MAX);
        if (kind == ContingencyEntryKind.AUTHORITY_COMMUNICATION && authority == null) {
            throw invalid("authority", "contingency.error.required");
        }
        String reference = optional(input.reference(), "reference", REFERENCE_MAX);
        List<Affected> affected = store.affected(id);
        Map<UUID, String> affectedTitles = new LinkedHashMap<>();
        affected.forEach(initiative -> affectedTitles.put(initiative.initiativeId(), initiative.title()));
        UUID initiativeId = reference(input.initiativeId(), "initiativeId");
        if (initiativeId != null && !affectedTitles.containsKey(initiativeId)) {
            throw invalid("initiativeId", "contingency.error.notAffected");
        }
        if (!planner) {
            if (initiativeId == null) {
                throw invalid("initiativeId", "contingency.error.ownerNamesInitiative");
            }
            boolean owns = initiatives
                    .initiativeOf(organizationId, initiativeId)
                    .map(initiative -> initiative.businessOwnerId().equals(user.userId()))
                    .orElse(false);
            if (!owns) {
                throw RuleViolationException.forbidden("contingency.error.notYourInitiative");
            }
        }
        List<EntryRow> entries = store.entries(id);
        UUID corrects = reference(input.corrects(), "corrects");
        Integer correctsNumber = null;
        if (corrects != null) {
            correctsNumber = entries.stream()
                    .filter(entry -> entry.id().equals(corrects))
                    .map(EntryRow::number)
                    .findFirst()
                    .orElseThrow(() -> invalid("corrects", "contingency.error.unknownEntry"));
        }
        boolean requestDecision = Boolean.TRUE.equals(input.requestDecision());
        UUID entryId = UUID.randomUUID();
        String topic = null;
        List<UUID> decisionOn = List.of();
        List<String> options = List.of();
        if (requestDecision) {
            if (kind != ContingencyEntryKind.DECISION) {
                throw invalid("requestDecision", "contingency.error.requestOnDecisionOnly");
            }
            if (!roles.contains(Role.RISK_OFFICER.name())) {
                throw RuleViolationException.forbidden("contingency.error.requestByRiskOfficer");
            }
            decisionOn = decisionInitiatives(input.decisionInitiativeIds(), affectedTitles.keySet());
            options = options(input.options(), user.language());
            topic = TOPIC_PREFIX + entryId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        }
        EntryRow entry = new EntryRow(
                entryId,
                0,
                kind,
                at,
                now,
                user.userId(),
                user.displayName(),
                text,
                authority,
                reference,
                initiativeId,
                corrects,
                topic);
        int number = store.append(organizationId, id, entry);
        for (UUID initiative : decisionOn) {
            decisions.request(
                    user,
                    new NewDecision(
                            Initiatives.subject(initiative),
                            topic,
                            shortened(
                                    messages.getMessage(
                                            "contingency.decision.title",
                                            new Object[] {row.title(), number},
                                            user.language()),
                                    TITLE_MAX),
                            text,
                            options,
                            List.of(),
                            new Basis(Map.of())));
        }
        events.publishEvent(new ContingencyEntryRecorded(
                organizationId,
                user.actor(),
                id,
                entryId,
                number,
                kind,
                at,
                text,
                authority,
                reference,
                initiativeId == null ? null : affectedTitles.get(initiativeId),
                correctsNumber,
                topic,
                decisionOn.stream().map(affectedTitles::get).toList()));
        return read(organizationId, id).entries().stream()
                .filter(recorded -> recorded.id().equals(entryId))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Closes an open contingency with its review; it is read-only from then on.
     *
     * @throws NotFoundException when it is not one of the organisation's
     * @throws RuleViolationException 409 when it is closed already; 400 naming {@code worked}, {@code notWorked} or
     *     {@code actions}
     */
    @Transactional
    @PreAuthorize(COMMANDERS)
    public Contingency close(SignedInUser user, UUID id, ContingencyReview review) {
        UUID organizationId = user.organizationId();
        Row row = store.find(organizationId, id, true).orElseThrow(() -> notFound(id));
        if (row.closedAt() != null) {
            throw RuleViolationException.conflict("contingency.error.closed");
        }
        String worked = required(review.worked(), "worked", TEXT_MAX);
        String notWorked = required(review.notWorked(), "notWorked", TEXT_MAX);
        String actions = required(review.actions(), "actions", TEXT_MAX);
        if (!store.close(
                organizationId, id, user.userId(), user.displayName(), clock.instant(), worked, notWorked, actions)) {
            throw RuleViolationException.conflict("contingency.error.closed");
        }
        events.publishEvent(
                new ContingencyClosed(organizationId, user.actor(), id, row.title(), worked, notWorked, actions));
        store.affected(id)
                .forEach(initiative ->
                        initiatives.gateFactsChanged(organizationId, initiative.initiativeId(), user.actor()));
        return read(organizationId, id);
    }

    /**
     * A page of the organisation's contingencies, open ones first, then the latest to begin.
     *
     * @param status only open or only closed ones; all when null
     */
    @Transactional(readOnly = true)
    public ListPage<ContingencySummary> page(
            SignedInUser user, @Nullable ContingencyStatus status, int page, int size) {
        UUID organizationId = user.organizationId();
        return new ListPage<>(
                store.page(organizationId, status, page, size), page, size, store.count(organizationId, status));
    }

    /** The organisation's open contingencies, for the banner every page of the organisation shows. */
    @Transactional(readOnly = true)
    public List<ContingencySummary> openIn(UUID organizationId) {
        return store.open(organizationId);
    }

    /** Who may command: the organisation's active executives, by name. */
    @Transactional(readOnly = true)
    public List<Member> commanders(UUID organizationId) {
        return members.withRole(organizationId, Role.EXECUTIVE);
    }

    /** The initiatives a contingency may affect: the organisation's that are not closed, by title. */
    @Transactional(readOnly = true)
    public List<InitiativeChoice> initiativeChoices(SignedInUser user) {
        return initiatives.search(user, io.mekiki.initiative.InitiativeQuery.all()).stream()
                .filter(row -> !row.phase().closed())
                .map(row ->
                        new InitiativeChoice(row.id(), row.title(), row.phase().messageKey()))
                .sorted((a, b) -> a.title().compareTo(b.title()))
                .toList();
    }

    /** An initiative to choose, with the message key of its phase. */
    public record InitiativeChoice(UUID id, String title, String phaseKey) {}

    /** The zone the organisation's times are given and shown in. */
    public ZoneId zoneOf(UUID organizationId) {
        return time.zoneOf(organizationId);
    }

    private Contingency read(UUID organizationId, UUID id) {
        Row row = store.find(organizationId, id, false).orElseThrow(() -> notFound(id));
        List<Affected> affected = store.affected(id);
        List<AffectedInitiative> current = new ArrayList<>();
        for (Affected initiative : affected) {
            Optional<Initiative> found = initiatives.initiativeOf(organizationId, initiative.initiativeId());
            current.add(new AffectedInitiative(
                    initiative.initiativeId(),
                    found.map(Initiative::title).orElse(initiative.title()),
                    found.map(Initiative::businessOwnerId).orElse(null)));
        }
        Map<UUID, String> titles = current.stream()
                .collect(Collectors.toMap(AffectedInitiative::id, AffectedInitiative::title, (a, b) -> a));
        List<EntryRow> rows = store.entries(id);
        Map<String, List<Decision>> byTopic = new HashMap<>();
        if (rows.stream().anyMatch(entry -> entry.decisionTopic() != null)) {
            decisions.ofSubjects(organizationId, InitiativeChange.INITIATIVE, titles.keySet()).stream()
                    .filter(decision -> decision.topic().startsWith(TOPIC_PREFIX))
                    .forEach(decision -> byTopic.computeIfAbsent(decision.topic(), topic -> new ArrayList<>())
                            .add(decision));
        }
        Map<UUID, Integer> numbers = new HashMap<>();
        rows.forEach(entry -> numbers.put(entry.id(), entry.number()));
        List<ContingencyEntry> entries = rows.stream()
                .map(entry -> new ContingencyEntry(
                        entry.id(),
                        entry.number(),
                        entry.kind(),
                        entry.at(),
                        entry.recordedAt(),
                        entry.authorId(),
                        entry.authorName(),
                        entry.text(),
                        entry.authority(),
                        entry.reference(),
                        entry.initiativeId(),
                        entry.corrects(),
                        entry.corrects() == null ? null : numbers.get(entry.corrects()),
                        entry.decisionTopic(),
                        entry.decisionTopic() == null
                                ? List.of()
                                : byTopic.getOrDefault(entry.decisionTopic(), List.of()).stream()
                                        .map(decision -> requested(decision, titles))
                                        .toList()))
                .toList();
        return new Contingency(
                row.id(),
                row.kind(),
                row.title(),
                row.description(),
                row.beganAt(),
                row.commanderId(),
                row.commanderName(),
                current,
                row.openedBy(),
                row.openedByName(),
                row.openedAt(),
                row.closedAt() == null ? ContingencyStatus.OPEN : ContingencyStatus.CLOSED,
                row.closedAt(),
                row.closedByName(),
                row.closedAt() == null
                        ? null
                        : new Contingency.Review(row.reviewWorked(), row.reviewNotWorked(), row.reviewActions()),
                entries);
    }

    private static RequestedDecision requested(Decision decision, Map<UUID, String> titles) {
        UUID initiative = decision.subject().id();
        return new RequestedDecision(
                decision.id(),
                initiative,
                titles.getOrDefault(initiative, ""),
                decision.status() == DecisionStatus.REQUESTED ? "REQUESTED" : "DECIDED",
                decision.outcome(),
                decision.decidedByName(),
                decision.decidedAt(),
                decision.stale());
    }

    private Member commander(UUID organizationId, @Nullable String commanderId, UUID opener) {
        UUID id = commanderId == null || commanderId.isBlank() ? opener : reference(commanderId, "commanderId");
        return members.member(organizationId, id)
                .filter(member -> member.active() && member.roles().contains(Role.EXECUTIVE))
                .orElseThrow(() -> invalid("commanderId", "contingency.error.commander"));
    }

    private List<Initiative> affected(UUID organizationId, @Nullable List<String> ids) {
        if (ids == null || ids.stream().allMatch(id -> id == null || id.isBlank())) {
            throw invalid("initiativeIds", "contingency.error.initiativesRequired");
        }
        Set<UUID> unique = new LinkedHashSet<>();
        for (String id : ids) {
            if (id != null && !id.isBlank()) {
                unique.add(reference(id, "initiativeIds"));
            }
        }
        if (unique.size() > INITIATIVES_MAX) {
            throw invalid("initiativeIds", "contingency.error.tooMany", INITIATIVES_MAX);
        }
        List<Initiative> found = new ArrayList<>();
        for (UUID id : unique) {
            Initiative initiative = initiatives
                    .initiativeOf(organizationId, id)
                    .orElseThrow(() -> invalid("initiativeIds", "contingency.error.unknownInitiative"));
            if (initiative.phase().closed()) {
                throw invalid("initiativeIds", "contingency.error.closedInitiative", initiative.title());
            }
            found.add(initiative);
        }
        return found;
    }

    private static List<UUID> decisionInitiatives(@Nullable List<String> ids, Set<UUID> affected) {
        if (ids == null || ids.stream().allMatch(id -> id == null || id.isBlank())) {
            return List.copyOf(affected);
        }
        Set<UUID> chosen = new LinkedHashSet<>();
        for (String id : ids) {
            if (id == null || id.isBlank()) {
                continue;
            }
            UUID initiative = reference(id, "decisionInitiativeIds");
            if (!affected.contains(initiative)) {
                throw invalid("decisionInitiativeIds", "contingency.error.notAffected");
            }
            chosen.add(initiative);
        }
        return List.copyOf(chosen);
    }

    private List<String> options(@Nullable List<String> given, Locale language) {
        List<String> options = given == null
                ? List.of()
                : given.stream()
                        .filter(option -> option != null && !option.isBlank())
                        .map(String::strip)
                        .toList();
        if (options.isEmpty()) {
            return List.of(
                    messages.getMessage("contingency.decision.option.approve", null, language),
                    messages.getMessage("contingency.decision.option.decline", null, language));
        }
        if (options.size() > OPTIONS_MAX) {
            throw invalid("options", "contingency.error.tooMany", OPTIONS_MAX);
        }
        for (String option : options) {
            if (option.length() > OPTION_MAX) {
                throw invalid("options", "contingency.error.tooLong", OPTION_MAX);
            }
        }
        return options;
    }

    /**
     * A moment as typed: an ISO-8601 instant with offset, or a date and time in the organisation's zone; null when
     * blank. Refused when unreadable or in the future.
     */
    private @Nullable Instant moment(@Nullable String text, String field, UUID organizationId, Instant now) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        Instant moment;
        try {
            moment = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                moment = LocalDateTime.parse(value)
                        .atZone(time.zoneOf(organizationId))
                        .toInstant();
            } catch (DateTimeParseException notLocal) {
                throw invalid(field, "contingency.error.time");
            }
        }
        if (moment.isAfter(now.plus(CLOCK_SLACK))) {
            throw invalid(field, "contingency.error.future");
        }
        return moment;
    }

    private static ContingencyKind kind(@Nullable String text) {
        if (text != null) {
            for (ContingencyKind kind : ContingencyKind.values()) {
                if (kind.name().equals(text.strip())) {
                    return kind;
                }
            }
        }
        throw invalid("kind", "contingency.error.kind");
    }

    private static ContingencyEntryKind entryKind(@Nullable String text) {
        if (text != null) {
            for (ContingencyEntryKind kind : ContingencyEntryKind.values()) {
                if (kind.name().equals(text.strip())) {
                    return kind;
                }
            }
        }
        throw invalid("kind", "contingency.error.entryKind");
    }

    private static String required(@Nullable String text, String field, int max) {
        String value = optional(text, field, max);
        if (value == null) {
            throw invalid(field, "contingency.error.required");
        }
        return value;
    }

    private static @Nullable String optional(@Nullable String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw invalid(field, "contingency.error.tooLong", max);
        }
        return value;
    }

    private static @Nullable UUID reference(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException notAnId) {
            throw invalid(field, "contingency.error.reference");
        }
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static RuleViolationException invalid(String field, String code, Object... arguments) {
        return new RuleViolationException(Kind.UNPROCESSABLE, field, code, arguments);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException(ContingencyChange.CONTINGENCY, id);
    }
}
