package io.mekiki.provider;

import io.mekiki.audit.LedgerSubjects;
import io.mekiki.audit.TableSubjects;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Providers and their cloud services in the audit ledger: a provider by its legal name (its attestations' entries
 * too), a service by its name within its provider, each linked to its page.
 */
@Component
class ProviderLedgerSubjects implements LedgerSubjects {

    private final JdbcClient jdbc;

    ProviderLedgerSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(ProviderChange.PROVIDER, ProviderChange.SERVICE);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        List<UUID> ids = TableSubjects.uuids(subjectIds);
        Map<String, SubjectName> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        if (ProviderChange.SERVICE.equals(subjectType)) {
            jdbc.sql("select id, name, provider_id from provider_service where organization_id = :org and id in (:ids)")
                    .param("org", organizationId)
                    .param("ids", ids)
                    .query((rs, n) -> {
                        String id = rs.getString(1);
                        names.put(
                                id,
                                new SubjectName(
                                        rs.getString(2), "/services/" + id, ProviderChange.PROVIDER, rs.getString(3)));
                        return id;
                    })
                    .list();
            return names;
        }
        jdbc.sql("select id, legal_name from provider_provider where organization_id = :org and id in (:ids)")
                .param("org", organizationId)
                .param("ids", ids)
                .query((rs, n) -> {
                    String id = rs.getString(1);
                    names.put(id, new SubjectName(rs.getString(2), "/providers/" + id, null, null));
                    return id;
                })
                .list();
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        if (ProviderChange.SERVICE.equals(subjectType)) {
            return jdbc.sql("select id from provider_service where organization_id = ?"
                            + " and strpos(lower(name), lower(?)) > 0")
                    .params(organizationId, text)
                    .query(String.class)
                    .list();
        }
        return jdbc.sql("select id from provider_provider where organization_id = ?"
                        + " and strpos(lower(legal_name), lower(?)) > 0")
                .params(organizationId, text)
                .query(String.class)
                .list();
    }
}
