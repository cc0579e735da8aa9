package io.mekiki.exit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The exits' tables (ADR 040): the exit, its data sets, their returns and the deletion evidence. */
@Repository
public class ExitStore {

    private final JdbcClient jdbc;

    ExitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An exit row. */
    public record Row(
            UUID id,
            UUID organizationId,
            UUID initiativeId,
            UUID contractId,
            String title,
            String origin,
            @Nullable LocalDate noticeReceivedOn,
            @Nullable LocalDate noticeEffectiveOn,
            LocalDate endsOn,
            @Nullable String deletionMethod,
            @Nullable String deletionProof,
            UUID startedBy,
            String startedByName,
            Instant startedAt,
            Instant updatedAt,
            long version) {}

    /** A data set row. */
    public record DataSetRow(
            UUID id,
            UUID exitId,
            int position,
            String what,
            String format,
            String method,
            LocalDate deadline,
            UUID checkerId,
            String checkerName) {}

    /** A data return row. */
    public record ReturnRow(
            UUID id,
            UUID exitId,
            UUID dataSetId,
            LocalDate receivedOn,
            @Nullable Long sizeBytes,
            @Nullable Long recordCount,
            @Nullable Long expectedCount,
            @Nullable String checksum,
            @Nullable String expected,
            boolean complete,
            @Nullable String missing,
            UUID checkedBy,
            String checkedByName,
            Instant recordedAt) {}

    /** A deletion evidence row, without the certificate's content. */
    public record EvidenceRow(
            UUID id,
            UUID exitId,
            String kind,
            @Nullable String fileName,
            @Nullable String fileType,
            @Nullable Long fileSize,
            @Nullable String fileSha256,
            @Nullable String writtenConfirmation,
            @Nullable String accountClosure,
            @Nullable String publishedProcess,
            @Nullable String assessment,
            UUID recordedBy,
            String recordedByName,
            Instant recordedAt) {}

    private static final String EXIT_COLUMNS = "id, organization_id, initiative_id, contract_id, title, origin,"
            + " notice_received_on, notice_effective_on, ends_on, deletion_method, deletion_proof, started_by,"
            + " started_by_name, started_at, updated_at, version";

    public void insert(Row row) {
        jdbc.sql("insert into exit_process (" + EXIT_COLUMNS + ") values (:id, :org, :initiative, :contract, :title,"
                        + " :origin, :received, :effective, :endsOn, :method, :proof, :by, :byName, :at, :at, 0)")
                .param("id", row.id())
                .param("org", row.organizationId())
                .param("initiative", row.initiativeId())
                .param("contract", row.contractId())
                .param("title", row.title())
                .param("origin", row.origin())
                .param("received", row.noticeReceivedOn())
                .param("effective", row.noticeEffectiveOn())
                .param("endsOn", row.endsOn())
                .param("method", row.deletionMethod())
                .param("proof", row.deletionProof())
                .param("by", row.startedBy())
                .param("byName", row.startedByName())
                .param("at", java.sql.Timestamp.from(row.startedAt()))
                .update();
    }

    /** The exit of the organisation, locked for an update when asked. */
    public Optional<Row> find(UUID organizationId, UUID id, boolean lock) {
        return jdbc.sql("select " + EXIT_COLUMNS + " from exit_process where organization_id = ? and id = ?"
                        + (lock ? " for update" : ""))
                .params(organizationId, id)
                .query(ExitStore::row)
                .optional();
    }

    public Optional<Row> ofInitiative(UUID organizationId, UUID initiativeId) {
        return jdbc.sql("select " + EXIT_COLUMNS + " from exit_process where organization_id = ? and initiative_id = ?")
                .params(organizationId, initiativeId)
                .query(ExitStore::row)
                .optional();
    }

    public Optional<Row> ofContract(UUID organizationId, UUID contractId) {
        return jdbc.sql("select " + EXIT_COLUMNS + " from exit_process where organization_id = ? and contract_id = ?")
                .params(organizationId, contractId)
                .query(ExitStore::row)
                .optional();
    }

    /** The organisation's exits, the latest started first. */
    public List<Row> all(UUID organizationId) {
        return jdbc.sql("select " + EXIT_COLUMNS
                        + " from exit_process where organization_id = ? order by started_at desc, id")
                .params(organizationId)
                .query(ExitStore::row)
                .list();
    }

    /** Changes the plan's own fields over the version read; false when the version is stale. */
    public boolean updatePlan(
            UUID id, long version, LocalDate endsOn, @Nullable String method, @Nullable String proof, Instant now) {
        return jdbc.sql("update exit_process set ends_on = ?, deletion_method = ?, deletion_proof = ?, updated_at = ?,"
                                + " version = version + 1 where id = ? and version = ?")
                        .params(endsOn, method, proof, java.sql.Timestamp.from(now), id, version)
                        .update()
                == 1;
    }

    /** Something was recorded on the exit: its version moves on. */
    public void touch(UUID id, Instant now) {
        jdbc.sql("update exit_process set updated_at = ?, version = version + 1 where id = ?")
                .params(java.sql.Timestamp.from(now), id)
                .update();
    }

    public List<DataSetRow> dataSets(List<UUID> exitIds) {
        if (exitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, exit_id, position, what, format, method, deadline, checker_id, checker_name"
                        + " from exit_data_set where exit_id in (:ids) order by exit_id, position")
                .param("ids", exitIds)
                .query((rs, n) -> new DataSetRow(
                        uuid(rs, 1),
                        uuid(rs, 2),
                        rs.getInt(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        uuid(rs, 8),
                        rs.getString(9)))
                .list();
    }

    public void insertDataSet(DataSetRow row) {
        jdbc.sql("insert into exit_data_set (id, exit_id, position, what, format, method, deadline, checker_id,"
                        + " checker_name) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        row.exitId(),
                        row.position(),
                        row.what(),
                        row.format(),
                        row.method(),
                        row.deadline(),
                        row.checkerId(),
                        row.checkerName())
                .update();
    }

    public void updateDataSet(DataSetRow row) {
        jdbc.sql(
                        "update exit_data_set set position = ?, what = ?, format = ?, method = ?, deadline = ?, checker_id = ?,"
                                + " checker_name = ? where id = ? and exit_id = ?")
                .params(
                        row.position(),
                        row.what(),
                        row.format(),
                        row.method(),
                        row.deadline(),
                        row.checkerId(),
                        row.checkerName(),
                        row.id(),
                        row.exitId())
                .update();
    }

    public void deleteDataSet(UUID exitId, UUID id) {
        jdbc.sql("delete from exit_data_set where exit_id = ? and id = ?")
                .params(exitId, id)
                .update();
    }

    public List<ReturnRow> returns(List<UUID> exitIds) {
        if (exitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, exit_id, data_set_id, received_on, size_bytes, record_count, expected_count,"
                        + " checksum, expected, complete, missing, checked_by, checked_by_name, recorded_at"
                        + " from exit_data_return where exit_id in (:ids) order by recorded_at desc, id")
                .param("ids", exitIds)
                .query((rs, n) -> new ReturnRow(
                        uuid(rs, 1),
                        uuid(rs, 2),
                        uuid(rs, 3),
                        rs.getObject(4, LocalDate.class),
                        (Long) rs.getObject(5),
                        (Long) rs.getObject(6),
                        (Long) rs.getObject(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getBoolean(10),
                        rs.getString(11),
                        uuid(rs, 12),
                        rs.getString(13),
                        rs.getTimestamp(14).toInstant()))
                .list();
    }

    public void insertReturn(ReturnRow row) {
        jdbc.sql("insert into exit_data_return (id, exit_id, data_set_id, received_on, size_bytes, record_count,"
                        + " expected_count, checksum, expected, complete, missing, checked_by, checked_by_name,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        row.exitId(),
                        row.dataSetId(),
                        row.receivedOn(),
                        row.sizeBytes(),
                        row.recordCount(),
                        row.expectedCount(),
                        row.checksum(),
                        row.expected(),
                        row.complete(),
                        row.missing(),
                        row.checkedBy(),
                        row.checkedByName(),
                        java.sql.Timestamp.from(row.recordedAt()))
                .update();
    }

    public List<EvidenceRow> evidence(List<UUID> exitIds) {
        if (exitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, exit_id, kind, file_name, file_type, file_size, file_sha256, written_confirmation,"
                        + " account_closure, published_process, assessment, recorded_by, recorded_by_name,"
                        + " recorded_at from exit_deletion_evidence where exit_id in (:ids)"
                        + " order by recorded_at desc, id")
                .param("ids", exitIds)
                .query((rs, n) -> new EvidenceRow(
                        uuid(rs, 1),
                        uuid(rs, 2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        (Long) rs.getObject(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        uuid(rs, 12),
                        rs.getString(13),
                        rs.getTimestamp(14).toInstant()))
                .list();
    }

    public void insertEvidence(EvidenceRow row, byte @Nullable [] content) {
        jdbc.sql("insert into exit_deletion_evidence (id, exit_id, kind, file_name, file_type, file_size, file_sha256,"
                        + " content, written_confirmation, account_closure, published_process, assessment,"
                        + " recorded_by, recorded_by_name, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        row.id(),
                        row.exitId(),
                        row.kind(),
                        row.fileName(),
                        row.fileType(),
                        row.fileSize(),
                        row.fileSha256(),
                        content,
                        row.writtenConfirmation(),
                        row.accountClosure(),
                        row.publishedProcess(),
                        row.assessment(),
                        row.recordedBy(),
                        row.recordedByName(),
                        java.sql.Timestamp.from(row.recordedAt()))
                .update();
    }

    /** The certificate's bytes, when the evidence is one of the exit's and has a file. */
    public Optional<byte[]> certificate(UUID exitId, UUID evidenceId) {
        return jdbc.sql(
                        "select content from exit_deletion_evidence where exit_id = ? and id = ? and content is not null")
                .params(exitId, evidenceId)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                uuid(rs, 1),
                uuid(rs, 2),
                uuid(rs, 3),
                uuid(rs, 4),
                rs.getString(5),
                rs.getString(6),
                rs.getObject(7, LocalDate.class),
                rs.getObject(8, LocalDate.class),
                rs.getObject(9, LocalDate.class),
                rs.getString(10),
                rs.getString(11),
                uuid(rs, 12),
                rs.getString(13),
                rs.getTimestamp(14).toInstant(),
                rs.getTimestamp(15).toInstant(),
                rs.getLong(16));
    }

    private static UUID uuid(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }
}
