package io.mekiki.contract;

import io.mekiki.decision.Decision;
import io.mekiki.initiative.Gate;
import io.mekiki.initiative.GateState;
import io.mekiki.initiative.GateStatus;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeMoved;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.Initiatives;
import io.mekiki.instruction.AttachmentRules;
import io.mekiki.instruction.Upload;
import io.mekiki.provider.ServiceFacts;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.CandidateChoices;
import io.mekiki.selection.Candidates;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.PageReads;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contracts of an organisation's initiatives (ADR 034): everyone in the organisation reads; planners (risk
 * officers and business owners) record a contract from the initiative's chosen candidate while the initiative
 * is in application, and keep its record. A contract comes into force when its initiative moves to operation
 * and ends when the initiative closes.
 */
@Service
public class Contracts {

    /** Who records and edits contracts: the planners, risk officers and business owners. */
    public static final String PLANNERS = "hasAnyRole('RISK_OFFICER', 'BUSINESS_OWNER')";

    /** How far ahead the homes list the contract dates coming up, in days. */
    public static final int REMINDER_DAYS = 60;

    private static final Comparator<Contract> ORDER = Comparator.comparing(Contract::startsOn)
            .thenComparing(Contract::title)
            .thenComparing(Contract::id);

    private final ContractRecords records;
    private final TermsReviewStore reviews;
    private final AttachmentRules attachments;
    private final Initiatives initiatives;
    private final Candidates candidates;
    private final CandidateChoices choices;
    private final OrganizationTime time;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Contracts(
            ContractRecords records,
            TermsReviewStore reviews,
            AttachmentRules attachments,
            Initiatives initiatives,
            Candidates candidates,
            CandidateChoices choices,
            OrganizationTime time,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.reviews = reviews;
        this.attachments = attachments;
        this.initiatives = initiatives;
        this.candidates = candidates;
        this.choices = choices;
        this.time = time;
        this.events = events;
        this.clock = clock;
    }

    /** The contract when it is one of the organisation's. */
    @Transactional(readOnly = true)
    public Optional<Contract> find(UUID organizationId, UUID contractId) {
        return records.findById(contractId)
                .filter(found -> found.organizationId().equals(organizationId));
    }

    /**
     * The initiative's contracts (one at most today), oldest first; read once per page view, since the
     * initiative page's panels and gate contributions each ask (ADR 019).
     */
    @Transactional(readOnly = true)
    public List<Contract> ofInitiative(UUID organizationId, UUID initiativeId) {
        return PageReads.once(
                List.of("contract.ofInitiative", organizationId, initiativeId),
                () -> load(records.idsOfInitiative(organizationId, initiativeId)));
    }

    /** The organisation's contracts in force, by start; read once per page view (ADR 019). */
    @Transactional(readOnly = true)
    public List<Contract> inForce(UUID organizationId) {
        return PageReads.once(
                List.of("contract.inForce", organizationId),
                () -> load(records.idsWithStatus(organizationId, ContractStatus.IN_FORCE.name())));
    }

    /** All the organisation's contracts, by start. */
    @Transactional(readOnly = true)
    public List<Contract> all(UUID organizationId) {
        return load(records.idsOf(organizationId));
    }

    /**
     * The contract, read by someone of its organisation.
     *
     * @throws NotFoundException when it is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public Contract contract(SignedInUser user, UUID contractId) {
        return find(user.organizationId(), contractId).orElseThrow(() -> new NotFoundException("CONTRACT", contractId));
    }

    /**
     * The organisation's contracts, those of one initiative when {@code initiativeId} is given.
     *
     * @throws NotFoundException when the initiative is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public List<Contract> list(SignedInUser user, @Nullable UUID initiativeId) {
        if (initiativeId == null) {
            return all(user.organizationId());
        }
        initiatives.initiative(user, initiativeId);
        return ofInitiative(user.organizationId(), initiativeId);
    }

    /**
     * The dates of the organisation's contracts in force from today to {@code until} (both included): notice
     * deadlines, automatic renewals and the ends of contracts that do not renew, soonest first.
     */
    @Transactional(readOnly = true)
    public List<ContractDate> upcoming(UUID organizationId, LocalDate until) {
        LocalDate today = today(organizationId);
        List<ContractDate> dates = new ArrayList<>();
        for (Contract contract : inForce(organizationId)) {
            ContractDates.OnDay on = contract.dates(today);
            if (on.nextNoticeDeadline() != null) {
                add(dates, contract, ContractDate.Kind.NOTICE_DEADLINE, on.nextNoticeDeadline(), today, until);
            }
            if (on.nextRenewal() != null) {
                add(dates, contract, ContractDate.Kind.RENEWAL, on.nextRenewal(), today, until);
            } else if (on.standing() != ContractDates.Standing.ENDED) {
                add(dates, contract, ContractDate.Kind.TERM_END, on.current().end(), today, until);
            }
        }
        dates.sort(Comparator.comparing(ContractDate::date)
                .thenComparing(ContractDate::title)
                .thenComparing(ContractDate::kind));
        return List.copyOf(dates);
    }

    private static void add(
            List<ContractDate> dates,
            Contract contract,
            ContractDate.Kind kind,
            LocalDate date,
            LocalDate today,
            LocalDate until) {
        if (!date.isBefore(today) && !date.isAfter(until)) {
            dates.add(new ContractDate(
                    contract.id(),
                    contract.initiativeId(),
                    contract.title(),
                    kind,
                    date,
                    java.time.temporal.ChronoUnit.DAYS.between(today, date)));
        }
    }

    /** Today in the organisation's calendar, the day contract dates are computed for. */
    public LocalDate today(UUID organizationId) {
        return time.today(organizationId);
    }

    /**
     * Records the initiative's contract with the provider of its chosen candidate. Left out, the contracting
     * entity and the data locations are taken from the candidate's service.
     *
     * @throws NotFoundException when the initiative is not one of the organisation's
     * @throws RuleViolationException 409 when the initiative is not in application, has no chosen candidate or
     *     has its contract already; 400 naming the field when the record is not acceptable
     */
    @Transactional
    @PreAuthorize(PLANNERS)
    public Contract create(SignedInUser user, UUID initiativeId, ContractDetails details) {
        Initiative initiative = initiatives.initiative(user, initiativeId);
        if (initiative.phase() != InitiativePhase.APPLICATION) {
            throw RuleViolationException.conflict("contract.error.notInApplication");
        }
        UUID chosen = choices.chosenOf(user.organizationId(), initiativeId)
                .orElseThrow(() -> RuleViolationException.conflict("contract.error.noChosenCandidate"));
        Candidate candidate = candidates
                .candidateOf(user.organizationId(), chosen)
                .orElseThrow(() -> RuleViolationException.conflict("contract.error.noChosenCandidate"));
        if (!ofInitiative(user.organizationId(), initiativeId).isEmpty()) {
            throw RuleViolationException.conflict("contract.error.exists");
        }
        ServiceFacts facts = candidate.facts();
        ContractDetails completed = new ContractDetails(
                blank(details.contractingEntity())
                        ? (facts.contractingEntityName() == null ? facts.providerName() : facts.contractingEntityName())
                        : details.contractingEntity(),
                details.plan(),
                details.termsVersion(),
                details.termsDate(),
                details.startsOn(),
                details.initialTermMonths(),
                details.autoRenewal(),
                details.renewalTermMonths(),
                details.ourNotice(),
                details.providerNotice(),
                details.serviceChangeNotice(),
                details.governingLaw(),
                details.jurisdiction(),
                details.dataLocations() == null ? facts.dataLocations() : details.dataLocations(),
                details.priceAmount(),
                details.priceCurrency(),
                details.pricePeriod());
        ContractRules.Checked checked = ContractRules.check(completed);
        Contract contract = records.save(Contract.record(
                user.organizationId(),
                initiativeId,
                candidate.id(),
                facts.providerId(),
                facts.serviceId(),
                facts.serviceName(),
                checked,
                user.userId(),
                clock.instant()));
        events.publishEvent(new ContractRecorded(
                user.organizationId(),
                user.actor(),
                contract.id(),
                initiativeId,
                candidate.id(),
                contract.title(),
                contract.recordFacts()));
        initiatives.gateFactsChanged(user.organizationId(), initiativeId, user.actor());
        return contract;
    }

    /**
     * Replaces the contract's record over the version read.
     *
     * @throws RuleViolationException 400 naming the field; 409 when the contract changed since {@code
     *     versionRead} or has ended
     */
    @Transactional
    @PreAuthorize(PLANNERS)
    public Contract revise(SignedInUser user, UUID contractId, @Nullable Long versionRead, ContractDetails details) {
        Contract contract = editable(user, contractId, versionRead);
        Map<String, Object> changes = contract.revise(ContractRules.check(details), clock.instant());
        if (changes.isEmpty()) {
            return contract;
        }
        Contract saved = save(contract);
        events.publishEvent(
                new ContractRevised(user.organizationId(), user.actor(), saved.id(), saved.initiativeId(), changes));
        initiatives.gateFactsChanged(user.organizationId(), saved.initiativeId(), user.actor());
        return saved;
    }

    /**
     * Attaches the terms-of-use document (replacing the one before), checked as every stored file (ADR 025);
     * its SHA-256 is kept and shown.
     *
     * @throws RuleViolationException 400 naming {@code document} when it is missing, too large or of a refused
     *     type; 409 when the contract has ended
     */
    @Transactional
    @PreAuthorize(PLANNERS)
    public Contract attachTermsDocument(SignedInUser user, UUID contractId, @Nullable Upload upload) {
        Contract contract = contract(user, contractId);
        if (contract.status() == ContractStatus.ENDED) {
            throw RuleViolationException.conflict("contract.error.ended");
        }
        if (upload == null) {
            throw ContractRules.invalid("document", "contract.error.documentNeeded");
        }
        AttachmentRules.CheckedFile file = attachments.check(upload, "document");
        Contract.TermsDocument before = contract.termsDocument();
        reviews.saveDocument(contract.id(), file.content());
        contract.attachTerms(
                file.fileName(), file.mediaType(), file.size(), file.sha256(), user.userId(), clock.instant());
        Contract saved = save(contract);
        events.publishEvent(new TermsDocumentAttached(
                user.organizationId(),
                user.actor(),
                saved.id(),
                saved.initiativeId(),
                file.fileName(),
                file.mediaType(),
                file.size(),
                file.sha256(),
                before == null ? null : before.sha256()));
        initiatives.gateFactsChanged(user.organizationId(), saved.initiativeId(), user.actor());
        return saved;
    }

    /**
     * The terms-of-use document with its content.
     *
     * @throws NotFoundException when the contract is not the organisation's or has no document
     */
    @Transactional(readOnly = true)
    public TermsDocumentFile termsDocument(SignedInUser user, UUID contractId) {
        Contract contract = contract(user, contractId);
        Contract.TermsDocument document = contract.termsDocument();
        if (document == null) {
            throw new NotFoundException("TERMS_DOCUMENT", contractId);
        }
        return new TermsDocumentFile(document, reviews.document(contract.id()));
    }

    /** A terms document and its bytes, for a download. */
    public record TermsDocumentFile(Contract.TermsDocument document, byte[] content) {}

    /**
     * Records the provider's notice that it ends the contract (ADR 046): received on, takes effect on. It is
     * recorded once (the exit started from it, {@code exit.Exits.start}); from then on the continuation decision of
     * the initiative rests on it and can only end the use.
     *
     * @throws RuleViolationException 409 when the contract has ended or a notice is recorded already
     * @throws NotFoundException when the contract is not one of the organisation's
     */
    @Transactional
    @PreAuthorize("hasRole('RISK_OFFICER')")
    public Contract recordTerminationNotice(
            SignedInUser user, UUID contractId, LocalDate receivedOn, LocalDate effectiveOn) {
        Contract contract = contract(user, contractId);
        if (contract.status() == ContractStatus.ENDED) {
            throw RuleViolationException.conflict("contract.error.ended");
        }
        if (effectiveOn.isBefore(receivedOn)) {
            throw ContractRules.invalid("effectiveOn", "contract.error.noticeEffectiveBeforeReceived");
        }
        if (records.recordTerminationNotice(user.organizationId(), contractId, receivedOn, effectiveOn, clock.instant())
                == 0) {
            throw RuleViolationException.conflict("contract.error.noticeRecorded");
        }
        events.publishEvent(new TerminationNoticeRecorded(
                user.organizationId(), user.actor(), contractId, contract.initiativeId(), receivedOn, effectiveOn));
        initiatives.gateFactsChanged(user.organizationId(), contract.initiativeId(), user.actor());
        return contract(user, contractId);
    }

    /**
     * Fixes (or changes) the exit terms over the version read, while the terms are not approved: once the
     * terms gate is approved they stand as approved, until a change of the contract makes that approval stale.
     *
     * @throws RuleViolationException 400 naming the field; 409 when the contract changed since {@code
     *     versionRead}, has ended, or its terms are approved
     */
    @Transactional
    @PreAuthorize(PLANNERS)
    public Contract fixExitTerms(
            SignedInUser user, UUID contractId, @Nullable Long versionRead, ExitTerms.Input input) {
        Contract contract = editable(user, contractId, versionRead);
        if (termsApproval(user, contract).isPresent()) {
            throw RuleViolationException.conflict("contract.error.exitTermsApproved");
        }
        ExitTerms terms = ContractRules.exit(input);
        java.util.Map<String, Object> before = contract.fixExit(terms, clock.instant());
        if (before == null) {
            return contract;
        }
        Contract saved = save(contract);
        events.publishEvent(new ExitTermsFixed(
                user.organizationId(), user.actor(), saved.id(), saved.initiativeId(), before, saved.exitFacts()));
        initiatives.gateFactsChanged(user.organizationId(), saved.initiativeId(), user.actor());
        return saved;
    }

    /**
     * The approval of the initiative's terms gate that stands (approved, not stale), if any: it approves the
     * contract's terms, deviations and exit terms as they were when it was made, and they have not changed.
     */
    @Transactional(readOnly = true)
    public Optional<Decision> termsApproval(SignedInUser user, Contract contract) {
        GateStatus status = initiatives.gates(user, contract.initiativeId()).status(Gate.APPLICATION_TERMS_APPROVED);
        Decision approval = status.approval();
        return approval != null && approval.approved() && !approval.stale() && status.state() == GateState.APPROVED
                ? Optional.of(approval)
                : Optional.empty();
    }

    /** The contract for a change: one of the organisation's, not ended, read at the version the editor started from. */
    Contract editable(SignedInUser user, UUID contractId, @Nullable Long versionRead) {
        Contract contract = contract(user, contractId);
        if (versionRead == null) {
            throw ContractRules.invalid("version", "contract.error.versionRequired");
        }
        if (versionRead != contract.version()) {
            throw RuleViolationException.conflict("contract.error.stale");
        }
        if (contract.status() == ContractStatus.ENDED) {
            throw RuleViolationException.conflict("contract.error.ended");
        }
        return contract;
    }

    Contract save(Contract contract) {
        try {
            return records.save(contract);
        } catch (OptimisticLockingFailureException changed) {
            throw RuleViolationException.conflict("contract.error.stale");
        }
    }

    /**
     * The initiative moved: its contract comes into force when it enters operation, and ends when it closes.
     * Runs in the move's transaction, so the contract stands where its initiative does.
     */
    @EventListener
    @Transactional
    void initiativeMoved(InitiativeMoved moved) {
        ContractStatus to = moved.to() == InitiativePhase.OPERATION
                ? ContractStatus.IN_FORCE
                : moved.to() == InitiativePhase.CLOSED ? ContractStatus.ENDED : null;
        if (to == null) {
            return;
        }
        for (Contract contract : ofInitiative(moved.organizationId(), moved.initiativeId())) {
            ContractStatus from = contract.status();
            if (contract.moveTo(to, clock.instant())) {
                records.save(contract);
                events.publishEvent(new ContractStatusChanged(
                        moved.organizationId(), moved.actor(), contract.id(), contract.initiativeId(), from, to));
            }
        }
    }

    private List<Contract> load(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return records.findAllById(ids).stream().sorted(ORDER).toList();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
