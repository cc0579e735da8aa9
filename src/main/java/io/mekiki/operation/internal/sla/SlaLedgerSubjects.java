package io.mekiki.operation.internal.sla;

import io.mekiki.audit.LedgerSubjects;
import io.mekiki.audit.TableSubjects;
import io.mekiki.operation.SlaChange;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A contract's SLA in the audit ledger: "SLA of <contract title>", linked to the contract's SLA page. */
@Component
class SlaLedgerSubjects implements LedgerSubjects {

    private final SlaContracts contracts;
    private final MessageSource messages;

    SlaLedgerSubjects(SlaContracts contracts, MessageSource messages) {
        this.contracts = contracts;
        this.messages = messages;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(SlaChange.SLA);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        Map<String, SubjectName> names = new LinkedHashMap<>();
        for (UUID id : TableSubjects.uuids(subjectIds)) {
            contracts
                    .find(organizationId, id)
                    .ifPresent(contract -> names.put(
                            id.toString(),
                            SubjectName.of(
                                    messages.getMessage("sla.subject", new Object[] {contract.title()}, language),
                                    "/contracts/" + id + "/sla")));
        }
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return List.of();
    }
}
