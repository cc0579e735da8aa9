package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of initiatives, straight from the tables; always within one organisation. */
@Component
class InitiativeQueries {

    private static final String SECTIONS =
            "array(select s.section from initiative_section s where s.initiative_id = i.id order by s.section)";

    /** The columns a row is read from: not the scoping or the plan's texts, which a list does not show. */
    private static final String COLUMNS = "i.id, i.title, i.business_owner_id, i.phase, i.branch, i.year, i.created_by,"
            + " i.created_by_id, i.updated_at, i.year_started_at";

    private final JdbcClient jdbc;

    InitiativeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored version of the initiative, which every change of it raises; empty when it does not exist. */
    Optional<Long> version(UUID organizationId, UUID id) {
        return jdbc.sql("select version from initiative_initiative where id = ? and organization_id = ?")
                .params(id, organizationId)
                .query(Long.class)
                .optional();
    }

    /** The initiative's title, read alone; empty when it is not one of the organisation's. */
    Optional<String> title(UUID organizationId, UUID id) {
        return jdbc.sql("select title from initiative_initiative where id = ? and organization_id = ?")
                .params(id, organizationId)
                .query(String.class)
                .optional();
    }

    /** The keys a list of initiatives may be sorted by, each with its SQL. */
    static final Map<String, String> SORT_KEYS = sortKeys();

    /** Newest change first; the owner's name, overdue count and progress are left for the caller to fill. */
    List<InitiativeRow> rows(UUID organizationId, InitiativeQuery query, Collection<UUID> overdue) {
        Filter filter = filter(organizationId, query, overdue);
        if (filter == null) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + ", " + SECTIONS + " as section_names from initiative_initiative i"
                        + filter.where() + " order by i.updated_at desc, i.id")
                .params(filter.parameters())
                .query(InitiativeQueries::row)
                .list();
    }

    /**
     * One page in the order asked for; two queries (the count and the page).
     *
     * @param overdue the initiatives with an overdue instruction, for the overdue filter
     */
    ListPage<InitiativeRow> page(
            UUID organizationId, InitiativeQuery query, Collection<UUID> overdue, ListOrder order, int page, int size) {
        Filter filter = filter(organizationId, query, overdue);
        if (filter == null) {
            return new ListPage<>(List.of(), page, size, 0);
        }
        long total = jdbc.sql("select count(*) from initiative_initiative i" + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single();
        Map<String, Object> parameters = new LinkedHashMap<>(filter.parameters());
        parameters.put("size", size);
        parameters.put("offset", ListPage.offset(page, size));
        String direction = order.sqlDirection();
        String orderBy = SORT_KEYS.get(order.key()).replace("{dir}", direction);
        List<InitiativeRow> rows = jdbc.sql(
                        "select " + COLUMNS + ", " + SECTIONS + " as section_names from initiative_initiative i"
                                + filter.where() + " order by " + orderBy + ", i.id limit :size offset :offset")
                .params(parameters)
                .query(InitiativeQueries::row)
                .list();
        return new ListPage<>(rows, page, size, total);
    }

    /** Null when the filter cannot match anything (overdue asked for, and nothing is overdue). */
    private static @Nullable Filter filter(UUID organizationId, InitiativeQuery query, Collection<UUID> overdue) {
        StringBuilder where = new StringBuilder(" where i.organization_id = :org");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("org", organizationId);
        if (query.phase() != null) {
            where.append(" and i.phase = :phase");
            parameters.put("phase", query.phase().name());
        }
        if (query.businessOwnerId() != null) {
            where.append(" and i.business_owner_id = :owner");
            parameters.put("owner", query.businessOwnerId());
        }
        if (query.section() != null) {
            where.append(" and exists (select 1 from initiative_section s where s.initiative_id = i.id"
                    + " and s.section = :section)");
            parameters.put("section", query.section().name());
        }
        if (query.overdue()) {
            if (overdue.isEmpty()) {
                return null;
            }
            where.append(" and i.id in (:overdue)");
            parameters.put("overdue", List.copyOf(overdue));
        }
        return new Filter(where.toString(), parameters);
    }

    /** Title by its letters, phase in the order of the life cycle (then the year), updated by time. */
    private static Map<String, String> sortKeys() {
        String phases = Arrays.stream(InitiativePhase.values())
                .map(phase -> "'" + phase.name() + "'")
                .collect(Collectors.joining(","));
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("title", "lower(i.title) {dir}");
        keys.put("phase", "array_position(array[" + phases + "]::text[], i.phase) {dir}, i.year {dir}");
        keys.put("updated", "i.updated_at {dir}");
        return Collections.unmodifiableMap(keys);
    }

    private record Filter(String where, Map<String, Object> parameters) {}

    private static InitiativeRow row(ResultSet rs, int rowNumber) throws SQLException {
        String branch = rs.getString("branch");
        return new InitiativeRow(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getObject("business_owner_id", UUID.class),
                "",
                InitiativePhase.valueOf(rs.getString("phase")),
                branch == null ? null : Branch.valueOf(branch),
                rs.getInt("year"),
                sections(rs.getArray("section_names")),
                0,
                rs.getString("created_by"),
                rs.getObject("created_by_id", UUID.class),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("year_started_at") == null
                        ? null
                        : rs.getTimestamp("year_started_at").toInstant(),
                GateProgress.NONE);
    }

    private static Set<Section> sections(Array array) throws SQLException {
        Set<Section> sections = EnumSet.noneOf(Section.class);
        for (Object name : (Object[]) array.getArray()) {
            sections.add(Section.valueOf((String) name));
        }
        return sections;
    }
}
