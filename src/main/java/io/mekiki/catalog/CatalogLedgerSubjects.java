package io.mekiki.catalog;

import io.mekiki.audit.LedgerSubjects;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Check catalogue releases in the audit ledger, by their title and release id, linked to the releases page. */
@Component
class CatalogLedgerSubjects implements LedgerSubjects {

    private final JdbcClient jdbc;

    CatalogLedgerSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(CatalogChange.RELEASE);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        Map<String, SubjectName> names = new LinkedHashMap<>();
        if (subjectIds.isEmpty()) {
            return names;
        }
        String title = "en".equals(language.getLanguage()) ? "title_en" : "title_ja";
        jdbc.sql("select release_id, " + title + """
                         from catalog_release
                        where (organization_id = :org or organization_id is null) and release_id in (:ids)
                        order by organization_id nulls first""")
                .param("org", organizationId)
                .param("ids", subjectIds)
                .query((rs, n) -> {
                    String id = rs.getString(1);
                    names.put(id, SubjectName.of(rs.getString(2) + " " + id, "/catalog/releases"));
                    return id;
                })
                .list();
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return jdbc.sql("""
                        select distinct release_id from catalog_release
                        where (organization_id = ? or organization_id is null)
                          and (strpos(lower(release_id || ' ' || title_ja || ' ' || title_en), lower(?)) > 0)""").params(organizationId, text).query(String.class).list();
    }
}
