package io.mekiki.initiative;

import io.mekiki.catalog.Section;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of initiatives, straight from the tables; always within one organisation. */
@Component
class InitiativeQueries {

    private static final String SECTIONS =
            "array(select s.section from initiative_section s where s.initiative_id = i.id order by s.section)";

    private final JdbcClient jdbc;

    InitiativeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest change first; the owner's name and overdue count are left for the caller to fill. */
    List<InitiativeRow> rows(UUID organizationId, InitiativeQuery query) {
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
        return jdbc.sql("select i.*, " + SECTIONS + " as section_names from initiative_initiative i" + where
                        + " order by i.updated_at desc, i.id")
                .params(parameters)
                .query(InitiativeQueries::row)
                .list();
    }

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
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Set<Section> sections(Array array) throws SQLException {
        Set<Section> sections = EnumSet.noneOf(Section.class);
        for (Object name : (Object[]) array.getArray()) {
            sections.add(Section.valueOf((String) name));
        }
        return sections;
    }
}
