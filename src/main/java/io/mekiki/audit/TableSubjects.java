package io.mekiki.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link LedgerSubjects} for subjects that are rows of one table with a uuid {@code id}, an {@code
 * organization_id} and a name column: a module declares one per subject type and keeps its SQL to itself.
 */
public class TableSubjects implements LedgerSubjects {

    private final JdbcClient jdbc;
    private final String subjectType;
    private final String table;
    private final String nameColumn;
    private final @Nullable String pathPrefix;
    private final @Nullable String withinType;
    private final @Nullable String withinColumn;

    /**
     * @param table the module's own table, e.g. {@code initiative_initiative} (a constant, never input)
     * @param nameColumn the column that names the row, e.g. {@code title}
     * @param pathPrefix the page of a subject is this prefix followed by its id; null when it has no page
     */
    public TableSubjects(
            JdbcClient jdbc, String subjectType, String table, String nameColumn, @Nullable String pathPrefix) {
        this(jdbc, subjectType, table, nameColumn, pathPrefix, null, null);
    }

    private TableSubjects(
            JdbcClient jdbc,
            String subjectType,
            String table,
            String nameColumn,
            @Nullable String pathPrefix,
            @Nullable String withinType,
            @Nullable String withinColumn) {
        this.jdbc = jdbc;
        this.subjectType = subjectType;
        this.table = table;
        this.nameColumn = nameColumn;
        this.pathPrefix = pathPrefix;
        this.withinType = withinType;
        this.withinColumn = withinColumn;
    }

    /**
     * The same subjects, each named within the subject its column refers to (a service within its provider).
     *
     * @param withinColumn the column holding the id of the subject this one belongs to (a constant, never input)
     */
    public TableSubjects within(String withinType, String withinColumn) {
        return new TableSubjects(jdbc, subjectType, table, nameColumn, pathPrefix, withinType, withinColumn);
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(subjectType);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String type, Collection<String> subjectIds, Locale language) {
        List<UUID> ids = uuids(subjectIds);
        Map<String, SubjectName> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        String within = withinColumn == null ? "null" : withinColumn;
        jdbc.sql("select id, " + nameColumn + ", " + within + " from " + table
                        + " where organization_id = :org and id in (:ids)")
                .param("org", organizationId)
                .param("ids", ids)
                .query((rs, n) -> {
                    String id = rs.getString(1);
                    String withinId = rs.getString(3);
                    names.put(
                            id,
                            new SubjectName(
                                    rs.getString(2),
                                    pathPrefix == null ? null : pathPrefix + id,
                                    withinId == null ? null : withinType,
                                    withinId));
                    return id;
                })
                .list();
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String type, String text) {
        return jdbc.sql("select id from " + table + " where organization_id = ? and strpos(lower(" + nameColumn
                        + "), lower(?)) > 0")
                .params(organizationId, text)
                .query(String.class)
                .list();
    }

    /** The ids that are uuids; the ledger may hold others (a subject type shared by name only). */
    public static List<UUID> uuids(Collection<String> subjectIds) {
        return subjectIds.stream()
                .map(id -> {
                    try {
                        return UUID.fromString(id);
                    } catch (IllegalArgumentException notUuid) {
                        return null;
                    }
                })
                .filter(Objects::nonNull)
                .toList();
    }
}
