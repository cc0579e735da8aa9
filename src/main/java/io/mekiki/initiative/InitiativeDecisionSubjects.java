package io.mekiki.initiative;

import io.mekiki.decision.Basis;
import io.mekiki.decision.DecisionSubjects;
import io.mekiki.decision.Subject;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the decision module what a decision on an initiative is made on, whoever asks for it (a gate's
 * request form, the decision API), so that every decision on an initiative freezes the same basis.
 */
@Component
class InitiativeDecisionSubjects implements DecisionSubjects {

    private final InitiativeRecords records;

    InitiativeDecisionSubjects(InitiativeRecords records) {
        this.records = records;
    }

    @Override
    public String subjectType() {
        return InitiativeChange.INITIATIVE;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Basis> currentBasis(UUID organizationId, Subject subject, String topic) {
        return records.findByIdAndOrganizationId(subject.id(), organizationId).map(DecisionBasis::of);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(UUID organizationId, UUID id) {
        return records.existsByIdAndOrganizationId(id, organizationId);
    }

    @Override
    public String pagePath(Subject subject) {
        return "/initiatives/" + subject.id();
    }
}
