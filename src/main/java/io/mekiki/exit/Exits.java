package io.mekiki.exit;

import io.mekiki.contract.Contract;
import io.mekiki.contract.Contracts;
import io.mekiki.contract.DataReturn;
import io.mekiki.contract.DeletionProof;
import io.mekiki.contract.NoticePeriod;
import io.mekiki.contract.PeriodUnit;
import io.mekiki.exit.ExitInputs.DataSetInput;
import io.mekiki.exit.ExitInputs.NewDataReturn;
import io.mekiki.exit.ExitInputs.NewDeletionEvidence;
import io.mekiki.exit.ExitInputs.NewExit;
import io.mekiki.exit.ExitInputs.Plan;
import io.mekiki.exit.internal.ExitStore;
import io.mekiki.exit.internal.ExitStore.DataSetRow;
import io.mekiki.exit.internal.ExitStore.EvidenceRow;
import io.mekiki.exit.internal.ExitStore.ReturnRow;
import io.mekiki.exit.internal.ExitStore.Row;
import io.mekiki.identity.Members;
import io.mekiki.identity.Members.Member;
import io.mekiki.identity.Role;
import io.mekiki.initiative.Initiative;
import io.mekiki.initiative.InitiativeMoved;
import io.mekiki.initiative.InitiativePhase;
import io.mekiki.initiative.InitiativeRow;
import io.mekiki.initiative.Initiatives;
import io.mekiki.initiative.Move;
import io.mekiki.instruction.AttachmentRules;
import io.mekiki.instruction.Upload;
import io.mekiki.operation.ContinuationDecided;
import io.mekiki.operation.ContinuationOutcome;
import io.mekiki.shared.Actor;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.OrganizationTime;
import io.mekiki.shared.RuleViolationException;
import io.mekiki.shared.RuleViolationException.Kind;
import io.mekiki.shared.SignedInUser;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exits (サービス利用の終了, ADR 040): one per initiative with a contract. It starts by itself when the executive takes
 * the termination branch (after the continuation decision to end), or a risk officer starts it from the provider's
 * termination notice (in operation or in continuation) or by hand (in continuation or termination). The plan comes
 * from the contract's exit terms and is edited by risk officers; they record each data set's returns with the
 * completeness check and the deletion evidence. Everyone in the organisation reads; once the initiative is closed
 * nothing changes.
 */
@Service
public class Exits {

    /** Who starts and runs exits. */
    public static final String OFFICERS = "hasRole('RISK_OFFICER')";

    public static final int WHAT_MAX = 500;
    public static final int FORMAT_MAX = 200;
    public static final int METHOD_MAX = 200;
    public static final int TEXT_MAX = 2000;
    public static final int ASSESSMENT_MAX = 10_000;
    public static final int CHECKSUM_MAX = 200;
    public static final int DATA_SETS_MAX = 20;

    private final ExitStore store;
    private final Initiatives initiatives;
    private final Contracts contracts;
    private final Members members;
    private final AttachmentRules attachments;
    private final OrganizationTime time;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Exits(
            ExitStore store,
            Initiatives initiatives,
            Contracts contracts,
            Members members,
            AttachmentRules attachments,
            OrganizationTime time,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.initiatives = initiatives;
        this.contracts = contracts;
        this.members = members;
        this.attachments = attachments;
        this.time = time;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts the exit of an initiative: from the provider's termination notice when both notice dates are given (the
     * initiative in operation or in continuation), by hand otherwise (in continuation or termination).
     *
     * @throws RuleViolationException 400 naming {@code initiativeId}, {@code noticeReceivedOn} or {@code
     *     noticeEffectiveOn}; 409 when the initiative has no contract, already has an exit or is in another phase
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public Exit start(SignedInUser user, NewExit input) {
        UUID organizationId = user.organizationId();
        UUID initiativeId = reference(input.initiativeId(), "initiativeId");
        if (initiativeId == null) {
            throw invalid("initiativeId", "exit.error.required");
        }
        Initiative initiative = initiatives
                .initiativeOf(organizationId, initiativeId)
                .orElseThrow(() -> invalid("initiativeId", "exit.error.unknownInitiative"));
        LocalDate received = date(input.noticeReceivedOn(), "noticeReceivedOn");
        LocalDate effective = date(input.noticeEffectiveOn(), "noticeEffectiveOn");
        if ((received == null) != (effective == null)) {
            throw received == null
                    ? invalid("noticeReceivedOn", "exit.error.noticeBoth")
                    : invalid("noticeEffectiveOn", "exit.error.noticeBoth");
        }
        LocalDate today = time.today(organizationId);
        if (received != null && received.isAfter(today)) {
            throw invalid("noticeReceivedOn", "exit.error.future");
        }
        if (received != null && effective.isBefore(received)) {
            throw invalid("noticeEffectiveOn", "exit.error.effectiveBeforeReceived");
        }
        ExitOrigin origin = received != null ? ExitOrigin.PROVIDER_NOTICE : ExitOrigin.BY_HAND;
        InitiativePhase phase = initiative.phase();
        boolean allowed = origin == ExitOrigin.PROVIDER_NOTICE
                ? phase == InitiativePhase.OPERATION || phase == InitiativePhase.CONTINUATION_TERMINATION
                : phase == InitiativePhase.CONTINUATION_TERMINATION;
        if (!allowed) {
            throw RuleViolationException.conflict("exit.error.phase." + origin.name());
        }
        if (store.ofInitiative(organizationId, initiativeId).isPresent()) {
            throw RuleViolationException.conflict("exit.error.exists");
        }
        Contract contract = contracts.ofInitiative(organizationId, initiativeId).stream()
                .findFirst()
                .orElseThrow(() -> RuleViolationException.conflict("exit.error.noContract"));
        if (origin == ExitOrigin.PROVIDER_NOTICE) {
            // the notice is a fact of the contract: the continuation decision rests on it (ADR 046)
            contracts.recordTerminationNotice(user, contract.id(), received, effective);
        }
        UUID id = begin(
                organizationId, user.userId(), user.displayName(), user.actor(), contract, origin, received, effective);
        return read(organizationId, id);
    }

    /**
     * The executive decided at the yearly review to end the use (ADR 038): the exit starts by itself from the
     * contract's exit terms, unless one started already (from the provider's notice).
     */
    @EventListener
    @Transactional
    void continuationDecided(ContinuationDecided decided) {
        if (decided.outcome() != ContinuationOutcome.END
                || store.ofInitiative(decided.organizationId(), decided.initiativeId())
                        .isPresent()) {
            return;
        }
        contracts
                .find(decided.organizationId(), decided.contractId())
                .or(() -> contracts.ofInitiative(decided.organizationId(), decided.initiativeId()).stream()
                        .findFirst())
                .ifPresent(contract -> begin(
                        decided.organizationId(),
                        actorId(decided.actor()),
                        personName(decided.actor().name()),
                        decided.actor(),
                        contract,
                        ExitOrigin.DECISION,
                        null,
                        null));
    }

    /**
     * The executive took the termination branch (whether or not through a yearly review): the exit starts by itself, its plan from the contract's exit terms,
     * unless one started already (from the provider's notice) or the initiative has no contract.
     */
    @EventListener
    @Transactional
    void initiativeMoved(InitiativeMoved moved) {
        if (moved.move() != Move.TERMINATE
                || store.ofInitiative(moved.organizationId(), moved.initiativeId())
                        .isPresent()) {
            return;
        }
        contracts.ofInitiative(moved.organizationId(), moved.initiativeId()).stream()
                .findFirst()
                .ifPresent(contract -> {
                    UUID by = actorId(moved.actor());
                    begin(
                            moved.organizationId(),
                            by,
                            personName(moved.actor().name()),
                            moved.actor(),
                            contract,
                            ExitOrigin.DECISION,
                            null,
                            null);
                });
    }

    private UUID begin(
            UUID organizationId,
            UUID by,
            String byName,
            Actor actor,
            Contract contract,
            ExitOrigin origin,
            @Nullable LocalDate received,
            @Nullable LocalDate effective) {
        LocalDate today = time.today(organizationId);
        LocalDate endsOn = effective != null ? effective : endOfUse(contract, today);
        Member checker = defaultChecker(organizationId, by);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        DeletionProof proof = contract.deletionProof();
        store.insert(new Row(
                id,
                organizationId,
                contract.initiativeId(),
                contract.id(),
                contract.title(),
                origin.name(),
                received,
                effective,
                endsOn,
                contract.deletionMethod(),
                proof == null ? null : proof.name(),
                by,
                byName,
                now,
                now,
                0));
        int position = 0;
        for (DataReturn planned : contract.dataReturns()) {
            store.insertDataSet(new DataSetRow(
                    UUID.randomUUID(),
                    id,
                    position++,
                    planned.what(),
                    planned.format(),
                    planned.method(),
                    endsOn.plusDays(planned.days()),
                    checker.id(),
                    checker.displayName()));
        }
        Row row = store.find(organizationId, id, false).orElseThrow();
        events.publishEvent(new ExitStarted(
                organizationId,
                actor,
                id,
                contract.initiativeId(),
                origin,
                received,
                effective,
                endsOn,
                planFacts(row, store.dataSets(List.of(id)))));
        initiatives.gateFactsChanged(organizationId, contract.initiativeId(), actor);
        return id;
    }

    /** The last day of the contract's current term (or today when it has passed): when the use ends by default. */
    private static LocalDate endOfUse(Contract contract, LocalDate today) {
        LocalDate end = contract.dates(today).current().end();
        return end.isBefore(today) ? today : end;
    }

    /** The risk officer who checks the returns unless the plan names another: the starter when one, else the first. */
    private Member defaultChecker(UUID organizationId, UUID starter) {
        List<Member> officers = members.withRole(organizationId, Role.RISK_OFFICER).stream()
                .filter(Member::active)
                .toList();
        return officers.stream()
                .filter(member -> member.id().equals(starter))
                .findFirst()
                .or(() -> officers.stream().findFirst())
                .or(() -> members.member(organizationId, starter))
                .orElseThrow(() -> RuleViolationException.conflict("exit.error.noChecker"));
    }

    /**
     * The exit with its plan, returns and deletion evidence.
     *
     * @throws NotFoundException when it is not one of the organisation's
     */
    @Transactional(readOnly = true)
    public Exit exit(SignedInUser user, UUID id) {
        return read(user.organizationId(), id);
    }

    /** The exit of an initiative, if one started. */
    @Transactional(readOnly = true)
    public Optional<Exit> ofInitiative(UUID organizationId, UUID initiativeId) {
        return store.ofInitiative(organizationId, initiativeId)
                .map(row -> assemble(List.of(row)).get(0));
    }

    /** The exit of a contract, if one started. */
    @Transactional(readOnly = true)
    public Optional<Exit> ofContract(UUID organizationId, UUID contractId) {
        return store.ofContract(organizationId, contractId)
                .map(row -> assemble(List.of(row)).get(0));
    }

    /** An initiative an exit can be started for now, with the phase it is in. */
    public record StartChoice(UUID initiativeId, String title, InitiativePhase phase) {}

    /**
     * The initiatives of the organisation an exit can start for: in operation (from a provider's notice) or in
     * continuation or termination, with a contract and no exit yet.
     */
    @Transactional(readOnly = true)
    public List<StartChoice> startChoices(SignedInUser user) {
        UUID organizationId = user.organizationId();
        List<StartChoice> choices = new ArrayList<>();
        for (LifeCyclePhase phase : List.of(LifeCyclePhase.OPERATION, LifeCyclePhase.CONTINUATION_TERMINATION)) {
            for (InitiativeRow row : initiatives.inPhase(organizationId, phase)) {
                if (store.ofInitiative(organizationId, row.id()).isEmpty()
                        && !contracts.ofInitiative(organizationId, row.id()).isEmpty()) {
                    choices.add(new StartChoice(row.id(), row.title(), row.phase()));
                }
            }
        }
        return choices;
    }

    /** The active members of the organisation, who may check returns. */
    @Transactional(readOnly = true)
    public List<Member> checkers(UUID organizationId) {
        return members.active(organizationId);
    }

    /** The organisation's exits, the latest started first. */
    @Transactional(readOnly = true)
    public List<Exit> list(SignedInUser user) {
        return assemble(store.all(user.organizationId()));
    }

    /** The organisation's exits still open with a data set past its deadline, or past the end without evidence. */
    @Transactional(readOnly = true)
    public List<Exit> pastDeadline(UUID organizationId) {
        return assemble(store.all(organizationId)).stream()
                .filter(Exit::pastDeadline)
                .toList();
    }

    /**
     * Replaces the plan over the version read: the data sets (those named by {@code id} keep their returns; one with
     * returns cannot be removed), when the use ends, the deletion method and the proof required.
     *
     * @throws RuleViolationException 400 naming the field ({@code dataSets[i].what} …); 409 when the version is stale,
     *     a data set with returns is left out, or the initiative is closed
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public Exit revisePlan(SignedInUser user, UUID id, Plan input) {
        UUID organizationId = user.organizationId();
        Row row = open(organizationId, id);
        if (input.version() == null) {
            throw invalid("version", "exit.error.required");
        }
        LocalDate endsOn = date(input.endsOn(), "endsOn");
        if (endsOn == null) {
            throw invalid("endsOn", "exit.error.required");
        }
        String method = optional(input.deletionMethod(), "deletionMethod", TEXT_MAX);
        DeletionProof proof = proof(input.deletionProof(), "deletionProof", false);
        List<DataSetInput> sets = input.dataSets() == null ? List.of() : input.dataSets();
        if (sets.isEmpty()) {
            throw invalid("dataSets", "exit.error.dataSetsRequired");
        }
        if (sets.size() > DATA_SETS_MAX) {
            throw invalid("dataSets", "exit.error.tooManyDataSets", DATA_SETS_MAX);
        }
        List<DataSetRow> before = store.dataSets(List.of(id));
        Map<UUID, DataSetRow> existing = new HashMap<>();
        before.forEach(set -> existing.put(set.id(), set));
        Set<UUID> returned = new HashSet<>();
        store.returns(List.of(id)).forEach(ret -> returned.add(ret.dataSetId()));
        List<DataSetRow> after = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        for (int i = 0; i < sets.size(); i++) {
            DataSetInput set = sets.get(i);
            String prefix = "dataSets[" + i + "].";
            if (set == null) {
                throw invalid("dataSets[" + i + "]", "exit.error.required");
            }
            UUID setId = reference(set.id(), prefix + "id");
            if (setId != null && !existing.containsKey(setId)) {
                throw invalid(prefix + "id", "exit.error.unknownDataSet");
            }
            if (setId != null && !kept.add(setId)) {
                throw invalid(prefix + "id", "exit.error.duplicateDataSet");
            }
            String what = required(set.what(), prefix + "what", WHAT_MAX);
            String format = required(set.format(), prefix + "format", FORMAT_MAX);
            String how = required(set.method(), prefix + "method", METHOD_MAX);
            LocalDate deadline = date(set.deadline(), prefix + "deadline");
            if (deadline == null) {
                throw invalid(prefix + "deadline", "exit.error.required");
            }
            UUID checkerId = reference(set.checkerId(), prefix + "checkerId");
            if (checkerId == null) {
                throw invalid(prefix + "checkerId", "exit.error.required");
            }
            Member checker = members.member(organizationId, checkerId)
                    .filter(Member::active)
                    .orElseThrow(() -> invalid(prefix + "checkerId", "exit.error.checker"));
            after.add(new DataSetRow(
                    setId != null ? setId : UUID.randomUUID(),
                    id,
                    i,
                    what,
                    format,
                    how,
                    deadline,
                    checker.id(),
                    checker.displayName()));
        }
        for (DataSetRow set : before) {
            if (!kept.contains(set.id()) && returned.contains(set.id())) {
                throw RuleViolationException.conflict("exit.error.returnedDataSet", set.what());
            }
        }
        if (!store.updatePlan(
                id, input.version(), endsOn, method, proof == null ? null : proof.name(), clock.instant())) {
            throw RuleViolationException.conflict("exit.error.stale");
        }
        for (DataSetRow set : before) {
            if (!kept.contains(set.id())) {
                store.deleteDataSet(id, set.id());
            }
        }
        for (DataSetRow set : after) {
            if (existing.containsKey(set.id())) {
                store.updateDataSet(set);
            } else {
                store.insertDataSet(set);
            }
        }
        Row revised = store.find(organizationId, id, false).orElseThrow();
        Map<String, Object> factsBefore = planFacts(row, before);
        Map<String, Object> factsAfter = planFacts(revised, after);
        if (!factsBefore.equals(factsAfter)) {
            events.publishEvent(
                    new ExitPlanRevised(organizationId, user.actor(), id, row.initiativeId(), factsBefore, factsAfter));
            initiatives.gateFactsChanged(organizationId, row.initiativeId(), user.actor());
        }
        return read(organizationId, id);
    }

    /**
     * Records a return of a data set with the completeness check: complete, or incomplete naming what is missing. A
     * data set already returned complete takes no more returns; an incomplete one takes a corrected return, and both
     * stay.
     *
     * @throws RuleViolationException 400 naming the field; 409 when the data set is complete already or the
     *     initiative is closed
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public Exit recordReturn(SignedInUser user, UUID id, NewDataReturn input) {
        UUID organizationId = user.organizationId();
        Row row = open(organizationId, id);
        UUID setId = reference(input.dataSetId(), "dataSetId");
        if (setId == null) {
            throw invalid("dataSetId", "exit.error.required");
        }
        DataSetRow set = store.dataSets(List.of(id)).stream()
                .filter(candidate -> candidate.id().equals(setId))
                .findFirst()
                .orElseThrow(() -> invalid("dataSetId", "exit.error.unknownDataSet"));
        LocalDate received = date(input.receivedOn(), "receivedOn");
        if (received == null) {
            throw invalid("receivedOn", "exit.error.required");
        }
        if (received.isAfter(time.today(organizationId))) {
            throw invalid("receivedOn", "exit.error.future");
        }
        Long size = count(input.sizeBytes(), "sizeBytes");
        Long records = count(input.recordCount(), "recordCount");
        Long expectedCount = count(input.expectedCount(), "expectedCount");
        String checksum = optional(input.checksum(), "checksum", CHECKSUM_MAX);
        String expected = optional(input.expected(), "expected", TEXT_MAX);
        if (size == null && records == null && checksum == null) {
            throw invalid("recordCount", "exit.error.measureNeeded");
        }
        if (input.complete() == null) {
            throw invalid("complete", "exit.error.required");
        }
        boolean complete = input.complete();
        String missing = optional(input.missing(), "missing", TEXT_MAX);
        if (!complete && missing == null) {
            throw invalid("missing", "exit.error.missingNeeded");
        }
        if (complete && records != null && expectedCount != null && !records.equals(expectedCount)) {
            throw invalid("complete", "exit.error.countsDiffer", records, expectedCount);
        }
        if (complete) {
            missing = null;
        }
        List<ReturnRow> earlier = store.returns(List.of(id)).stream()
                .filter(ret -> ret.dataSetId().equals(setId))
                .toList();
        if (!earlier.isEmpty() && earlier.get(0).complete()) {
            throw RuleViolationException.conflict("exit.error.alreadyComplete", set.what());
        }
        Instant now = clock.instant();
        UUID returnId = UUID.randomUUID();
        store.insertReturn(new ReturnRow(
                returnId,
                id,
                setId,
                received,
                size,
                records,
                expectedCount,
                checksum,
                expected,
                complete,
                missing,
                user.userId(),
                user.displayName(),
                now));
        store.touch(id, now);
        events.publishEvent(new DataReturnRecorded(
                organizationId,
                user.actor(),
                id,
                row.initiativeId(),
                returnId,
                set.what(),
                received,
                size,
                records,
                expectedCount,
                checksum,
                expected,
                complete,
                missing,
                !earlier.isEmpty()));
        initiatives.gateFactsChanged(organizationId, row.initiativeId(), user.actor());
        return read(organizationId, id);
    }

    /**
     * Records the deletion evidence: the provider's certificate (a file checked as every stored file, ADR 025), or
     * an alternative (written confirmation, account closure, the provider's published deletion process: at least
     * one) with the risk officer's assessment of why it is adequate. Later evidence supersedes; all stay.
     *
     * @throws RuleViolationException 400 naming {@code kind}, {@code file}, {@code writtenConfirmation}, {@code
     *     assessment} …; 409 when the initiative is closed
     */
    @Transactional
    @PreAuthorize(OFFICERS)
    public Exit recordDeletionEvidence(
            SignedInUser user, UUID id, NewDeletionEvidence input, @Nullable Upload certificate) {
        UUID organizationId = user.organizationId();
        Row row = open(organizationId, id);
        DeletionProof kind = proof(input.kind(), "kind", true);
        String written = optional(input.writtenConfirmation(), "writtenConfirmation", TEXT_MAX);
        String closure = optional(input.accountClosure(), "accountClosure", TEXT_MAX);
        String published = optional(input.publishedProcess(), "publishedProcess", TEXT_MAX);
        String assessment = optional(input.assessment(), "assessment", ASSESSMENT_MAX);
        AttachmentRules.CheckedFile file = null;
        if (kind == DeletionProof.CERTIFICATE) {
            if (certificate == null) {
                throw invalid("file", "exit.error.certificateNeeded");
            }
            file = attachments.check(certificate, "file");
        } else {
            if (written == null && closure == null && published == null) {
                throw invalid("writtenConfirmation", "exit.error.alternativeNeeded");
            }
            if (assessment == null) {
                throw invalid("assessment", "exit.error.assessmentNeeded");
            }
        }
        Instant now = clock.instant();
        UUID evidenceId = UUID.randomUUID();
        store.insertEvidence(
                new EvidenceRow(
                        evidenceId,
                        id,
                        kind.name(),
                        file == null ? null : file.fileName(),
                        file == null ? null : file.mediaType(),
                        file == null ? null : file.size(),
                        file == null ? null : file.sha256(),
                        written,
                        closure,
                        published,
                        assessment,
                        user.userId(),
                        user.displayName(),
                        now),
                file == null ? null : file.content());
        store.touch(id, now);
        events.publishEvent(new DeletionEvidenceRecorded(
                organizationId,
                user.actor(),
                id,
                row.initiativeId(),
                evidenceId,
                kind,
                file == null ? null : file.fileName(),
                file == null ? null : file.sha256(),
                written,
                closure,
                published,
                assessment));
        initiatives.gateFactsChanged(organizationId, row.initiativeId(), user.actor());
        return read(organizationId, id);
    }

    /**
     * A deletion certificate with its bytes, for a download.
     *
     * @throws NotFoundException when the exit is not the organisation's or the evidence has no file
     */
    @Transactional(readOnly = true)
    public Certificate certificate(SignedInUser user, UUID id, UUID evidenceId) {
        Exit exit = read(user.organizationId(), id);
        Exit.DeletionEvidence evidence = exit.deletionEvidence().stream()
                .filter(candidate -> candidate.id().equals(evidenceId) && candidate.fileSha256() != null)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("DELETION_CERTIFICATE", evidenceId));
        byte[] content = store.certificate(id, evidenceId)
                .orElseThrow(() -> new NotFoundException("DELETION_CERTIFICATE", evidenceId));
        return new Certificate(evidence, content);
    }

    /** A deletion certificate and its bytes. */
    public record Certificate(Exit.DeletionEvidence evidence, byte[] content) {}

    /** The facts of the exit a termination gate rests on (ADR 020), under keys of this module. */
    Map<String, Object> dataReturnFacts(Exit exit) {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (Exit.DataSet set : exit.dataSets()) {
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("what", set.what());
            fact.put("format", set.format());
            fact.put("state", set.state().name());
            if (!set.returns().isEmpty()) {
                Exit.DataReturn latest = set.returns().get(0);
                fact.put("receivedOn", latest.receivedOn().toString());
                putIfPresent(fact, "sizeBytes", latest.sizeBytes());
                putIfPresent(fact, "recordCount", latest.recordCount());
                putIfPresent(fact, "expectedCount", latest.expectedCount());
                putIfPresent(fact, "checksum", latest.checksum());
                putIfPresent(fact, "missing", latest.missing());
            }
            sets.add(fact);
        }
        return Map.of("exitDataReturns", sets);
    }

    Map<String, Object> deletionFacts(Exit exit) {
        Map<String, Object> fact = new LinkedHashMap<>();
        putIfPresent(fact, "method", exit.deletionMethod());
        putIfPresent(
                fact,
                "proofRequired",
                exit.deletionProof() == null ? null : exit.deletionProof().name());
        Exit.DeletionEvidence evidence = exit.currentEvidence();
        if (evidence != null) {
            fact.put("kind", evidence.kind().name());
            putIfPresent(fact, "certificate", evidence.fileName());
            putIfPresent(fact, "certificateSha256", evidence.fileSha256());
            putIfPresent(fact, "writtenConfirmation", evidence.writtenConfirmation());
            putIfPresent(fact, "accountClosure", evidence.accountClosure());
            putIfPresent(fact, "publishedProcess", evidence.publishedProcess());
            putIfPresent(fact, "assessment", evidence.assessment());
        }
        return Map.of("exitDeletion", fact);
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private Row open(UUID organizationId, UUID id) {
        Row row = store.find(organizationId, id, true).orElseThrow(() -> notFound(id));
        Initiative initiative =
                initiatives.initiativeOf(organizationId, row.initiativeId()).orElseThrow(() -> notFound(id));
        if (initiative.phase().closed()) {
            throw RuleViolationException.conflict("exit.error.closed");
        }
        return row;
    }

    private Exit read(UUID organizationId, UUID id) {
        Row row = store.find(organizationId, id, false).orElseThrow(() -> notFound(id));
        return assemble(List.of(row)).get(0);
    }

    private List<Exit> assemble(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        UUID organizationId = rows.get(0).organizationId();
        LocalDate today = time.today(organizationId);
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<DataSetRow>> sets = new HashMap<>();
        store.dataSets(ids)
                .forEach(set -> sets.computeIfAbsent(set.exitId(), key -> new ArrayList<>())
                        .add(set));
        Map<UUID, List<ReturnRow>> returns = new HashMap<>();
        store.returns(ids)
                .forEach(ret -> returns.computeIfAbsent(ret.dataSetId(), key -> new ArrayList<>())
                        .add(ret));
        Map<UUID, List<EvidenceRow>> evidence = new HashMap<>();
        store.evidence(ids)
                .forEach(ev -> evidence.computeIfAbsent(ev.exitId(), key -> new ArrayList<>())
                        .add(ev));
        List<Exit> exits = new ArrayList<>();
        for (Row row : rows) {
            boolean closed = initiatives
                    .initiativeOf(organizationId, row.initiativeId())
                    .map(initiative -> initiative.phase().closed())
                    .orElse(false);
            List<Exit.DataSet> dataSets = new ArrayList<>();
            for (DataSetRow set : sets.getOrDefault(row.id(), List.of())) {
                List<Exit.DataReturn> received = returns.getOrDefault(set.id(), List.of()).stream()
                        .map(ret -> new Exit.DataReturn(
                                ret.id(),
                                ret.dataSetId(),
                                ret.receivedOn(),
                                ret.sizeBytes(),
                                ret.recordCount(),
                                ret.expectedCount(),
                                ret.checksum(),
                                ret.expected(),
                                ret.complete(),
                                ret.missing(),
                                ret.checkedByName(),
                                ret.recordedAt()))
                        .toList();
                DataSetState state = received.isEmpty()
                        ? DataSetState.NOT_RETURNED
                        : received.get(0).complete() ? DataSetState.COMPLETE : DataSetState.INCOMPLETE;
                dataSets.add(new Exit.DataSet(
                        set.id(),
                        set.position(),
                        set.what(),
                        set.format(),
                        set.method(),
                        set.deadline(),
                        set.checkerId(),
                        set.checkerName(),
                        state,
                        !closed
                                && state != DataSetState.COMPLETE
                                && set.deadline().isBefore(today),
                        received));
            }
            List<Exit.DeletionEvidence> deletion = evidence.getOrDefault(row.id(), List.of()).stream()
                    .map(ev -> new Exit.DeletionEvidence(
                            ev.id(),
                            DeletionProof.valueOf(ev.kind()),
                            ev.fileName(),
                            ev.fileType(),
                            ev.fileSize(),
                            ev.fileSha256(),
                            ev.writtenConfirmation(),
                            ev.accountClosure(),
                            ev.publishedProcess(),
                            ev.assessment(),
                            ev.recordedByName(),
                            ev.recordedAt()))
                    .toList();
            List<Exit.Missing> missing = missing(dataSets, deletion);
            boolean anything = dataSets.stream().anyMatch(set -> !set.returns().isEmpty()) || !deletion.isEmpty();
            ExitStatus status = closed
                    ? ExitStatus.CLOSED
                    : missing.isEmpty() ? ExitStatus.READY : anything ? ExitStatus.IN_PROGRESS : ExitStatus.PLANNED;
            LocalDate lastDeadline = dataSets.stream()
                    .map(Exit.DataSet::deadline)
                    .max(LocalDate::compareTo)
                    .orElse(row.endsOn());
            boolean pastDeadline = !closed
                    && (dataSets.stream().anyMatch(Exit.DataSet::overdue)
                            || (deletion.isEmpty() && lastDeadline.isBefore(today)));
            LocalDate requiredBy = null;
            boolean noticeShort = false;
            if (row.noticeReceivedOn() != null) {
                NoticePeriod period = contracts
                        .find(organizationId, row.contractId())
                        .map(Contract::providerNotice)
                        .orElse(null);
                if (period != null) {
                    requiredBy = period.unit() == PeriodUnit.DAYS
                            ? row.noticeReceivedOn().plusDays(period.amount())
                            : row.noticeReceivedOn().plusMonths(period.amount());
                    noticeShort = row.noticeEffectiveOn().isBefore(requiredBy);
                }
            }
            exits.add(new Exit(
                    row.id(),
                    row.initiativeId(),
                    row.contractId(),
                    row.title(),
                    ExitOrigin.valueOf(row.origin()),
                    row.noticeReceivedOn(),
                    row.noticeEffectiveOn(),
                    requiredBy,
                    noticeShort,
                    row.endsOn(),
                    ChronoUnit.DAYS.between(today, row.endsOn()),
                    row.deletionMethod(),
                    row.deletionProof() == null ? null : DeletionProof.valueOf(row.deletionProof()),
                    dataSets,
                    deletion,
                    status,
                    pastDeadline,
                    missing,
                    row.startedByName(),
                    row.startedAt(),
                    row.version()));
        }
        return exits;
    }

    private static List<Exit.Missing> missing(List<Exit.DataSet> dataSets, List<Exit.DeletionEvidence> deletion) {
        List<Exit.Missing> missing = new ArrayList<>();
        if (dataSets.isEmpty()) {
            missing.add(new Exit.Missing("DATA_SETS_NONE", "exit.missing.noDataSets", List.of()));
        }
        for (Exit.DataSet set : dataSets) {
            if (set.state() == DataSetState.NOT_RETURNED) {
                missing.add(new Exit.Missing("DATA_SET_NOT_RETURNED", "exit.missing.notReturned", List.of(set.what())));
            } else if (set.state() == DataSetState.INCOMPLETE) {
                missing.add(new Exit.Missing(
                        "DATA_SET_INCOMPLETE",
                        "exit.missing.incomplete",
                        List.of(set.what(), String.valueOf(set.returns().get(0).missing()))));
            }
        }
        if (deletion.isEmpty()) {
            missing.add(new Exit.Missing("DELETION_EVIDENCE_MISSING", "exit.missing.deletionEvidence", List.of()));
        }
        return missing;
    }

    private static Map<String, Object> planFacts(Row row, List<DataSetRow> sets) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("endsOn", row.endsOn().toString());
        facts.put(
                "dataSets",
                sets.stream()
                        .map(set -> set.what() + " / " + set.format() + " / " + set.method() + " / " + set.deadline()
                                + " / " + set.checkerName())
                        .toList());
        facts.put("deletionMethod", row.deletionMethod());
        facts.put("deletionProof", row.deletionProof());
        return facts;
    }

    private static @Nullable DeletionProof proof(@Nullable String text, String field, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw invalid(field, "exit.error.required");
            }
            return null;
        }
        try {
            return DeletionProof.valueOf(text.strip());
        } catch (IllegalArgumentException unknown) {
            throw invalid(field, "exit.error.proof");
        }
    }

    private static @Nullable Long count(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value < 0) {
                throw invalid(field, "exit.error.count");
            }
            return value;
        } catch (NumberFormatException notANumber) {
            throw invalid(field, "exit.error.count");
        }
    }

    private static @Nullable LocalDate date(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            throw invalid(field, "exit.error.date");
        }
    }

    private static String required(@Nullable String text, String field, int max) {
        String value = optional(text, field, max);
        if (value == null) {
            throw invalid(field, "exit.error.required");
        }
        return value;
    }

    private static @Nullable String optional(@Nullable String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw invalid(field, "exit.error.tooLong", max);
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
            throw invalid(field, "exit.error.reference");
        }
    }

    private static UUID actorId(Actor actor) {
        try {
            return UUID.fromString(actor.id());
        } catch (IllegalArgumentException system) {
            return new UUID(0, 0);
        }
    }

    /** "Name <mail>" as the actor is written: the name. */
    private static String personName(String actorName) {
        int mail = actorName.indexOf(" <");
        return mail > 0 ? actorName.substring(0, mail) : actorName;
    }

    private static RuleViolationException invalid(String field, String code, Object... arguments) {
        return new RuleViolationException(Kind.UNPROCESSABLE, field, code, arguments);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException(ExitChange.EXIT, id);
    }
}
