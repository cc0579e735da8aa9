package io.mekiki.decision;

import io.mekiki.instruction.AttachmentRules;
import io.mekiki.instruction.Upload;
import io.mekiki.shared.Actor;
import io.mekiki.shared.NotFoundException;
import io.mekiki.shared.SignedInUser;
import io.mekiki.shared.SubjectDirectory;
import io.mekiki.shared.UnknownReferenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests and decisions of the user's organisation. Who may act is checked here, against the user
 * handed in (so that other modules' services get the same refusals as the API); the rules of a request
 * and a decision are the aggregate's. Every change goes to the audit ledger in the same transaction.
 */
@Service
@Transactional
class DecisionDesk implements Decisions {

    static final String EXECUTIVE = "EXECUTIVE";
    static final String RISK_OFFICER = "RISK_OFFICER";
    static final String BUSINESS_OWNER = "BUSINESS_OWNER";

    private final DecisionCases cases;
    private final DecisionQueries queries;
    private final SubjectSources subjectSources;
    private final ObjectProvider<SubjectDirectory> directories;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EvidenceAddresses evidenceAddresses;
    private final EvidenceFiles evidenceFiles;
    private final AttachmentRules attachmentRules;

    DecisionDesk(
            DecisionCases cases,
            DecisionQueries queries,
            ObjectProvider<DecisionSubjects> subjectSources,
            ObjectProvider<SubjectDirectory> directories,
            ApplicationEventPublisher events,
            Clock clock,
            EvidenceAddresses evidenceAddresses,
            EvidenceFiles evidenceFiles,
            AttachmentRules attachmentRules) {
        this.evidenceAddresses = evidenceAddresses;
        this.evidenceFiles = evidenceFiles;
        this.attachmentRules = attachmentRules;
        this.directories = directories;
        this.cases = cases;
        this.queries = queries;
        this.subjectSources = new SubjectSources(subjectSources);
        this.events = events;
        this.clock = clock;
    }

    /** Declared here (not only as the interface's default) so that it runs in this class's transaction. */
    @Override
    public Decision request(SignedInUser requester, NewDecision request) {
        return request(requester, request, List.of());
    }

    @Override
    public Decision request(SignedInUser requester, NewDecision request, List<Upload> files) {
        requireAnyRole(requester, RISK_OFFICER, BUSINESS_OWNER);
        List<AttachmentRules.CheckedFile> checked = new ArrayList<>();
        for (Upload file : files == null ? List.<Upload>of() : files) {
            checked.add(attachmentRules.check(file, "evidenceFiles"));
        }
        Basis basis = request.subject() == null
                ? request.basis()
                : existingSubjectsBasis(requester.organizationId(), request.subject(), request.topic())
                        .orElse(request.basis());
        evidenceAddresses.check(requester, request.evidence());
        requireConditions(requester.organizationId(), request.subject(), request.topic());
        DecisionCase requested = DecisionCase.request(
                requester.organizationId(),
                requester.userId(),
                requester.displayName(),
                request,
                FrozenBasis.of(basis),
                clock.instant());
        Subject subject = requested.subject();
        if (cases.openRequestExists(requester.organizationId(), subject.type(), subject.id(), requested.topic())) {
            throw DecisionRuleViolation.inConflict("decision.error.openRequestExists");
        }
        DecisionCase saved = save(requested, "decision.error.openRequestExists");
        if (!checked.isEmpty()) {
            // stored after the request, which the files refer to; a refusal rolls both back
            for (AttachmentRules.CheckedFile file : checked) {
                attach(saved, requester, file);
            }
            saved = save(saved, "decision.error.openRequestExists");
        }
        events.publishEvent(new DecisionRequested(
                requester.organizationId(),
                requester.actor(),
                saved.id(),
                saved.subject(),
                saved.topic(),
                saved.requestFacts()));
        return saved.view();
    }

    @Override
    public Decision addEvidence(SignedInUser requester, UUID decisionId, @Nullable Upload file) {
        requireAnyRole(requester, RISK_OFFICER, BUSINESS_OWNER);
        DecisionCase decision = find(requester, decisionId);
        if (!decision.requestedBy(requester.userId())) {
            throw new AccessDeniedException("Only the requester may add evidence to a request");
        }
        if (decision.view().status() != DecisionStatus.REQUESTED) {
            throw DecisionRuleViolation.inConflict("decision.error.decidedCannotChange");
        }
        if (file == null) {
            throw DecisionRuleViolation.invalid("file", "decision.error.fileRequired");
        }
        AttachmentRules.CheckedFile checked = attachmentRules.check(file, "file");
        Map<String, Object> added = attach(decision, requester, checked);
        DecisionCase saved = save(decision, "decision.error.decidedCannotChange");
        events.publishEvent(
                new DecisionEvidenceAdded(requester.organizationId(), requester.actor(), saved.id(), added));
        return saved.view();
    }

    @Override
    @Transactional(readOnly = true)
    public EvidenceDownload evidenceFile(SignedInUser reader, UUID decisionId, UUID fileId) {
        DecisionCase decision = find(reader, decisionId);
        EvidenceFile file = decision.file(fileId).orElseThrow(() -> new NotFoundException("EVIDENCE_FILE", fileId));
        return new EvidenceDownload(
                file, evidenceFiles.content(reader.organizationId(), decisionId, fileId, file.size()));
    }

    /** Stores the file and adds it to the decision's evidence; returns the entry as the ledger records it. */
    private Map<String, Object> attach(DecisionCase decision, SignedInUser uploader, AttachmentRules.CheckedFile file) {
        EvidenceFile stored = evidenceFiles.insert(
                decision.organizationId(), decision.id(), file, uploader.userId(), clock.instant());
        return decision.addFile(stored, "/decisions/" + decision.id() + "/evidence/" + stored.id());
    }

    @Override
    public Decision revise(SignedInUser requester, UUID decisionId, RequestRevision revision) {
        requireAnyRole(requester, RISK_OFFICER, BUSINESS_OWNER);
        DecisionCase decision = find(requester, decisionId);
        if (!decision.requestedBy(requester.userId())) {
            throw new AccessDeniedException("Only the requester may reword a request");
        }
        evidenceAddresses.check(requester, revision.evidence());
        FrozenBasis frozen = currentBasis(requester.organizationId(), decision.subject(), decision.topic())
                .map(FrozenBasis::of)
                .orElseGet(() -> new FrozenBasis(decision.basisJson(), decision.basisHash()));
        Map<String, Object> changes = decision.revise(revision, frozen);
        if (changes.isEmpty()) {
            return decision.view();
        }
        DecisionCase saved = save(decision, "decision.error.decidedCannotChange");
        events.publishEvent(new DecisionRevised(requester.organizationId(), requester.actor(), saved.id(), changes));
        return saved.view();
    }

    /** Declared here (not only as the interface's default) so that it runs in this class's transaction. */
    @Override
    public Decision decide(
            SignedInUser executive,
            UUID decisionId,
            DecisionOutcome outcome,
            String rationale,
            List<String> conditions) {
        return decide(executive, decisionId, outcome, rationale, conditions, null);
    }

    @Override
    public Decision decide(
            SignedInUser executive,
            UUID decisionId,
            DecisionOutcome outcome,
            String rationale,
            List<String> conditions,
            @Nullable Basis currentBasis) {
        requireAnyRole(executive, EXECUTIVE);
        DecisionCase decision = find(executive, decisionId);
        Basis basis = currentBasis != null
                ? currentBasis
                : currentBasis(executive.organizationId(), decision.subject(), decision.topic())
                        .orElse(null);
        decision.decide(
                executive.userId(),
                executive.displayName(),
                outcome,
                rationale,
                conditions,
                basis == null ? null : FrozenBasis.of(basis),
                clock.instant());
        DecisionCase saved = save(decision, "decision.error.alreadyDecided");
        events.publishEvent(DecisionDecided.of(
                executive.organizationId(),
                executive.actor(),
                saved.id(),
                saved.subject(),
                saved.topic(),
                outcome,
                saved.decisionFacts()));
        return saved.view();
    }

    @Override
    public Decision conditionDone(SignedInUser user, UUID decisionId, UUID conditionId) {
        requireAnyRole(user, EXECUTIVE, RISK_OFFICER, BUSINESS_OWNER);
        DecisionCase decision = find(user, decisionId);
        if (!decision.requestedBy(user.userId()) && !user.roleNames().contains(EXECUTIVE)) {
            throw new AccessDeniedException("Only the requester or an executive may mark a condition done");
        }
        FollowUp done = decision.conditionDone(conditionId, user.userId(), user.displayName(), clock.instant());
        DecisionCase saved = save(decision, "decision.error.conditionAlreadyDone");
        events.publishEvent(new DecisionConditionDone(
                user.organizationId(), user.actor(), saved.id(), done.conditionId(), done.text()));
        return saved.view();
    }

    @Override
    @Transactional(readOnly = true)
    public Decision decision(SignedInUser reader, UUID decisionId) {
        return find(reader, decisionId).view();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> search(SignedInUser reader, DecisionQuery query) {
        return queries.search(reader.organizationId(), query, SEARCH_LIMIT);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> ofSubjects(UUID organizationId, String subjectType, Collection<UUID> subjectIds) {
        return queries.ofSubjects(organizationId, subjectType, subjectIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> ofSubjectsByBasisHash(UUID organizationId, String subjectType, Collection<UUID> subjectIds) {
        return queries.ofSubjectsByBasisHash(organizationId, subjectType, subjectIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> ofSubject(UUID organizationId, Subject subject) {
        return queries.ofSubject(organizationId, subject);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Decision> approval(UUID organizationId, Subject subject, String topic) {
        return cases
                .findByOrganizationIdAndSubjectTypeAndSubjectIdAndTopicAndStatusOrderByDecidedAtDesc(
                        organizationId, subject.type(), subject.id(), topic, DecisionStatus.DECIDED)
                .stream()
                .filter(DecisionCase::approved)
                .findFirst()
                .map(DecisionCase::view);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> recentlyDecided(UUID organizationId, int limit) {
        return queries.recentlyDecided(organizationId, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> waiting(UUID organizationId) {
        return queries.waiting(organizationId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Decision> stale(UUID organizationId) {
        return queries.stale(organizationId);
    }

    @Override
    public void basisChanged(UUID organizationId, Subject subject, Basis current) {
        FrozenBasis now = FrozenBasis.of(current);
        for (DecisionCase decision : cases.findByOrganizationIdAndSubjectTypeAndSubjectIdOrderByRequestedAtDesc(
                organizationId, subject.type(), subject.id())) {
            staleUnlessBasedOn(organizationId, decision, now, decision.basisHash(), decision.basisJson());
        }
    }

    @Override
    public void basisChanged(UUID organizationId, Subject subject) {
        Optional<DecisionSubjects> source = source(subject.type());
        if (source.isEmpty()) {
            return;
        }
        Map<String, Optional<Basis>> byTopic = new LinkedHashMap<>();
        for (DecisionCase decision : cases.findByOrganizationIdAndSubjectTypeAndSubjectIdOrderByRequestedAtDesc(
                organizationId, subject.type(), subject.id())) {
            if (!decision.approved() || decision.view().stale()) {
                continue;
            }
            Optional<Basis> current = byTopic.computeIfAbsent(
                    decision.topic(), topic -> source.get().currentBasis(organizationId, subject, topic));
            if (current.isEmpty()) {
                continue;
            }
            ComparedBases compared = ComparedBases.of(
                    source, decision.topic(), decision.basisJson(), decision.basisHash(), current.get());
            staleUnlessBasedOn(
                    organizationId,
                    decision,
                    compared.now(),
                    compared.then().hash(),
                    compared.then().json());
        }
    }

    private void staleUnlessBasedOn(
            UUID organizationId, DecisionCase decision, FrozenBasis now, String thenHash, String thenJson) {
        Instant at = clock.instant();
        if (!thenHash.equals(now.hash()) && decision.becomeStaleUnlessBasedOn(now.hash(), at)) {
            List<BasisChange> changes = BasisDiff.between(thenJson, now.json());
            DecisionCase saved = cases.save(decision);
            events.publishEvent(new DecisionBecameStale(
                    organizationId, Actor.system(), saved.id(), saved.topic(), saved.basisHash(), now.hash(), changes));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<BasisChange> changesSince(Decision decision, Basis current) {
        ComparedBases compared = ComparedBases.of(
                source(decision.subject().type()),
                decision.topic(),
                decision.basisJson(),
                decision.basisHash(),
                current);
        return BasisDiff.between(compared.then().json(), compared.now().json());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<BasisChange>> changesSinceFrozen(SignedInUser reader, UUID decisionId) {
        DecisionCase decision = find(reader, decisionId);
        return currentBasis(reader.organizationId(), decision.subject(), decision.topic())
                .map(current -> ComparedBases.of(
                        source(decision.subject().type()),
                        decision.topic(),
                        decision.basisJson(),
                        decision.basisHash(),
                        current))
                .map(compared ->
                        BasisDiff.between(compared.then().json(), compared.now().json()));
    }

    @Override
    public Optional<String> subjectPath(Subject subject) {
        return source(subject.type()).map(source -> source.pagePath(subject));
    }

    /**
     * The subject's basis from its module, when one answers for the subject type; a subject that module
     * does not know in the organisation cannot be asked about.
     */
    /**
     * Refuses a subject that is not one of the organisation's (another organisation's id exactly like an
     * unknown one, 400 naming {@code subjectId}) or whose type no module answers for; answers the basis
     * when the subject's module supplies it. A missing type or id is left to the request's own rules.
     */
    private Optional<Basis> existingSubjectsBasis(UUID organizationId, Subject subject, String topic) {
        if (subject.type() == null || subject.type().isBlank() || subject.id() == null) {
            return Optional.empty();
        }
        Optional<DecisionSubjects> source = source(subject.type());
        if (source.isPresent()) {
            return Optional.of(source.get()
                    .currentBasis(organizationId, subject, topic)
                    .orElseThrow(DecisionDesk::unknownSubject));
        }
        SubjectDirectory directory = directories
                .orderedStream()
                .filter(candidate -> candidate.subjectType().equals(subject.type()))
                .findFirst()
                .orElseThrow(() -> new UnknownReferenceException(
                        "subjectType", "decision.error.unknownSubjectType", subject.type()));
        if (!directory.exists(organizationId, subject.id())) {
            throw unknownSubject();
        }
        return Optional.empty();
    }

    /** Refuses (409) a request on a topic whose subject still has conditions that do not hold, naming them. */
    private void requireConditions(UUID organizationId, @Nullable Subject subject, @Nullable String topic) {
        if (subject == null || subject.id() == null || subject.type() == null || topic == null) {
            return;
        }
        List<UnmetCondition> unmet = source(subject.type())
                .map(source -> source.unmetConditions(organizationId, subject, topic.strip()))
                .orElse(List.of());
        if (!unmet.isEmpty()) {
            throw new ConditionsUnmetException(unmet);
        }
    }

    private static UnknownReferenceException unknownSubject() {
        return new UnknownReferenceException("subjectId", "decision.error.unknownSubject");
    }

    /** The subject's basis from its module, if one answers for the subject type and knows the subject. */
    private Optional<Basis> currentBasis(UUID organizationId, Subject subject, String topic) {
        if (subject.id() == null) {
            return Optional.empty();
        }
        return source(subject.type()).flatMap(source -> source.currentBasis(organizationId, subject, topic));
    }

    private Optional<DecisionSubjects> source(String subjectType) {
        return subjectSources.of(subjectType);
    }

    private DecisionCase find(SignedInUser user, UUID decisionId) {
        return cases.findByIdAndOrganizationId(decisionId, user.organizationId())
                .orElseThrow(() -> new NotFoundException(DecisionChange.DECISION, decisionId));
    }

    /** A concurrent change or request loses: the first one stands and the second is told why. */
    private DecisionCase save(DecisionCase decision, String concurrentRefusal) {
        try {
            return cases.save(decision);
        } catch (OptimisticLockingFailureException | DuplicateKeyException concurrentChange) {
            throw DecisionRuleViolation.inConflict(concurrentRefusal);
        }
    }

    private static void requireAnyRole(SignedInUser user, String... roles) {
        for (String role : roles) {
            if (user.roleNames().contains(role)) {
                return;
            }
        }
        throw new AccessDeniedException("Requires one of the roles " + String.join(", ", roles));
    }
}
