package io.mekiki.operation.internal.incident;

import io.mekiki.audit.LedgerSubjects;
import io.mekiki.audit.TableSubjects;
import io.mekiki.operation.IncidentChange;
import io.mekiki.operation.OperationFindingChange;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Incidents and operation findings in the audit ledger: by their code and title, linked to their pages, and
 * found by a part of either.
 */
@Component
class IncidentLedgerSubjects implements LedgerSubjects {

    private final IncidentStore incidents;
    private final OperationFindingStore findings;

    IncidentLedgerSubjects(IncidentStore incidents, OperationFindingStore findings) {
        this.incidents = incidents;
        this.findings = findings;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(IncidentChange.INCIDENT, OperationFindingChange.OPERATION_FINDING);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        Map<String, SubjectName> names = new LinkedHashMap<>();
        for (UUID id : TableSubjects.uuids(subjectIds)) {
            if (IncidentChange.INCIDENT.equals(subjectType)) {
                incidents
                        .find(organizationId, id)
                        .ifPresent(row -> names.put(
                                id.toString(),
                                new SubjectName(
                                        "IN-" + row.number() + " " + row.title(),
                                        "/incidents/" + id,
                                        io.mekiki.initiative.InitiativeChange.INITIATIVE,
                                        row.initiativeId().toString())));
            } else {
                findings.find(organizationId, id)
                        .ifPresent(row -> names.put(
                                id.toString(),
                                new SubjectName(
                                        "OF-" + row.number() + " " + row.title(),
                                        "/operation-findings/" + id,
                                        io.mekiki.initiative.InitiativeChange.INITIATIVE,
                                        row.initiativeId().toString())));
            }
        }
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return List.of();
    }
}
