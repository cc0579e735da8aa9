package io.mekiki.decision;

import io.mekiki.instruction.AttachmentRules;
import io.mekiki.shared.FileDownload;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The files uploaded as evidence, kept in PostgreSQL like report attachments: stored once, never
 * changed, read back in slices so that a large file never sits in memory whole.
 */
@Repository
class EvidenceFiles {

    /** How much of a file is read from the database at a time when it is downloaded. */
    static final int SLICE_BYTES = 1024 * 1024;

    private final JdbcClient jdbc;

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a checked file for a saved decision; returns it as the decision records it. */
    EvidenceFile insert(
            UUID organizationId, UUID decisionId, AttachmentRules.CheckedFile file, UUID uploadedBy, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into decision_evidence_file (id, organization_id, decision_id, file_name, media_type,
                            size, sha256, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organizationId,
                        decisionId,
                        file.fileName(),
                        file.mediaType(),
                        file.size(),
                        file.sha256(),
                        file.content(),
                        uploadedBy,
                        Timestamp.from(at))
                .update();
        return new EvidenceFile(id, file.fileName(), file.mediaType(), file.size(), file.sha256());
    }

    /** The stored bytes, written slice by slice; the file belongs to the decision and the organisation. */
    FileDownload.Bytes content(UUID organizationId, UUID decisionId, UUID fileId, long size) {
        return out -> write(organizationId, decisionId, fileId, size, out);
    }

    private void write(UUID organizationId, UUID decisionId, UUID fileId, long size, OutputStream out)
            throws IOException {
        for (long offset = 0; offset < size; offset += SLICE_BYTES) {
            byte[] slice = jdbc.sql("select substring(content from ? for ?) from decision_evidence_file"
                            + " where id = ? and decision_id = ? and organization_id = ?")
                    .params(Math.toIntExact(offset + 1), SLICE_BYTES, fileId, decisionId, organizationId)
                    .query(byte[].class)
                    .single();
            out.write(slice);
        }
    }
}
