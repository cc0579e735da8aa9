package io.mekiki.decision;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads lists of decisions as the pages and the API show them, in one query for the whole list (the
 * options, evidence and conditions come along as arrays); always within one organisation. Changes go
 * through the aggregate ({@link DecisionCase}), never through here.
 */
@Component
class DecisionQueries {

    private static final String SELECT = """
            select d.id, d.organization_id, d.subject_type, d.subject_id, d.topic, d.title, d.proposal,
                   d.requested_by, d.requested_by_name, d.requested_at, d.status, d.outcome, d.rationale,
                   d.decided_by, d.decided_by_name, d.decided_at, d.basis_json, d.basis_hash, d.stale_since,
                   array(select o.text from decision_option o where o.decision_id = d.id order by o.position)
                       as options,
                   array(select e.kind from decision_evidence e where e.decision_id = d.id order by e.position)
                       as evidence_kinds,
                   array(select e.reference from decision_evidence e where e.decision_id = d.id order by e.position)
                       as evidence_references,
                   array(select e.label from decision_evidence e where e.decision_id = d.id order by e.position)
                       as evidence_labels,
                   array(select case when e.file_id is null then '' else concat_ws('|', e.file_id, e.file_size,
                                e.file_sha256, e.file_media_type, e.file_name) end
                           from decision_evidence e where e.decision_id = d.id order by e.position)
                       as evidence_files,
                   array(select c.condition_id from decision_condition c where c.decision_id = d.id
                         order by c.position) as condition_ids,
                   array(select c.text from decision_condition c where c.decision_id = d.id order by c.position)
                       as condition_texts,
                   array(select c.done from decision_condition c where c.decision_id = d.id order by c.position)
                       as condition_done,
                   array(select c.done_by_name from decision_condition c where c.decision_id = d.id
                         order by c.position) as condition_done_by_names,
                   array(select c.done_at from decision_condition c where c.decision_id = d.id order by c.position)
                       as condition_done_at
              from decision_decision d
            """;

    /** The same without the frozen bases, which lists that show where decisions stand do not need. */
    private static final String SELECT_BY_BASIS_HASH = SELECT.replace("d.basis_json,", "'' as basis_json,");

    private final JdbcClient jdbc;

    DecisionQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The matching decisions, newest request first. */
    List<Decision> search(UUID organizationId, DecisionQuery query, int limit) {
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
        return list(where + " order by d.requested_at desc, d.id limit :limit", parameters);
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
                " where d.organization_id = :org and d.subject_type = :type and d.subject_id in (:ids)"
                        + " order by d.requested_at desc, d.id",
                Map.of("org", organizationId, "type", subjectType, "ids", List.copyOf(subjectIds)));
    }

    /** As {@link #ofSubjects}, each decision with its basis by its hash only (read without the basis). */
    List<Decision> ofSubjectsByBasisHash(UUID organizationId, String subjectType, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT_BY_BASIS_HASH
                        + " where d.organization_id = :org and d.subject_type = :type and d.subject_id in (:ids)"
                        + " order by d.requested_at desc, d.id")
                .params(Map.of("org", organizationId, "type", subjectType, "ids", List.copyOf(subjectIds)))
                .query((rs, row) -> decision(rs))
                .list();
    }

    /** Open requests, oldest first. */
    List<Decision> waiting(UUID organizationId) {
        return list(
                " where d.organization_id = :org and d.status = 'REQUESTED' order by d.requested_at, d.id",
                Map.of("org", organizationId));
    }

    /** Approvals whose basis has changed, the most recently stale first. */
    List<Decision> stale(UUID organizationId) {
        return list(
                " where d.organization_id = :org and d.stale_since is not null order by d.stale_since desc, d.id",
                Map.of("org", organizationId));
    }

    /** The latest decided decisions, the most recently decided first. */
    List<Decision> recentlyDecided(UUID organizationId, int limit) {
        return list(
                " where d.organization_id = :org and d.status = 'DECIDED' order by d.decided_at desc, d.id limit :limit",
                Map.of("org", organizationId, "limit", limit));
    }

    private List<Decision> list(String whereAndOrder, Map<String, ?> parameters) {
        return jdbc.sql(SELECT + whereAndOrder)
                .params(parameters)
                .query((rs, row) -> decision(rs))
                .list();
    }

    private static Decision decision(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Decision(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                new Subject(rs.getString("subject_type"), rs.getObject("subject_id", UUID.class)),
                rs.getString("topic"),
                rs.getString("title"),
                rs.getString("proposal"),
                List.of(strings(rs.getArray("options"))),
                evidence(rs),
                rs.getObject("requested_by", UUID.class),
                rs.getString("requested_by_name"),
                instant(rs, "requested_at"),
                DecisionStatus.valueOf(rs.getString("status")),
                outcome == null ? null : DecisionOutcome.valueOf(outcome),
                rs.getString("rationale"),
                conditions(rs),
                rs.getObject("decided_by", UUID.class),
                rs.getString("decided_by_name"),
                instant(rs, "decided_at"),
                rs.getString("basis_json"),
                rs.getString("basis_hash"),
                rs.getObject("stale_since") != null,
                instant(rs, "stale_since"));
    }

    private static List<EvidenceLink> evidence(ResultSet rs) throws SQLException {
        String[] kinds = strings(rs.getArray("evidence_kinds"));
        String[] references = strings(rs.getArray("evidence_references"));
        String[] labels = strings(rs.getArray("evidence_labels"));
        String[] files = strings(rs.getArray("evidence_files"));
        List<EvidenceLink> evidence = new ArrayList<>(kinds.length);
        for (int i = 0; i < kinds.length; i++) {
            evidence.add(new EvidenceLink(kinds[i], references[i], labels[i], file(files[i])));
        }
        return List.copyOf(evidence);
    }

    /** An uploaded file as the query writes it: id, size, SHA-256, type and name (last, it may hold "|"). */
    private static @Nullable EvidenceFile file(String written) {
        if (written == null || written.isEmpty()) {
            return null;
        }
        String[] parts = written.split("\\|", 5);
        return new EvidenceFile(UUID.fromString(parts[0]), parts[4], parts[3], Long.parseLong(parts[1]), parts[2]);
    }

    private static List<Decision.Condition> conditions(ResultSet rs) throws SQLException {
        UUID[] ids = (UUID[]) rs.getArray("condition_ids").getArray();
        String[] texts = strings(rs.getArray("condition_texts"));
        Boolean[] done = (Boolean[]) rs.getArray("condition_done").getArray();
        String[] doneByNames = strings(rs.getArray("condition_done_by_names"));
        Timestamp[] doneAt = (Timestamp[]) rs.getArray("condition_done_at").getArray();
        List<Decision.Condition> conditions = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            conditions.add(new Decision.Condition(
                    ids[i], texts[i], done[i], doneByNames[i], doneAt[i] == null ? null : doneAt[i].toInstant()));
        }
        return List.copyOf(conditions);
    }

    private static String[] strings(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
