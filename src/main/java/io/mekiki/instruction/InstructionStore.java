package io.mekiki.instruction;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores instructions and adds their reports, attachments and reviews. A transition is saved only
 * when nobody saved another one since the instruction was loaded.
 */
@Repository
class InstructionStore {

    /** How much of an attachment is read from the database at a time when it is downloaded. */
    static final int SLICE_BYTES = 1024 * 1024;

    private final JdbcClient jdbc;

    InstructionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(IssuedInstruction.Issue issue) {
        jdbc.sql("""
                        insert into instruction_instruction (id, organization_id, subject_type, subject_id, phase,
                            gate_topic, check_item_ids, title, description, assignee_id, issued_by, issued_at, due_date,
                            status, template_code, version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, 0)""")
                .params(
                        issue.id(),
                        issue.organizationId(),
                        issue.subjectType(),
                        issue.subjectId(),
                        issue.phase().name(),
                        issue.gateTopic(),
                        issue.checkItemIds().toArray(String[]::new),
                        issue.title(),
                        issue.description(),
                        issue.assignee(),
                        issue.issuedBy(),
                        Timestamp.from(issue.issuedAt()),
                        issue.dueDate(),
                        issue.templateCode())
                .update();
    }

    /** The instruction with its newest report, if it is one of the organisation's. */
    Optional<IssuedInstruction> load(UUID organizationId, UUID id) {
        return jdbc.sql("""
                        select i.id, i.organization_id, i.assignee_id, i.status, i.version,
                            (select r.id from instruction_report r where r.instruction_id = i.id
                             order by r.submitted_at desc, r.id desc limit 1) as latest_report_id
                        from instruction_instruction i
                        where i.id = ? and i.organization_id = ?""")
                .params(id, organizationId)
                .query((rs, n) -> new IssuedInstruction(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organization_id", UUID.class),
                        rs.getObject("assignee_id", UUID.class),
                        InstructionStatus.valueOf(rs.getString("status")),
                        rs.getLong("version"),
                        rs.getObject("latest_report_id", UUID.class)))
                .optional();
    }

    /** Saves the new status; refuses when someone else changed the instruction in the meantime. */
    void saveStatus(IssuedInstruction instruction) {
        int updated = jdbc.sql("update instruction_instruction set status = ?, version = version + 1"
                        + " where id = ? and organization_id = ? and version = ?")
                .params(
                        instruction.status().name(),
                        instruction.id(),
                        instruction.organizationId(),
                        instruction.version())
                .update();
        if (updated != 1) {
            throw InstructionRuleViolation.stateConflict("instruction.error.changedMeanwhile");
        }
    }

    void insert(IssuedInstruction.NewReport report) {
        jdbc.sql("insert into instruction_report (id, instruction_id, text, submitted_by, submitted_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(
                        report.id(),
                        report.instructionId(),
                        report.text(),
                        report.submittedBy(),
                        Timestamp.from(report.submittedAt()))
                .update();
    }

    void insertAttachment(
            UUID id,
            UUID organizationId,
            IssuedInstruction.NewReport report,
            int position,
            AttachmentInspection.InspectedFile file) {
        jdbc.sql("""
                        insert into instruction_attachment (id, organization_id, report_id, position, file_name,
                            media_type, size, sha256, content, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        organizationId,
                        report.id(),
                        position,
                        file.fileName(),
                        file.mediaType(),
                        file.size(),
                        file.sha256(),
                        file.content(),
                        Timestamp.from(report.submittedAt()))
                .update();
    }

    void insert(IssuedInstruction.NewReview review) {
        jdbc.sql("""
                        insert into instruction_review (id, instruction_id, report_id, accepted, comment, reviewed_by,
                            reviewed_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        review.id(),
                        review.instructionId(),
                        review.reportId(),
                        review.accepted(),
                        review.comment(),
                        review.reviewedBy(),
                        Timestamp.from(review.reviewedAt()))
                .update();
    }

    /**
     * A stored file, if it belongs to the organisation; its content is read only when written out, in
     * slices of {@link #SLICE_BYTES}. Attachments never change once stored, so the slices need no
     * common transaction.
     */
    Optional<AttachmentContent> attachment(UUID organizationId, UUID id) {
        return jdbc.sql("select file_name, media_type, sha256, size from instruction_attachment"
                        + " where id = ? and organization_id = ?")
                .params(id, organizationId)
                .query((rs, n) -> {
                    long size = rs.getLong("size");
                    return new AttachmentContent(
                            rs.getString("file_name"),
                            rs.getString("media_type"),
                            rs.getString("sha256"),
                            size,
                            out -> writeContent(organizationId, id, size, out));
                })
                .optional();
    }

    /** Copies the stored bytes to {@code out} one slice at a time. */
    void writeContent(UUID organizationId, UUID id, long size, OutputStream out) throws IOException {
        for (long offset = 0; offset < size; offset += SLICE_BYTES) {
            byte[] slice = jdbc.sql("select substring(content from ? for ?) from instruction_attachment"
                            + " where id = ? and organization_id = ?")
                    .params(Math.toIntExact(offset + 1), SLICE_BYTES, id, organizationId)
                    .query(byte[].class)
                    .single();
            out.write(slice);
        }
    }
}
