package io.mekiki.instruction;

import io.mekiki.identity.Members;
import io.mekiki.shared.LifeCyclePhase;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Instructions as they are read: with their reports, attachments (without content), reviews and names. */
@Repository
class InstructionQueries {

    /** More than a page ever shows; a longer list must be narrowed with filters. */
    static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final Members members;

    InstructionQueries(JdbcClient jdbc, Members members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    /** The keys a list of instructions may be sorted by, each with its SQL ({dir} is the direction). */
    static final Map<String, String> SORT_KEYS = sortKeys();

    List<Instruction> find(UUID organizationId, InstructionSearch search, LocalDate today) {
        Filter filter = filter(organizationId, search, today);
        return complete(
                organizationId,
                jdbc.sql("select * from instruction_instruction" + filter.where()
                                + " order by due_date, issued_at, id limit " + LIMIT)
                        .params(filter.parameters())
                        .query(this::row)
                        .list());
    }

    /** One page in the order asked for: the count, the page, and the three queries that complete it. */
    ListPage<Instruction> page(
            UUID organizationId, InstructionSearch search, LocalDate today, ListOrder order, int page, int size) {
        Filter filter = filter(organizationId, search, today);
        long total = jdbc.sql("select count(*) from instruction_instruction" + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single();
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("size", size);
        parameters.put("offset", ListPage.offset(page, size));
        String orderBy = SORT_KEYS.get(order.key()).replace("{dir}", order.sqlDirection());
        List<Instruction> items = complete(
                organizationId,
                jdbc.sql("select * from instruction_instruction" + filter.where() + " order by " + orderBy
                                + ", id limit :size offset :offset")
                        .params(parameters)
                        .query(this::row)
                        .list());
        return new ListPage<>(items, page, size, total);
    }

    private static Filter filter(UUID organizationId, InstructionSearch search, LocalDate today) {
        StringBuilder where = new StringBuilder(" where organization_id = :org");
        Map<String, Object> params = new HashMap<>();
        params.put("org", organizationId);
        if (search.subjectType() != null) {
            where.append(" and subject_type = :subjectType");
            params.put("subjectType", search.subjectType());
        }
        if (search.subjectId() != null) {
            where.append(" and subject_id = :subjectId");
            params.put("subjectId", search.subjectId());
        }
        if (search.assignee() != null) {
            where.append(" and assignee_id = :assignee");
            params.put("assignee", search.assignee());
        }
        if (search.issuedBy() != null) {
            where.append(" and issued_by = :issuedBy");
            params.put("issuedBy", search.issuedBy());
        }
        if (search.status() != null) {
            where.append(" and status = :status");
            params.put("status", search.status().name());
        }
        if (search.overdueOnly()) {
            where.append(" and status <> 'ACCEPTED' and due_date < :today");
            params.put("today", today);
        }
        return new Filter(where.toString(), params);
    }

    /** Title by its letters, status in the order of the work (open, reported, accepted), dates by time. */
    private static Map<String, String> sortKeys() {
        String statuses = Arrays.stream(InstructionStatus.values())
                .map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(","));
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("title", "lower(title) {dir}");
        keys.put("due", "due_date {dir}, issued_at {dir}");
        keys.put("status", "array_position(array[" + statuses + "]::text[], status) {dir}, due_date");
        keys.put("issued", "issued_at {dir}");
        return Collections.unmodifiableMap(keys);
    }

    private record Filter(String where, Map<String, Object> parameters) {}

    /** Instructions in issue order, e.g. for the page of their subject. */
    List<Instruction> ofSubject(UUID organizationId, String subjectType, UUID subjectId) {
        return complete(
                organizationId,
                jdbc.sql("select * from instruction_instruction where organization_id = ? and subject_type = ?"
                                + " and subject_id = ? order by issued_at, id")
                        .params(organizationId, subjectType, subjectId)
                        .query(this::row)
                        .list());
    }

    List<Instruction> ofSubjects(UUID organizationId, String subjectType, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return complete(
                organizationId,
                jdbc.sql("select * from instruction_instruction where organization_id = :org and subject_type = :type"
                                + " and subject_id = any(:ids) order by issued_at, id")
                        .param("org", organizationId)
                        .param("type", subjectType)
                        .param("ids", subjectIds.stream().distinct().toArray(UUID[]::new))
                        .query(this::row)
                        .list());
    }

    @Nullable
    Instruction one(UUID organizationId, UUID id) {
        List<Instruction> found = complete(
                organizationId,
                jdbc.sql("select * from instruction_instruction where organization_id = ? and id = ?")
                        .params(organizationId, id)
                        .query(this::row)
                        .list());
        return found.isEmpty() ? null : found.get(0);
    }

    private Row row(ResultSet rs, int rowNumber) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getObject("organization_id", UUID.class),
                rs.getString("subject_type"),
                rs.getObject("subject_id", UUID.class),
                LifeCyclePhase.valueOf(rs.getString("phase")),
                rs.getString("gate_topic"),
                strings(rs.getArray("check_item_ids")),
                rs.getString("title"),
                rs.getString("description"),
                rs.getObject("assignee_id", UUID.class),
                rs.getObject("issued_by", UUID.class),
                rs.getTimestamp("issued_at").toInstant(),
                rs.getObject("due_date", LocalDate.class),
                InstructionStatus.valueOf(rs.getString("status")));
    }

    /** Adds reports, attachments, reviews and people's names, in three queries for the whole list. */
    private List<Instruction> complete(UUID organizationId, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<Instruction.Attachment>> attachments = attachments(ids);
        Map<UUID, List<Instruction.Report>> reports = new HashMap<>();
        jdbc.sql("select * from instruction_report where instruction_id in (:ids) order by submitted_at, id")
                .param("ids", ids)
                .query(rs -> {
                    UUID reportId = rs.getObject("id", UUID.class);
                    reports.computeIfAbsent(rs.getObject("instruction_id", UUID.class), key -> new ArrayList<>())
                            .add(new Instruction.Report(
                                    reportId,
                                    rs.getString("text"),
                                    attachments.getOrDefault(reportId, List.of()),
                                    rs.getObject("submitted_by", UUID.class),
                                    rs.getTimestamp("submitted_at").toInstant()));
                });
        Names names = new Names(organizationId);
        Map<UUID, List<Instruction.Review>> reviews = new HashMap<>();
        jdbc.sql("select * from instruction_review where instruction_id in (:ids) order by reviewed_at, id")
                .param("ids", ids)
                .query(rs -> {
                    UUID reviewer = rs.getObject("reviewed_by", UUID.class);
                    reviews.computeIfAbsent(rs.getObject("instruction_id", UUID.class), key -> new ArrayList<>())
                            .add(new Instruction.Review(
                                    rs.getObject("report_id", UUID.class),
                                    rs.getBoolean("accepted"),
                                    rs.getString("comment"),
                                    reviewer,
                                    names.of(reviewer),
                                    rs.getTimestamp("reviewed_at").toInstant()));
                });
        return rows.stream()
                .map(row -> new Instruction(
                        row.id(),
                        row.organizationId(),
                        row.subjectType(),
                        row.subjectId(),
                        row.phase(),
                        row.gateTopic(),
                        row.checkItemIds(),
                        row.title(),
                        row.description(),
                        row.assignee(),
                        names.of(row.assignee()),
                        row.issuedBy(),
                        names.of(row.issuedBy()),
                        row.issuedAt(),
                        row.dueDate(),
                        row.status(),
                        List.copyOf(reports.getOrDefault(row.id(), List.of())),
                        List.copyOf(reviews.getOrDefault(row.id(), List.of()))))
                .toList();
    }

    private Map<UUID, List<Instruction.Attachment>> attachments(Collection<UUID> instructionIds) {
        Map<UUID, List<Instruction.Attachment>> byReport = new LinkedHashMap<>();
        jdbc.sql("""
                        select a.id, a.report_id, a.file_name, a.media_type, a.size, a.sha256
                        from instruction_attachment a join instruction_report r on r.id = a.report_id
                        where r.instruction_id in (:ids)
                        order by a.report_id, a.position""").param("ids", instructionIds).query(rs -> {
            byReport.computeIfAbsent(rs.getObject("report_id", UUID.class), key -> new ArrayList<>())
                    .add(new Instruction.Attachment(
                            rs.getObject("id", UUID.class),
                            rs.getString("file_name"),
                            rs.getString("media_type"),
                            rs.getLong("size"),
                            rs.getString("sha256")));
        });
        return byReport;
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    /** People's names, each looked up once per read. */
    private final class Names {
        private final UUID organizationId;
        private final Map<UUID, String> known = new HashMap<>();

        Names(UUID organizationId) {
            this.organizationId = organizationId;
        }

        String of(UUID userId) {
            return known.computeIfAbsent(
                    userId,
                    id -> members.member(organizationId, id)
                            .map(Members.Member::displayName)
                            .orElse("—"));
        }
    }

    private record Row(
            UUID id,
            UUID organizationId,
            String subjectType,
            UUID subjectId,
            LifeCyclePhase phase,
            @Nullable String gateTopic,
            List<String> checkItemIds,
            String title,
            String description,
            UUID assignee,
            UUID issuedBy,
            Instant issuedAt,
            LocalDate dueDate,
            InstructionStatus status) {}
}
