package io.mekiki.assessment.internal;

import io.mekiki.assessment.AssessmentAnswered;
import io.mekiki.audit.LedgerSubjects;
import io.mekiki.audit.TableSubjects;
import io.mekiki.initiative.InitiativeChange;
import io.mekiki.selection.Candidates;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Assessments in the audit ledger: by their candidate's service name, linked to the assessment page. */
@Component
class AssessmentLedgerSubjects implements LedgerSubjects {

    private final Candidates candidates;

    AssessmentLedgerSubjects(Candidates candidates) {
        this.candidates = candidates;
    }

    @Override
    public java.util.Set<String> subjectTypes() {
        return java.util.Set.of(AssessmentAnswered.ASSESSMENT);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        Map<String, SubjectName> names = new LinkedHashMap<>();
        for (UUID id : TableSubjects.uuids(subjectIds)) {
            candidates
                    .candidateOf(organizationId, id)
                    .ifPresent(candidate -> names.put(
                            id.toString(),
                            new SubjectName(
                                    candidate.facts().serviceName(),
                                    "/candidates/" + id + "/assessment",
                                    InitiativeChange.INITIATIVE,
                                    candidate.initiativeId().toString())));
        }
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return List.of();
    }
}
