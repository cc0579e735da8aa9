package io.mekiki.audit;

import io.mekiki.shared.CanonicalJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends to, reads, verifies and exports the hash chains of the audit ledger. */
@Service
public class AuditLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Runs inside the transaction of the change that published the event. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(Auditable event) {
        append(event);
    }

    LedgerEntry append(Auditable event) {
        UUID organizationId = event.organizationId();
        jdbc.sql("insert into audit_chain_head (organization_id, last_sequence, last_hash) values (?, 0, ?)"
                        + " on conflict do nothing")
                .params(organizationId, LedgerChain.GENESIS_HASH)
                .update();
        ChainHead head = jdbc.sql(
                        "select last_sequence, last_hash from audit_chain_head where organization_id = ? for update")
                .param(organizationId)
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .single();
        String recordedAt = LedgerChain.timestamp(clock.instant());
        LedgerEntry entry = LedgerChain.link(
                organizationId,
                head.lastSequence() + 1,
                recordedAt,
                event.actor().id(),
                event.actor().name(),
                event.action(),
                event.subjectType(),
                event.subjectId(),
                CanonicalJson.write(event.change() == null ? Map.of() : event.change()),
                head.lastHash());
        jdbc.sql("""
                        insert into audit_entry (organization_id, sequence, recorded_at, actor_id, actor_name, action,
                            subject_type, subject_id, change, change_digest, previous_hash, entry_hash)
                        values (?, ?, ?::timestamptz, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        entry.organizationId(),
                        entry.sequence(),
                        entry.recordedAt(),
                        entry.actorId(),
                        entry.actorName(),
                        entry.action(),
                        entry.subjectType(),
                        entry.subjectId(),
                        entry.change(),
                        entry.changeDigest(),
                        entry.previousHash(),
                        entry.entryHash())
                .update();
        jdbc.sql("update audit_chain_head set last_sequence = ?, last_hash = ? where organization_id = ?")
                .params(entry.sequence(), entry.entryHash(), organizationId)
                .update();
        return entry;
    }

    /** A page of entries, newest first, optionally only those about one subject type and id. */
    @Transactional(readOnly = true)
    public LedgerPage entries(
            UUID organizationId, @Nullable String subjectType, @Nullable String subjectId, int page, int size) {
        return entries(organizationId, LedgerFilter.subject(subjectType, subjectId), page, size);
    }

    /** A page of the entries the filter lets through, newest first. */
    @Transactional(readOnly = true)
    public LedgerPage entries(UUID organizationId, LedgerFilter filter, int page, int size) {
        if (filter.subjectIds() != null && filter.subjectIds().isEmpty()) {
            return new LedgerPage(List.of(), page, size, 0);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder where = new StringBuilder(" where organization_id = :org");
        parameters.put("org", organizationId);
        condition(where, parameters, " and subject_type = :type", "type", filter.subjectType());
        condition(where, parameters, " and subject_id in (:ids)", "ids", filter.subjectIds());
        condition(where, parameters, " and actor_id = :actor", "actor", filter.actorId());
        condition(where, parameters, " and action = :action", "action", filter.action());
        condition(
                where,
                parameters,
                " and recorded_at >= :from",
                "from",
                filter.from() == null ? null : Timestamp.from(filter.from()));
        condition(
                where,
                parameters,
                " and recorded_at < :until",
                "until",
                filter.until() == null ? null : Timestamp.from(filter.until()));
        long total = jdbc.sql("select count(*) from audit_entry" + where)
                .params(parameters)
                .query(Long.class)
                .single();
        List<LedgerEntry> entries = jdbc.sql(
                        "select * from audit_entry" + where + " order by sequence desc limit :size offset :offset")
                .params(parameters)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(AuditLedger::entry)
                .list();
        return new LedgerPage(entries, page, size, total);
    }

    private static void condition(
            StringBuilder where, Map<String, Object> parameters, String sql, String name, @Nullable Object value) {
        if (value != null) {
            where.append(sql);
            parameters.put(name, value);
        }
    }

    /** Everyone who appears in the ledger as actor, with the name of their latest entry. */
    @Transactional(readOnly = true)
    public List<LedgerActor> actors(UUID organizationId) {
        return jdbc.sql("""
                        select distinct on (actor_id) actor_id, actor_name from audit_entry
                        where organization_id = ? order by actor_id, sequence desc""")
                .param(organizationId)
                .query((rs, n) -> new LedgerActor(rs.getString(1), rs.getString(2)))
                .list();
    }

    /** The operations recorded in the organisation's ledger. */
    @Transactional(readOnly = true)
    public List<String> actions(UUID organizationId) {
        return jdbc.sql("select distinct action from audit_entry where organization_id = ? order by 1")
                .param(organizationId)
                .query(String.class)
                .list();
    }

    /** The first and last entries of the chain, for saying what a verification covered; empty when none. */
    @Transactional(readOnly = true)
    public Optional<LedgerSpan> span(UUID organizationId) {
        return jdbc.sql("""
                        select f.sequence, f.recorded_at, l.sequence, l.recorded_at
                        from audit_entry f, audit_entry l
                        where f.organization_id = :org and l.organization_id = :org
                          and f.sequence = 1
                          and l.sequence = (select last_sequence from audit_chain_head where organization_id = :org)""")
                .param("org", organizationId)
                .query((rs, n) -> new LedgerSpan(
                        rs.getLong(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getLong(3),
                        rs.getTimestamp(4).toInstant()))
                .optional();
    }

    @Transactional(readOnly = true)
    public List<String> subjectTypes(UUID organizationId) {
        return jdbc.sql("select distinct subject_type from audit_entry where organization_id = ? order by 1")
                .param(organizationId)
                .query(String.class)
                .list();
    }

    /**
     * Recomputes the whole chain of one organisation and compares its end with the recorded head. Reads
     * both from one snapshot, so that entries appended meanwhile do not look like a broken chain.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ChainVerification verify(UUID organizationId) {
        LedgerChain.Verifier verifier = new LedgerChain.Verifier();
        try (Stream<LedgerEntry> entries = chain(organizationId)) {
            var iterator = entries.iterator();
            while (iterator.hasNext() && verifier.accept(iterator.next())) {
                // keep reading until the first break
            }
        }
        ChainHead head = head(organizationId);
        verifier.expectEnd(head.lastSequence(), head.lastHash());
        return verifier.result();
    }

    @Transactional(readOnly = true)
    public ChainHead head(UUID organizationId) {
        return jdbc.sql("select last_sequence, last_hash from audit_chain_head where organization_id = ?")
                .param(organizationId)
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2)))
                .optional()
                .orElse(new ChainHead(0, LedgerChain.GENESIS_HASH));
    }

    /** The head as a checkpoint to keep outside Mekiki. */
    @Transactional(readOnly = true)
    public LedgerCheckpoint checkpoint(UUID organizationId) {
        return checkpointsWhere(" where h.organization_id = :org", organizationId).stream()
                .findFirst()
                .orElse(new LedgerCheckpoint(
                        organizationId, 0, 0, LedgerChain.GENESIS_HASH, null, LedgerChain.timestamp(clock.instant())));
    }

    /** The heads of every organisation's chain, for the checkpoints written to the log. */
    @Transactional(readOnly = true)
    public List<LedgerCheckpoint> checkpoints() {
        return checkpointsWhere("", null);
    }

    private List<LedgerCheckpoint> checkpointsWhere(String filter, @Nullable UUID organizationId) {
        String takenAt = LedgerChain.timestamp(clock.instant());
        var query = jdbc.sql("""
                select h.organization_id, h.last_sequence, h.last_hash, e.recorded_at
                from audit_chain_head h
                left join audit_entry e on e.organization_id = h.organization_id and e.sequence = h.last_sequence""" + filter + " order by h.organization_id");
        if (organizationId != null) {
            query = query.param("org", organizationId);
        }
        return query.query((rs, n) -> new LedgerCheckpoint(
                        rs.getObject(1, UUID.class),
                        rs.getLong(2),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getTimestamp(4) == null
                                ? null
                                : LedgerChain.timestamp(rs.getTimestamp(4).toInstant()),
                        takenAt))
                .list();
    }

    /** Writes the chain, oldest first, one JSON object per line. */
    @Transactional(readOnly = true)
    public void export(UUID organizationId, Writer out) {
        try (Stream<LedgerEntry> entries = chain(organizationId)) {
            entries.forEach(entry -> {
                try {
                    out.write(ExportLine.of(entry));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Stream<LedgerEntry> chain(UUID organizationId) {
        return jdbc
                .sql("select * from audit_entry where organization_id = ? order by sequence")
                .param(organizationId)
                .withFetchSize(500)
                .query(AuditLedger::entry)
                .stream();
    }

    private static LedgerEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp recordedAt = rs.getTimestamp("recorded_at");
        return new LedgerEntry(
                rs.getObject("organization_id", UUID.class),
                rs.getLong("sequence"),
                LedgerChain.timestamp(recordedAt.toInstant()),
                rs.getString("actor_id"),
                rs.getString("actor_name"),
                rs.getString("action"),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                rs.getString("change"),
                rs.getString("change_digest"),
                rs.getString("previous_hash"),
                rs.getString("entry_hash"));
    }

    /** Someone who acted, as the ledger knows them. */
    public record LedgerActor(String actorId, String actorName) {}

    /** The first and the last entry of a chain. */
    public record LedgerSpan(long firstSequence, Instant firstRecordedAt, long lastSequence, Instant lastRecordedAt) {}

    /** The last link of a chain. */
    public record ChainHead(long lastSequence, String lastHash) {}

    /** A page of entries, newest first. */
    public record LedgerPage(List<LedgerEntry> entries, int page, int size, long total) {

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    /** One exported line: every field as a JSON string except the sequence number. */
    static final class ExportLine {
        private ExportLine() {}

        static String of(LedgerEntry entry) {
            StringBuilder line = new StringBuilder("{\"sequence\":").append(entry.sequence());
            field(line, "organizationId", entry.organizationId().toString());
            field(line, "recordedAt", entry.recordedAt());
            field(line, "actorId", entry.actorId());
            field(line, "actorName", entry.actorName());
            field(line, "action", entry.action());
            field(line, "subjectType", entry.subjectType());
            field(line, "subjectId", entry.subjectId());
            field(line, "change", entry.change());
            field(line, "changeDigest", entry.changeDigest());
            field(line, "previousHash", entry.previousHash());
            field(line, "entryHash", entry.entryHash());
            return line.append('}').toString();
        }

        private static void field(StringBuilder line, String name, String value) {
            line.append(",\"").append(name).append("\":");
            CanonicalJson.appendString(line, value);
        }
    }
}
