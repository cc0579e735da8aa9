package io.mekiki.decision;

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
 * Decisions in the audit ledger, by their title, linked to their page, within the subject they decide on
 * (an initiative), which the ledger names through that subject's own module.
 */
@Component
class DecisionLedgerSubjects implements LedgerSubjects {

    private final JdbcClient jdbc;

    DecisionLedgerSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> subjectTypes() {
        return Set.of(DecisionChange.DECISION);
    }

    @Override
    public Map<String, SubjectName> names(
            UUID organizationId, String subjectType, Collection<String> subjectIds, Locale language) {
        List<UUID> ids = TableSubjects.uuids(subjectIds);
        Map<String, SubjectName> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                        select id, title, subject_type, subject_id from decision_decision
                        where organization_id = :org and id in (:ids)""")
                .param("org", organizationId)
                .param("ids", ids)
                .query((rs, n) -> {
                    String id = rs.getString(1);
                    names.put(
                            id, new SubjectName(rs.getString(2), "/decisions/" + id, rs.getString(3), rs.getString(4)));
                    return id;
                })
                .list();
        return names;
    }

    @Override
    public List<String> idsNamed(UUID organizationId, String subjectType, String text) {
        return jdbc.sql(
                        "select id from decision_decision where organization_id = ? and strpos(lower(title), lower(?)) > 0")
                .params(organizationId, text)
                .query(String.class)
                .list();
    }
}
