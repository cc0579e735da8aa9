package io.mekiki.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads lists of decisions as the pages and the API show them: the decisions in one query, then the
 * options, evidence and conditions of all of them in one more (ADR 047); always within one organisation. Changes go through the aggregate ({@link DecisionCase}), never through here.
 */
@Component
class DecisionQueries {

    /** Read by position in {@link #decision}, the basis after them: keep the order. */
    private static final String COLUMNS = """
            select d.id, d.organization_id, d.subject_type, d.subject_id, d.topic, d.title, d.proposal,
                   d.requested_by, d.requested_by_name, d.requested_at, d.status, d.outcome, d.rationale,
                   d.decided_by, d.decided_by_name, d.decided_at, d.basis_hash, d.stale_since""";

    private static final String SELECT = COLUMNS + ", d.basis_json from decision_decision d";

    /** The same without the frozen bases, which lists that show where decisions stand do not need. */
    private static final String SELECT_BY_BASIS_HASH = COLUMNS + ", '' as basis_json from decision_decision d";

    private final JdbcClient jdbc;

    DecisionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The matching decisions, newest request first. */
    List<Decision> search(UUID organizationId, DecisionQuery query, int limit) {
        return search(SELECT, organizationId, query, limit);
    }

    /** As {@link #search}, each decision with its basis by its hash only (read without the basis). */
    List<Decision> searchByBasisHash(UUID organizationId, DecisionQuery query, int limit) {
        return search(SELECT_BY_BASIS_HASH, organizationId, query, limit);
    }

    private List<Decision> search(String select, UUID organizationId, DecisionQuery query, int limit) {
        StringBuilder where = new StringBuilder(" where d.organization_id = :org");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("org", organizationId);
        if (query.subjectType() != null) {
            where.append(" and d.subject_type = :subjectType");
            parameters.put("subjectType", query.subjectType());
        }
        if (query.subjectId() != null) {
            where.append(" and d.subject_id = :subjectId");
            parameters.put("subjectId", query.subjectId());
        }
        if (query.status() != null) {
            where.append(" and d.status = :status");
            parameters.put("status", query.status().name());
        }
        if (query.topic() != null) {
            where.append(" and d.topic = :topic");
            parameters.put("topic", query.topic());
        }
        if (query.requestedBy() != null) {
            where.append(" and d.requested_by = :requestedBy");
            parameters.put("requestedBy", query.requestedBy());
        }
        if (query.outcome() != null) {
            where.append(" and d.outcome = :outcome");
            parameters.put("outcome", query.outcome().name());
        }
        if (query.stale() != null) {
            where.append(query.stale() ? " and d.stale_since is not null" : " and d.stale_since is null");
        }
        parameters.put("limit", limit);
        return list(select, where + " order by d.requested_at desc, d.id limit :limit", parameters);
    }

    /** The subjects the organisation's decisions are about. */
    List<Subject> subjects(UUID organizationId) {
        return jdbc.sql("select distinct subject_type, subject_id from decision_decision where organization_id = :org")
                .param("org", organizationId)
                .query((rs, row) -> new Subject(rs.getString("subject_type"), rs.getObject("subject_id", UUID.class)))
                .list();
    }

    /** The topics the organisation's decisions are about, with their subject types. */
    List<Subject.Topic> topics(UUID organizationId) {
        return jdbc.sql("select distinct subject_type, topic from decision_decision where organization_id = :org")
                .param("org", organizationId)
                .query((rs, row) -> new Subject.Topic(rs.getString("subject_type"), rs.getString("topic")))
                .list();
    }

    /** Who requested the organisation's decisions, by the name of their latest request, sorted by it. */
    List<Requester> requesters(UUID organizationId) {
        return jdbc
                .sql("""
                        select distinct on (requested_by) requested_by, requested_by_name from decision_decision
                         where organization_id = :org order by requested_by, requested_at desc""")
                .param("org", organizationId)
                .query((rs, row) ->
                        new Requester(rs.getObject("requested_by", UUID.class), rs.getString("requested_by_name")))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Requester::name))
                .toList();
    }

    /** Someone who requested decisions. */
    record Requester(UUID id, String name) {}

    /** The decisions on one subject, newest request first. */
    List<Decision> ofSubject(UUID organizationId, Subject subject) {
        return list(
                SELECT,
                " where d.organization_id = :org and d.subject_type = :type and d.subject_id = :id"
                        + " order by d.requested_at desc, d.id",
                Map.of("org", organizationId, "type", subject.type(), "id", subject.id()));
    }

    /** The decisions on many subjects of one type, newest request first: one query for a whole list. */
    List<Decision> ofSubjects(UUID organizationId, String subjectType, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return list(
                SELECT,
                " where d.organization_id = :org and d.subject_type = :type and d.subject_id in (:ids)"
                        + " order by d.requested_at desc, d.id",
                Map.of("org", organizationId, "type", subjectType, "ids", List.copyOf(subjectIds)));
    }

    /** As {@link #ofSubjects}, each decision with its basis by its hash only (read without the basis). */
    List<Decision> ofSubjectsByBasisHash(UUID organizationId, String subjectType, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return list(
                SELECT_BY_BASIS_HASH,
                " where d.organization_id = :org and d.subject_type = :type and d.subject_id in (:ids)"
                        + " order by d.requested_at desc, d.id",
                Map.of("org", organizationId, "type", subjectType, "ids", List.copyOf(subjectIds)));
    }

    /** Open requests, oldest first. */
    List<Decision> waiting(UUID organizationId) {
        return list(
                SELECT,
                " where d.organization_id = :org and d.status = 'REQUESTED' order by d.requested_at, d.id",
                Map.of("org", organizationId));
    }

    /** Approvals whose basis has changed, the most recently stale first. */
    List<Decision> stale(UUID organizationId) {
        return list(
                SELECT,
                " where d.organization_id = :org and d.stale_since is not null order by d.stale_since desc, d.id",
                Map.of("org", organizationId));
    }

    /** The latest decided decisions, the most recently decided first. */
    List<Decision> recentlyDecided(UUID organizationId, int limit) {
        return list(
                SELECT,
                " where d.organization_id = :org and d.status = 'DECIDED' order by d.decided_at desc, d.id limit :limit",
                Map.of("org", organizationId, "limit", limit));
    }

    private List<Decision> list(String select, String whereAndOrder, Map<String, ?> parameters) {
        List<Decision> found = jdbc.sql(select + whereAndOrder)
                .params(parameters)
                .query((rs, row) -> decision(rs))
                .list();
        if (found.isEmpty()) {
            return List.of();
        }
        Parts parts = parts(found.stream().map(Decision::id).toArray(UUID[]::new));
        return found.stream()
                .map(decision -> decision.withParts(
                        parts.optionsOf(decision.id()),
                        parts.evidenceOf(decision.id()),
                        parts.conditionsOf(decision.id())))
                .toList();
    }

    /** The options, evidence and conditions of the decisions of a list, by decision, each in its order. */
    private record Parts(
            Map<UUID, List<String>> options,
            Map<UUID, List<EvidenceLink>> evidence,
            Map<UUID, List<Decision.Condition>> conditions) {

        List<String> optionsOf(UUID decisionId) {
            return List.copyOf(options.getOrDefault(decisionId, List.of()));
        }

        List<EvidenceLink> evidenceOf(UUID decisionId) {
            return List.copyOf(evidence.getOrDefault(decisionId, List.of()));
        }

        List<Decision.Condition> conditionsOf(UUID decisionId) {
            return List.copyOf(conditions.getOrDefault(decisionId, List.of()));
        }
    }

    /**
     * The parts of the decisions from their three tables in one statement (a statement more per table cost
     * about a tenth of a list), each row tagged with its table; columns by position, as looking each up by
     * name cost a fifth of reading a list.
     */
    private Parts parts(UUID[] decisionIds) {
        Map<UUID, List<String>> options = new HashMap<>();
        Map<UUID, List<EvidenceLink>> evidence = new HashMap<>();
        Map<UUID, List<Decision.Condition>> conditions = new HashMap<>();
        jdbc.sql("""
                        select decision_id, 'OPTION' as part, position, text, null as reference, null as label,
                               null::uuid as id, null as file_name, null as file_media_type, null::bigint as file_size,
                               null as file_sha256, null::boolean as done, null::timestamptz as done_at
                          from decision_option where decision_id = any(:ids)
                        union all
                        select decision_id, 'EVIDENCE', position, kind, reference, label,
                               file_id, file_name, file_media_type, file_size, file_sha256, null, null
                          from decision_evidence where decision_id = any(:ids)
                        union all
                        select decision_id, 'CONDITION', position, text, done_by_name, null,
                               condition_id, null, null, null, null, done, done_at
                          from decision_condition where decision_id = any(:ids)
                        order by position""").param("ids", decisionIds).query(rs -> {
            UUID decisionId = rs.getObject(1, UUID.class);
            switch (rs.getString(2)) {
                case "OPTION" -> add(options, decisionId, rs.getString(4));
                case "EVIDENCE" -> {
                    UUID fileId = rs.getObject(7, UUID.class);
                    EvidenceFile file = fileId == null
                            ? null
                            : new EvidenceFile(
                                    fileId, rs.getString(8), rs.getString(9), rs.getLong(10), rs.getString(11));
                    add(
                            evidence,
                            decisionId,
                            new EvidenceLink(rs.getString(4), rs.getString(5), rs.getString(6), file));
                }
                default ->
                    add(
                            conditions,
                            decisionId,
                            new Decision.Condition(
                                    rs.getObject(7, UUID.class),
                                    rs.getString(4),
                                    rs.getBoolean(12),
                                    rs.getString(5),
                                    instant(rs, 13)));
            }
        });
        return new Parts(options, evidence, conditions);
    }

    private static <T> void add(Map<UUID, List<T>> byDecision, UUID decisionId, T part) {
        byDecision.computeIfAbsent(decisionId, id -> new ArrayList<>()).add(part);
    }

    /** A decision as {@link #COLUMNS} and the basis after them give it, its parts still empty. */
    private static Decision decision(ResultSet rs) throws SQLException {
        String outcome = rs.getString(12);
        OffsetDateTime staleSince = rs.getObject(18, OffsetDateTime.class);
        return new Decision(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                new Subject(rs.getString(3), rs.getObject(4, UUID.class)),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                List.of(),
                List.of(),
                rs.getObject(8, UUID.class),
                rs.getString(9),
                instant(rs, 10),
                DecisionStatus.valueOf(rs.getString(11)),
                outcome == null ? null : DecisionOutcome.valueOf(outcome),
                rs.getString(13),
                List.of(),
                rs.getObject(14, UUID.class),
                rs.getString(15),
                instant(rs, 16),
                rs.getString(19),
                rs.getString(17),
                staleSince != null,
                staleSince == null ? null : staleSince.toInstant());
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
