package io.mekiki.assessment.internal;

import io.mekiki.assessment.FindingChange;
import io.mekiki.decision.DecisionDecided;
import io.mekiki.initiative.Initiatives;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A decision on a finding was decided: whether the finding is accepted is part of the selection gates' basis,
 * so the initiative's gate facts changed (in the decision's transaction).
 */
@Component
class FindingDecisionReactions {

    private final FindingStore store;
    private final Initiatives initiatives;

    FindingDecisionReactions(FindingStore store, Initiatives initiatives) {
        this.store = store;
        this.initiatives = initiatives;
    }

    @EventListener
    @Transactional
    void decided(DecisionDecided decided) {
        if (!FindingChange.FINDING.equals(decided.subject().type())) {
            return;
        }
        store.find(decided.organizationId(), decided.subject().id())
                .ifPresent(finding -> initiatives.gateFactsChanged(
                        decided.organizationId(), finding.initiativeId(), decided.actor()));
    }
}
