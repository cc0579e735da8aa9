package io.mekiki.selection;

import io.mekiki.assets.AssetSummary;
import io.mekiki.assets.InformationAssets;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeChange;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativeRescoped;
import io.mekiki.initiative.InitiativeRevised;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.ScopingChange;
import io.mekiki.initiative.ScopingDiff;
import io.mekiki.initiative.ScopingRecord;
import io.mekiki.initiative.ScopingSnapshot;
import io.mekiki.initiative.ScopingSnapshot.ItemEntry;
import io.mekiki.profile.OrganizationProfile;
import io.mekiki.profile.OrganizationProfiles;
import io.mekiki.profile.ProfileUpdated;
import io.mekiki.provider.CloudServices;
import io.mekiki.provider.ProviderChange;
import io.mekiki.provider.ServiceFacts;
import io.mekiki.scoping.Scoping;
import io.mekiki.scoping.ScopingFacts;
import io.mekiki.shared.Actor;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.UnknownReferenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The candidates of the organisation's initiatives: everyone in it reads; those who plan initiatives
 * (risk officers, business owners, administrators) add and withdraw candidates while the initiative is in
 * preparation or selection. Each candidate is scoped from the initiative's assets, the organisation's
 * profile and the service's own facts, and scoped again, with history, when one of those changes.
 */
@Service
public class Candidates {

    /** Who may add and withdraw candidates: those who plan initiatives. */
    public static final String EDITORS = Initiatives.EDITORS;

    /** The phases in which candidates are added and withdrawn. */
    public static final Set<InitiativePhase> CHOOSING =
            EnumSet.of(InitiativePhase.PREPARATION, InitiativePhase.SELECTION);

    private final CandidateStore store;
    private final Initiatives initiatives;
    private final CloudServices services;
    private final Scoping scoping;
    private final OrganizationProfiles profiles;
    private final InformationAssets assets;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Candidates(
            CandidateStore store,
            Initiatives initiatives,
            CloudServices services,
            Scoping scoping,
            OrganizationProfiles profiles,
            InformationAssets assets,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.services = services;
        this.scoping = scoping;
        this.profiles = profiles;
        this.assets = assets;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Adds the service as a candidate of the initiative, scoped now.
     *
     * @throws NotFoundException when the initiative is not one of the organisation's
     * @throws UnknownReferenceException naming {@code serviceId} when the service is not one of the organisation's
     * @throws RuleViolationException a conflict when the initiative is past selection or the service is a
     *     candidate already
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Candidate add(SignedInUser user, UUID initiativeId, UUID serviceId) {
        UUID organizationId = user.organizationId();
        Initiative initiative = initiatives.initiative(user, initiativeId);
        requireChoosing(initiative);
        ServiceFacts facts = services.facts(organizationId, serviceId)
                .orElseThrow(() -> new UnknownReferenceException("serviceId", "selection.error.unknownService"));
        if (store.openWithService(organizationId, initiativeId, serviceId)) {
            throw alreadyCandidate(facts);
        }
        Instant now = clock.instant();
        ScopingSnapshot snapshot = scope(initiative, facts);
        Candidate candidate = Candidate.add(
                organizationId, initiativeId, facts, snapshot, user.actor().name(), now);
        try {
            store.insert(candidate);
        } catch (DuplicateKeyException addedMeanwhile) {
            throw alreadyCandidate(facts);
        }
        ScopingSnapshot nothing = new ScopingSnapshot(snapshot.release(), List.of(), List.of(), List.of());
        store.appendHistory(
                organizationId,
                candidate.id(),
                new ScopingChange(
                        UUID.randomUUID(),
                        now,
                        user.actor().name(),
                        List.of(),
                        true,
                        ScopingDiff.between(nothing, snapshot),
                        user.userId()));
        events.publishEvent(new CandidateAdded(
                organizationId,
                user.actor(),
                candidate.id(),
                initiativeId,
                serviceId,
                facts.serviceName(),
                facts.providerName(),
                snapshot.release(),
                snapshot.sections().stream()
                        .map(entry -> entry.section().name())
                        .toList(),
                candidate.scopingHash()));
        initiatives.gateFactsChanged(organizationId, initiativeId, user.actor());
        return candidate;
    }

    /**
     * Withdraws an open candidate, with the reason, while the initiative is in preparation or selection.
     *
     * @throws NotFoundException when the initiative or the candidate is not one of the organisation's
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Candidate withdraw(SignedInUser user, UUID initiativeId, UUID candidateId, String reason) {
        Initiative initiative = initiatives.initiative(user, initiativeId);
        requireChoosing(initiative);
        Candidate candidate = find(user.organizationId(), initiativeId, candidateId);
        candidate.withdraw(user.actor().name(), reason == null ? "" : reason, clock.instant());
        save(candidate);
        events.publishEvent(new CandidateWithdrawn(
                user.organizationId(),
                user.actor(),
                candidateId,
                initiativeId,
                candidate.serviceId(),
                Objects.requireNonNull(candidate.withdrawReason())));
        initiatives.gateFactsChanged(user.organizationId(), initiativeId, user.actor());
        return candidate;
    }

    /**
     * Withdraws an open candidate because of what its assessment found (ADR 030): as {@link #withdraw}, but
     * done by those who set the dispositions of findings (risk officers and executives), with the finding as
     * the reason.
     *
     * @throws NotFoundException when the candidate is not one of the organisation's
     */
    @Transactional
    @PreAuthorize(CandidateChoices.CHOOSERS)
    public Candidate exclude(SignedInUser user, UUID candidateId, String reason) {
        Candidate found = store.find(user.organizationId(), candidateId)
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
        Initiative initiative = initiatives.initiative(user, found.initiativeId());
        requireChoosing(initiative);
        found.withdraw(user.actor().name(), reason == null ? "" : reason, clock.instant());
        save(found);
        events.publishEvent(new CandidateWithdrawn(
                user.organizationId(),
                user.actor(),
                candidateId,
                found.initiativeId(),
                found.serviceId(),
                Objects.requireNonNull(found.withdrawReason())));
        initiatives.gateFactsChanged(user.organizationId(), found.initiativeId(), user.actor());
        return found;
    }

    /**
     * Scopes an open candidate again now, from the service's facts and the initiative's assets as they
     * are: what the automatic reaction to their changes does, for when it has not happened yet.
     *
     * @return the candidate, rescoped when anything had changed
     */
    @Transactional
    @PreAuthorize(EDITORS)
    public Candidate rescope(SignedInUser user, UUID initiativeId, UUID candidateId) {
        Initiative initiative = initiatives.initiative(user, initiativeId);
        Candidate candidate = find(user.organizationId(), initiativeId, candidateId);
        if (!candidate.open() || initiative.phase().closed()) {
            throw RuleViolationException.conflict("selection.error.withdrawn");
        }
        ServiceFacts facts = services.facts(user.organizationId(), candidate.serviceId())
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
        rescope(candidate, facts, user.actor(), List.of());
        return candidate;
    }

    /** The initiative's candidates, open ones first. */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(SignedInUser user, UUID initiativeId) {
        return candidates(user, initiatives.initiative(user, initiativeId));
    }

    /** The same for an initiative the caller has already read (the initiative page's panel). */
    @Transactional(readOnly = true)
    public List<Candidate> candidates(SignedInUser user, Initiative initiative) {
        if (!initiative.organizationId().equals(user.organizationId())) {
            throw new NotFoundException(InitiativeChange.INITIATIVE, initiative.id());
        }
        return store.ofInitiative(user.organizationId(), initiative.id());
    }

    /** The open candidates of an initiative, for modules that act on their own (the gates). */
    @Transactional(readOnly = true)
    public List<Candidate> openOf(UUID organizationId, UUID initiativeId) {
        return store.ofInitiative(organizationId, initiativeId).stream()
                .filter(Candidate::open)
                .toList();
    }

    /** The open candidates of these initiatives, in one statement, in the order they were added. */
    @Transactional(readOnly = true)
    public List<Candidate> openOf(UUID organizationId, java.util.Collection<UUID> initiativeIds) {
        return store.openOfInitiatives(organizationId, initiativeIds);
    }

    @Transactional(readOnly = true)
    public Candidate candidate(SignedInUser user, UUID initiativeId, UUID candidateId) {
        initiatives.initiative(user, initiativeId);
        return find(user.organizationId(), initiativeId, candidateId);
    }

    /** Any candidate of the organisation by its id alone (links from the audit ledger). */
    @Transactional(readOnly = true)
    public Optional<Candidate> candidate(SignedInUser user, UUID candidateId) {
        return store.find(user.organizationId(), candidateId);
    }

    /** Any candidate of the organisation by its id, for modules that act on their own (the ledger's names). */
    /** The open candidates of the organisation that use one of these services (any initiative). */
    @Transactional(readOnly = true)
    public List<Candidate> openWithServices(UUID organizationId, Collection<UUID> serviceIds) {
        return store.openWithServices(organizationId, serviceIds).stream()
                .map(id -> store.find(organizationId, id))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * The names of the services of these candidates of the organisation, in one statement, for titles of
     * things about candidates (e.g. findings); ids the organisation does not know are left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> serviceNames(UUID organizationId, Collection<UUID> candidateIds) {
        return store.serviceNames(organizationId, candidateIds);
    }

    @Transactional(readOnly = true)
    public Optional<Candidate> candidateOf(UUID organizationId, UUID candidateId) {
        return store.find(organizationId, candidateId);
    }

    /** The candidate's scoping as kept, and how it came to be, newest change first. */
    @Transactional(readOnly = true)
    public CandidateScoping scoping(SignedInUser user, UUID initiativeId, UUID candidateId) {
        String title = initiatives.title(user, initiativeId);
        Candidate candidate = find(user.organizationId(), initiativeId, candidateId);
        return new CandidateScoping(
                title,
                candidate,
                new ScopingRecord(candidate.scoping(), store.history(user.organizationId(), candidateId)));
    }

    /**
     * Whether the candidate's kept scoping is the one its facts give now: false while a change of the
     * service or of the initiative's assets has not been taken in yet, or when the service is gone.
     */
    @Transactional(readOnly = true)
    public boolean current(Candidate candidate) {
        Optional<Initiative> initiative =
                initiatives.initiativeOf(candidate.organizationId(), candidate.initiativeId());
        Optional<ServiceFacts> facts = services.facts(candidate.organizationId(), candidate.serviceId());
        return initiative.isPresent()
                && facts.isPresent()
                && Candidate.hash(scope(initiative.get(), facts.get())).equals(candidate.scopingHash());
    }

    /**
     * A provider or one of its services changed: every open candidate using one of its services is scoped
     * again from the facts read now, and what changed is kept in its history. Runs after the change
     * committed, in a transaction of its own.
     */
    @ApplicationModuleListener
    void serviceChanged(ProviderChange change) {
        if (!change.changesServiceFacts()) {
            return;
        }
        UUID organizationId = change.organizationId();
        Map<UUID, ServiceFacts> facts = services.factsOfProvider(organizationId, change.providerId()).stream()
                .collect(Collectors.toMap(ServiceFacts::serviceId, Function.identity()));
        for (UUID id : store.openWithServices(organizationId, facts.keySet())) {
            Candidate candidate = store.find(organizationId, id).orElseThrow();
            rescope(candidate, facts.get(candidate.serviceId()), change.actor(), List.of());
        }
    }

    /**
     * The organisation's profile changed in what scoping reads (company form, listing, sectors): every open
     * candidate of the organisation is scoped again, with the profile named as the cause. Runs after the
     * profile's change committed, in a transaction of its own, and is kept in the event publication
     * registry until it has succeeded; a candidate whose scoping would not change is left alone, so it is
     * safe to run twice (ADR 024, ADR 026).
     */
    @ApplicationModuleListener
    void profileChanged(ProfileUpdated change) {
        if (Initiatives.PROFILE_FACTS.stream().noneMatch(change.changedFields()::contains)) {
            return;
        }
        UUID organizationId = change.organizationId();
        for (UUID id : store.openIn(organizationId)) {
            Candidate candidate = store.find(organizationId, id).orElseThrow();
            services.facts(organizationId, candidate.serviceId())
                    .ifPresent(facts -> rescope(candidate, facts, change.actor(), List.of("organizationProfile")));
        }
    }

    /**
     * The initiative's assets in scope, or their categories, changed: its open candidates are scoped again.
     * Runs after the change committed, in a transaction of its own.
     */
    @ApplicationModuleListener
    void initiativeChanged(InitiativeChange change) {
        List<String> because;
        if (change instanceof InitiativeRescoped rescoped && rescoped.becauseOfRelease()) {
            because = List.of(Initiatives.CATALOG_RELEASE);
        } else if (change instanceof InitiativeRescoped rescoped && !rescoped.becauseOfProfile()) {
            because = List.of("assetCategories");
        } else if (change instanceof InitiativeRevised revised && revised.changed("assetIds")) {
            because = List.of("assetIds");
        } else {
            // a change of the profile reaches the candidates through profileChanged
            return;
        }
        UUID organizationId = change.organizationId();
        for (Candidate candidate : openOf(organizationId, change.initiativeId())) {
            services.facts(organizationId, candidate.serviceId())
                    .ifPresent(facts -> rescope(candidate, facts, change.actor(), because));
        }
    }

    /**
     * Scopes the candidate again from the facts read now and keeps what changed.
     *
     * @param otherwise what the history names as the cause when none of the service's facts changed
     */
    /** The user behind an actor; null for the system. */
    private static @Nullable UUID userIdOf(Actor actor) {
        try {
            return UUID.fromString(actor.id());
        } catch (IllegalArgumentException notAUser) {
            return null;
        }
    }

    private void rescope(Candidate candidate, ServiceFacts facts, Actor actor, List<String> otherwise) {
        UUID organizationId = candidate.organizationId();
        Optional<Initiative> initiative = initiatives.initiativeOf(organizationId, candidate.initiativeId());
        if (initiative.isEmpty() || initiative.get().phase().closed()) {
            return;
        }
        String hashBefore = candidate.scopingHash();
        List<String> because = FactChanges.between(candidate.facts(), facts);
        ScopingDiff diff = candidate.rescope(facts, scope(initiative.get(), facts), clock.instant());
        if (because.isEmpty() && diff.isEmpty() && candidate.scopingHash().equals(hashBefore)) {
            // nothing changed, not even the reasons (a reaction may run twice)
            return;
        }
        save(candidate);
        List<String> causes = because.isEmpty() ? otherwise : because;
        store.appendHistory(
                organizationId,
                candidate.id(),
                new ScopingChange(
                        UUID.randomUUID(), candidate.scopedAt(), actor.name(), causes, false, diff, userIdOf(actor)));
        events.publishEvent(new CandidateRescoped(
                organizationId,
                actor,
                candidate.id(),
                candidate.initiativeId(),
                candidate.serviceId(),
                causes,
                diff.sectionsAdded().stream()
                        .map(entry -> entry.section().name())
                        .toList(),
                diff.sectionsRemoved().stream()
                        .map(entry -> entry.section().name())
                        .toList(),
                diff.itemsAdded().stream().map(ItemEntry::itemId).toList(),
                diff.itemsRemoved().stream().map(ItemEntry::itemId).toList(),
                hashBefore,
                candidate.scopingHash()));
        initiatives.gateFactsChanged(organizationId, candidate.initiativeId(), actor);
    }

    private ScopingSnapshot scope(Initiative initiative, ServiceFacts facts) {
        UUID organizationId = initiative.organizationId();
        OrganizationProfile profile = profiles.profileOf(organizationId);
        List<AssetSummary> scoped = assets.assetsOf(organizationId, initiative.assetIds());
        return ScopingSnapshot.of(scoping.evaluate(
                organizationId,
                new ScopingFacts(
                        new ScopingFacts.Organization(
                                profile.largeCompanyWithBoard(),
                                profile.listed(),
                                profile.sectors(),
                                profile.criticalInfrastructure()),
                        scoped.stream()
                                .map(asset -> new ScopingFacts.Asset(
                                        asset.name(), asset.categories(), asset.financialReporting()))
                                .toList(),
                        service(facts))));
    }

    /** The service as the scoping engine reads it. */
    static ScopingFacts.Service service(ServiceFacts facts) {
        return new ScopingFacts.Service(
                Set.copyOf(facts.dataLocations()),
                facts.providerCountry(),
                facts.serviceModel(),
                Set.copyOf(facts.operationLocations()),
                party(facts.parentName(), facts.parentCountry(), facts.providerName()),
                party(facts.contractingEntityName(), facts.contractingEntityCountry(), facts.providerName()),
                Set.copyOf(facts.subprocessorCountries()),
                facts.nonResidentAccess());
    }

    private static ScopingFacts.@Nullable Party party(
            @Nullable String name, @Nullable String country, String otherwise) {
        return country == null ? null : new ScopingFacts.Party(name == null ? otherwise : name, country);
    }

    private static void requireChoosing(Initiative initiative) {
        if (!CHOOSING.contains(initiative.phase())) {
            throw RuleViolationException.conflict(
                    "selection.error.phase", initiative.phase().messageKey());
        }
    }

    private static RuleViolationException alreadyCandidate(ServiceFacts facts) {
        return new RuleViolationException(
                RuleViolationException.Kind.CONFLICT,
                "serviceId",
                "selection.error.alreadyCandidate",
                facts.serviceName());
    }

    private Candidate find(UUID organizationId, UUID initiativeId, UUID candidateId) {
        return store.find(organizationId, initiativeId, candidateId)
                .orElseThrow(() -> new NotFoundException(CandidateChange.CANDIDATE, candidateId));
    }

    private void save(Candidate candidate) {
        try {
            store.update(candidate);
        } catch (OptimisticLockingFailureException concurrentChange) {
            throw RuleViolationException.conflict("selection.error.stale");
        }
    }
}
