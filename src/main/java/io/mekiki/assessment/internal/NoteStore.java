package io.mekiki.assessment.internal;

import io.mekiki.assessment.AnswerComment;
import io.mekiki.assessment.AnswerEvidence;
import io.mekiki.assessment.Reopening;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Evidence and comments on answers, and the reopenings of an initiative's assessments (ADR 029). */
@Component
public class NoteStore {

    private static final String EVIDENCE_COLUMNS =
            "id, item_id, kind, title, reference, file_name, media_type, size, sha256, added_by, added_at";

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertLink(
            UUID organizationId,
            UUID assessmentId,
            String itemId,
            UUID id,
            String title,
            String reference,
            UUID by,
            Instant now) {
        jdbc.sql("""
                        insert into assessment_evidence (id, organization_id, assessment_id, item_id, kind, title,
                            reference, added_by, added_at)
                        values (?, ?, ?, ?, 'LINK', ?, ?, ?, ?)""")
                .params(id, organizationId, assessmentId, itemId, title, reference, by, Timestamp.from(now))
                .update();
    }

    public void insertFile(
            UUID organizationId,
            UUID assessmentId,
            String itemId,
            UUID id,
            String title,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            byte[] content,
            UUID by,
            Instant now) {
        jdbc.sql("""
                        insert into assessment_evidence (id, organization_id, assessment_id, item_id, kind, title,
                            file_name, media_type, size, sha256, content, added_by, added_at)
                        values (?, ?, ?, ?, 'FILE', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organizationId,
                        assessmentId,
                        itemId,
                        title,
                        fileName,
                        mediaType,
                        size,
                        sha256,
                        content,
                        by,
                        Timestamp.from(now))
                .update();
    }

    public List<AnswerEvidence> evidence(UUID assessmentId) {
        return jdbc.sql("select " + EVIDENCE_COLUMNS
                        + " from assessment_evidence where assessment_id = ? order by added_at, id")
                .param(assessmentId)
                .query((rs, n) -> evidence(rs))
                .list();
    }

    public Optional<AnswerEvidence> evidence(UUID assessmentId, UUID id) {
        return jdbc.sql("select " + EVIDENCE_COLUMNS + " from assessment_evidence where assessment_id = ? and id = ?")
                .params(assessmentId, id)
                .query((rs, n) -> evidence(rs))
                .optional();
    }

    public boolean deleteEvidence(UUID assessmentId, UUID id) {
        return jdbc.sql("delete from assessment_evidence where assessment_id = ? and id = ?")
                        .params(assessmentId, id)
                        .update()
                == 1;
    }

    /** Writes the stored file's bytes out. */
    public void writeFile(UUID assessmentId, UUID id, OutputStream out) throws IOException {
        byte[] content = jdbc.sql("select content from assessment_evidence where assessment_id = ? and id = ?")
                .params(assessmentId, id)
                .query((rs, n) -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        return in.readAllBytes();
                    } catch (IOException unreadable) {
                        throw new SQLException(unreadable);
                    }
                })
                .single();
        out.write(content);
    }

    public void insertComment(
            UUID organizationId, UUID assessmentId, String itemId, UUID id, UUID author, String body, Instant now) {
        jdbc.sql("""
                        insert into assessment_comment (id, organization_id, assessment_id, item_id, author_id, body,
                            created_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organizationId, assessmentId, itemId, author, body, Timestamp.from(now))
                .update();
    }

    public List<AnswerComment> comments(UUID assessmentId) {
        return jdbc.sql("select id, item_id, author_id, body, created_at from assessment_comment"
                        + " where assessment_id = ? order by created_at, id")
                .param(assessmentId)
                .query((rs, n) -> new AnswerComment(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, UUID.class),
                        rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    public void insertReopening(UUID organizationId, Reopening reopening) {
        jdbc.sql("""
                        insert into assessment_reopening (id, organization_id, initiative_id, reason, reopened_by,
                            reopened_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        reopening.id(),
                        organizationId,
                        reopening.initiativeId(),
                        reopening.reason(),
                        reopening.reopenedBy(),
                        Timestamp.from(reopening.reopenedAt()))
                .update();
    }

    /** The last reopening of the initiative's assessments, if any. */
    public Optional<Reopening> lastReopening(UUID organizationId, UUID initiativeId) {
        return jdbc.sql("""
                        select id, initiative_id, reason, reopened_by, reopened_at from assessment_reopening
                        where organization_id = ? and initiative_id = ? order by reopened_at desc limit 1""")
                .params(organizationId, initiativeId)
                .query((rs, n) -> new Reopening(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getObject(4, UUID.class),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    private static AnswerEvidence evidence(ResultSet rs) throws SQLException {
        long size = rs.getLong("size");
        @Nullable Long sized = rs.wasNull() ? null : size;
        return new AnswerEvidence(
                rs.getObject("id", UUID.class),
                rs.getString("item_id"),
                AnswerEvidence.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("reference"),
                rs.getString("file_name"),
                rs.getString("media_type"),
                sized,
                rs.getString("sha256"),
                rs.getObject("added_by", UUID.class),
                rs.getTimestamp("added_at").toInstant());
    }
}
