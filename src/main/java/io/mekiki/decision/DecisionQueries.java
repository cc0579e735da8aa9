package io.mekiki.decision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds decisions by optional filters, straight from the table; always within one organisation. */
@Component
class DecisionQueries {

    private final JdbcClient jdbc;

    DecisionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of the matching decisions, newest request first. */
    List<UUID> ids(UUID organizationId, DecisionQuery query, int limit) {
        StringBuilder where = new StringBuilder(" where organization_id = :org");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("org", organizationId);
        if (query.subjectType() != null) {
            where.append(" and subject_type = :subjectType");
            parameters.put("subjectType", query.subjectType());
        }
        if (query.subjectId() != null) {
            where.append(" and subject_id = :subjectId");
            parameters.put("subjectId", query.subjectId());
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.stale() != null) {
            where.append(query.stale() ? " and stale_since is not null" : " and stale_since is null");
        }
        parameters.put("limit", limit);
        return jdbc.sql("select id from decision_decision" + where + " order by requested_at desc, id limit :limit")
                .params(parameters)
                .query(UUID.class)
                .list();
    }
}
