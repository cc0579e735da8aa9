package io.mekiki.assessment.internal;

import io.mekiki.assessment.AnswerStatus;
import io.mekiki.assessment.Finding;
import io.mekiki.assessment.FindingDisposition;
import io.mekiki.assessment.FindingOrigin;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The findings of the assessments, one row each (ADR 030). Rows are read without their decision's state. */
@Component
public class FindingStore {

    private final JdbcClient jdbc;

    FindingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Finding> ofCandidate(UUID organizationId, UUID candidateId) {
        return jdbc.sql("""
                        select * from assessment_finding where organization_id = ? and candidate_id = ?
                        order by resolved_at nulls first, item_id, raised_at""")
                .params(organizationId, candidateId)
                .query((rs, n) -> finding(rs))
                .list();
    }

    public List<Finding> ofInitiative(UUID organizationId, UUID initiativeId) {
        return jdbc.sql("""
                        select * from assessment_finding where organization_id = ? and initiative_id = ?
                        order by candidate_id, resolved_at nulls first, item_id, raised_at""")
                .params(organizationId, initiativeId)
                .query((rs, n) -> finding(rs))
                .list();
    }

    public List<Finding> ofCandidates(UUID organizationId, Collection<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select * from assessment_finding where organization_id = :org and candidate_id in (:ids)
                        order by candidate_id, resolved_at nulls first, item_id, raised_at""")
                .param("org", organizationId)
                .param("ids", List.copyOf(candidateIds))
                .query((rs, n) -> finding(rs))
                .list();
    }

    public Optional<Finding> find(UUID organizationId, UUID findingId) {
        return jdbc.sql("select * from assessment_finding where organization_id = ? and id = ?")
                .params(organizationId, findingId)
                .query((rs, n) -> finding(rs))
                .optional();
    }

    /** What a finding's title is made of: its candidate and its item. */
    public record TitleParts(UUID candidateId, String itemId) {}

    /**
     * The candidate and item of these findings of the organisation, in one statement (for titles; the
     * rest of the row is not read); ids the organisation does not know are left out.
     */
    public java.util.Map<UUID, TitleParts> titleParts(UUID organizationId, Collection<UUID> findingIds) {
        java.util.Map<UUID, TitleParts> parts = new java.util.LinkedHashMap<>();
        if (findingIds.isEmpty()) {
            return parts;
        }
        jdbc.sql(
                        "select id, candidate_id, item_id from assessment_finding where organization_id = :org and id = any(:ids)")
                .param("org", organizationId)
                .param("ids", findingIds.stream().distinct().toArray(UUID[]::new))
                .query(rs -> {
                    parts.put(
                            rs.getObject(1, UUID.class), new TitleParts(rs.getObject(2, UUID.class), rs.getString(3)));
                });
        return parts;
    }

    /** Any finding by its id alone (the decision module's link to its page). */
    public Optional<Finding> find(UUID findingId) {
        return jdbc.sql("select * from assessment_finding where id = ?")
                .param(findingId)
                .query((rs, n) -> finding(rs))
                .optional();
    }

    /** The finding of the item not resolved yet, if any (at most one). */
    public Optional<Finding> unresolved(UUID candidateId, String itemId) {
        return jdbc.sql(
                        "select * from assessment_finding where candidate_id = ? and item_id = ? and resolved_at is null")
                .params(candidateId, itemId)
                .query((rs, n) -> finding(rs))
                .optional();
    }

    /** @return false when a finding of the item not resolved yet was raised meanwhile */
    public boolean insert(UUID organizationId, Finding finding) {
        return jdbc.sql("""
                        insert into assessment_finding (id, organization_id, candidate_id, initiative_id, item_id, origin,
                            blocking, gap_status, note, raised_at, raised_by, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                        on conflict (candidate_id, item_id) where resolved_at is null do nothing""")
                        .params(
                                finding.id(),
                                organizationId,
                                finding.candidateId(),
                                finding.initiativeId(),
                                finding.itemId(),
                                finding.origin().name(),
                                finding.blocking(),
                                finding.gapStatus().name(),
                                finding.note(),
                                Timestamp.from(finding.raisedAt()),
                                finding.raisedBy())
                        .update()
                == 1;
    }

    public void gapChanged(UUID findingId, AnswerStatus status) {
        jdbc.sql("update assessment_finding set gap_status = ?, version = version + 1 where id = ?")
                .params(status.name(), findingId)
                .update();
    }

    public void resolve(UUID findingId, AnswerStatus status, Instant at) {
        jdbc.sql("""
                        update assessment_finding set resolved_at = ?, resolved_status = ?, version = version + 1
                        where id = ? and resolved_at is null""").params(Timestamp.from(at), status.name(), findingId).update();
    }

    /** Writes the disposition over the version read; false when the finding changed since. */
    public boolean dispose(
            UUID findingId,
            long versionRead,
            FindingDisposition disposition,
            @Nullable String rationale,
            @Nullable String action,
            @Nullable UUID owner,
            @Nullable LocalDate due,
            Instant at,
            UUID by) {
        return jdbc.sql("""
                        update assessment_finding set disposition = ?, rationale = ?, mitigation_action = ?,
                            mitigation_owner = ?, mitigation_due = ?, mitigation_done_at = null,
                            mitigation_done_by = null, mitigation_note = null, disposed_at = ?, disposed_by = ?,
                            version = version + 1
                        where id = ? and version = ? and resolved_at is null""")
                        .params(
                                disposition.name(),
                                rationale,
                                action,
                                owner,
                                due == null ? null : Date.valueOf(due),
                                Timestamp.from(at),
                                by,
                                findingId,
                                versionRead)
                        .update()
                == 1;
    }

    public boolean mitigationDone(UUID findingId, long versionRead, String note, Instant at, UUID by) {
        return jdbc.sql("""
                        update assessment_finding set mitigation_done_at = ?, mitigation_done_by = ?,
                            mitigation_note = ?, version = version + 1
                        where id = ? and version = ? and disposition = 'MITIGATE' and mitigation_done_at is null
                            and resolved_at is null""")
                        .params(Timestamp.from(at), by, note, findingId, versionRead)
                        .update()
                == 1;
    }

    private static Finding finding(ResultSet rs) throws SQLException {
        String disposition = rs.getString("disposition");
        String action = rs.getString("mitigation_action");
        Date due = rs.getDate("mitigation_due");
        UUID owner = rs.getObject("mitigation_owner", UUID.class);
        Finding.Mitigation mitigation = action == null || owner == null || due == null
                ? null
                : new Finding.Mitigation(
                        action,
                        owner,
                        due.toLocalDate(),
                        instant(rs.getTimestamp("mitigation_done_at")),
                        rs.getObject("mitigation_done_by", UUID.class),
                        rs.getString("mitigation_note"));
        String resolvedStatus = rs.getString("resolved_status");
        return new Finding(
                rs.getObject("id", UUID.class),
                rs.getObject("candidate_id", UUID.class),
                rs.getObject("initiative_id", UUID.class),
                rs.getString("item_id"),
                FindingOrigin.valueOf(rs.getString("origin")),
                rs.getBoolean("blocking"),
                AnswerStatus.valueOf(rs.getString("gap_status")),
                rs.getString("note"),
                rs.getTimestamp("raised_at").toInstant(),
                rs.getObject("raised_by", UUID.class),
                instant(rs.getTimestamp("resolved_at")),
                resolvedStatus == null ? null : AnswerStatus.valueOf(resolvedStatus),
                disposition == null ? null : FindingDisposition.valueOf(disposition),
                rs.getString("rationale"),
                mitigation,
                instant(rs.getTimestamp("disposed_at")),
                rs.getObject("disposed_by", UUID.class),
                null,
                true,
                rs.getLong("version"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
