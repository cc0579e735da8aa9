package io.mekiki.assessment.internal;

import io.mekiki.assessment.Answer;
import io.mekiki.assessment.Finding;
import io.mekiki.assessment.FindingChange;
import io.mekiki.assessment.FindingDisposition;
import io.mekiki.assessment.Findings;
import io.mekiki.decision.Basis;
import io.mekiki.decision.DecisionSubjects;
import io.mekiki.decision.Subject;
import io.mekiki.decision.UnmetCondition;
import io.mekiki.selection.Candidate;
import io.mekiki.selection.Candidates;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions on findings (ADR 030): an executive accepts a finding by approving a decision on it, topic
 * {@value Findings#ACCEPTANCE}. Its basis is the finding with its disposition and the answer of its item, so a
 * changed answer or disposition makes the acceptance stale (and the finding open again).
 */
@Component
class FindingDecisionSubjects implements DecisionSubjects {

    private final FindingStore store;
    private final AnswerStore answers;
    private final Candidates candidates;

    FindingDecisionSubjects(FindingStore store, AnswerStore answers, Candidates candidates) {
        this.store = store;
        this.answers = answers;
        this.candidates = candidates;
    }

    @Override
    public String subjectType() {
        return FindingChange.FINDING;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Basis> currentBasis(UUID organizationId, Subject subject, String topic) {
        Optional<Finding> found = store.find(organizationId, subject.id());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Finding finding = found.get();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("finding", finding.id().toString());
        facts.put("candidateId", finding.candidateId().toString());
        candidates
                .candidateOf(organizationId, finding.candidateId())
                .ifPresent(candidate -> facts.put("service", candidate.facts().serviceName()));
        facts.put("itemId", finding.itemId());
        facts.put("blocking", finding.blocking());
        facts.put("gapStatus", finding.gapStatus().name());
        facts.put("resolved", finding.resolvedAt() != null);
        facts.put(
                "disposition",
                finding.disposition() == null ? "" : finding.disposition().name());
        facts.put("rationale", finding.rationale() == null ? "" : finding.rationale());
        answers.assessmentOf(organizationId, finding.candidateId())
                .flatMap(started -> answers.answer(started.id(), finding.itemId()))
                .ifPresent(answer -> facts.put("answer", answer(answer)));
        return Optional.of(new Basis(facts));
    }

    private static Map<String, Object> answer(Answer answer) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("status", answer.status().name());
        facts.put("answer", answer.answer());
        facts.put("version", answer.version());
        return facts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnmetCondition> unmetConditions(UUID organizationId, Subject subject, String topic) {
        Optional<Finding> found = store.find(organizationId, subject.id());
        if (found.isEmpty() || !Findings.ACCEPTANCE.equals(topic)) {
            return List.of();
        }
        Finding finding = found.get();
        boolean open = candidates
                .candidateOf(organizationId, finding.candidateId())
                .map(Candidate::open)
                .orElse(false);
        if (finding.resolvedAt() != null || !open) {
            return List.of(new UnmetCondition("FINDING_OPEN", "finding.condition.notOpen", List.of(finding.itemId())));
        }
        if (finding.disposition() != FindingDisposition.ACCEPT) {
            return List.of(new UnmetCondition(
                    "ACCEPT_PROPOSED", "finding.condition.acceptProposed", List.of(finding.itemId())));
        }
        return List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(UUID organizationId, UUID id) {
        return store.find(organizationId, id).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public @Nullable String pagePath(Subject subject) {
        return store.find(subject.id())
                .map(finding -> "/candidates/" + finding.candidateId() + "/risks#finding-" + finding.id())
                .orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> titles(UUID organizationId, Collection<UUID> ids) {
        // one statement for the findings and one for their candidates' service names, whatever the number
        Map<UUID, FindingStore.TitleParts> parts = store.titleParts(organizationId, ids);
        Map<UUID, String> services = candidates.serviceNames(
                organizationId,
                parts.values().stream()
                        .map(FindingStore.TitleParts::candidateId)
                        .toList());
        Map<UUID, String> titles = new LinkedHashMap<>();
        for (UUID id : ids) {
            FindingStore.TitleParts part = parts.get(id);
            if (part != null) {
                String service = services.get(part.candidateId());
                titles.put(id, (service == null ? "" : service + " · ") + part.itemId());
            }
        }
        return titles;
    }

    @Override
    public Map<String, String> topics() {
        return Map.of(Findings.ACCEPTANCE, "finding.topic.acceptance");
    }

    @Override
    public @Nullable String topicMessageKey(String topic) {
        return Findings.ACCEPTANCE.equals(topic) ? "finding.topic.acceptance" : null;
    }
}
