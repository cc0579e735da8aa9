package io.mekiki.comparison.internal;

import io.mekiki.audit.LedgerSubjects;
import io.mekiki.audit.TableSubjects;
import io.mekiki.comparison.ComparisonChange;
import io.mekiki.initiative.InitiativeChange;
import io.mekiki.initiative.Initiatives;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Comparisons in the audit ledger: by their initiative's title, linked to the comparison page. */
@Component
class ComparisonLedgerSubjects implements LedgerSubjects {

    private final Initiatives initiatives;

    ComparisonLedgerSubjects(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(ComparisonChange.COMPARISON);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        Map<String, SubjectName> names = new LinkedHashMap<>();
        for (UUID id : TableSubjects.uuids(subjectIds)) {
            initiatives
                    .initiativeOf(organizationId, id)
                    .ifPresent(initiative -> names.put(
                            id.toString(),
                            new SubjectName(
                                    initiative.title(),
                                    "/initiatives/" + id + "/comparison",
                                    InitiativeChange.INITIATIVE,
                                    id.toString())));
        }
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return List.of();
    }
}
