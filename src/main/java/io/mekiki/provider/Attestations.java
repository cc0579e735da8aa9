package io.mekiki.provider;

import io.mekiki.provider.AttestationCoverage.KindCoverage;
import io.mekiki.provider.AttestationStore.Lapse;
import io.mekiki.provider.CoverageArithmetic.Span;
import io.mekiki.shared.Actor;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.PeopleDirectory;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * What providers' attestation reports cover and expect (issue 13): coverage of a period by report periods and
 * validities, bridge letters, exceptions noted, complementary user-entity controls and their mapping; the
 * notices before an attestation ends at the offsets the organisation sets; and the lapses told to the other
 * modules through {@link AttestationLapsed}.
 */
@Service
public class Attestations {

    /** The days before an attestation's end at which the organisation is told, until it sets its own. */
    public static final List<Integer> DEFAULT_NOTICE_OFFSETS = List.of(90, 30, 7);

    /** How many offsets an organisation may set, and the farthest one. */
    static final int OFFSETS_MAX = 10;

    static final int OFFSET_DAYS_MAX = 365;

    /** Who may set the notice offsets, as a Spring Security expression. */
    public static final String SETTERS = "hasAnyRole('RISK_OFFICER', 'ADMIN')";

    private final AttestationStore store;
    private final ProviderStore providers;
    private final ProviderRegister register;
    private final PeopleDirectory people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Attestations(
            AttestationStore store,
            ProviderStore providers,
            ProviderRegister register,
            PeopleDirectory people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.providers = providers;
        this.register = register;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The coverage of a period by the provider's attestations, for the organisation's own reading (the caller
     * has checked who reads): per kind, the months covered, the gaps and what bridge letters close of them, the
     * exceptions noted and the user-entity controls expected, of the attestations overlapping the period
     * (by their own period or a bridge letter's).
     *
     * @param serviceId the service looked at (attestations whose scope names it or names no service); none:
     *     all the provider's attestations
     * @throws NotFoundException if the provider is not the organisation's
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    @Transactional(readOnly = true)
    public AttestationCoverage coverage(
            UUID organizationId, UUID providerId, @Nullable UUID serviceId, LocalDate from, LocalDate to) {
        if (providers.provider(organizationId, providerId).isEmpty()) {
            throw new NotFoundException("PROVIDER", providerId);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + ".." + to);
        }
        LocalDate today = register.today(organizationId);
        List<BridgeLetter> letters = store.bridgeLetters(organizationId, providerId, null);
        Set<UUID> bridgedIntoPeriod = letters.stream()
                .filter(letter -> CoverageArithmetic.overlaps(
                        new Span(letter.id(), letter.coversFrom(), letter.coversUntil()), from, to))
                .map(BridgeLetter::attestationId)
                .collect(Collectors.toSet());
        List<AttestationStore.Period> periods = store.inScope(organizationId, providerId, serviceId).stream()
                .filter(period -> bridgedIntoPeriod.contains(period.id())
                        || CoverageArithmetic.overlaps(new Span(period.id(), period.start(), period.end()), from, to))
                .toList();
        List<ReportException> exceptions = store.exceptions(organizationId, providerId, null);
        List<UserEntityControl> controls = store.controls(organizationId, providerId, null);
        Map<AttestationKind, List<AttestationStore.Period>> byKind = new EnumMap<>(AttestationKind.class);
        for (AttestationStore.Period period : periods) {
            byKind.computeIfAbsent(period.kind(), kind -> new ArrayList<>()).add(period);
        }
        List<KindCoverage> kinds = new ArrayList<>();
        byKind.forEach((kind, ofKind) -> {
            Set<UUID> ids = ofKind.stream().map(AttestationStore.Period::id).collect(Collectors.toSet());
            List<Span> reports = ofKind.stream()
                    .map(period -> new Span(period.id(), period.start(), period.end()))
                    .toList();
            List<Span> bridges = letters.stream()
                    .filter(letter -> ids.contains(letter.attestationId()))
                    .map(letter -> new Span(letter.id(), letter.coversFrom(), letter.coversUntil()))
                    .toList();
            CoverageArithmetic.Result result = CoverageArithmetic.of(from, to, today, reports, bridges);
            kinds.add(new KindCoverage(
                    kind,
                    ofKind.stream().map(AttestationStore.Period::id).toList(),
                    result.covered(),
                    result.gaps(),
                    result.upcoming(),
                    exceptions.stream()
                            .filter(exception -> ids.contains(exception.attestationId()))
                            .toList(),
                    controls.stream()
                            .filter(control -> ids.contains(control.attestationId()))
                            .toList()));
        });
        return new AttestationCoverage(providerId, serviceId, from, to, today, kinds);
    }

    /** Today in the organisation's calendar, which coverage counts upcoming months from. */
    public LocalDate today(UUID organizationId) {
        return register.today(organizationId);
    }

    /** {@link #coverage(UUID, UUID, UUID, LocalDate, LocalDate)} in the signed-in user's organisation. */
    @Transactional(readOnly = true)
    public AttestationCoverage coverage(
            SignedInUser user, UUID providerId, @Nullable UUID serviceId, LocalDate from, LocalDate to) {
        return coverage(user.organizationId(), providerId, serviceId, from, to);
    }

    // the parts of a report

    /** What is recorded of the attestation beyond its kind and period (any member of the organisation). */
    @Transactional(readOnly = true)
    public AttestationParts parts(SignedInUser user, UUID providerId, UUID attestationId) {
        register.attestation(user, providerId, attestationId);
        return parts(user.organizationId(), providerId, attestationId);
    }

    private AttestationParts parts(UUID organizationId, UUID providerId, UUID attestationId) {
        return new AttestationParts(
                attestationId,
                store.reportDate(organizationId, attestationId),
                store.services(organizationId, attestationId),
                store.bridgeLetters(organizationId, providerId, attestationId),
                store.exceptions(organizationId, providerId, attestationId),
                store.controls(organizationId, providerId, attestationId));
    }

    /**
     * Sets the date of the report and the services its scope names (none: the provider as a whole).
     *
     * @throws ProviderRuleViolation 400 naming {@code serviceIds[i]} for a service that is not the provider's,
     *     or {@code reportDate} for a report dated before the start of its period
     */
    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public AttestationParts setScope(
            SignedInUser user,
            UUID providerId,
            UUID attestationId,
            @Nullable LocalDate reportDate,
            @Nullable List<UUID> serviceIds) {
        Attestation attestation = register.attestation(user, providerId, attestationId);
        List<UUID> services = serviceIds == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        serviceIds.stream().filter(Objects::nonNull).toList()));
        List<UUID> known = store.servicesOf(user.organizationId(), providerId, services);
        for (int i = 0; i < services.size(); i++) {
            if (!known.contains(services.get(i))) {
                throw ProviderRuleViolation.invalid("serviceIds[" + i + "]", "provider.error.serviceNotOfProvider");
            }
        }
        LocalDate start = attestation.details().periodStart();
        if (reportDate != null && start != null && reportDate.isBefore(start)) {
            throw ProviderRuleViolation.invalid("reportDate", "provider.error.reportBeforePeriod", start);
        }
        AttestationParts before = parts(user.organizationId(), providerId, attestationId);
        List<UUID> sorted = services.stream().sorted().toList();
        if (Objects.equals(before.reportDate(), reportDate)
                && before.serviceIds().equals(sorted)) {
            return before;
        }
        store.reportDate(user.organizationId(), attestationId, reportDate);
        store.services(attestationId, sorted);
        events.publishEvent(new AttestationScopeSet(
                user.organizationId(),
                user.actor(),
                providerId,
                attestationId,
                before.reportDate(),
                reportDate,
                before.serviceIds(),
                sorted));
        return parts(user.organizationId(), providerId, attestationId);
    }

    /**
     * Records a bridge letter carrying the report from the day after its period's end to {@code coversUntil}.
     *
     * @throws ProviderRuleViolation 400 when the report has no end of period, when {@code coversUntil} is not
     *     after it, or when the letter is dated before the end of the period
     */
    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public BridgeLetter addBridgeLetter(
            SignedInUser user,
            UUID providerId,
            UUID attestationId,
            @Nullable LocalDate coversUntil,
            @Nullable LocalDate issuedOn) {
        Attestation attestation = register.attestation(user, providerId, attestationId);
        LocalDate end = attestation.details().periodEnd();
        if (end == null) {
            throw ProviderRuleViolation.invalid("coversUntil", "provider.error.bridgeWithoutPeriodEnd");
        }
        if (coversUntil == null) {
            throw ProviderRuleViolation.invalid("coversUntil", "provider.error.required");
        }
        if (!coversUntil.isAfter(end)) {
            throw ProviderRuleViolation.invalid("coversUntil", "provider.error.bridgeNotAfterPeriod", end);
        }
        if (issuedOn != null && issuedOn.isBefore(end)) {
            throw ProviderRuleViolation.invalid("issuedOn", "provider.error.bridgeIssuedBeforePeriodEnd", end);
        }
        BridgeLetter letter =
                new BridgeLetter(UUID.randomUUID(), attestationId, end.plusDays(1), coversUntil, issuedOn);
        store.insertBridgeLetter(user.organizationId(), letter, clock.instant());
        events.publishEvent(
                new BridgeLetterAdded(user.organizationId(), user.actor(), providerId, attestationId, letter));
        return letter;
    }

    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public void removeBridgeLetter(SignedInUser user, UUID providerId, UUID attestationId, UUID letterId) {
        register.attestation(user, providerId, attestationId);
        BridgeLetter letter = one(
                store.bridgeLetters(user.organizationId(), providerId, attestationId),
                BridgeLetter::id,
                letterId,
                "BRIDGE_LETTER");
        store.deleteBridgeLetter(user.organizationId(), letterId);
        events.publishEvent(
                new BridgeLetterRemoved(user.organizationId(), user.actor(), providerId, attestationId, letter));
    }

    /** An exception as the user writes it: the control it concerns, what was found, our response. */
    public record ExceptionInput(
            @Nullable String control,
            @Nullable String description,
            @Nullable String response) {

        ReportException checked(UUID id, UUID attestationId) {
            String checkedControl = Inputs.required(control);
            String checkedDescription = Inputs.required(description);
            String checkedResponse = Inputs.optional(response);
            Inputs.requireText("control", checkedControl, Inputs.NAME_MAX);
            Inputs.requireText("description", checkedDescription, Inputs.TEXT_MAX);
            Inputs.requireLength("response", checkedResponse, Inputs.TEXT_MAX);
            return new ReportException(id, attestationId, checkedControl, checkedDescription, checkedResponse);
        }
    }

    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public ReportException noteException(SignedInUser user, UUID providerId, UUID attestationId, ExceptionInput input) {
        register.attestation(user, providerId, attestationId);
        ReportException exception = input.checked(UUID.randomUUID(), attestationId);
        store.insertException(user.organizationId(), exception, clock.instant());
        events.publishEvent(
                new ReportExceptionNoted(user.organizationId(), user.actor(), providerId, attestationId, exception));
        return exception;
    }

    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public ReportException reviseException(
            SignedInUser user, UUID providerId, UUID attestationId, UUID exceptionId, ExceptionInput input) {
        register.attestation(user, providerId, attestationId);
        ReportException before = one(
                store.exceptions(user.organizationId(), providerId, attestationId),
                ReportException::id,
                exceptionId,
                "REPORT_EXCEPTION");
        ReportException after = input.checked(exceptionId, attestationId);
        if (after.equals(before)) {
            return before;
        }
        store.updateException(user.organizationId(), after);
        events.publishEvent(new ReportExceptionRevised(
                user.organizationId(), user.actor(), providerId, attestationId, before, after));
        return after;
    }

    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public void removeException(SignedInUser user, UUID providerId, UUID attestationId, UUID exceptionId) {
        register.attestation(user, providerId, attestationId);
        ReportException exception = one(
                store.exceptions(user.organizationId(), providerId, attestationId),
                ReportException::id,
                exceptionId,
                "REPORT_EXCEPTION");
        store.deleteException(user.organizationId(), exceptionId);
        events.publishEvent(
                new ReportExceptionRemoved(user.organizationId(), user.actor(), providerId, attestationId, exception));
    }

    /**
     * A complementary user-entity control as the user writes it: the control as the report words it, and the
     * person of the organisation or the control of ours that performs it (either, both or, for now, neither).
     */
    public record ControlInput(
            @Nullable String control,
            @Nullable UUID personId,
            @Nullable String ourControl) {}

    private UserEntityControl checked(SignedInUser user, UUID id, UUID attestationId, ControlInput input) {
        String control = Inputs.required(input.control());
        String ourControl = Inputs.optional(input.ourControl());
        Inputs.requireText("control", control, Inputs.TEXT_MAX);
        Inputs.requireLength("ourControl", ourControl, Inputs.NAME_MAX);
        if (input.personId() != null
                && !people.names(user.organizationId(), List.of(input.personId()))
                        .containsKey(input.personId())) {
            throw ProviderRuleViolation.invalid("personId", "provider.error.personUnknown");
        }
        return new UserEntityControl(id, attestationId, control, input.personId(), ourControl);
    }

    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public UserEntityControl addControl(SignedInUser user, UUID providerId, UUID attestationId, ControlInput input) {
        register.attestation(user, providerId, attestationId);
        UserEntityControl control = checked(user, UUID.randomUUID(), attestationId, input);
        store.insertControl(user.organizationId(), control, clock.instant());
        events.publishEvent(
                new UserEntityControlAdded(user.organizationId(), user.actor(), providerId, attestationId, control));
        return control;
    }

    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public UserEntityControl reviseControl(
            SignedInUser user, UUID providerId, UUID attestationId, UUID controlId, ControlInput input) {
        register.attestation(user, providerId, attestationId);
        UserEntityControl before = one(
                store.controls(user.organizationId(), providerId, attestationId),
                UserEntityControl::id,
                controlId,
                "USER_ENTITY_CONTROL");
        UserEntityControl after = checked(user, controlId, attestationId, input);
        if (after.equals(before)) {
            return before;
        }
        store.updateControl(user.organizationId(), after);
        events.publishEvent(new UserEntityControlRevised(
                user.organizationId(), user.actor(), providerId, attestationId, before, after));
        return after;
    }

    @Transactional
    @PreAuthorize(ProviderRegister.EDITORS)
    public void removeControl(SignedInUser user, UUID providerId, UUID attestationId, UUID controlId) {
        register.attestation(user, providerId, attestationId);
        UserEntityControl control = one(
                store.controls(user.organizationId(), providerId, attestationId),
                UserEntityControl::id,
                controlId,
                "USER_ENTITY_CONTROL");
        store.deleteControl(user.organizationId(), controlId);
        events.publishEvent(
                new UserEntityControlRemoved(user.organizationId(), user.actor(), providerId, attestationId, control));
    }

    private static <T> T one(List<T> items, Function<T, UUID> id, UUID wanted, String type) {
        return items.stream()
                .filter(item -> id.apply(item).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(type, wanted));
    }

    // notices before the end

    /** The days before an attestation's end at which the organisation is told, farthest first. */
    @Transactional(readOnly = true)
    public List<Integer> noticeOffsets(UUID organizationId) {
        return store.noticeOffsets(organizationId).orElse(DEFAULT_NOTICE_OFFSETS);
    }

    /**
     * Sets the days before an attestation's end at which the organisation is told (RISK_OFFICER, ADMIN): each
     * from 1 to 365, at most 10, duplicates dropped; none is a valid choice (no notices).
     *
     * @throws ProviderRuleViolation 400 naming {@code offsets[i]} for a day out of range, or {@code offsets}
     *     for too many
     */
    @Transactional
    @PreAuthorize(SETTERS)
    public List<Integer> setNoticeOffsets(SignedInUser user, @Nullable List<Integer> offsets) {
        List<Integer> given = offsets == null ? List.of() : offsets;
        for (int i = 0; i < given.size(); i++) {
            Integer days = given.get(i);
            if (days == null || days < 1 || days > OFFSET_DAYS_MAX) {
                throw ProviderRuleViolation.invalid(
                        "offsets[" + i + "]", "provider.error.offsetOutOfRange", 1, OFFSET_DAYS_MAX);
            }
        }
        List<Integer> checked =
                given.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        if (checked.size() > OFFSETS_MAX) {
            throw ProviderRuleViolation.invalid("offsets", "provider.error.tooManyOffsets", OFFSETS_MAX);
        }
        List<Integer> before = noticeOffsets(user.organizationId());
        if (before.equals(checked)) {
            return before;
        }
        store.noticeOffsets(user.organizationId(), checked, clock.instant());
        events.publishEvent(new AttestationNoticeOffsetsSet(user.organizationId(), user.actor(), before, checked));
        return checked;
    }

    /**
     * The notices due on {@code today}: each attestation not renewed (no later one of its kind for the provider)
     * whose end (its period's, or its last bridge letter's) is exactly one of the organisation's offsets away.
     * Nothing after the end. For the reminders sent by mail and the homes.
     */
    @Transactional(readOnly = true)
    public List<AttestationNotice> noticesDue(UUID organizationId, LocalDate today) {
        List<Integer> offsets = noticeOffsets(organizationId);
        if (offsets.isEmpty()) {
            return List.of();
        }
        int farthest = offsets.stream().max(Integer::compare).orElseThrow();
        return ending(organizationId, today, farthest).stream()
                .filter(ending -> offsets.contains(ending.daysBefore()))
                .toList();
    }

    /**
     * The attestations not renewed that end from today to {@code days} days ahead (their period's end or their
     * last bridge letter's), with how many days are left, soonest first.
     */
    @Transactional(readOnly = true)
    public List<AttestationNotice> ending(UUID organizationId, LocalDate today, int days) {
        return providers.due(organizationId, today.plusDays(days)).stream()
                .map(due -> {
                    LocalDate end = endOf(organizationId, due.providerId(), due.attestationId(), due.periodEnd());
                    return new AttestationNotice(
                            organizationId,
                            due.attestationId(),
                            due.providerId(),
                            due.providerName(),
                            due.kind(),
                            due.title(),
                            end,
                            Math.toIntExact(ChronoUnit.DAYS.between(today, end)));
                })
                .filter(notice -> notice.daysBefore() >= 0 && notice.daysBefore() <= days)
                .sorted(Comparator.comparing(AttestationNotice::endsOn))
                .toList();
    }

    /** The last day the attestation covers: its period's end, or its last bridge letter's. */
    LocalDate endOf(UUID organizationId, UUID providerId, UUID attestationId, LocalDate periodEnd) {
        return store.bridgeLetters(organizationId, providerId, attestationId).stream()
                .map(BridgeLetter::coversUntil)
                .filter(until -> until.isAfter(periodEnd))
                .max(LocalDate::compareTo)
                .orElse(periodEnd);
    }

    // lapses

    /**
     * Tells the lapses of the organisation's attestations not told yet: each attestation whose period (or last
     * bridge letter) ended before the organisation's today is published once as {@link AttestationLapsed}, for
     * that end. Cheap when nothing lapsed; run by the daily sweep and when attestations are read.
     *
     * @return how many lapses were told now
     */
    @Transactional
    public int tellLapses(UUID organizationId) {
        LocalDate today = register.today(organizationId);
        int told = 0;
        for (Lapse lapse : store.untoldLapses(organizationId, today)) {
            if (!store.told(lapse, clock.instant())) {
                continue; // another sweep told it first
            }
            events.publishEvent(new AttestationLapsed(
                    organizationId,
                    Actor.system(),
                    lapse.providerId(),
                    lapse.attestationId(),
                    lapse.kind(),
                    lapse.title(),
                    lapse.periodEnd(),
                    lapse.endsOn().equals(lapse.periodEnd()) ? null : lapse.endsOn()));
            told++;
        }
        return told;
    }
}
