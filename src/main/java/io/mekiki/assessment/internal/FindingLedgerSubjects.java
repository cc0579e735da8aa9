package io.mekiki.assessment.internal;

import io.mekiki.assessment.FindingChange;
import io.mekiki.audit.LedgerSubjects;
import io.mekiki.audit.TableSubjects;
import io.mekiki.selection.CandidateChange;
import io.mekiki.selection.Candidates;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Findings in the audit ledger: by their item and candidate's service, linked to the candidate's risk view. */
@Component
class FindingLedgerSubjects implements LedgerSubjects {

    private final FindingStore store;
    private final Candidates candidates;

    FindingLedgerSubjects(FindingStore store, Candidates candidates) {
        this.store = store;
        this.candidates = candidates;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(FindingChange.FINDING);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        Map<String, SubjectName> names = new LinkedHashMap<>();
        for (UUID id : TableSubjects.uuids(subjectIds)) {
            store.find(organizationId, id)
                    .ifPresent(finding -> candidates
                            .candidateOf(organizationId, finding.candidateId())
                            .ifPresent(candidate -> names.put(
                                    id.toString(),
                                    new SubjectName(
                                            finding.itemId() + " · "
                                                    + candidate.facts().serviceName(),
                                            "/candidates/" + candidate.id() + "/risks#finding-" + id,
                                            CandidateChange.CANDIDATE,
                                            candidate.id().toString()))));
        }
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return List.of();
    }
}
