package io.mekiki.assets;

import io.mekiki.shared.AssetCategory;
import io.mekiki.shared.ListOrder;
import io.mekiki.shared.ListPage;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read models of the register, straight from the tables; always within one organisation. */
@Component
class AssetQueries {

    private static final String LEVEL = "case %s when 'LOW' then 1 when 'MEDIUM' then 2 else 3 end";

    private static final String CATEGORIES =
            "array(select c.category from assets_asset_category c where c.asset_id = a.id order by c.category)";

    private final JdbcClient jdbc;

    AssetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What each sort key of the register orders by; a level orders from low to high. */
    private static final Map<String, String> ORDER_BY = Map.of(
            "name", "lower(a.name)",
            "department", "lower(coalesce(a.owner_department, ''))",
            "value", LEVEL.formatted("a.asset_value"),
            "tolerance", LEVEL.formatted("a.risk_tolerance"),
            "cost", "a.current_annual_cost",
            "updated", "a.updated_at");

    ListPage<AssetRow> page(UUID organizationId, AssetQuery query, ListOrder order, int page, int size) {
        String orderBy = ORDER_BY.get(order.key());
        if (orderBy == null) {
            throw new IllegalArgumentException("Not a sort key of the register: " + order.key());
        }
        String direction = order.sqlDirection();
        Filter filter = filter(organizationId, query);
        long total = jdbc.sql("select count(*) from assets_asset a" + filter.where())
                .params(filter.parameters())
                .query(Long.class)
                .single();
        Map<String, Object> parameters = new LinkedHashMap<>(filter.parameters());
        parameters.put("size", size);
        parameters.put("offset", (long) page * size);
        List<AssetRow> rows = jdbc.sql("select a.*, " + CATEGORIES + " as category_names from assets_asset a"
                        + filter.where() + " order by " + orderBy + " " + direction + " nulls last, lower(a.name), a.id"
                        + " limit :size offset :offset")
                .params(parameters)
                .query(AssetQueries::row)
                .list();
        return new ListPage<>(rows, page, size, total);
    }

    List<AssetRow> all(UUID organizationId, AssetQuery query) {
        Filter filter = filter(organizationId, query);
        return jdbc.sql("select a.*, " + CATEGORIES + " as category_names from assets_asset a" + filter.where()
                        + " order by lower(a.name), a.id")
                .params(filter.parameters())
                .query(AssetQueries::row)
                .list();
    }

    List<AssetSummary> summaries(UUID organizationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries("a.organization_id = :org and a.id in (:ids)", organizationId, List.copyOf(ids));
    }

    List<InHouseFacts> inHouse(UUID organizationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name, current_controls, current_annual_cost, current_service_level"
                        + " from assets_asset where organization_id = :org and id in (:ids) order by lower(name), id")
                .param("org", organizationId)
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new InHouseFacts(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("current_controls"),
                        rs.getObject("current_annual_cost", Long.class),
                        rs.getString("current_service_level")))
                .list();
    }

    List<AssetSummary> current(UUID organizationId) {
        return summaries("a.organization_id = :org and not a.archived", organizationId, null);
    }

    private List<AssetSummary> summaries(String condition, UUID organizationId, List<UUID> ids) {
        var query = jdbc.sql("select a.id, a.name, a.asset_value, a.risk_tolerance, a.archived, a.financial_reporting, "
                        + CATEGORIES
                        + " as category_names from assets_asset a where " + condition
                        + " order by lower(a.name), a.id")
                .param("org", organizationId);
        if (ids != null) {
            query = query.param("ids", ids);
        }
        return query.query((rs, n) -> new AssetSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        categories(rs.getArray("category_names")),
                        Level.valueOf(rs.getString("asset_value")),
                        Level.valueOf(rs.getString("risk_tolerance")),
                        rs.getBoolean("archived"),
                        rs.getObject("financial_reporting", Boolean.class)))
                .list();
    }

    private static Filter filter(UUID organizationId, AssetQuery query) {
        StringBuilder where = new StringBuilder(" where a.organization_id = :org");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("org", organizationId);
        if (!query.includeArchived()) {
            where.append(" and not a.archived");
        }
        if (query.category() != null) {
            where.append(" and exists (select 1 from assets_asset_category c where c.asset_id = a.id"
                    + " and c.category = :category)");
            parameters.put("category", query.category().name());
        }
        List<String> words = words(query.text());
        for (int i = 0; i < words.size(); i++) {
            String parameter = "word" + i;
            where.append(" and (a.name ilike :")
                    .append(parameter)
                    .append(" or a.owner_department ilike :")
                    .append(parameter)
                    .append(" or a.description ilike :")
                    .append(parameter)
                    .append(')');
            parameters.put(parameter, "%" + escapeLike(words.get(i)) + "%");
        }
        return new Filter(where.toString(), parameters);
    }

    /** Every word must match somewhere; Japanese users separate words with an ideographic space too. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.split("[\\s\\u3000]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static AssetRow row(ResultSet rs, int rowNumber) throws SQLException {
        return new AssetRow(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("owner_department"),
                rs.getString("description"),
                categories(rs.getArray("category_names")),
                Level.valueOf(rs.getString("asset_value")),
                Level.valueOf(rs.getString("risk_tolerance")),
                rs.getString("current_controls"),
                rs.getObject("current_annual_cost", Long.class),
                rs.getString("current_service_level"),
                rs.getObject("financial_reporting", Boolean.class),
                rs.getBoolean("archived"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }

    private static Set<AssetCategory> categories(Array array) throws SQLException {
        Set<AssetCategory> categories = EnumSet.noneOf(AssetCategory.class);
        for (Object name : (Object[]) array.getArray()) {
            categories.add(AssetCategory.valueOf((String) name));
        }
        return categories;
    }

    private record Filter(String where, Map<String, Object> parameters) {}
}
