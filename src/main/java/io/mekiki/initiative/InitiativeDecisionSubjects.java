package io.mekiki.initiative;

import io.mekiki.decision.Basis;
import io.mekiki.decision.DecisionSubjects;
import io.mekiki.decision.Subject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the decision module what a decision on an initiative is made on, whoever asks for it (a gate's
 * request form, the decision API), so that every decision on an initiative freezes the same basis.
 */
@Component
class InitiativeDecisionSubjects implements DecisionSubjects {

    private final InitiativeRecords records;
    private final JdbcClient jdbc;

    InitiativeDecisionSubjects(InitiativeRecords records, JdbcClient jdbc) {
        this.records = records;
        this.jdbc = jdbc;
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

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, String> titles(UUID organizationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> titles = new LinkedHashMap<>();
        jdbc.sql("select id, title from initiative_initiative where organization_id = :org and id in (:ids)")
                .param("org", organizationId)
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    titles.put(rs.getObject("id", UUID.class), rs.getString("title"));
                });
        return titles;
    }
}
