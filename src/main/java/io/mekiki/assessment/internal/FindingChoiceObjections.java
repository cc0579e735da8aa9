package io.mekiki.assessment.internal;

import io.mekiki.assessment.Finding;
import io.mekiki.assessment.Findings;
import io.mekiki.selection.ChoiceObjections;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A candidate with an open blocking finding cannot be chosen: each such finding is named by its item. */
@Component
class FindingChoiceObjections implements ChoiceObjections {

    private final Findings findings;

    FindingChoiceObjections(Findings findings) {
        this.findings = findings;
    }

    @Override
    public List<String> objections(UUID organizationId, UUID candidateId) {
        return findings.openBlocking(organizationId, candidateId).stream()
                .map(Finding::itemId)
                .toList();
    }
}
