package io.mekiki.operation.internal.incident;

import io.mekiki.operation.OperationCounts;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Open incidents and open operation findings per initiative for the service-level dashboard: one query for all. */
@Component
class IncidentOperationCounts implements OperationCounts {

    private final JdbcClient jdbc;

    IncidentOperationCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Open> openByInitiative(UUID organizationId, Collection<UUID> initiativeIds) {
        Map<UUID, Open> counts = new HashMap<>();
        if (initiativeIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select initiative_id, sum(incidents) as incidents, sum(findings) as findings from (
                            select initiative_id, 1 as incidents, 0 as findings from operation_incident
                            where organization_id = :org and status = 'OPEN' and initiative_id in (:ids)
                            union all
                            select initiative_id, 0, 1 from operation_finding
                            where organization_id = :org and status <> 'CLOSED' and initiative_id in (:ids)
                        ) open group by initiative_id""")
                .param("org", organizationId)
                .param("ids", List.copyOf(initiativeIds))
                .query((rs, n) -> counts.put(
                        rs.getObject("initiative_id", UUID.class),
                        new Open(rs.getInt("incidents"), rs.getInt("findings"))))
                .list();
        return counts;
    }
}
